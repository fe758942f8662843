/**
 * Bundled for the browser by bench/browser/sync.mjs and loaded on the app's own origin: seeds the
 * app's database and syncs it with the pouchdb-server the benchmark started.
 */
import { DeckhandDb, dueStates, pendingChangeCount, recordAnswer } from '../../src/lib/db';
import { answer, defaultSrsSettings } from '../../src/lib/srs/fsrs';
import { CouchClient } from '../../src/lib/sync/couch';
import { LiveSync, onWrites } from '../../src/lib/sync/live';
import { SyncMeta } from '../../src/lib/sync/meta';
import { syncOnce, type SyncReport } from '../../src/lib/sync/replicate';
import { counts, seed } from './seed';

/** One sync; returns its time and the sync's report (with the time of each step). */
async function sync(url: string, name: string): Promise<{ ms: number; report: SyncReport }> {
	const db = new DeckhandDb();
	await db.open();
	const meta = new SyncMeta();
	const started = performance.now();
	const report = await syncOnce(db, meta, new CouchClient({ url, db: name, timeoutMs: 120_000 }), { settings: defaultSrsSettings });
	db.close();
	meta.close();
	return { ms: performance.now() - started, report };
}

/** Answer `n` due cards Good, as the review screen does; returns when the last was stored (epoch ms). */
async function answerSome(n: number): Promise<number> {
	const db = new DeckhandDb();
	await db.open();
	const now = Date.now();
	const due = await dueStates(db, { now, dayEnd: now + 86_400_000, newLimit: n, reviewLimit: n });
	for (const [i, state] of due.slice(0, n).entries()) await recordAnswer(db, state, answer(state, 3, now + i, defaultSrsSettings));
	db.close();
	return Date.now();
}

/** Live sync as the app runs it (`ui/sync.svelte.ts`): a sync after local writes, a longpoll for the server's. */
const live = { pulled: 0, syncs: 0, errors: [] as string[], reachedAt: 0, trace: [] as string[] };
async function startLive(url: string, name: string, expectPulled: number): Promise<void> {
	const db = new DeckhandDb();
	await db.open();
	const meta = new SyncMeta();
	const client = new CouchClient({ url, db: name });
	const key = `${client.base}/${client.db}`;
	const runner = new LiveSync({
		sync: async () => {
			try {
				const started = Date.now();
				const report = await syncOnce(db, meta, client, { settings: defaultSrsSettings });
				live.trace.push(`sync ${started % 100_000}→${Date.now() % 100_000} pulled ${report.pulledEvents} pushed ${report.pushedEvents} replayed ${report.replayed}`);
				live.syncs++;
				live.pulled += report.pulledEvents;
				if (expectPulled && live.pulled >= expectPulled && !live.reachedAt) live.reachedAt = Date.now();
			} catch (error) {
				live.errors.push(String(error));
			}
		},
		pending: async () => pendingChangeCount(db, (await meta.checkpoint(key)).pushedLogId, await meta.deviceId()),
		client,
		since: async () => (await meta.checkpoint(key)).since,
		deviceId: () => meta.deviceId()
	});
	onWrites(db.name, ['revlog', 'states'], () => runner.nudge());
	runner.start();
}

Object.assign(globalThis, { deckhandSync: { seed, sync, answerSome, counts, startLive, live } });
