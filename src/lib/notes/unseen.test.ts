/**
 * Regression tests from notes in styles the compiler had not seen (tests/fixtures/notes/unseen/):
 * Notion export, velog blog, Obsidian vault, cheat-sheet tables, numbered tutorial, English notes,
 * HTML, kubectl cheat sheet, CKA notes. Each test names the junk it guards against or the card it
 * must not miss.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Card, ChoiceCard } from '../deck/types';
import { compileNotes } from './index';
import { command, commands, concept, concepts, fixtureNotes, offeredCount, suggestedCommand } from './test-fixtures';

const DIR = new URL('../../../tests/fixtures/notes/unseen/', import.meta.url);
const { read, compile } = fixtureNotes(DIR);
const texts = (c: Card): string[] =>
	c.kind === 'concept' ? [c.front, c.back] : c.kind === 'command' ? [c.prompt, c.answer] : c.kind === 'choice' ? [c.prompt, ...c.options] : [c.task];

describe('every unseen fixture', () => {
	const names = readdirSync(DIR).filter((n) => n.endsWith('.md')).sort();
	it('there are fixtures', () => expect(names.length).toBeGreaterThanOrEqual(8));
	for (const name of names) {
		it(`${name}: cards, unique ids, located diagnostics, no raw markup in cards`, () => {
			const text = read(name);
			const result = compileNotes(text, name);
			const { deck, diagnostics } = result;
			const total = text.split('\n').length;
			// Extracted cards: made or held back as suggestions by the quality score.
			expect(offeredCount(result)).toBeGreaterThanOrEqual(5);
			expect(new Set(deck.cards.map((c) => c.id)).size).toBe(deck.cards.length);
			expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
			for (const d of diagnostics) expect(d.line >= 1 && d.line <= total).toBe(true);
			for (const c of deck.cards) {
				for (const t of texts(c)) {
					expect(t).not.toMatch(/\[\[(?!-)|<\/?(?:br|b|span|details|summary|td|tr|code|kbd|p)\b/);
					expect(t).not.toMatch(/^\p{Extended_Pictographic}/u);
				}
				if (c.kind === 'concept') expect(c.back.length).toBeLessThanOrEqual(300);
				if (c.kind === 'command') {
					expect(c.answer).not.toMatch(/^\$/);
					expect(c.prompt).not.toMatch(/^\$/);
				}
			}
		});
		it(`${name}: same input gives the same ids`, () => {
			const a = compileNotes(read(name), name).deck.cards.map((c) => c.id);
			const b = compileNotes(read(name), name).deck.cards.map((c) => c.id);
			expect(b).toEqual(a);
		});
	}
});

describe('cheat-sheet tables', () => {
	const { deck, diagnostics } = compile('cheatsheet-table.md');
	it('| 명령어 | 설명 | rows → command drills asked by the description', () => {
		expect(command(deck.cards, 'docker images')?.prompt).toBe('로컬 이미지 목록 보기');
		expect(command(deck.cards, 'docker build -t myapp:1.0 .')?.prompt).toBe('현재 디렉터리의 Dockerfile로 이미지 빌드');
		expect(concept(deck.cards, '`docker images`')).toBeUndefined();
	});
	it('| 설명 | 명령어 | (reversed columns) → the same kind of drill', () => {
		expect(command(deck.cards, 'docker ps -a')?.prompt).toBe('종료된 것까지 모든 컨테이너 목록');
		expect(concept(deck.cards, '실행 중인 컨테이너 목록')).toBeUndefined();
	});
	it('keeps <placeholders> in commands', () => {
		expect(command(deck.cards, 'docker exec -it <container> /bin/bash')?.prompt).toBe('실행 중인 컨테이너에 셸로 접속');
		expect(command(deck.cards, 'docker logs -f <container>')).toBeDefined();
	});
	it('a wider table is read by its 명령어 and 설명 columns', () => {
		expect(command(deck.cards, 'docker container prune')?.prompt).toBe('정지된 컨테이너 모두 삭제');
		expect(diagnostics.some((d) => /3 columns/.test(d.message))).toBe(false);
	});
	it('| 옵션 | 의미 | rows under a `docker run` heading → flag drills, values kept whole', () => {
		expect(commands(deck.cards).find((c) => c.hidden === '-p')?.answer).toBe('docker run -p 8080:80');
		expect(concept(deck.cards, '`docker run -p`')?.back).toBe('호스트 8080 포트를 컨테이너 80 포트에 연결');
		expect(commands(deck.cards).find((c) => c.hidden === '-e')?.answer).toBe('docker run -e KEY=VALUE');
	});
});

describe('kubectl cheat sheet', () => {
	const result = compile('kubectl-cheatsheet.md');
	const { deck } = result;
	it('`cmd  # comment` lines in a paragraph → drills asked by the comment', () => {
		expect(command(deck.cards, 'kubectl get pods -o wide')?.prompt).toBe('노드 정보까지');
		// The answer's namespace (kube-system) is not in the prompt: extracted, offered as a suggestion.
		expect(suggestedCommand(result, 'kubectl get all -n kube-system')).toEqual({ prompt: '시스템 네임스페이스 전체 리소스', features: expect.arrayContaining(['name-not-in-prompt']) });
	});
	it('`` `cmd`  # comment `` bullets → drills; a `:` inside the code span is not a separator', () => {
		expect(suggestedCommand(result, 'kubectl edit deploy web')).toEqual({ prompt: '에디터로 바로 수정', features: expect.arrayContaining(['name-not-in-prompt']) });
		expect(suggestedCommand(result, 'kubectl set image deploy/web nginx=nginx:1.25')).toEqual({ prompt: '이미지 교체 → 롤링 업데이트', features: expect.arrayContaining(['name-not-in-prompt']) });
		expect(concept(deck.cards, '수정')).toBeUndefined();
	});
	it('a $ transcript: prompt lines are commands, output lines are not', () => {
		expect(command(deck.cards, 'kubectl config use-context prod')?.prompt).toBe('prod 클러스터로 전환');
		expect(commands(deck.cards).some((c) => /Switched|CURRENT/.test(c.answer + c.prompt))).toBe(false);
	});
	it('one flag with several values: the later concept cards name their value', () => {
		expect(concept(deck.cards, '`kubectl -o`')?.back).toBe('추가 정보(노드, IP) 출력');
		expect(concept(deck.cards, '`kubectl -o yaml`')?.back).toBe('리소스를 YAML로 출력');
	});
});

describe('blog post with $ prompts and output', () => {
	const result = compile('velog-blog.md');
	const { deck } = result;
	it('a single-command transcript takes the lead-in sentence as its prompt', () => {
		expect(suggestedCommand(result, 'docker volume inspect mydata')).toEqual({ prompt: '상세 정보는 inspect로 볼 수 있습니다', features: expect.arrayContaining(['name-not-in-prompt']) });
		expect(command(deck.cards, 'docker volume prune')?.prompt).toBe('사용하지 않는 볼륨은 한 번에 정리할 수 있어요');
	});
	it('no output line becomes a command or a prompt', () => {
		for (const c of commands(deck.cards)) expect(c.answer).toMatch(/^docker /);
		expect(commands(deck.cards).some((c) => /WARNING|DRIVER|mydata$/.test(c.prompt))).toBe(false);
	});
	it('a prose line opening with a code span is not a flag card (`-v 볼륨이름:컨테이너경로` 형식…)', () => {
		expect(deck.cards.some((c) => c.kind === 'command' && c.hidden === '-v')).toBe(false);
		expect(concept(deck.cards, '`docker ps -v`')).toBeUndefined();
	});
	it('a question heading is not a term: no "왜 볼륨이 필요할까" card', () => {
		expect(concepts(deck.cards).some((c) => c.front.startsWith('왜'))).toBe(false);
	});
	it('a heading definition does not repeat the term in its answer', () => {
		expect(concept(deck.cards, 'bind mount')?.back).toBe('호스트의 특정 디렉터리를 그대로 컨테이너에 연결하는 방식입니다.');
	});
});

describe('Obsidian note', () => {
	const { deck, diagnostics } = compile('obsidian-vault.md');
	it('wikilinks are unwrapped in terms', () => {
		expect(concept(deck.cards, 'CNI')?.back).toMatch(/^컨테이너 네트워크 인터페이스/);
		expect(concept(deck.cards, 'kube-proxy')).toBeDefined();
		expect(concept(deck.cards, '[[CNI]]')).toBeUndefined();
	});
	it('link-only lines ("상위 노트: [[…]]", "관련 노트: …") give no card but a diagnostic', () => {
		expect(concepts(deck.cards).some((c) => /노트/.test(c.front))).toBe(false);
		expect(diagnostics).toContainEqual(expect.objectContaining({ line: 10, message: expect.stringMatching(/상위 노트/) }));
	});
	it('trailing #tags are not part of a definition', () => {
		expect(concept(deck.cards, 'Ingress Controller')?.back).toBe('Ingress 리소스를 읽어 실제 L7 라우팅을 수행하는 컨트롤러');
	});
	it('a `<placeholder>` in a Q:::A answer is kept, not stripped as HTML', () => {
		expect(concept(deck.cards, 'Service 이름의 FQDN 형식')?.back).toBe('<service>.<namespace>.svc.cluster.local');
	});
	it('a "메모" heading with a list is not a card', () => {
		expect(concept(deck.cards, '메모')).toBeUndefined();
	});
	it('`` `cmd` 로 … `` in a callout → a drill', () => {
		expect(command(deck.cards, 'kubectl exec -it <pod> -- nslookup kubernetes.default')?.prompt).toBe('DNS 확인');
	});
});

describe('Notion export', () => {
	const { deck } = compile('notion-export.md');
	it('page properties and callout labels are not terms', () => {
		for (const front of ['Created', 'Tags', '주의', '⚠️ 주의', '이번 주 스터디 범위', '💡 이번 주 스터디 범위', '자주 쓰는 명령어의 주의']) {
			expect(concept(deck.cards, front)).toBeUndefined();
		}
	});
	it('toggles (term + nested bullet) and callout-free bold terms still give cards', () => {
		expect(concept(deck.cards, 'ReplicaSet')?.back).toBe('지정한 수의 파드 복제본이 항상 실행되도록 보장');
		expect(concept(deck.cards, 'Label')).toBeDefined();
		expect(command(deck.cards, 'kubectl describe pod <pod-name>')?.prompt).toBe('파드 상세 정보 확인');
	});
});

describe('numbered tutorial', () => {
	const result = compile('numbered-tutorial.md');
	const { deck } = result;
	it('"cmd 로 …" and "`cmd` 으로 …" steps → drills', () => {
		expect(command(deck.cards, 'docker images')?.prompt).toBe('이미지가 생겼는지 확인한다');
		expect(suggestedCommand(result, 'docker logs node-app')).toEqual({ prompt: '로그 확인', features: expect.arrayContaining(['name-not-in-prompt']) });
		expect(suggestedCommand(result, 'minikube service node-app --url')).toEqual({ prompt: '접속 주소 얻기', features: expect.arrayContaining(['name-not-in-prompt']) });
	});
	it('"설명: `cmd`" and "설명 → `cmd`" → drills, not concept cards', () => {
		expect(command(deck.cards, 'docker login')?.prompt).toBe('도커 허브 로그인');
		expect(suggestedCommand(result, 'docker stop node-app')).toEqual({ prompt: '컨테이너 중지', features: expect.arrayContaining(['name-not-in-prompt']) });
		expect(concept(deck.cards, '도커 허브 로그인')).toBeUndefined();
	});
	it('a "준비" heading with steps is not a card', () => {
		expect(concept(deck.cards, '준비')).toBeUndefined();
	});
});

describe('English notes', () => {
	const { deck } = compile('english-notes.md');
	it('"Term - a definition" with a capitalised term is a definition', () => {
		expect(concept(deck.cards, 'Image')?.back).toMatch(/^a read-only template/);
		expect(concept(deck.cards, 'Container')).toBeDefined();
	});
	it('definition lists (Term / : definition)', () => {
		expect(concept(deck.cards, 'Volume')?.back).toBe('storage managed by Docker that outlives the container');
		expect(concept(deck.cards, 'Bind mount')?.back).toBe('a host directory mounted into a container');
	});
	it('"A **Pod** is …" and "**etcd** is …" sentences define the bold term, not the heading', () => {
		expect(concept(deck.cards, 'Pod')?.back).toBe('the smallest deployable unit in Kubernetes');
		expect(concept(deck.cards, 'etcd')?.back).toBe('the consistent key-value store that keeps all cluster data');
		expect(concept(deck.cards, 'kube-scheduler')?.back).toBe('assigns new pods to nodes');
		expect(concept(deck.cards, 'Kubernetes')).toBeUndefined();
	});
	it('the writer talking is not a definition', () => {
		expect(concept(deck.cards, 'Docker & Kubernetes Study Notes')).toBeUndefined();
		expect(concept(deck.cards, 'Things I got wrong')).toBeUndefined();
	});
	it('pod phases still give choice cards', () => {
		const running = deck.cards.find((c): c is ChoiceCard => c.kind === 'choice' && c.answer === 'Running');
		expect(running?.options).toContain('Pending');
	});
});

describe('HTML in notes', () => {
	const { deck } = compile('html-notes.md');
	it('inline tags are removed from terms (<b>COPY</b>, <code>WORKDIR</code>)', () => {
		expect(concept(deck.cards, 'COPY')?.back).toBe('빌드 컨텍스트의 파일을 이미지로 복사');
		expect(concept(deck.cards, 'WORKDIR')).toBeDefined();
	});
	it('a two-column <table> gives cards like a markdown table', () => {
		expect(concept(deck.cards, 'EXPOSE')).toMatchObject({ back: '컨테이너가 사용할 포트를 문서화', line: 28 });
	});
	it('a **주의** callout is not a term, even with its heading', () => {
		expect(concepts(deck.cards).some((c) => /주의/.test(c.front))).toBe(false);
	});
	it('a <pre> command block is read like a code block', () => {
		const { deck: d } = compileNotes('# t\n\n<pre>\n# 이미지 목록\ndocker images\n</pre>\n', 'pre.md');
		expect(command(d.cards, 'docker images')).toMatchObject({ prompt: '이미지 목록', line: 5 });
	});
});

describe('CKA notes', () => {
	const result = compile('cka-exam.md');
	const { deck } = result;
	it('the `k` alias is read as kubectl and written out in the answer', () => {
		expect(suggestedCommand(result, 'kubectl label node node01 disktype=ssd')).toEqual({ prompt: '노드에 라벨 붙이기', features: expect.arrayContaining(['name-not-in-prompt']) });
		expect(suggestedCommand(result, 'kubectl taint nodes node01 key=value:NoSchedule-')).toEqual({ prompt: 'taint 제거 (끝에 -)', features: expect.arrayContaining(['name-not-in-prompt']) });
		expect(suggestedCommand(result, 'kubectl drain node01 --ignore-daemonsets')).toEqual({ prompt: '파드를 내보내고 스케줄 불가로 표시', features: expect.arrayContaining(['name-not-in-prompt']) });
	});
	it('`Q. … A. …` bullets → a card', () => {
		expect(concept(deck.cards, '파드가 Pending 에서 멈춰 있다면?')?.back).toMatch(/Events/);
	});
	it('a task heading ("YAML 빠르게 만들기") is not a term', () => {
		expect(concept(deck.cards, 'YAML 빠르게 만들기')).toBeUndefined();
	});
	it('taint effects → choice cards', () => {
		expect(deck.cards.some((c) => c.kind === 'choice' && c.answer === 'NoExecute')).toBe(true);
	});
});

describe('small patterns', () => {
	it('"`cmd`을 이용해 …" and "cmd 명령어로 얻은 주소 …" are not explanations', () => {
		const { deck } = compileNotes('- `docker pull`을 이용해 로컬로 이미지를 받아온다\n- minikube ip 명령어로 얻은 주소 : 포트번호로 접속\n', 'p.md');
		expect(commands(deck.cards)).toEqual([]);
	});
	it('a Korean bold sentence defines only when it reads as a definition', () => {
		const { deck } = compileNotes('- **컨테이너 레이어**는 컨테이너와 이미지 사이의 유일한 차이점이다.\n- **API Server**는 새 ReplicaSet을 etcd에 저장\n', 'k.md');
		expect(concept(deck.cards, '컨테이너 레이어')?.back).toBe('컨테이너와 이미지 사이의 유일한 차이점이다');
		expect(concept(deck.cards, 'API Server')).toBeUndefined();
	});
	it('two-line Q. / A. paragraph → a card', () => {
		const { deck } = compileNotes('Q. 파드의 최소 단위는?\nA. 컨테이너\n', 'q.md');
		expect(concept(deck.cards, '파드의 최소 단위는?')?.back).toBe('컨테이너');
	});
	it('"또는 아래와 같은 방법으로도 …" is not a lead-in for the command below', () => {
		const { deck } = compileNotes('또는 아래와 같은 방법으로도 scale 할 수 있다.\n\n```\nkubectl scale deploy web --replicas=3\n```\n', 's.md');
		expect(commands(deck.cards)).toEqual([]);
	});
	it('a mixed block with one `$` line keeps its unprompted commands', () => {
		const { deck } = compileNotes('```bash\n# 이미지 목록\ndocker image ls\n$ docker ps # 실행 중인 컨테이너\n```\n', 'm.md');
		expect(commands(deck.cards).map((c) => c.answer)).toEqual(['docker image ls', 'docker ps']);
	});
	it('HTML entities in prose are decoded', () => {
		const { deck } = compileNotes('- 로그 보기: `docker logs <name>`\n- dangling: &lt;none&gt; 태그의 이미지\n', 'e.md');
		expect(concept(deck.cards, 'dangling')?.back).toBe('<none> 태그의 이미지');
	});
});
