import { describe, expect, it } from 'vitest';
import type { Card, CommandCard } from '../deck/types';
import { checkCommand } from './command-check';
import { compileMany, mergeNotes } from './many';
import { compileNotes, diagnosticText, MESSAGES } from './index';
import { FEATURES } from './quality';
import weights from './weights.json';

describe('commands checked by the grader specs', () => {
	it('a mistyped subcommand is fixed, with a warning that says so', () => {
		const { deck, diagnostics } = compileNotes('```bash\n# test1 파드의 로그 보기\nkubectl log test1\n```\n', 'n.md');
		const card = deck.cards.find((c): c is CommandCard => c.kind === 'command');
		expect(card?.answer).toBe('kubectl logs test1');
		const warning = diagnostics.find((d) => d.code === 'command-typo-fixed');
		expect(warning?.severity).toBe('warning');
		expect(warning?.message).toContain('`kubectl log` is not a kubectl command; did you mean `logs`?');
		expect(diagnosticText(warning!, 'ko')).toContain('`logs`인가요?');
	});
	it('spacing debris in a flag, a placeholder and a path is repaired', () => {
		expect(checkCommand('kubectl run app --image = <repo> / < 앱이름>').line).toBe('kubectl run app --image=<repo>/<앱이름>');
		expect(checkCommand('docker ps -a').problems).toEqual([]);
	});
	it('an unknown flag is reported and the card becomes a suggestion', () => {
		const { deck, suggestions, diagnostics } = compileNotes('```bash\n# 이미지 목록을 백그라운드로 보기\ndocker images -d\n```\n', 'n.md');
		expect(deck.cards).toEqual([]);
		expect(suggestions.map((s) => s.reasons.map((r) => r.feature))).toEqual([['grader-issue']]);
		expect(diagnostics.some((d) => d.code === 'command-unknown-flag')).toBe(true);
	});
});

describe('candidates scored by named features', () => {
	it('every feature has a weight and a reason in both languages', () => {
		for (const f of FEATURES) {
			expect(typeof (weights.features as Record<string, number>)[f.name]).toBe('number');
			expect(f.reason.ko && f.reason.en).toBeTruthy();
		}
	});
	it('a tag line under a heading is offered as a suggestion with its reason, not made', () => {
		const { deck, suggestions } = compileNotes('# Docker 네트워크\n\n#docker #network\n', 'n.md');
		expect(deck.cards).toEqual([]);
		expect(suggestions[0].reasons[0]).toMatchObject({ feature: 'tag-line', ko: expect.stringContaining('태그') });
	});
	/** The features that held back the candidate asking `q` (undefined when it was made or dropped). */
	const heldBy = (text: string, q: string): string[] | undefined => {
		const { deck, suggestions } = compileNotes(text, 'n.md');
		const ask = (c: Card) => (c.kind === 'concept' ? c.front : c.kind === 'yamlfix' ? c.task : c.prompt);
		expect(deck.cards.some((c) => ask(c) === q)).toBe(false);
		return suggestions.find((s) => ask(s.card) === q)?.reasons.map((r) => r.feature);
	};
	it('a link line (nested brackets in its title) under a heading is no card at all', () => {
		const { deck, suggestions, diagnostics } = compileNotes('# 강의 노트\n\n- [Docker Tutorial [FULL COURSE in 4 Hours]](https://example.com/x)\n', 'n.md');
		expect(deck.cards).toEqual([]);
		expect(suggestions).toEqual([]);
		expect(diagnostics.some((d) => d.code === 'card-dropped' && /link/.test(d.message))).toBe(true);
	});
	it('kinds of weak or junk card are held back, each with its reason', () => {
		expect(heldBy('## 설정\n\n- `master.vm.provision "shell", path`: `"scripts/common.sh"`\n', '`master.vm.provision "shell", path`')).toContain('code-fragment-term');
		expect(heldBy('## 네트워크\n\n- `ls`: docker network 의 목록을 조회합니다\n', '`ls`')).toContain('bare-subcommand-term');
		expect(heldBy('## CMD\n\n컨테이너가 시작될 때 실행되는 기본 명령은 CMD가 됩니다.\n', 'CMD')).toContain('answer-in-question');
		expect(heldBy('## 문서\n\n문서는 매우 훌륭하며 아래에서 볼 수 있듯이 예제가 많습니다.\n', '문서')).toContain('narration');
		expect(heldBy('## 로깅 도구\n\n- 이 도구의 핵심은 로그 수집입니다\n- 여러 노드에서 모읍니다\n', '로깅 도구')).toContain('demonstrative-answer');
		expect(heldBy('## 상태\n\n노드의 상태를 자세히 표시\n\n```\nkubectl describe nodes\n```\n', '상태')).toContain('command-caption-answer');
		expect(heldBy('```bash\n# 컨테이너 중지\ndocker stop web-app\n```\n', '컨테이너 중지')).toContain('name-not-in-prompt');
		expect(heldBy('## 쿠버네티스의 장점\n\n- 자동 복구\n- 자동 확장\n- 롤링 업데이트\n- 서비스 디스커버리\n', '쿠버네티스의 장점')).toContain('long-list-answer');
	});
	it('a choice card whose prompt names its answer is held back', () => {
		const text = '## Dockerfile\n\n- `FROM`: 기반 이미지 지정\n- `RUN`: 빌드 중 명령 실행\n- `CMD`: 컨테이너가 실행하는 명령은 CMD가 됩니다\n- `EXPOSE`: 열 포트 지정\n';
		const { deck } = compileNotes(text, 'n.md');
		expect(deck.cards.some((c) => c.kind === 'choice' && c.answer === 'CMD')).toBe(false);
		expect(deck.cards.some((c) => c.kind === 'choice' && c.answer === 'RUN')).toBe(true);
	});
	it('a card the learner marked up is made whatever its score', () => {
		const explicit = compileNotes('Q. port는? A. targetport\n\n용어 :: #docker\n', 'n.md');
		expect(explicit.deck.cards.some((c) => c.kind === 'concept' && c.back === '#docker')).toBe(true);
	});
});

describe('diagnostic catalogue', () => {
	it('every code has a Korean and an English text', () => {
		for (const [code, entry] of Object.entries(MESSAGES)) {
			const p = { kind: 'concept', key: 'k', count: 2, total: 3, command: 'docker ps', flag: '-x', term: 't', text: 't', line: 1, length: 9, max: 3 };
			expect(entry.ko(p), code).toMatch(/[\uac00-\ud7a3]/);
			expect(entry.en(p), code).toBeTruthy();
		}
	});
	it('every diagnostic of a compile has a code, and its message is the English text of that code', () => {
		const { diagnostics } = compileNotes('# 제목\n\n그냥 문장입니다.\n\n![x](x.png)\n\n```dockerfile\nFROM x\n```\n', 'n.md');
		expect(diagnostics.length).toBeGreaterThan(0);
		for (const d of diagnostics) expect(diagnosticText(d, 'en')).toBe(d.message);
	});
});

describe('compileMany: one import of several notes', () => {
	it('a card two files make is kept in the first and merged out of the second, with a diagnostic', () => {
		const a = '| 명령어 | 설명 |\n|---|---|\n| `docker network ls` | 네트워크 목록 |\n';
		const b = '# 네트워크\n\n| 명령어 | 설명 |\n|---|---|\n| `docker network ls` | 네트워크 목록. |\n| `docker volume ls` | 볼륨 목록 |\n';
		const [first, second] = compileMany([
			{ name: 'a.md', text: a },
			{ name: 'b.md', text: b }
		]);
		expect(first.deck.cards.map((c) => (c.kind === 'command' ? c.answer : ''))).toEqual(['docker network ls']);
		expect(second.deck.cards.map((c) => (c.kind === 'command' ? c.answer : ''))).toEqual(['docker volume ls']);
		expect(second.diagnostics.find((d) => d.code === 'duplicate-across-files')?.message).toContain('a.md');
	});
	it('mergeNotes makes one deck of the files: every card once, unique ids, each diagnostic still names its file', () => {
		const a = '| 명령어 | 설명 |\n|---|---|\n| `docker network ls` | 네트워크 목록 |\n';
		const b = '# 네트워크\n\n| 명령어 | 설명 |\n|---|---|\n| `docker network ls` | 네트워크 목록. |\n| `docker volume ls` | 볼륨 목록 |\n';
		const merged = mergeNotes(compileMany([{ name: 'notes/a.md', text: a }, { name: 'notes/b.md', text: b }]), 'notes');
		expect(merged.deck).toMatchObject({ id: 'notes', title: 'notes', lang: 'ko' });
		expect(merged.deck.cards.map((c) => (c.kind === 'command' ? c.answer : ''))).toEqual(['docker network ls', 'docker volume ls']);
		expect(new Set(merged.deck.cards.map((c) => c.id)).size).toBe(2);
		expect(merged.diagnostics.find((d) => d.code === 'duplicate-across-files')?.file).toBe('notes/b.md');
		const again = mergeNotes(compileMany([{ name: 'notes/a.md', text: a }, { name: 'notes/b.md', text: b + '\n' }]), 'notes');
		expect(again.deck.source?.hash).not.toBe(merged.deck.source?.hash);
	});
});

describe('commands written inline in Korean prose', () => {
	it('the sentence around the command becomes its prompt', () => {
		const { deck } = compileNotes('`docker-compose up -d`를 실행하면 모든 서비스가 백그라운드로 시작됩니다.\n\nnginx 네임스페이스의 모든 리소스를 보려면 `kubectl get all -n nginx`를 실행합니다.\n', 'n.md');
		const asked = Object.fromEntries(deck.cards.filter((c): c is CommandCard => c.kind === 'command').map((c) => [c.answer, c.prompt]));
		expect(asked['docker-compose up -d']).toBe('모든 서비스가 백그라운드로 시작');
		expect(asked['kubectl get all -n nginx']).toBe('nginx 네임스페이스의 모든 리소스를 보려면');
	});
});

describe('a command block explained by what is right above it', () => {
	it('a heading right above a one-command block is its caption', () => {
		const { deck } = compileNotes('### 실행 중인 컨테이너 확인\n```bash\ndocker-compose -f db.yml ps\n```\n', 'n.md');
		expect(deck.cards.find((c): c is CommandCard => c.kind === 'command')?.prompt).toBe('실행 중인 컨테이너 확인');
	});
});

describe('recall: definitions, enumerations and commands the notes write loosely', () => {
	const concept = (cards: Card[], front: string) => cards.find((c) => c.kind === 'concept' && c.front === front);
	it('the first bullet under a term heading defines the term', () => {
		const { deck } = compileNotes('# DaemonSet\n  - 전체 노드에서 pod가 하나씩 실행되도록 보장\n  - https://github.com/example/getting-start-kubernetes/blob/main/6/daemonset-exam.yaml 참고\n', 'n.md');
		expect(concept(deck.cards, 'DaemonSet')).toMatchObject({ back: '전체 노드에서 pod가 하나씩 실행되도록 보장' });
	});
	it('a field with an example value: the value leaves the definition', () => {
		const { deck } = compileNotes('## Job\n- spec.parallelism: 2 동시에 2개씩 pod가 실행됨\n', 'n.md');
		expect(concept(deck.cards, 'spec.parallelism')).toMatchObject({ back: '동시에 2개씩 pod가 실행됨' });
	});
	it('an enumeration is asked as the kinds of the heading subject', () => {
		const { deck } = compileNotes('# ReplicaSet\n- label selector 지원\n- expression-operator : In, NotIn, Exists\n', 'n.md');
		expect(deck.cards.some((c) => c.kind === 'concept' && c.front === 'ReplicaSet의 expression-operator 종류')).toBe(true);
	});
	it('an indented block of commands with comments gives drills; a one-word comment takes the command object', () => {
		const { deck } = compileNotes('# namespace\n\n      kubectl create namespace blue  # blue namespace 생성\n      kubectl rollout undo daemonset web # 롤백\n', 'n.md');
		const prompts = deck.cards.filter((c): c is CommandCard => c.kind === 'command').map((c) => c.prompt);
		expect(prompts).toEqual(['blue namespace 생성', 'daemonset web 롤백']);
	});
	it('a task heading over a remark is a suggestion, not a card', () => {
		const { deck, suggestions } = compileNotes('## default namespace 변경\n주 작업을 default namespace로 변경하면 -n 없이 작업 가능\n', 'n.md');
		expect(deck.cards).toEqual([]);
		expect(suggestions[0]?.reasons.map((r) => r.feature)).toContain('task-heading-question');
	});
});
