import { describe, expect, it } from 'vitest';
import type { Card, CommandCard, ConceptCard } from '../deck/types';
import { compileNotes } from './index';

const concepts = (cards: Card[]) => cards.filter((c): c is ConceptCard => c.kind === 'concept');
const commands = (cards: Card[]) => cards.filter((c): c is CommandCard => c.kind === 'command');

describe('wider tables', () => {
	it('a term | meaning | remark table is read by its first two columns', () => {
		const note = '| 포트 | 설명 | 필수 여부 |\n|---|---|---|\n| `targetPort` | Pod에서 앱이 listening하는 포트 | 선택 |\n| `port` | Service 자체 포트 | 필수 |\n';
		const { deck } = compileNotes(note, 'n.md');
		expect(concepts(deck.cards).map((c) => [c.front, c.back])).toEqual([
			['`targetPort`', 'Pod에서 앱이 listening하는 포트'],
			['`port`', 'Service 자체 포트']
		]);
	});
	it('a meaning header written as parts ("역할/의미") names the meaning column', () => {
		const note = '| 명령어 | 역할/의미 | 비고 / 예시 |\n|---|---|---|\n| `WORKDIR` | 이후 명령들의 작업 디렉터리 설정 | `WORKDIR /app` |\n';
		expect(concepts(compileNotes(note, 'n.md').deck.cards)[0]).toMatchObject({ front: '`WORKDIR`', back: '이후 명령들의 작업 디렉터리 설정' });
	});
	it('a table whose second column is not a meaning is still skipped', () => {
		const note = '| 설치 | 마스터 | 워커 |\n|---|---|---|\n| etcd | O | X |\n';
		const { deck, diagnostics } = compileNotes(note, 'n.md');
		expect(deck.cards).toEqual([]);
		expect(diagnostics.some((d) => d.code === 'table-columns')).toBe(true);
	});
	it('Korean words after a command in a cheat-sheet cell are placeholders', () => {
		const note = '| 명령어 | 의미 |\n|---|---|\n| `docker rmi 이미지` | 이미지 삭제 |\n| `docker run -p 호스트:컨테이너` | 포트 바인딩 |\n| `docker run 으로 실행` | 실행 |\n';
		const cards = commands(compileNotes(note, 'n.md').deck.cards);
		expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
			['이미지 삭제', 'docker rmi <이미지>'],
			['포트 바인딩', 'docker run -p <호스트>:<컨테이너>']
		]);
	});
});

describe('separators that are not separators', () => {
	it('a colon inside a flag value (`-v HOST:CONTAINER`) does not split the line', () => {
		const note = '## Docker Volume\n\n* Bind Mount\n    * -v [HOST_PATH]:[CONTAINER_PATH]\n    * --tmpfs /run:rw,noexec\n';
		const { deck, suggestions } = compileNotes(note, 'n.md');
		expect([...deck.cards, ...suggestions.map((s) => s.card)].filter((c) => c.kind === 'command')).toEqual([]);
		expect(concepts(deck.cards).some((c) => c.back.includes('CONTAINER_PATH'))).toBe(false);
	});
	it('a colon inside brackets does not split a term from its definition', () => {
		const { deck } = compileNotes('- CPU 동작 (RR: 1024)\n- Memory 구성\n', 'n.md');
		expect(concepts(deck.cards).some((c) => c.back === '1024)')).toBe(false);
	});
	it('a flag read under a command it does not belong to becomes a suggestion', () => {
		const note = '## docker volume\n\n- `-d` : 백그라운드로 실행\n';
		const { deck, suggestions } = compileNotes(note, 'n.md');
		expect(deck.cards).toEqual([]);
		expect(suggestions.map((s) => s.reasons[0]?.feature)).toEqual(['flag-not-of-command', 'flag-not-of-command']);
	});
});

describe('command prompts that name no object', () => {
	it('a bare list action ("목록 조회 (…)") gets the command\'s object', () => {
		const { deck } = compileNotes('```bash\nkubectl get services   # 목록 조회 (ClusterIP, 포트 확인)\n```\n', 'n.md');
		expect(commands(deck.cards)[0]?.prompt).toBe('services 목록 조회 (ClusterIP, 포트 확인)');
	});
	it('a one-word action over a command on a placeholder names the placeholder', () => {
		const note = '| 명령어 | 의미 |\n|---|---|\n| `docker restart 컨테이너` | 재시작 |\n';
		expect(commands(compileNotes(note, 'n.md').deck.cards)[0]?.prompt).toBe('컨테이너 재시작');
	});
});

describe('concept candidates that ask nothing', () => {
	const suggested = (note: string, feature: string): boolean =>
		compileNotes(note, 'n.md').suggestions.some((s) => s.reasons.some((r) => r.feature === feature));
	it('an answer pointing at a diagram ("여기서") is narration', () => {
		expect(suggested('- Pods : 실제 워크로드가 여기서 실행됨\n', 'narration')).toBe(true);
	});
	it('an answer that is only a default value is a bare value', () => {
		expect(suggested('- node-status-report-frequency : 기본 5m\n', 'bare-value-answer')).toBe(true);
	});
	it('a topic with a section word after " - ", or "… 상세", is a section heading', () => {
		expect(suggested('## Docker Resource Limit - Intro\n\n컨테이너는 자원을 무제한으로 가져온다.\n', 'section-heading-question')).toBe(true);
		expect(suggested('## LoadBalancer 상세\n\nNodePort만으로는 단일 URL을 줄 수 없는 문제가 있다.\n', 'section-heading-question')).toBe(true);
	});
	it('"상황:" sets up a lab: never a term', () => {
		const { deck, suggestions } = compileNotes('> 상황 : 크롤링 테스트 성공 -> 컨테이너 안에서는 오류\n', 'n.md');
		expect([...deck.cards, ...suggestions.map((s) => s.card)]).toEqual([]);
	});
	it('a nested bullet joining code to a sentence ("`up`으로 …") still defines its parent', () => {
		const note = '- `docker compose down`\n  - `up`으로 생성한 컨테이너, 네트워크 등을 정리\n  - 기본 설정에서는 named volume은 유지\n';
		expect(concepts(compileNotes(note, 'n.md').deck.cards)[0]?.back).toBe('- `up`으로 생성한 컨테이너, 네트워크 등을 정리\n- 기본 설정에서는 named volume은 유지');
	});
});

describe('definition and enumeration sentences anywhere in a section', () => {
	it('an enumeration sentence asks for the kinds', () => {
		const { deck } = compileNotes('## 서비스\n\n서비스는 파드를 묶는다.\n\n서비스 유형에는 ClusterIP, NodePort, LoadBalancer가 있습니다.\n', 'n.md');
		expect(concepts(deck.cards).find((c) => c.front === '서비스의 유형')?.back).toBe('ClusterIP, NodePort, LoadBalancer');
	});
	it('a later definition sentence is taken when the first sentence is an evaluation or a how-to', () => {
		const chatty = compileNotes('## 서비스\n\n서비스는 쿠버네티스에서 중요하다. 아래에서 자세히 본다.\n', 'n.md');
		expect(chatty.deck.cards).toEqual([]);
		const { deck } = compileNotes('## 볼륨\n\n데이터를 보존하려면 볼륨을 쓴다.\n\n볼륨은 컨테이너와 독립적으로 데이터를 저장하는 공간이다.\n', 'n.md');
		expect(concepts(deck.cards).map((c) => [c.front, c.back])).toEqual([['볼륨', '컨테이너와 독립적으로 데이터를 저장하는 공간이다']]);
	});
	it('a sentence whose subject is a pronoun, or whose predicate is not a noun, is not a definition', () => {
		const { deck } = compileNotes('## 볼륨\n\n이것은 데이터를 저장하는 공간이다.\n\n컨테이너는 가볍고 빠르게 실행된다.\n', 'n.md');
		expect(deck.cards).toEqual([]);
	});
});

describe('a command block explained by the sentence before it', () => {
	it('"이 첫 번째 명령은 …" gives the purpose as the prompt', () => {
		const note = '## 설정\n\n이 첫 번째 명령은 현재 컨텍스트의 네임스페이스를 dev로 설정합니다.\n\n```bash\nkubectl config set-context --current --namespace=dev\n```\n';
		expect(commands(compileNotes(note, 'n.md').deck.cards)[0]?.prompt).toBe('현재 컨텍스트의 네임스페이스를 dev로 설정합니다');
	});
	it('the same sentence under the heading is not also a concept card (with or without its period)', () => {
		const note = '## 로그\n\n웹 서버 web 컨테이너의 로그를 실시간으로 확인합니다.\n\n```\ndocker logs -f web\n```\n';
		const { deck, suggestions } = compileNotes(note, 'n.md');
		expect(concepts(deck.cards)).toEqual([]);
		expect(suggestions.some((s) => s.reasons.some((r) => r.feature === 'command-caption-answer'))).toBe(true);
		expect(commands(deck.cards)[0]?.answer).toBe('docker logs -f web');
	});
});

describe('definitional sub-headings', () => {
	it('"## 역할" under "# Namespaces" defines the parent term', () => {
		const { deck } = compileNotes('# Namespaces\n\n## 역할\n\n클러스터 내 리소스를 논리적으로 격리하는 단위.\n', 'n.md');
		expect(concepts(deck.cards).map((c) => c.front)).toEqual(['Namespaces의 역할']);
	});
	it('"## 역할" with no parent heading stays generic', () => {
		expect(compileNotes('## 역할\n\n클러스터 내 리소스를 논리적으로 격리하는 단위.\n', 'n.md').deck.cards).toEqual([]);
	});
});
