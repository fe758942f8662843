import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { zipSync } from 'fflate';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConceptCard } from '$lib/deck/types';
import { readApkg, templateFields } from './apkg';
import { replayReviews } from '$lib/srs/fsrs';
import { unzstd, zstdStored } from './zstd';
import { buildLegacyCollection, buildSchema18Collection, legacyApkg, modernApkg, PNG, SAMPLE_NOTES, SAMPLE_REVIEWS } from '../../../tests/fixtures/import/anki-builder';

const require = createRequire(import.meta.url);
const wasm = readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'));
const sqlWasm = { wasmBinary: new Uint8Array(wasm) };
let SQL: SqlJsStatic;

beforeAll(async () => {
	SQL = await initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
});

function checkSample(result: Awaited<ReturnType<typeof readApkg>>) {
	expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	const deck = result.deck!;
	expect(deck.title).toBe('Kubernetes');
	expect(deck.id).toBe('kubernetes');
	const cards = deck.cards as ConceptCard[];
	expect(cards).toHaveLength(4);
	const [forward, reverse, c1, c2] = cards;
	expect(forward.front).toBe('What does **kubectl get pods** list?');
	expect(forward.back).toBe(`The pods of the namespace\n![](data:image/png;base64,${Buffer.from(PNG).toString('base64')})`);
	expect(forward.tags).toEqual(['k8s', 'kubectl']);
	expect(reverse.front).toBe(forward.back);
	expect(reverse.back).toBe(forward.front);
	expect(c1).toMatchObject({ front: 'A [...] is the smallest deployable unit; a Deployment manages ReplicaSets.', back: 'Pod\n\nSee docs', tags: ['Pods', 'k8s'] });
	expect(c2.front).toBe('A Pod is the smallest deployable unit; a [controller] manages ReplicaSets.');
	expect(c2.back.startsWith('Deployment')).toBe(true);
	expect(JSON.stringify(cards)).not.toMatch(/script|onerror|javascript:|alert/i);
	expect(result.diagnostics.some((d) => d.severity === 'warning' && d.message.includes('gone.png'))).toBe(true);
	// Reviews: ease 0 / type 4 (manual) skipped, mapped to our ids, ms timestamps.
	expect(result.reviews).toEqual([
		{ cardId: forward.id, rating: 3, review: 1704067200000, duration: 8000 },
		{ cardId: forward.id, rating: 3, review: 1704153600000, duration: 5000 },
		{ cardId: forward.id, rating: 1, review: 1704758400000, duration: 12000 },
		{ cardId: reverse.id, rating: 4, review: 1704844800000, duration: 3000 }
	]);
}

describe('readApkg', () => {
	it('a media entry that unpacks past the image limit is dropped with a warning; the cards still import', async () => {
		const apkg = legacyApkg(buildLegacyCollection(SQL, SAMPLE_NOTES, SAMPLE_REVIEWS), { 'pod.png': new Uint8Array(8 * 1024 * 1024) });
		const result = await readApkg(apkg, 'k.apkg', { sqlWasm });
		expect(result.deck?.cards).toHaveLength(4);
		expect(result.diagnostics.map((d) => d.message)).toContain('image "pod.png" is larger than 2.0 MB: dropped');
	});

	it('reads a legacy package (collection.anki2, JSON media)', async () => {
		const apkg = legacyApkg(buildLegacyCollection(SQL, SAMPLE_NOTES, SAMPLE_REVIEWS), { 'pod.png': PNG });
		checkSample(await readApkg(apkg, 'Kubernetes.apkg', { sqlWasm }));
	});

	it('reads collection.anki21 when there is no anki21b', async () => {
		const apkg = legacyApkg(buildLegacyCollection(SQL, SAMPLE_NOTES, SAMPLE_REVIEWS), { 'pod.png': PNG }, 'collection.anki21');
		checkSample(await readApkg(apkg, 'k.apkg', { sqlWasm }));
	});

	it('reads a new package (zstd collection.anki21b, protobuf media) and ignores the dummy anki2', async () => {
		const apkg = modernApkg(SQL, buildSchema18Collection(SQL, SAMPLE_NOTES, SAMPLE_REVIEWS), { 'pod.png': PNG });
		const result = await readApkg(apkg, 'new.apkg', { sqlWasm });
		checkSample(result);
		expect(JSON.stringify(result.deck)).not.toMatch(/update/i);
	});

	it('reads a package compressed by the real zstd CLI (fixture)', async () => {
		const bytes = new Uint8Array(readFileSync(new URL('../../../tests/fixtures/import/anki21b-zstd.apkg', import.meta.url)));
		checkSample(await readApkg(bytes, 'anki21b-zstd.apkg', { sqlWasm }));
	});

	it('refuses the "please update" placeholder alone', async () => {
		const apkg = modernApkg(SQL, buildSchema18Collection(SQL, SAMPLE_NOTES));
		const files = (await import('fflate')).unzipSync(apkg);
		delete files['collection.anki21b'];
		const result = await readApkg(zipSync(files), 'old.apkg', { sqlWasm });
		expect(result.deck).toBeUndefined();
		expect(result.diagnostics.at(-1)?.message).toMatch(/collection\.anki21b/);
	});

	it('gives clear errors and no deck for bad files', async () => {
		const cases: [string, Uint8Array, RegExp][] = [
			['not a zip', new TextEncoder().encode('front,back\n'), /not an Anki package: an \.apkg file is a zip/],
			['truncated zip', legacyApkg(buildLegacyCollection(SQL, SAMPLE_NOTES)).slice(0, 700), /damaged or truncated/],
			['zip without collection', zipSync({ 'notes.txt': new TextEncoder().encode('hi') }), /holds no collection/],
			['corrupt SQLite', legacyApkg(new Uint8Array(4096).fill(7)), /not an SQLite database/],
			['SQLite header then garbage', legacyApkg(new Uint8Array([...new TextEncoder().encode('SQLite format 3\0'), ...new Uint8Array(4000).fill(0xff)])), /could not be read|corrupt/],
			['corrupt zstd', zipSync({ 'collection.anki21b': new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 1, 2, 3]) }), /not valid zstd/],
			['SQLite that is not Anki', legacyApkg(emptySqlite()), /not an Anki collection/]
		];
		for (const [name, bytes, message] of cases) {
			const result = await readApkg(bytes, `${name}.apkg`, { sqlWasm });
			expect(result.deck, name).toBeUndefined();
			const last = result.diagnostics.at(-1)!;
			expect(last.severity, name).toBe('error');
			expect(last.message, name).toMatch(message);
		}
	});

	it('refuses files over 50 MB before unzipping', async () => {
		const big = new Uint8Array(50 * 1024 * 1024 + 1);
		big[0] = 0x50;
		big[1] = 0x4b;
		const result = await readApkg(big, 'big.apkg', { sqlWasm });
		expect(result.deck).toBeUndefined();
		expect(result.diagnostics[0].message).toMatch(/too large.*limit 50\.0 MB/);
	});

	it('the review log replays into an FSRS state', async () => {
		const apkg = legacyApkg(buildLegacyCollection(SQL, SAMPLE_NOTES, SAMPLE_REVIEWS), { 'pod.png': PNG });
		const { deck, reviews } = await readApkg(apkg, 'k.apkg', { sqlWasm });
		const mine = reviews.filter((r) => r.cardId === deck!.cards[0].id);
		const { state, logs } = replayReviews(mine, 1705000000000);
		expect(state.reps).toBe(3);
		expect(state.lapses).toBe(1);
		expect(state.last_review).toBe(1704758400000);
		expect(state.state).toBe(3); // Relearning after Again
		expect(logs.map((l) => [l.rating, l.review, l.duration])).toEqual(mine.map((r) => [r.rating, r.review, r.duration]));
	});
});

function emptySqlite(): Uint8Array {
	const db = new SQL.Database();
	db.run('create table t (x)');
	const b = db.export();
	db.close();
	return b;
}

describe('helpers', () => {
	it('templateFields drops special fields, conditionals and filters', () => {
		expect(templateFields('{{#Back}}{{FrontSide}}{{type:Back}}{{/Back}} {{hint:Extra}} {{cloze:Text}}')).toEqual([
			{ name: 'Back', filter: 'type' },
			{ name: 'Extra', filter: 'hint' },
			{ name: 'Text', filter: 'cloze' }
		]);
	});

	it('stored zstd frames decompress with fzstd, across block boundaries', () => {
		const data = new Uint8Array(300_000).map((_, i) => (i * 7) & 0xff);
		expect(unzstd(zstdStored(data))).toEqual(data);
		expect(unzstd(zstdStored(new Uint8Array(0)))).toEqual(new Uint8Array(0));
	});
});
