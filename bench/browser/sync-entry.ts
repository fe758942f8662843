/**
 * Bundled for the browser by bench/browser/sync.mjs and loaded on the app's own origin: seeds the
 * app's database and syncs it with the pouchdb-server the benchmark started.
 */
import { DeckhandDb, dueStates, recordAnswer } from '../../src/lib/db';
import { answer, defaultSrsSettings } from '../../src/lib/srs/fsrs';
import { CouchClient } from '../../src/lib/sync/couch';
import { SyncMeta } from '../../src/lib/sync/meta';
import { syncOnce, type SyncProgress } from '../../src/lib/sync/replicate';
import { counts, seed } from './seed';

/** One sync; returns its time and the time of each phase (ms). */
async function sync(url: string, name: string): Promise<{ ms: number; phases: Record<string, number>; report: unknown }> {
	const db = new DeckhandDb();
	await db.open();
	const meta = new SyncMeta();
	const phases: Record<string, number> = {};
	let phase = 'start';
	let mark = performance.now();
	const started = mark;
	const onProgress = (p: SyncProgress) => {
		if (p.phase === phase) return;
		phases[phase] = (phases[phase] ?? 0) + performance.now() - mark;
		phase = p.phase;
		mark = performance.now();
	};
	const report = await syncOnce(db, meta, new CouchClient({ url, db: name, timeoutMs: 120_000 }), { settings: defaultSrsSettings, onProgress });
	phases[phase] = (phases[phase] ?? 0) + performance.now() - mark;
	db.close();
	meta.close();
	return { ms: performance.now() - started, phases, report };
}

/** Answer `n` due cards Good, as the review screen does. */
async function answerSome(n: number): Promise<void> {
	const db = new DeckhandDb();
	await db.open();
	const now = Date.now();
	const due = await dueStates(db, { now, dayEnd: now + 86_400_000, newLimit: n, reviewLimit: n });
	for (const [i, state] of due.slice(0, n).entries()) await recordAnswer(db, state, answer(state, 3, now + i, defaultSrsSettings));
	db.close();
}

Object.assign(globalThis, { deckhandSync: { seed, sync, answerSome, counts } });
