// Issue 15: once the review screen has moved on to the next card, the answer survives a whole-browser
// kill. The answer's IndexedDB commit is held back (another tab keeps a write transaction on the
// states table open), the rating is tapped, and the browser is killed (SIGKILL to its own process)
// right after the next card shows. Before the fix the next card showed at once and the answer lived
// only in the journal (localStorage), which Chromium writes to disk a second or more later: lost.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { CHROMIUM, answerCurrentCard, readStore } from './harness.mjs';

const dir = mkdtempSync(join(tmpdir(), 'deckhand-kill-'));
const server = await serve('build', 0, {});
const origin = `http://127.0.0.1:${server.address().port}`;
let context;
after(async () => {
	await context?.close().catch(() => {});
	server.closeAllConnections();
	server.close();
	rmSync(dir, { recursive: true, force: true });
});

const launch = () =>
	chromium.launchPersistentContext(dir, {
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		headless: true,
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true,
		locale: 'ko-KR'
	});

/** The browser process this test launched (the one on its own profile directory, not a child). */
function browserPid() {
	const line = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
		.split('\n')
		.find((l) => l.includes(`--user-data-dir=${dir}`) && !l.includes('--type='));
	assert.ok(line, 'the browser process is found');
	return Number(line.trim().split(/\s+/)[0]);
}

test('the screen moves on only once the answer is on disk: a browser killed right then keeps it', async () => {
	context = await launch();
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto(origin + '/');
	await page.getByTestId('total-new').waitFor();
	await page.goto(origin + '/review');
	await page.locator('article.card').waitFor();
	// Another tab holds a write transaction on the states table: the answer's transaction waits for it.
	const blocker = await context.newPage();
	await blocker.goto(origin + '/stats');
	await blocker.evaluate(
		() =>
			new Promise((ok) => {
				const open = indexedDB.open('deckhand');
				open.onsuccess = () => {
					const store = open.result.transaction(['states'], 'readwrite').objectStore('states');
					const spin = () => (store.get('none').onsuccess = spin);
					spin();
					ok();
				};
			})
	);
	await page.bringToFront();
	const answered = await page.locator('article.card').getAttribute('data-card-id');
	await answerCurrentCard(page);
	await page.waitForTimeout(500);
	assert.equal(await page.locator('article.card').getAttribute('data-card-id'), answered, 'the card stays while its answer is not committed');
	await blocker.close();
	await page.waitForFunction((id) => document.querySelector('article.card')?.getAttribute('data-card-id') !== id, answered, { timeout: 10_000 });
	process.kill(browserPid(), 'SIGKILL');
	await context.close().catch(() => {});

	context = await launch();
	const again = context.pages()[0] ?? (await context.newPage());
	await again.goto(origin + '/');
	await again.getByTestId('total-new').waitFor();
	const logs = await readStore(again, 'revlog');
	assert.equal(logs.filter((log) => log.cardId === answered).length, 1, 'the answer survived the kill');
});
