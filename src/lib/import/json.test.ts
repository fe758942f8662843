import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { deckFileSchema, validateDeckFile } from '$lib/deck/schema';
import { exportDeckJson, jsonPathLines, parseDeckJson } from './json';

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');

describe('parseDeckJson', () => {
	it('reads a deck file with every card kind', () => {
		const { deck, diagnostics } = parseDeckJson(fixture('deck.json'), 'deck.json');
		expect(diagnostics).toEqual([]);
		expect(deck?.id).toBe('k8s-basics');
		expect(deck?.cards.map((c) => c.kind)).toEqual(['concept', 'command', 'choice', 'yamlfix']);
		expect(deck && 'format' in deck).toBe(false);
	});

	it('reports wrong types field by field, with lines, and gives no deck', () => {
		const { deck, diagnostics } = parseDeckJson(fixture('deck-wrong-types.json'), 'bad.json');
		expect(deck).toBeUndefined();
		const messages = diagnostics.map((d) => `${d.line}: ${d.message}`);
		expect(messages).toContain('8: cards[1].tags: expected array of strings, got string');
		expect(messages).toContain('9: cards[1].answer: expected string, got integer');
		expect(messages).toContain('10: cards[2].kind: expected one of concept, command, choice, yamlfix, got "flashcard"');
		expect(messages.some((m) => m.startsWith('11: cards[3].id: duplicate card id "a"'))).toBe(true);
		expect(diagnostics.every((d) => d.file === 'bad.json')).toBe(true);
	});

	it('reports a syntax error with its line and column', () => {
		const { deck, diagnostics } = parseDeckJson('{\n  "format": "deckhand/deck@1",\n  "id": oops\n}', 'x.json');
		expect(deck).toBeUndefined();
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0].line).toBe(3);
		expect(diagnostics[0].message).toMatch(/^not valid JSON/);
	});

	it('refuses another format and non-objects', () => {
		expect(parseDeckJson('{"format":"deckhand/backup@1","id":"x","title":"","lang":"en","cards":[]}', 'b.json').diagnostics[0].message).toMatch(/format: expected "deckhand\/deck@1"/);
		expect(parseDeckJson('[1,2]', 'a.json').deck).toBeUndefined();
		expect(parseDeckJson('', 'e.json').deck).toBeUndefined();
	});

	it('warns about unknown properties and drops them', () => {
		const text = JSON.stringify({ format: 'deckhand/deck@1', id: 'd', title: 'D', lang: 'en', extra: 1, cards: [{ id: 'c', kind: 'concept', tags: [], front: 'f', back: 'b', color: 'red' }] });
		const { deck, diagnostics } = parseDeckJson(text, 'd.json');
		expect(diagnostics.map((d) => d.severity)).toEqual(['warning', 'warning']);
		expect(deck?.cards[0]).toEqual({ id: 'c', kind: 'concept', tags: [], front: 'f', back: 'b' });
	});

	it('round-trips through exportDeckJson', () => {
		const { deck } = parseDeckJson(fixture('deck.json'), 'deck.json');
		const again = parseDeckJson(exportDeckJson(deck!), 'again.json');
		expect(again.deck).toEqual(deck);
		expect(exportDeckJson(deck!).startsWith('{\n\t"format": "deckhand/deck@1"')).toBe(true);
	});
});

describe('jsonPathLines', () => {
	it('locates nested values', () => {
		const lines = jsonPathLines('{\n "a": [\n  {"b": 1},\n  {"c": "x"}\n ]\n}');
		expect(lines.get('a[1].c')).toBe(4);
		expect(lines.get('a[0]')).toBe(3);
	});
});

describe('deck schema and hand-written validator agree (ajv in node only)', () => {
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	const validate = ajv.compile(deckFileSchema);
	const base = JSON.parse(fixture('deck.json'));
	const cases: [string, unknown][] = [
		['valid', base],
		['answer number', { ...base, cards: [{ ...base.cards[1], answer: 42 }] }],
		['bad kind', { ...base, cards: [{ id: 'x', kind: 'nope', tags: [] }] }],
		['missing front', { ...base, cards: [{ id: 'x', kind: 'concept', tags: [], back: 'b' }] }],
		['bad target', { ...base, cards: [{ ...base.cards[3], target: 'swarm' }] }],
		['bad blank', { ...base, cards: [{ ...base.cards[1], blank: 'word' }] }],
		['tags not array', { ...base, cards: [{ ...base.cards[0], tags: 'k8s' }] }],
		['line zero', { ...base, cards: [{ ...base.cards[0], line: 0 }] }],
		['no format', { ...base, format: undefined }],
		['source wrong', { ...base, source: { name: 1, hash: 'x' } }],
		['cards object', { ...base, cards: {} }],
		['one option', { ...base, cards: [{ ...base.cards[2], options: ['Pending'] }] }]
	];
	for (const [name, value] of cases) {
		it(name, () => {
			const clean = JSON.parse(JSON.stringify(value));
			expect(!!validateDeckFile(clean).deck).toBe(validate(clean));
		});
	}
});
