import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import type { ConceptCard } from '$lib/deck/types';
import { ParseJob, readText, type ParseFormat, type ParseProgress } from './parse-job';
import { buildLegacyCollection, legacyApkg, PNG, SAMPLE_NOTES, SAMPLE_REVIEWS } from '../../../tests/fixtures/import/anki-builder';

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url));
const require = createRequire(import.meta.url);
const wasm = readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'));

async function parse(job: ParseJob, bytes: Uint8Array<ArrayBuffer> | string, name: string, format: ParseFormat) {
	const progress: ParseProgress[] = [];
	const result = await job.run({ type: 'parse', file: new Blob([bytes]), name, format }, (p) => progress.push(p));
	return { result, progress };
}

describe('ParseJob (the import worker’s parse)', () => {
	it('CSV: the column picker first, then the deck from a choice, header switch included', async () => {
		const job = new ParseJob();
		const { result } = await parse(job, fixture('columns.csv'), 'columns.csv', 'csv');
		expect(result.deck).toBeUndefined();
		expect(result.table).toMatchObject({ header: ['Notes', 'Label', 'Term', 'Meaning'], width: 4, delimiter: ',', columns: { front: 2, back: 3, tags: -1 } });
		const choice = { front: 2, back: 3, tags: 1, hasHeader: true, deckTitle: 'Columns', deckId: 'columns' };
		const made = await job.run({ type: 'table', choice }, () => {});
		const cards = made.deck?.cards as ConceptCard[];
		expect(cards.map((c) => [c.front, c.tags])).toEqual([
			['Pod', ['k8s']],
			['Service', ['k8s']],
			['Image', ['docker']]
		]);
		// Header off: its row becomes a card; a column past the width falls back.
		const noHeader = await job.run({ type: 'table', choice: { ...choice, hasHeader: false, tags: 9 } }, () => {});
		expect(noHeader.table?.header).toBeNull();
		expect(noHeader.table?.columns.tags).toBe(-1);
		expect((noHeader.deck?.cards as ConceptCard[]).map((c) => c.front)).toEqual(['Term', 'Pod', 'Service', 'Image']);
	});

	it('CSV: reports bytes read, then characters parsed, up to the whole file', async () => {
		const text = 'front,back\n' + Array.from({ length: 50_000 }, (_, i) => `q${i},a${i}`).join('\n');
		const { result, progress } = await parse(new ParseJob(), text, 'big.csv', 'csv');
		expect(result.table?.width).toBe(2);
		const read = progress.filter((p) => p.stage === 'read');
		const parsed = progress.filter((p) => p.stage === 'parse');
		expect(read.at(-1)).toEqual({ stage: 'read', done: text.length, total: text.length });
		expect(parsed.length).toBeGreaterThanOrEqual(2);
		expect(parsed.every((p, i) => p.total === text.length && p.done <= p.total && (i === 0 || p.done > parsed[i - 1].done))).toBe(true);
	});

	it('JSON: a deck, and the field limits hold for it (no deck, the field named)', async () => {
		const ok = await parse(new ParseJob(), fixture('deck.json'), 'deck.json', 'json');
		expect(ok.result.deck?.cards).toHaveLength(4);
		const tags = Array.from({ length: 101 }, (_, i) => `t${i}`);
		const deck = { format: 'deckhand/deck@1', id: 'd', title: 'D', lang: 'en', cards: [{ id: 'c', kind: 'concept', tags, front: 'f', back: 'b' }] };
		const over = await parse(new ParseJob(), JSON.stringify(deck), 'tags.json', 'json');
		expect(over.result.deck).toBeUndefined();
		expect(over.result.diagnostics.some((d) => d.severity === 'error' && d.message.includes('cards[0].tags'))).toBe(true);
	});

	it('notes: the compiled deck', async () => {
		const { result } = await parse(new ParseJob(), fixture('notes-import.md'), 'notes-import.md', 'markdown');
		expect(result.deck?.id).toBe('e2e-notes');
		expect(result.deck?.cards.length).toBeGreaterThan(0);
		expect(result.suggestions).toBeDefined();
	});

	it('.apkg: cards with their HTML turned to text off the DOM, and the review log', async () => {
		const SQL = await initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
		const apkg = legacyApkg(buildLegacyCollection(SQL, SAMPLE_NOTES, SAMPLE_REVIEWS), { 'pod.png': PNG });
		const job = new ParseJob({ sqlWasm: { wasmBinary: new Uint8Array(wasm) } });
		const { result, progress } = await parse(job, new Uint8Array(apkg), 'sample.apkg', 'apkg');
		expect(result.deck?.cards).toHaveLength(4);
		expect((result.deck?.cards[0] as ConceptCard).front).toBe('What does **kubectl get pods** list?');
		expect(JSON.stringify(result.deck)).not.toMatch(/script|onerror|javascript:/i);
		expect(result.reviews?.length).toBeGreaterThan(0);
		expect(progress.some((p) => p.stage === 'read' && p.done === apkg.length)).toBe(true);
	});

	it('a table request before any CSV was parsed is refused', async () => {
		await expect(new ParseJob().run({ type: 'table', choice: { front: 0, back: 1, tags: -1, hasHeader: false, deckTitle: 'x', deckId: 'x' } }, () => {})).rejects.toThrow(/no table/);
	});
});

describe('readText', () => {
	it('decodes UTF-8 split across chunks and drops a leading BOM, as Blob.text() does', async () => {
		const text = '\uFEFF한글 front,뒷면\n' + '가'.repeat(100_000);
		const blob = new Blob([text]);
		const seen: number[] = [];
		expect(await readText(blob, (p) => seen.push(p.done))).toBe(await blob.text());
		expect(seen.at(-1)).toBe(blob.size);
	});
});

