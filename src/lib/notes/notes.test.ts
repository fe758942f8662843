import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Card, ChoiceCard, CommandCard, ConceptCard, YamlFixCard } from '../deck/types';
import { compileNotes, type YamlBlockHandler } from './index';

const fixture = (name: string): string => readFileSync(new URL(`../../../tests/fixtures/notes/${name}`, import.meta.url), 'utf8');
const concepts = (cards: Card[]) => cards.filter((c): c is ConceptCard => c.kind === 'concept');
const commands = (cards: Card[]) => cards.filter((c): c is CommandCard => c.kind === 'command');
const choices = (cards: Card[]) => cards.filter((c): c is ChoiceCard => c.kind === 'choice');
const concept = (cards: Card[], front: string) => concepts(cards).find((c) => c.front === front);

describe('front matter and deck', () => {
	it('reads deck, title, lang and tags', () => {
		const { deck } = compileNotes(fixture('explicit.md'), 'notes/explicit.md');
		expect(deck).toMatchObject({ id: 'explicit-demo', title: '명시적 카드', lang: 'ko' });
		expect(deck.cards[0].tags).toEqual(['docker', 'docker run']);
	});
	it('defaults: id from file name, title from first heading, lang detected', () => {
		const { deck } = compileNotes('# Docker Basics\n\nimage: read-only template\n', 'dir/Docker Basics.md');
		expect(deck).toMatchObject({ id: 'docker-basics', title: 'Docker Basics', lang: 'en' });
	});
	it('reports broken front matter and keeps compiling', () => {
		const { deck, diagnostics } = compileNotes('---\ntitle: [unclosed\n---\n\n이미지: 읽기 전용 템플릿\n', 'a.md');
		expect(diagnostics.some((d) => d.severity === 'warning' && d.line === 1 && /front matter/.test(d.message))).toBe(true);
		expect(concept(deck.cards, '이미지')?.line).toBe(5);
	});
});

describe('explicit syntax (Obsidian SR)', () => {
	const { deck } = compileNotes(fixture('explicit.md'), 'explicit.md');
	it('Q::A gives one card, Q:::A two, with a pinned id', () => {
		expect(concept(deck.cards, '컨테이너를 백그라운드로 실행하는 옵션')?.back).toBe('-d');
		const pinned = deck.cards.find((c) => c.id === 'explicit-demo:port-flag') as ConceptCard;
		expect(pinned).toMatchObject({ front: '포트 연결 옵션', back: '-p', line: 10 });
		expect(concept(deck.cards, '-p')?.back).toBe('포트 연결 옵션');
	});
	it('multi-line card around a ? line', () => {
		expect(concept(deck.cards, '이미지란\n무엇인가')).toMatchObject({ back: '컨테이너 실행용 읽기 전용 템플릿', line: 12 });
	});
	it('one card per ==highlight== and per {{cN::}}', () => {
		const h = concepts(deck.cards).filter((c) => c.line === 17);
		expect(h.map((c) => c.back)).toEqual(['실행 인스턴스', '읽기 전용']);
		expect(h[0].front).toBe('컨테이너는 이미지의 [...]이고 이미지는 읽기 전용이다.');
		const cl = concepts(deck.cards).filter((c) => c.line === 19);
		expect(cl.map((c) => c.id)).toEqual(['explicit-demo:kubelet-cloze', 'explicit-demo:kubelet-cloze-2']);
		expect(cl[1].front).toBe('kubelet은 각 노드에서 [...]를 실행한다.');
	});
	it('does not read :: inside code as a card', () => {
		const { deck: d } = compileNotes('Use `std::vector` here.\n', 'a.md');
		expect(d.cards).toHaveLength(0);
	});
});

describe('plain notes', () => {
	const { deck, diagnostics } = compileNotes(fixture('plain.md'), 'plain.md');
	it('term with short nested definitions → one card; command children → command cards', () => {
		expect(concept(deck.cards, '컨테이너')?.back).toBe('- 하나의 프로세스\n- 실행 가능한 이미지의 인스턴스');
		expect(commands(deck.cards).find((c) => c.answer === 'docker rm')?.prompt).toBe('컨테이너 삭제');
	});
	it('bold-term and dash definitions, with heading breadcrumbs as tags', () => {
		expect(concept(deck.cards, 'Docker daemon')?.back).toBe('docker API 요청을 수신하고 이미지를 관리');
		const etcd = concepts(deck.cards).filter((c) => c.front === 'etcd');
		expect(etcd[0].tags).toEqual(['도커 기초', '도커의 아키텍처']);
	});
	it('heading + short list and heading + definition sentence', () => {
		expect(concept(deck.cards, '컨테이너를 사용하는 이유')?.back).toContain('- 빠른 기동 시간');
		expect(concept(deck.cards, 'kube-proxy')).toMatchObject({ back: '클러스터의 각 노드에서 실행되는 네트워크 프록시', line: 19 });
	});
	it('two-column table → concept and choice cards', () => {
		expect(concept(deck.cards, 'FROM')?.back).toBe('상위 이미지를 지정합니다.');
		const from = choices(deck.cards).find((c) => c.answer === 'FROM');
		expect(from?.options).toHaveLength(4);
		expect(from?.options).toContain('FROM');
	});
	it('command code block: # comment and trailing comment, placeholders kept', () => {
		const c = commands(deck.cards);
		expect(c.find((x) => x.answer === 'docker run -d -p 8080:80 {image}')?.prompt).toMatch(/^nginx 이미지를/);
		expect(c.find((x) => x.answer === 'docker image ls')?.prompt).toBe('local image 목록');
		expect(diagnostics.some((d) => /no `# comment`/.test(d.message))).toBe(true);
	});
	it('flag list after a command → flag drills', () => {
		const d = commands(deck.cards).find((x) => x.hidden === '-d');
		expect(d).toMatchObject({ answer: 'docker run -d', blank: 'flag' });
		expect(concept(deck.cards, '`docker run -d`')?.back).toBe('컨테이너를 detached mode로 실행한다');
	});
	it('named states → choice cards with sibling distractors', () => {
		const p = choices(deck.cards).find((c) => c.answer === 'Pending');
		expect(p?.prompt).toBe('리소스 대기 등');
		expect(p?.options.every((o) => ['Pending', 'Running', 'CrashLoopBackOff', 'Succeeded'].includes(o))).toBe(true);
	});
	it('kubectl short names → drills', () => {
		const c = commands(deck.cards).find((x) => x.answer === 'kubectl get deploy');
		expect(c).toMatchObject({ blank: 'resource', hidden: 'deploy' });
		expect(concept(deck.cards, '`persistentvolumeclaim` (`pvc`)')?.back).toBe('논리 볼륨의 요구');
	});
	it('images and link lists are diagnostics with their line', () => {
		expect(diagnostics).toContainEqual(expect.objectContaining({ line: 21, message: expect.stringMatching(/^image skipped/) }));
		expect(diagnostics).toContainEqual(expect.objectContaining({ line: 55, message: expect.stringMatching(/^link list skipped/) }));
	});
	it('no card front is a long sentence and every back is short', () => {
		for (const c of concepts(deck.cards)) expect(c.back.length).toBeLessThanOrEqual(300);
	});
});

describe('diagnostics and limits', () => {
	it('skips a too-long answer with a located diagnostic', () => {
		const { deck, diagnostics } = compileNotes(`# t\n\n용어: ${'가나다 '.repeat(120)}\n`, 'a.md');
		expect(deck.cards).toHaveLength(0);
		expect(diagnostics).toContainEqual(expect.objectContaining({ line: 3, message: expect.stringMatching(/answer too long/) }));
	});
	it('drops duplicates with a diagnostic', () => {
		const { deck, diagnostics } = compileNotes('이미지: 템플릿\n\n이미지: 템플릿\n', 'a.md');
		expect(deck.cards).toHaveLength(1);
		expect(diagnostics).toContainEqual(expect.objectContaining({ line: 3, message: expect.stringMatching(/duplicate concept card .* line 1/) }));
	});
	it('reports a prose paragraph and an unterminated fence', () => {
		const { diagnostics } = compileNotes('# t\n\n오늘은 도커를 설치하고 여러 가지를 해 보았는데 생각보다 어려웠다.\n\n```bash\ndocker ps\n', 'a.md');
		expect(diagnostics).toContainEqual(expect.objectContaining({ line: 3, message: expect.stringMatching(/^paragraph skipped/) }));
		expect(diagnostics).toContainEqual(expect.objectContaining({ line: 5, severity: 'warning', message: expect.stringMatching(/unterminated/) }));
	});
	it('CRLF and BOM give the same cards and lines as LF', () => {
		const lf = compileNotes('# 제목\n\n- 이미지: 템플릿\n- 컨테이너: 인스턴스\n', 'a.md').deck;
		const crlf = compileNotes('\ufeff# 제목\r\n\r\n- 이미지: 템플릿\r\n- 컨테이너: 인스턴스\r\n', 'a.md').deck;
		expect(crlf.cards).toEqual(lf.cards);
		expect(lf.cards.map((c) => c.line)).toEqual([3, 4]);
	});
	it('empty, binary and huge input give diagnostics', () => {
		expect(compileNotes('', 'a.md').diagnostics[0].message).toMatch(/empty/);
		expect(compileNotes('\u0000\u0001PK\u0003', 'a.md').diagnostics[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/binary/) });
		const big = compileNotes('x'.repeat(5_000_000), 'big.md');
		expect(big.deck.cards).toHaveLength(0);
		expect(big.diagnostics[0].message).toMatch(/too large/);
	});
});

describe('stable ids', () => {
	it('same input → same ids; editing one card leaves the others', () => {
		const a = compileNotes(fixture('plain.md'), 'plain.md').deck.cards;
		const b = compileNotes(fixture('plain.md'), 'plain.md').deck.cards;
		expect(b.map((c) => c.id)).toEqual(a.map((c) => c.id));
		const edited = compileNotes(fixture('plain.md').replace('리소스 대기 등', '리소스를 기다리는 중'), 'plain.md').deck.cards;
		const before = new Set(a.map((c) => c.id));
		const changed = edited.filter((c) => !before.has(c.id));
		expect(changed.map((c) => (c.kind === 'choice' ? c.prompt : c.kind === 'concept' ? c.back : ''))).toEqual(['리소스를 기다리는 중']);
		expect(new Set(a.map((c) => c.id)).size).toBe(a.length);
	});
});

describe('YAML blocks', () => {
	const notes = [
		'# Service',
		'',
		'### 과제: Service가 파드로 트래픽을 보내지 못한다. selector를 고쳐라',
		'checks: k8s-service-selector-matches-pod',
		'',
		'```yaml broken',
		'apiVersion: v1',
		'kind: Service',
		'```',
		'```yaml solution',
		'apiVersion: v1',
		'kind: Service',
		'spec: {}',
		'```',
		'',
		'```yaml',
		'services:',
		'  web:',
		'    image: nginx',
		'```'
	].join('\n');
	it('exercise block → yamlfix card; plain block kept as a diagnostic', () => {
		const { deck, diagnostics } = compileNotes(notes, 'svc.md');
		const y = deck.cards.filter((c): c is YamlFixCard => c.kind === 'yamlfix');
		expect(y).toHaveLength(1);
		expect(y[0]).toMatchObject({ target: 'kubernetes', checks: ['k8s-service-selector-matches-pod'], line: 6 });
		expect(y[0].solution).toContain('spec: {}');
		expect(diagnostics).toContainEqual(expect.objectContaining({ line: 16, severity: 'info', message: 'YAML block kept for YAML-fix exercises' }));
	});
	it('calls the handler with the block and its context; a throwing handler is a diagnostic', () => {
		const seen: { line: number; tags: string[] }[] = [];
		const handler: YamlBlockHandler = (yaml, ctx) => {
			seen.push({ line: ctx.line, tags: ctx.tags });
			return { cards: [{ id: `${ctx.deckId}:m1`, kind: 'yamlfix', target: 'compose', task: 't', broken: yaml, checks: [], tags: ctx.tags }], diagnostics: [] };
		};
		const { deck } = compileNotes(notes, 'svc.md', { yamlBlocks: handler });
		expect(seen).toEqual([{ line: 16, tags: ['Service', '과제: Service가 파드로 트래픽을 보내지 못한다. selector를 고쳐라'] }]);
		expect(deck.cards.some((c) => c.id === 'svc:m1')).toBe(true);
		const boom = compileNotes(notes, 'svc.md', { yamlBlocks: () => { throw new Error('boom'); } });
		expect(boom.diagnostics).toContainEqual(expect.objectContaining({ line: 16, severity: 'error', message: expect.stringMatching(/boom/) }));
	});
});

describe('glued separators', () => {
	it('reads `term:::definition` glued to the separator as a card, and `a::b` code as none', () => {
		const { deck } = compileNotes('etcd:::클러스터의 모든 데이터를 저장하는 key-value 저장소\n\nstd::vector\n', 'g.md');
		expect(deck.cards.map((c) => (c.kind === 'concept' ? [c.front, c.back] : null))).toEqual([
			['etcd', '클러스터의 모든 데이터를 저장하는 key-value 저장소'],
			['클러스터의 모든 데이터를 저장하는 key-value 저장소', 'etcd']
		]);
	});
});

describe('partial blanks', () => {
	it('asks a subcommand right after the program as a verb, and a kubectl resource as a resource', () => {
		const text = [
			'```bash',
			'# web:1.0 이미지를 web.tar 파일로 저장',
			'docker [[save]] -o web.tar web:1.0',
			'# compose 로 띄운 서비스를 모두 내리기',
			'docker compose [[down]]',
			'# web Deployment 를 이전 버전으로 되돌리기',
			'kubectl rollout [[undo]] deployment/web',
			'# 파드 목록을 짧은 이름으로 조회',
			'kubectl get [[po]]',
			'```'
		].join('\n');
		const cards = compileNotes(text, 'b.md').deck.cards as CommandCard[];
		expect(cards.map((c) => [c.answer, c.blank, c.hidden])).toEqual([
			['docker save -o web.tar web:1.0', 'verb', 'save'],
			['docker compose down', 'verb', 'down'],
			['kubectl rollout undo deployment/web', 'verb', 'undo'],
			['kubectl get po', 'resource', 'po']
		]);
	});
});

describe('kubectl short names', () => {
	it('knows pairs kubectl defines even when the letters differ', () => {
		const { deck } = compileNotes('- `resourcequotas` `quota`\n- `limitranges` `limits`\n- `deployments` `deploy`\n', 'k.md');
		const drills = deck.cards.filter((c): c is CommandCard => c.kind === 'command').map((c) => c.answer);
		expect(drills).toEqual(['kubectl get quota', 'kubectl get limits', 'kubectl get deploy']);
	});
});
