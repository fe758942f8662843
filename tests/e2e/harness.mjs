// Browser-test harness: the production build served on loopback with SPA fallback, and Debian's
// Chromium driven by playwright-core at phone size with touch.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = 'test-results';
mkdirSync(SHOTS, { recursive: true });

const flags = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Serve `build/` and open a fresh phone-size Chromium; returns handles and a `close()` that cleans up. */
export async function openApp({ port = 0, overlays = {}, profile = null } = {}) {
	const server = await serve('build', port, overlays);
	const origin = `http://127.0.0.1:${server.address().port}`;
	// `profile`: the browser profile of an earlier openApp (with the same port, the same origin and data).
	const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'deckhand-e2e-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: CHROMIUM,
		args: flags,
		headless: true,
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		locale: 'ko-KR',
		serviceWorkers: 'allow'
	});
	const page = context.pages()[0] ?? (await context.newPage());
	const errors = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return {
		server,
		origin,
		context,
		page,
		errors,
		/** Stop the HTTP server entirely: from now on only the service worker can answer. */
		async stopServer() {
			server.closeAllConnections();
			await new Promise((ok) => server.close(ok));
			await context.setOffline(true);
		},
		userDataDir,
		port: server.address().port,
		/** Kill every process of this browser at once (SIGKILL: a phone's OS ending it, no shutdown); the profile is kept. */
		async killBrowser() {
			try {
				execFileSync('pkill', ['-KILL', '-f', `user-data-dir=${userDataDir}`]);
			} catch {
				// none left
			}
			await context.close().catch(() => {});
			server.closeAllConnections();
			await new Promise((ok) => server.close(ok));
		},
		async close({ keepProfile = false } = {}) {
			await context.close().catch(() => {});
			if (server.listening) {
				server.closeAllConnections();
				server.close();
			}
			if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
		}
	};
}

/** Wait until the service worker controls the page (the precache is complete then). */
export async function waitForServiceWorker(page) {
	await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 });
}

/**
 * Elements that reach past the left or right edge of the screen (the body clips horizontal overflow,
 * so `scrollWidth` alone would not show them). Code blocks, the editor and charts scroll on purpose.
 */
export function offscreenElements(page) {
	return page.evaluate(() =>
		[...document.querySelectorAll('main *, nav *')]
			.filter((e) => e.offsetParent !== null && !e.closest('pre, .cm-editor, svg'))
			.map((e) => ({ e, r: e.getBoundingClientRect() }))
			.filter(({ r }) => r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5))
			.map(({ e, r }) => `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).split(' ')[0] : ''} ${Math.round(r.left)}–${Math.round(r.right)} px`)
	);
}

/** Run axe-core on the page; returns violations of serious or critical impact. */
export async function seriousA11yViolations(page) {
	// Evaluated through the debugging protocol: the app's CSP (inline scripts only by hash) blocks a script tag.
	await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
	const violations = await page.evaluate(async () => (await globalThis.axe.run(document)).violations);
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Answer the card on screen whatever its kind: reveal it (flip cards), give up (command drills),
 * pick the first option (choice), then tap the rating button.
 */
export async function answerCurrentCard(page, rating = /알맞음|Good/) {
	const show = page.getByRole('button', { name: /정답 보기|Show answer/ }).first();
	const option = page.locator('.options button').first();
	if (await option.isVisible().catch(() => false)) await option.tap();
	else await show.tap();
	await page.getByRole('button', { name: rating }).tap();
}

/** The numbers on Today: total new and total due. */
export async function todayCounts(page) {
	await page.getByTestId('total-new').waitFor();
	return {
		new: Number(await page.getByTestId('total-new').textContent()),
		due: Number(await page.getByTestId('total-due').textContent())
	};
}

/** Every row of one object store of the app's database, read in the page. */
/** Wait until `locator`'s whole text is `text` (a change the page makes after a round trip to a worker). */
export async function textBecomes(locator, text) {
	await locator.filter({ hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }).waitFor({ timeout: 10_000 });
}

export function readStore(page, store) {
	return page.evaluate(
		(name) =>
			new Promise((ok, fail) => {
				const open = indexedDB.open('deckhand');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
					request.onsuccess = () => {
						open.result.close();
						ok(request.result);
					};
					request.onerror = () => fail(request.error);
				};
			}),
		store
	);
}

/** Wait until the review screen has no answer write in flight. */
export function writesSettled(page) {
	return page.locator('[data-testid="pending-writes"][data-pending="0"]').waitFor({ state: 'attached' });
}

/**
 * A fresh app already on Today with the built-in decks loaded, closed after the file's tests:
 * the shared setup of the test files that start from a first visit.
 */
export function useAppOnToday(before, after) {
	const holder = {};
	before(async () => {
		holder.app = await openApp();
		await holder.app.page.goto(holder.app.origin + '/');
		await holder.app.page.getByTestId('total-new').waitFor();
	});
	after(async () => {
		await holder.app?.close();
	});
	return holder;
}

/**
 * Delete the app's database from the page (what Chromium does on a full disk, or a wipe before a
 * restore). With `goOnWhenBlocked`, an open connection does not hold the test up: the deletion
 * completes once the page lets go.
 */
export function deleteCollection(page, { goOnWhenBlocked = false } = {}) {
	return page.evaluate(
		(goOn) =>
			new Promise((ok, fail) => {
				const req = indexedDB.deleteDatabase('deckhand');
				req.onsuccess = () => ok();
				req.onerror = () => fail(req.error);
				if (goOn) req.onblocked = () => ok();
			}),
		goOnWhenBlocked
	);
}
