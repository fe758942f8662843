/**
 * Bundled for the browser by bench/browser/import.mjs and loaded on the app's origin: times the
 * import path (parse + `importDeck`) of 10,000 cards from JSON and from CSV, each into a fresh
 * database, against a raw Dexie `bulkPut` of the same card and state rows; and a 10,000-card .apkg
 * (built here with the test fixture builder, not timed) through `readApkg` + replay + `importDeck`.
 */
import initSqlJs from 'sql.js';
import { DeckhandDb, importDeck, replayHistory, toStateRow, type CardRow } from '../../src/lib/db';
import type { ConceptCard, Deck } from '../../src/lib/deck/types';
import { readApkg } from '../../src/lib/import/apkg';
import { delimitedToDeck, parseDelimited } from '../../src/lib/import/delimited';
import { exportDeckJson, parseDeckJson } from '../../src/lib/import/json';
import { newCardState } from '../../src/lib/srs/fsrs';
import { buildLegacyCollection, legacyApkg, type FixtureNote, type FixtureReview } from '../../tests/fixtures/import/anki-builder';

const N = 10_000;
let dbCounter = 0;

function deck(n: number): Deck {
	const cards: ConceptCard[] = Array.from({ length: n }, (_, i) => ({
		id: `bench-import:c${i}`,
		kind: 'concept',
		tags: ['bench', `group-${i % 20}`],
		front: `Question ${i}: what does \`kubectl get pods -n ns-${i}\` list?`,
		back: `The pods of namespace ns-${i}, with **status** and age.`
	}));
	return { id: 'bench-import', title: 'Bench import', lang: 'en', cards };
}

function csv(n: number): string {
	const lines = ['front,back,tags'];
	for (let i = 0; i < n; i++) lines.push(`"Question ${i}: what does kubectl get pods -n ns-${i} list?","The pods of namespace ns-${i}, with status and age.",bench group-${i % 20}`);
	return lines.join('\n') + '\n';
}

async function fresh(): Promise<DeckhandDb> {
	const db = new DeckhandDb(`bench-import-${Date.now()}-${dbCounter++}`);
	await db.open();
	return db;
}

async function timed(run: (db: DeckhandDb) => Promise<unknown>): Promise<number> {
	const db = await fresh();
	try {
		const t0 = performance.now();
		await run(db);
		return performance.now() - t0;
	} finally {
		await db.delete();
	}
}

/** One side-by-side round: JSON import, CSV import and raw bulkPut, each into a fresh database (ms). */
async function round(): Promise<{ json: number; csv: number; raw: number; cards: number }> {
	const jsonText = exportDeckJson(deck(N));
	const csvText = csv(N);
	let cards = 0;
	const json = await timed(async (db) => {
		const { deck: parsed } = parseDeckJson(jsonText, 'bench.json');
		if (!parsed) throw new Error('bench JSON did not parse');
		cards = (await importDeck(db, parsed)).added;
	});
	const csvMs = await timed(async (db) => {
		const parsed = parseDelimited(csvText, 'bench.csv', { format: 'csv' });
		const { deck: built } = delimitedToDeck(parsed, { front: 0, back: 1, tags: 2, deckTitle: 'Bench CSV' });
		if (!built || built.cards.length !== N) throw new Error('bench CSV did not parse');
		await importDeck(db, built);
	});
	// The same rows an import writes, built before the clock starts: the floor under the figures above.
	const now = Date.now();
	const source = deck(N);
	const rows: CardRow[] = source.cards.map((c) => ({ ...c, deckId: source.id }));
	const states = rows.map((r) => toStateRow(newCardState(r.id, r.deckId, now, r.tags)));
	const raw = await timed(async (db) => {
		await db.transaction('rw', db.decks, db.cards, db.states, async () => {
			await db.decks.put({ id: source.id, title: source.title, lang: source.lang, addedAt: now });
			await db.cards.bulkPut(rows);
			await db.states.bulkPut(states);
		});
	});
	return { json, csv: csvMs, raw, cards };
}

async function measureImport(rounds = 3) {
	const results = [];
	for (let i = 0; i < rounds; i++) results.push(await round());
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
	const json = median(results.map((r) => r.json));
	const csvMs = median(results.map((r) => r.csv));
	const raw = median(results.map((r) => r.raw));
	// Ratio per round (side by side), then the median: machine noise between rounds cancels out.
	const ratio = median(results.map((r) => Math.max(r.json, r.csv) / r.raw));
	return { json_ms: json, csv_ms: csvMs, raw_ms: raw, ratio, cards: results[0].cards };
}

/** A 10,000-card .apkg (5,000 reversed basic notes, 2,000 of the cards with 3 reviews), then its import. */
async function measureApkg(wasmUrl: string) {
	const SQL = await initSqlJs({ locateFile: () => wasmUrl });
	const notes: FixtureNote[] = Array.from({ length: N / 2 }, (_, i) => ({
		id: 100000 + i,
		guid: `g${i}`,
		type: 'basic',
		fields: [`What is <b>object ${i}</b>?`, `It is thing number ${i}<br>with a second line`],
		tags: 'bench anki',
		ords: [0, 1]
	}));
	const reviews: FixtureReview[] = [];
	const day = 86_400_000;
	const t0 = Date.UTC(2025, 0, 1);
	for (let k = 0; k < 2000; k++) {
		const cid = (100000 + k) * 10;
		reviews.push({ id: t0 + k * 1000, cid, ease: 3, type: 0, time: 6000 }, { id: t0 + k * 1000 + 2 * day, cid, ease: 3, type: 1, time: 4000 }, { id: t0 + k * 1000 + 9 * day, cid, ease: 2, type: 1, time: 9000 });
	}
	const bytes = legacyApkg(buildLegacyCollection(SQL, notes, reviews));
	let cards = 0;
	let logs = 0;
	const ms = await timed(async (db) => {
		const result = await readApkg(bytes, 'bench.apkg', { sqlWasm: { sql: SQL } });
		if (!result.deck) throw new Error(`bench apkg did not read: ${result.diagnostics.map((d) => d.message).join('; ')}`);
		const history = await replayHistory(result.reviews, Date.now());
		const report = await importDeck(db, result.deck, { reviews: history });
		cards = report.added;
		logs = report.logsAdded;
	});
	return { ms, cards, logs, bytes: bytes.length };
}

(globalThis as unknown as { deckhandImportBench: unknown }).deckhandImportBench = { measureImport, measureApkg };
