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
		// Both devices at once (two browser contexts): seeding is not part of the figure.
		await Promise.all([a.page.evaluate(([c, l]) => globalThis.deckhandSync.seed(c, l), [CARDS, LOGS]), b.page.evaluate((c) => globalThis.deckhandSync.seed(c, 0), CARDS)]);
		log('  seeded');
		const sync = (app) => profiled(app, () => app.page.evaluate((url) => globalThis.deckhandSync.sync(url, 'bench'), couch.url), log);
		const push = await sync(a);
		log(`  A → server: ${(push.ms / 1000).toFixed(1)} s; steps (ms): ${JSON.stringify(roundAll(push.report.timings))}`);
		const pull = await sync(b);
		log(`  server → B: ${(pull.ms / 1000).toFixed(1)} s; steps (ms): ${JSON.stringify(roundAll(pull.report.timings))}`);
		const logsB = (await b.page.evaluate(() => globalThis.deckhandSync.counts())).logs;
		if (logsB !== LOGS) throw new Error(`B holds ${logsB} log rows after the sync, expected ${LOGS}`);
		// Live sync on both devices (as the app runs it while open); A answers 50 cards in a burst.
		await a.page.evaluate((url) => globalThis.deckhandSync.startLive(url, 'bench', 0), couch.url);
		await b.page.evaluate((url) => globalThis.deckhandSync.startLive(url, 'bench', 50), couch.url);
		await new Promise((ok) => setTimeout(ok, 1000));
		const answeredAt = await a.page.evaluate(() => globalThis.deckhandSync.answerSome(50));
		await b.page.waitForFunction(() => globalThis.deckhandSync.live.reachedAt > 0, null, { timeout: 120_000 });
		const liveB = await b.page.evaluate(() => globalThis.deckhandSync.live);
		const liveA = await a.page.evaluate(() => globalThis.deckhandSync.live);
		if (liveA.errors.length || liveB.errors.length) throw new Error(`live sync failed: ${[...liveA.errors, ...liveB.errors].join('; ')}`);
		// From the 50th answer stored on A to B's sync that brought the 50th in (replayed, on screen).
		const sync_incremental_ms = liveB.reachedAt - answeredAt;
		log(`  live: 50 answers on A (done at ${answeredAt % 100_000}) → on B in ${sync_incremental_ms} ms; A: ${liveA.trace.join(', ')}; B: ${liveB.trace.join(', ')}`);
		const after = (await b.page.evaluate(() => globalThis.deckhandSync.counts())).logs;
		if (after !== LOGS + 50) throw new Error(`B holds ${after} log rows after the incremental sync, expected ${LOGS + 50}`);
		return { sync_initial_s: (push.ms + pull.ms) / 1000, sync_incremental_ms };
	} finally {
		for (const app of apps) await app.close();
		await couch.stop();
	}
}

/**
 * With BENCH_SYNC_PROFILE=1, the page's JavaScript is sampled during `work` (Chrome's profiler) and
 * the functions with the most self time are logged: where a sync's time goes inside the page.
 */
async function profiled(app, work, log) {
	if (!process.env.BENCH_SYNC_PROFILE) return work();
	const cdp = await app.context.newCDPSession(app.page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
	await cdp.send('Profiler.start');
	const result = await work();
	const { profile } = await cdp.send('Profiler.stop');
	const self = new Map();
	const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
	profile.samples.forEach((id, i) => {
		const { functionName, url, lineNumber } = nodes.get(id).callFrame;
		const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
		self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
	});
	const total = [...self.values()].reduce((a, b) => a + b, 0);
	const top = [...self].sort((x, y) => y[1] - x[1]).slice(0, 15);
	log(`  profile (self time of ${(total / 1e6).toFixed(1)} s):\n${top.map(([k, us]) => `    ${((us / total) * 100).toFixed(1)}% ${(us / 1000).toFixed(0)} ms ${k}`).join('\n')}`);
	return result;
}

function roundAll(phases) {
	return Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v)]));
}
