import { describe, expect, it } from 'vitest';
import type { Deck } from '$lib/deck/types';
import { slugify } from '$lib/deck/ids';
import { LIMITS, deckLimitProblems as problems } from './limits';
import { problemText } from './messages';

const deckLimitProblems = (d: Deck) => problems(d).map(problemText);
import { parseDeckJson } from './json';
import { delimitedToDeck, parseDelimited } from './delimited';

const deck = (cards: Record<string, unknown>[], extra: Partial<Deck> = {}): Deck =>
	({ id: 'd', title: 'T', lang: 'en', cards: cards.map((c, i) => ({ id: `c${i}`, kind: 'concept', tags: [], front: 'q', back: 'a', ...c })), ...extra }) as Deck;

describe('field limits', () => {
	it('a deck within every limit has no problem', () => {
		expect(deckLimitProblems(deck([{}, { tags: Array.from({ length: LIMITS.tags }, (_, i) => `t${i}`) }]))).toEqual([]);
	});

	it.each([
		['a long deck id', deck([], { id: 'x'.repeat(LIMITS.id + 1) }), 'id: 201 characters, the limit is 200'],
		['a long title', deck([], { title: 'x'.repeat(1_048_576) }), 'title: 1,048,576 characters, the limit is 500'],
		['a long card id', deck([{ id: 'y'.repeat(300) }]), 'cards[0].id: 300 characters, the limit is 200'],
		['a long back', deck([{ back: 'b'.repeat(30 * 1024 * 1024) }]), 'cards[0].back: 31,457,280 characters, the limit is 100,000'],
		['too many tags', deck([{ tags: Array.from({ length: 101 }, (_, i) => `t${i}`) }]), 'cards[0].tags: 101 tags, the limit is 100'],
		['a long tag', deck([{ tags: ['t'.repeat(101)] }]), 'cards[0].tags[0]: 101 characters, the limit is 100'],
		['too many options', deck([{ kind: 'choice', prompt: 'p', answer: 'o1', options: Array.from({ length: 100_000 }, (_, i) => `o${i}`) }]), 'cards[0].options: 100,000 options, the limit is 50'],
		['a long YAML', deck([{ kind: 'yamlfix', task: 't', target: 'compose', checks: [], broken: 'a: b\n'.repeat(30_000) }]), 'cards[0].broken: 150,000 characters, the limit is 100,000']
	])('%s is named with its limit', (_what, d, message) => {
		expect(deckLimitProblems(d)).toContain(message);
	});

	it('inlined images do not count as text, but each is bounded', () => {
		const image = `![](data:image/png;base64,${'A'.repeat(2_000_000)})`;
		expect(deckLimitProblems(deck([{ back: `see ${image} and ${image}` }]))).toEqual([]);
		expect(deckLimitProblems(deck([{ back: `![](data:image/png;base64,${'A'.repeat(LIMITS.dataUrl)})` }]))[0]).toMatch(/^cards\[0\]\.back: an image of 3,000,022 characters, the limit is 3,000,000$/);
	});

	it('a deck file over a limit is refused with the field named; nothing is returned', () => {
		const text = JSON.stringify({ format: 'deckhand/deck@1', id: 'x'.repeat(1_048_576), title: 't', lang: 'en', cards: [{ id: 'a', kind: 'concept', tags: [], front: 'q', back: 'a' }] });
		const r = parseDeckJson(text, 'd.json');
		expect(r.deck).toBeUndefined();
		expect(r.diagnostics.map((d) => d.message)).toContain('id: 1,048,576 characters, the limit is 200');
	});

	it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('a card of kind %j is named, not thrown on', (kind) => {
		const r = parseDeckJson(JSON.stringify({ format: 'deckhand/deck@1', id: 'd', title: 't', lang: 'en', cards: [{ id: 'a', kind, tags: [], front: 'q', back: 'a' }] }), 'd.json');
		expect(r.deck).toBeUndefined();
		expect(r.diagnostics[0].message).toBe(`cards[0].kind: expected one of concept, command, choice, yamlfix, got "${kind}"`);
	});
});

describe('derived ids are bounded', () => {
	it('a long name gives a slug of at most 60 characters, different names different slugs', () => {
		const a = slugify('x'.repeat(1_048_576));
		const b = slugify('x'.repeat(1_048_575) + 'y');
		expect(a.length).toBeLessThanOrEqual(60);
		expect(a).not.toBe(b);
		expect(slugify('Kubernetes Pods')).toBe('kubernetes-pods');
	});

	it('an Anki TSV with a 1 MB #deck: header: ids stay short, the title is refused by name', () => {
		const text = `#separator:tab\n#deck:${'x'.repeat(1_048_576)}\n` + Array.from({ length: 200 }, (_, i) => `q${i}\ta${i}`).join('\n');
		const parsed = parseDelimited(text, 'a.txt', { format: 'tsv' });
		const title = parsed.anki!.deck!;
		const r = delimitedToDeck(parsed, { front: 0, back: 1, deckTitle: title });
		expect(r.deck).toBeUndefined();
		expect(r.diagnostics.map((d) => d.message)).toContain('title: 1,048,576 characters, the limit is 500');
		const ok = delimitedToDeck(parsed, { front: 0, back: 1, deckTitle: title.slice(0, 400) });
		expect(Math.max(...ok.deck!.cards.map((c) => c.id.length))).toBeLessThanOrEqual(90);
	});
});
