// sync_initial_s: device A with 100,000 cards and 1,000,000 log rows syncs to an empty pouchdb-server
// on loopback, then device B (the same cards, no history) pulls everything; sync_incremental_ms: 50
// answers on A, then A's sync and B's sync. Two Chromium profiles against the production build.
import { bundle } from '../bundle.mjs';
import { openApp } from '../../tests/e2e/harness.mjs';
import { startSyncServer } from '../../scripts/sync-server.mjs';

const OUT = 'bench/.out';
const CARDS = Number(process.env.BENCH_SYNC_CARDS ?? process.env.BENCH_CARDS ?? 100_000);
const LOGS = Number(process.env.BENCH_SYNC_LOGS ?? process.env.BENCH_LOGS ?? 1_000_000);

async function device() {
	const app = await openApp({ overlays: { '/__bench/': OUT } });
	await app.page.goto(app.origin + '/');
	await app.page.getByTestId('total-new').waitFor();
	await app.page.addScriptTag({ url: '/__bench/sync.js', type: 'module' });
	await app.page.waitForFunction(() => globalThis.deckhandSync);
	return app;
}

export async function run({ log }) {
	await bundle('bench/browser/sync-entry.ts', OUT, 'sync.js');
	const couch = await startSyncServer({ inMemory: false });
	const apps = [];
	try {
		const a = await device();
		apps.push(a);
		const b = await device();
		apps.push(b);
		log(`  seeding A: ${CARDS} cards, ${LOGS} log rows; B: the same cards`);
		await a.page.evaluate(([c, l]) => globalThis.deckhandSync.seed(c, l), [CARDS, LOGS]);
		await b.page.evaluate((c) => globalThis.deckhandSync.seed(c, 0), CARDS);
		const sync = (app) => app.page.evaluate((url) => globalThis.deckhandSync.sync(url, 'bench'), couch.url);
		const push = await sync(a);
		log(`  A → server: ${(push.ms / 1000).toFixed(1)} s ${JSON.stringify(roundAll(push.phases))}`);
		const pull = await sync(b);
		log(`  server → B: ${(pull.ms / 1000).toFixed(1)} s ${JSON.stringify(roundAll(pull.phases))}`);
		const logsB = (await b.page.evaluate(() => globalThis.deckhandSync.counts())).logs;
		if (logsB !== LOGS) throw new Error(`B holds ${logsB} log rows after the sync, expected ${LOGS}`);
		await a.page.evaluate(() => globalThis.deckhandSync.answerSome(50));
		const t0 = Date.now();
		await sync(a);
		await sync(b);
		const sync_incremental_ms = Date.now() - t0;
		const after = (await b.page.evaluate(() => globalThis.deckhandSync.counts())).logs;
		if (after !== LOGS + 50) throw new Error(`B holds ${after} log rows after the incremental sync, expected ${LOGS + 50}`);
		return { sync_initial_s: (push.ms + pull.ms) / 1000, sync_incremental_ms };
	} finally {
		for (const app of apps) await app.close();
		await couch.stop();
	}
}

function roundAll(phases) {
	return Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v)]));
}
