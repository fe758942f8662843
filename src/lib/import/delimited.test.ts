import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { delimitedToDeck, parseDelimited } from './delimited';
import type { ConceptCard } from '$lib/deck/types';

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');

describe('parseDelimited + delimitedToDeck', () => {
	it('reads a CSV with a header, quoted commas, doubled quotes and newlines', () => {
		const parsed = parseDelimited(fixture('basic.csv'), 'basic.csv');
		expect(parsed.delimiter).toBe(',');
		expect(parsed.header).toEqual(['front', 'back', 'tags']);
		expect(parsed.suggestedColumns).toEqual({ front: 0, back: 1, tags: 2 });
		expect(parsed.rows).toHaveLength(3);
		expect(parsed.rowLines).toEqual([2, 3, 4]);
		const { deck, diagnostics } = delimitedToDeck(parsed, { ...parsed.suggestedColumns, deckTitle: 'Docker CSV' });
		expect(diagnostics).toEqual([]);
		expect(deck?.id).toBe('docker-csv');
		const cards = deck!.cards as ConceptCard[];
		expect(cards[1]).toMatchObject({ front: 'docker run -d', back: 'Runs a container in the background, "detached"', tags: ['docker', 'run'], line: 3 });
		expect(cards[2].back).toBe('CMD gives defaults;\nENTRYPOINT the program');
		expect(new Set(cards.map((c) => c.id)).size).toBe(3);
	});

	it('reads a TSV and detects the tab separator and the header', () => {
		const parsed = parseDelimited(fixture('simple.tsv'), 'simple.tsv');
		expect(parsed.delimiter).toBe('\t');
		expect(parsed.header).toEqual(['question', 'answer']);
		const { deck } = delimitedToDeck(parsed, { front: 0, back: 1, deckTitle: 'kubectl' });
		expect(deck?.cards).toHaveLength(2);
	});

	it('reads Anki plain-text export headers (separator, html, guid/notetype/deck/tags columns)', () => {
		const parsed = parseDelimited(fixture('anki-notes.txt'), 'anki-notes.txt');
		expect(parsed.delimiter).toBe('\t');
		expect(parsed.anki).toMatchObject({ html: true, guidColumn: 0, notetypeColumn: 1, deckColumn: 2, tagsColumn: 5 });
		expect(parsed.header).toBeNull();
		expect(parsed.suggestedColumns).toEqual({ front: 3, back: 4, tags: 5 });
		expect(parsed.rowLines).toEqual([7, 8, 9]);
		const { deck, diagnostics } = delimitedToDeck(parsed, { ...parsed.suggestedColumns, deckTitle: 'Anki export' });
		expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		const cards = deck!.cards as ConceptCard[];
		expect(cards[0]).toMatchObject({ front: '**FROM**', back: 'sets the base image\nfor the build', tags: ['docker', 'dockerfile', 'Docker', 'Images'] });
		expect(cards[1].back).toBe('Documents a port; "publish" needs -p');
		// cloze row: one card per cloze, the script in the extra column is gone
		expect(cards[2]).toMatchObject({ front: '[...] starts all services', back: 'docker compose up' });
		expect(JSON.stringify(cards)).not.toMatch(/script|alert/);
	});

	it('an unbalanced quote is an error with its row and line, and no deck', () => {
		const parsed = parseDelimited(fixture('unbalanced.csv'), 'unbalanced.csv');
		const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ file: 'unbalanced.csv', line: 3 });
		expect(errors[0].message).toMatch(/row 3: a quoted field opened here is never closed/);
		const { deck, diagnostics } = delimitedToDeck(parsed, { front: 0, back: 1, deckTitle: 'x' });
		expect(deck).toBeUndefined();
		expect(diagnostics).toContainEqual(errors[0]);
	});

	it('a malformed quote in the middle of a file is an error too', () => {
		const parsed = parseDelimited('a,b\n"x"y,z\nc,d\n', 'm.csv');
		expect(parsed.diagnostics[0]).toMatchObject({ severity: 'error', line: 2 });
		expect(delimitedToDeck(parsed, { front: 0, back: 1, deckTitle: 'm' }).deck).toBeUndefined();
	});

	it('reports skipped rows (missing column, empty side, duplicate) with their lines', () => {
		const parsed = parseDelimited('q1,a1\nq2\n,a3\nq1,again\nq5,a5\n', 'rows.csv');
		const { deck, diagnostics } = delimitedToDeck(parsed, { front: 0, back: 1, deckTitle: 'rows' });
		expect(deck?.cards).toHaveLength(2);
		expect(diagnostics.map((d) => [d.line, d.severity])).toEqual([
			[2, 'warning'],
			[3, 'warning'],
			[4, 'warning']
		]);
	});

	it('an empty or unusable file gives no deck', () => {
		expect(delimitedToDeck(parseDelimited('', 'e.csv'), { front: 0, back: 1, deckTitle: 'e' }).deck).toBeUndefined();
		const r = delimitedToDeck(parseDelimited('only\nfronts\n', 'o.csv'), { front: 0, back: 1, deckTitle: 'o' });
		expect(r.deck).toBeUndefined();
		expect(r.diagnostics.some((d) => d.severity === 'error' && /no usable rows/.test(d.message))).toBe(true);
	});

	it('does not treat HTML as HTML unless told so', () => {
		const parsed = parseDelimited('<b>x</b>,y\n', 'h.csv');
		expect((delimitedToDeck(parsed, { front: 0, back: 1, deckTitle: 'h' }).deck!.cards[0] as ConceptCard).front).toBe('<b>x</b>');
		expect((delimitedToDeck(parsed, { front: 0, back: 1, deckTitle: 'h', html: true }).deck!.cards[0] as ConceptCard).front).toBe('**x**');
	});
});
