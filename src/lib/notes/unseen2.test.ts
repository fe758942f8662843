/**
 * Regression tests from a second batch of real learner notes (tests/fixtures/notes/unseen2/): a
 * lecture README with bold pseudo-headings, a `## docker ps` cheat sheet, nested compose TIL bullets,
 * help-page usage synopses, a Dockerfile TIL with `**CMD:**` bullets, a blockquote-bodied chapter,
 * a killercoda transcript with `controlplane $` prompts and an indented-code CLI list.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileNotes } from './index';
import { command, commands, concept, concepts, fixtureNotes, offeredCount, suggestedCommand } from './test-fixtures';

const DIR = new URL('../../../tests/fixtures/notes/unseen2/', import.meta.url);
const { read, compile } = fixtureNotes(DIR);

/** Minimum kept cards per fixture (what a learner would keep after reading them all). */
const MIN_CARDS: Record<string, number> = {
	'compose-til-nested.md': 10,
	'docker-cli-indented.md': 0,
	'docker-heading-cheatsheet.md': 8,
	'dockerfile-blockquote.md': 7,
	'dockerfile-til.md': 9,
	'k8s-lecture-notes.md': 60,
	'killercoda-transcript.md': 7,
	'kubectl-usage-blocks.md': 0
};

describe('every unseen2 fixture', () => {
	const names = readdirSync(DIR).filter((n) => n.endsWith('.md')).sort();
	it('there are 8 fixtures, each with its source', () => {
		expect(names.length).toBeGreaterThanOrEqual(8);
		for (const n of names) expect(read(n).split('\n')[0]).toMatch(/^<!-- source: \S/);
	});
	for (const name of names) {
		it(`${name}: enough cards, unique ids, located diagnostics, short answers`, () => {
			const text = read(name);
			const result = compileNotes(text, name);
			const { deck, diagnostics } = result;
			const total = text.split('\n').length;
			// Extracted cards: made or held back as suggestions by the quality score.
			expect(offeredCount(result)).toBeGreaterThanOrEqual(MIN_CARDS[name] ?? 1);
			expect(new Set(deck.cards.map((c) => c.id)).size).toBe(deck.cards.length);
			expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
			for (const d of diagnostics) expect(d.line >= 1 && d.line <= total).toBe(true);
			for (const c of deck.cards) {
				if (c.kind === 'concept') {
					expect(c.back.length).toBeLessThanOrEqual(300);
					expect(c.front).not.toMatch(/^\*\*|\*\*$|^\(참고\)|:$/);
				}
				if (c.kind === 'command') {
					// A usage synopsis or a prompt that only names the command is not a drill.
					expect(c.answer).not.toMatch(/\[(?:options?|flags?)\]|\.\.\.\]/i);
					expect(c.answer.split(' ')).not.toContain(c.prompt.toLowerCase());
					expect(c.answer).not.toMatch(/^\S+ \$/);
				}
			}
		});
	}
});

describe('host-prefixed terminal transcript (killercoda-transcript.md)', () => {
	const result = compile('killercoda-transcript.md');
	const { deck, diagnostics } = result;
	it('`controlplane $ kubectl …` is a prompt line: the command is drilled, asked by the lead-in', () => {
		expect(command(deck.cards, 'kubectl cluster-info')?.prompt).toBe('쿠버네티스 클러스터 정보를 확인하려면');
		expect(command(deck.cards, 'kubectl get namespaces')?.prompt).toBe('네임스페이스를 보려면');
		// The pod's name is not in the prompt: extracted, offered as a suggestion.
		expect(suggestedCommand(result, 'kubectl logs -n kube-system kube-scheduler-controlplane')).toEqual({ prompt: 'Pod의 로그를 보려면', features: expect.arrayContaining(['name-not-in-prompt']) });
		expect(command(deck.cards, 'kubectl get nodes --output wide')).toBeDefined();
	});
	it('printed output ("kubectl controls the Kubernetes cluster manager.") is not a command', () => {
		expect(commands(deck.cards).some((c) => /controls/.test(c.answer))).toBe(false);
		expect(diagnostics.some((d) => /output line/.test(d.message))).toBe(true);
	});
});

describe('usage synopses (kubectl-usage-blocks.md, docker-cli-indented.md, docker-heading-cheatsheet.md)', () => {
	it('`# get` over `$ kubectl get [TYPE] [NAME] [flags]` is reported, not drilled', () => {
		const { deck, diagnostics } = compile('kubectl-usage-blocks.md');
		expect(command(deck.cards, 'kubectl get [TYPE] [NAME] [flags]')).toBeUndefined();
		expect(command(deck.cards, 'kubectl edit [TYPE] [NAME]')).toBeUndefined();
		expect(diagnostics.filter((d) => /usage synopsis|only names the command/.test(d.message)).length).toBeGreaterThanOrEqual(6);
	});
	it('`usage : docker logs [OPTIONS] CONTAINER` is no card; the flags under the heading are', () => {
		const { deck } = compile('docker-heading-cheatsheet.md');
		expect(commands(deck.cards).find((c) => c.prompt === 'usage')).toBeUndefined();
		expect(command(deck.cards, 'docker ps -a')?.blank).toBe('flag');
		expect(command(deck.cards, 'docker logs -f')).toBeDefined();
		expect(command(deck.cards, 'docker run -d')).toBeDefined();
	});
	it('the note describing itself ("…기록하는 일종의 cheat sheet") is not the definition of its title', () => {
		const { deck } = compile('docker-heading-cheatsheet.md');
		expect(concept(deck.cards, '도커')).toBeUndefined();
	});
});

describe('blockquote bodies under headings (dockerfile-blockquote.md)', () => {
	const { deck } = compile('dockerfile-blockquote.md');
	it('"## FROM" + "> FROM에는 …" is a definition, without the restated term', () => {
		expect(concept(deck.cards, 'FROM')?.back).toBe('어떤 이미지를 기반으로 이미지를 생성할지 설정함.');
		expect(concept(deck.cards, 'ENV')?.back).toBe('환경 변수를 설정함.');
		expect(concept(deck.cards, 'ADD')?.back).toBe('파일을 이미지에 추가함.');
	});
	it('a chapter title ("Dockerfile detail") is not a term', () => {
		expect(concept(deck.cards, 'Dockerfile detail')).toBeUndefined();
	});
});

describe('`**CMD:** …` bullets (dockerfile-til.md)', () => {
	const { deck } = compile('dockerfile-til.md');
	it('the colon inside the bold still separates term and definition', () => {
		expect(concept(deck.cards, 'CMD')?.back).toMatch(/^컨테이너 실행 시 인자/);
		expect(concept(deck.cards, 'ENTRYPOINT')?.back).toMatch(/인자가 뒤에 추가됩니다/);
		expect(concept(deck.cards, 'COPY')).toBeDefined();
		expect(concept(deck.cards, 'WORKDIR')).toBeDefined();
	});
});

describe('lecture README with bold pseudo-headings (k8s-lecture-notes.md)', () => {
	const result = compile('k8s-lecture-notes.md');
	const { deck } = result;
	it('`**Probe**` / `**init Container**` alone on a line head the definition below', () => {
		expect(concept(deck.cards, 'Probe')?.back).toBe('파드의 상태를 모니터링 하기 위한 경로');
		expect(concept(deck.cards, 'init Container')?.back).toMatch(/^파드를 멀티 컨테이너로 구성할 때/);
		// Five bullets are too much for one answer: offered as a suggestion.
		const selfHealing = result.suggestions.find((s) => s.card.kind === 'concept' && s.card.front === 'Self-healing');
		expect(selfHealing?.card.kind === 'concept' && selfHealing.card.back).toMatch(/^- 쿠버네티스의 선언적 특징/);
		expect(selfHealing?.reasons.map((r) => r.feature)).toContain('long-list-answer');
	});
	it('a reason sentence under a bold heading is not a definition', () => {
		expect(concept(deck.cards, '컨테이너의 상태')).toBeUndefined();
	});
	it('a long aside in parentheses is cut from the answer', () => {
		expect(concept(deck.cards, 'Pending')?.back).toBe('파드가 노드에 배치되는 단계');
		expect(deck.cards.find((c) => c.kind === 'choice' && c.answer === 'Pending')).toBeDefined();
	});
	it('labels and stray bold are not part of the term', () => {
		expect(concept(deck.cards, 'imperative System')).toBeDefined();
		expect(concept(deck.cards, '(참고)imperative System')).toBeUndefined();
		expect(concept(deck.cards, 'strategy')?.back).toMatch(/어떤 방식으로 업데이트를 할 것인가\.$/);
	});
	it('component bullets stay concept cards', () => {
		expect(concept(deck.cards, 'etcd')?.back).toMatch(/데이터 저장소$/);
		expect(concept(deck.cards, 'maxSurge')).toBeDefined();
	});
});

describe('nested compose TIL (compose-til-nested.md)', () => {
	const { deck } = compile('compose-til-nested.md');
	it('YAML keys quoted in a list lose their colon', () => {
		expect(concept(deck.cards, 'services')?.back).toBe('컨테이너 설정');
		expect(concept(deck.cards, 'services:')).toBeUndefined();
	});
	it('`- version: "3"` over `- Docker Compose 파일 포맷 버전 지정`: the nested bullet defines the key', () => {
		expect(concept(deck.cards, 'version')?.back).toBe('Docker Compose 파일 포맷 버전 지정');
	});
	it('a definition made only of YAML keys ("- 이름1:") is no card', () => {
		expect(concepts(deck.cards).some((c) => /^- 이름1:/.test(c.back))).toBe(false);
	});
	it('`docker volume prune - 쓰지 않는 볼륨 삭제` is a command drill', () => {
		expect(command(deck.cards, 'docker volume prune')?.prompt).toBe('쓰지 않는 볼륨 삭제');
	});
});
