// answer_next_p95_ms and due_counts_ms on a collection of 100,000 cards and 1,000,000 review-log rows,
// in headless Chromium against the production build. The collection is seeded once per run.
import { bundle } from '../bundle.mjs';
import { openApp, waitForServiceWorker } from '../../tests/e2e/harness.mjs';
import { startSyncServer } from '../../scripts/sync-server.mjs';

const OUT = 'bench/.out';
const CARDS = Number(process.env.BENCH_CARDS ?? 100_000);
const LOGS = Number(process.env.BENCH_LOGS ?? 1_000_000);

export async function run({ log }) {
	await bundle('bench/browser/storage-entry.ts', OUT, 'storage.js');
	const app = await openApp({ overlays: { '/__bench/': OUT } });
	const { page, origin } = app;
	try {
		// Let the app create its database and built-in decks first, as a real first visit does.
		await page.goto(origin + '/');
		await page.getByTestId('total-new').waitFor();
		// Loaded as a script into the app's page (a navigation would get the service worker's SPA shell).
		await page.addScriptTag({ url: '/__bench/storage.js', type: 'module' });
		await page.waitForFunction(() => globalThis.deckhandBench);
		log(`  seeding ${CARDS} cards and ${LOGS} log rows…`);
		const seeded = await page.evaluate(([c, l]) => globalThis.deckhandBench.seed(c, l), [CARDS, LOGS]);
		log(`  seeded in ${Math.round(seeded.ms / 1000)} s`);
		const due_counts_ms = await page.evaluate(() => globalThis.deckhandBench.measureDueCounts());

		const times = await answerTimes(page, origin, 200);
		const answer_next_p95_ms = times[Math.floor(times.length * 0.95)] ?? NaN;
		log(`  ${times.length} answers, p50 ${times[Math.floor(times.length / 2)]?.toFixed(1)} ms`);
		// stats_ms: tap the Stats tab on Today until the figures are on screen (median of 5).
		const statsTimes = [];
		for (let i = 0; i < 5; i++) {
			await page.goto(origin + '/');
			await page.getByTestId('total-new').waitFor();
			statsTimes.push(
				await page.evaluate(
					() =>
						new Promise((resolve) => {
							const t0 = performance.now();
							const observer = new MutationObserver(() => {
								if (document.querySelector('[data-testid="stats-ready"]')) {
									observer.disconnect();
									resolve(performance.now() - t0);
								}
							});
							observer.observe(document.body, { childList: true, subtree: true });
							document.querySelector('nav a[href="/stats"]').click();
						})
				)
			);
		}
		statsTimes.sort((a, b) => a - b);
		const browse = await measureBrowse(page, origin, log);
		const cold = await coldStarts(app, log);
		// BENCH_SKIP_LIVE_SYNC=1: leave out the live-sync figure (its first sync of a 1M-row log takes minutes).
		const answer_next_live_sync_p95_ms = process.env.BENCH_SKIP_LIVE_SYNC ? null : await answerWithLiveSync(page, origin, log);
		return { answer_next_p95_ms, answer_next_live_sync_p95_ms, due_counts_ms, stats_ms: statsTimes[2], ...browse, ...cold };
	} finally {
		await app.close();
	}
}

/**
 * Answer `answers` cards Good on the review screen, `gapMs` apart; the times from the tap to the
 * next card in the DOM, sorted.
 */
async function answerTimes(page, origin, answers, gapMs = 0) {
	await page.goto(origin + '/review');
	await page.getByTestId('card-front').waitFor();
	const times = await page.evaluate(async ([answers, gapMs]) => {
		const out = [];
		const front = () => document.querySelector('[data-testid="card-front"]')?.textContent ?? '';
		for (let i = 0; i < answers; i++) {
			const show = [...document.querySelectorAll('button')].find((b) => /정답 보기|Show answer/.test(b.textContent ?? ''));
			show?.click();
			await new Promise((r) => requestAnimationFrame(() => r()));
			const good = [...document.querySelectorAll('button.rate.good')][0];
			if (!good) break;
			const before = front();
			// "Shown" = the next card's text is in the DOM (the paint follows at the next frame,
			// whatever the app does, so waiting for it would only measure the frame clock).
			const changed = new Promise((resolve) => {
				const observer = new MutationObserver(() => {
					if (front() !== before) {
						observer.disconnect();
						resolve();
					}
				});
				observer.observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
			});
			const t0 = performance.now();
			good.click();
			await changed;
			out.push(performance.now() - t0);
			if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
		}
		return out;
	}, [answers, gapMs]);
	return times.sort((a, b) => a - b);
}

/**
 * answer_next with sync on: the app signed in to a pouchdb-server on loopback (Settings → Sync, as a
 * learner does), the first sync of the collection done, live sync running (a sync after each answer,
 * a `_changes` longpoll open); then 200 answers. Runs last, so the other figures are without sync.
 */
async function answerWithLiveSync(page, origin, log) {
	const couch = await startSyncServer({ inMemory: false });
	try {
		const put = (path, body) => fetch(`${couch.url}${path}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
		await put('/_users/org.couchdb.user:bench', { name: 'bench', password: 'bench-pw', roles: [], type: 'user' });
		await put('/deckhand-bench', {});
		await page.goto(origin + '/settings');
		await page.locator('input[name="syncUrl"]').fill(couch.url);
		await page.locator('input[name="syncName"]').fill('bench');
		await page.locator('input[name="syncPassword"]').fill('bench-pw');
		const started = Date.now();
		await page.getByRole('button', { name: /^(로그인|Sign in)$/ }).click();
		await page.getByTestId('sync-account').waitFor();
		await page.waitForFunction(() => document.querySelector('[data-testid="sync-pending-count"]')?.textContent === '0' && !document.querySelector('[data-testid="sync-now"]')?.hasAttribute('disabled') && !document.querySelector('[data-testid="sync-progress"]'), null, { timeout: 3_600_000, polling: 500 });
		const error = await page.evaluate(() => document.querySelector('[data-testid="sync-error"]')?.textContent ?? '');
		if (error) throw new Error(`first sync failed: ${error}`);
		log(`  sync: first sync of the collection through the app ${Math.round((Date.now() - started) / 1000)} s`);
		// The first 200 answers used today's review limit: raise it for 200 more.
		await page.addScriptTag({ url: '/__bench/storage.js', type: 'module' });
		await page.waitForFunction(() => globalThis.deckhandBench);
		await page.evaluate(() => globalThis.deckhandBench.raiseReviewLimit(200));
		// 400 ms apart (a learner takes seconds): each answer's sync (250 ms after it) runs while the
		// next card is up and the next answer comes, so answers and syncs overlap.
		const times = await answerTimes(page, origin, 200, 400);
		const p95 = times[Math.floor(times.length * 0.95)] ?? NaN;
		// Every answer reached the server: live sync kept up.
		await page.goto(origin + '/settings');
		await page.waitForFunction(() => document.querySelector('[data-testid="sync-pending-count"]')?.textContent === '0', null, { timeout: 120_000 });
		log(`  with live sync: ${times.length} answers, p50 ${times[Math.floor(times.length / 2)]?.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
		await page.getByRole('button', { name: /^(로그아웃|Sign out)$/ }).click();
		await page.locator('input[name="syncUrl"]').waitFor();
		return p95;
	} finally {
		await couch.stop();
	}
}

/**
 * Browse on the same collection: tap Browse → first rows on screen (median of 5), keystroke → results
 * updated (median over a typed query and a few operators), and bulk suspend of the cards of one query
 * (select all → Apply → the status line, which waits for the write and the refreshed results).
 */
async function measureBrowse(page, origin, log) {
	const countText = () => page.evaluate(() => document.querySelector('[data-testid="browse-count"]')?.textContent ?? '');
	const openTimes = [];
	for (let i = 0; i < 5; i++) {
		await page.goto(origin + '/');
		await page.getByTestId('total-new').waitFor();
		openTimes.push(
			await page.evaluate(
				() =>
					new Promise((resolve) => {
						const t0 = performance.now();
						const observer = new MutationObserver(() => {
							if (document.querySelector('[data-testid="browse-row"]')) {
								observer.disconnect();
								resolve(performance.now() - t0);
							}
						});
						observer.observe(document.body, { childList: true, subtree: true });
						document.querySelector('nav a[href="/browse"]').click();
					})
			)
		);
	}
	openTimes.sort((a, b) => a - b);
	const indexStart = Date.now();
	await page.waitForFunction(() => /^[\d,]+\s*(장|cards)$/.test(document.querySelector('[data-testid="browse-count"]')?.textContent?.trim() ?? ''), null, { timeout: 120_000 });
	log(`  browse: index of ${await countText()} ready ${Date.now() - indexStart} ms after the first rows`);
	// Each step is one keystroke's new query; the time runs from the input event to the new count.
	const typed = ['질', '질문', '질문 ', '질문 1', '질문 12', '질문 123', '질문 1234', '답', '답 9', 'is:due', 'prop:due<7', 'deck:bench-3', '-is:new', 'tag:x', '"질문 12"'];
	const searchTimes = await page.evaluate(async (queries) => {
		const input = document.querySelector('[data-testid="browse-query"]');
		const count = () => document.querySelector('[data-testid="browse-count"]').textContent;
		const out = [];
		for (const q of queries) {
			const before = count();
			const changed = new Promise((resolve) => {
				const observer = new MutationObserver(() => {
					observer.disconnect();
					resolve();
				});
				observer.observe(document.querySelector('[data-testid="browse-count"]'), { childList: true, subtree: true, characterData: true });
				// Same count as before: no mutation comes; the next frame after the search settles stands in.
				setTimeout(() => {
					observer.disconnect();
					resolve();
				}, 1000);
			});
			const t0 = performance.now();
			input.value = q;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			await changed;
			out.push({ q, ms: performance.now() - t0, same: count() === before });
		}
		return out;
	}, typed);
	const counted = searchTimes.filter((s) => !s.same).map((s) => s.ms).sort((a, b) => a - b);
	log(`  browse search: ${searchTimes.map((s) => `${s.q}=${s.ms.toFixed(1)}`).join(', ')}`);
	const selected = await countText();
	await page.getByRole('grid').focus();
	await page.keyboard.press('Control+a');
	await page.getByTestId('bulk-action').selectOption('suspend');
	const bulk_suspend_1k_ms = await page.evaluate(
		() =>
			new Promise((resolve) => {
				const t0 = performance.now();
				const observer = new MutationObserver(() => {
					if (document.querySelector('[data-testid="browse-status"]')) {
						observer.disconnect();
						resolve(performance.now() - t0);
					}
				});
				observer.observe(document.body, { childList: true, subtree: true });
				document.querySelector('[data-testid="bulk-apply"]').click();
			})
	);
	log(`  bulk suspend of ${selected}: ${bulk_suspend_1k_ms.toFixed(0)} ms`);
	return { browse_open_ms: openTimes[2], browse_search_ms: counted[Math.floor(counted.length / 2)], bulk_suspend_1k_ms };
}

/** CPU slowdown of a mid-range phone against this machine (Chromium's throttling rate). */
const PHONE_CPU_SLOWDOWN = 4;

/**
 * A returning learner opens the installed app: the service worker controls the page and serves the
 * build from its cache, the collection is the seeded one, the CPU is throttled 4×. Time from the
 * navigation's start (performance.now() = 0) until Today's counts, and until the first review card,
 * are in the DOM; median of 5 loads each.
 */
async function coldStarts({ page, context, origin }, log) {
	await waitForServiceWorker(page);
	await context.addInitScript(() => {
		const seen = {};
		globalThis.__appeared = seen;
		new MutationObserver(() => {
			for (const id of ['total-new', 'card-front']) {
				if (seen[id] === undefined && document.querySelector(`[data-testid="${id}"]`)) seen[id] = performance.now();
			}
		}).observe(document, { childList: true, subtree: true });
	});
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
	const measure = async (path, id) => {
		const times = [];
		for (let i = 0; i < 5; i++) {
			await page.goto(origin + path);
			await page.getByTestId(id).waitFor({ timeout: 60_000 });
			times.push(await page.evaluate((key) => globalThis.__appeared[key], id));
		}
		return times.sort((a, b) => a - b)[2];
	};
	try {
		const cold_start_today_ms = await measure('/', 'total-new');
		const cold_start_review_ms = await measure('/review', 'card-front');
		log(`  cold start (CPU ÷${PHONE_CPU_SLOWDOWN}): Today ${Math.round(cold_start_today_ms)} ms, review ${Math.round(cold_start_review_ms)} ms`);
		return { cold_start_today_ms, cold_start_review_ms };
	} finally {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	}
}
