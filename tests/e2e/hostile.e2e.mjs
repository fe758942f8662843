// Issue 15: hostile and broken stored data. A backup with invalid settings restores without
// bricking the app, and whatever is stored in the settings table, the app starts (an unreadable
// setting falls back to its default with a notice).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { SHOTS, deleteCollection, openApp } from './harness.mjs';

const OUT = 'tests/fixtures/hostile/out';

/** A generated hostile file (see tests/fixtures/hostile/generate.ts). */
function hostile(file) {
	if (!existsSync(`${OUT}/${file}`)) execFileSync('npx', ['tsx', 'tests/fixtures/hostile/generate.ts', '--only', file], { stdio: 'inherit' });
	return readFileSync(`${OUT}/${file}`);
}

let app;
before(async () => {
	app = await openApp();
	await app.page.goto(app.origin + '/');
	await app.page.getByTestId('total-new').waitFor();
});
after(async () => {
	await app?.close();
});

/** Write `value` under `key` in the settings table with the raw IndexedDB API (as a bad restore or an old version could leave it). */
function putSetting(page, key, value) {
	return page.evaluate(
		([key, value]) =>
			new Promise((ok, fail) => {
				const open = indexedDB.open('deckhand');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('settings', 'readwrite');
					tx.objectStore('settings').put({ key, value });
					tx.oncomplete = () => {
						open.result.close();
						ok();
					};
					tx.onerror = () => fail(tx.error);
				};
			}),
		[key, value]
	);
}

test('a backup with lang "xx", day start "noon" and steps that are not a list restores, and the app works after a reload', async () => {
	const { page, origin, errors } = app;
	await page.goto(origin + '/import');
	await page.getByTestId('restore-file').waitFor({ state: 'attached' });
	await page.getByTestId('restore-file').setInputFiles({ name: 'bricked.json', mimeType: 'application/json', buffer: hostile('bricked-settings.backup.json') });
	await page.getByTestId('restore-preview').waitFor();
	assert.match(await page.getByTestId('restore-preview').textContent(), /dayStartHour = "noon": 올바른 값이 아니어서/);
	await page.getByTestId('restore-replace').check();
	await page.getByTestId('restore-button').tap();
	await page.getByTestId('restore-confirm').tap();
	await page.getByTestId('restore-done').waitFor({ timeout: 30_000 });
	assert.match(await page.getByTestId('restore-ignored').textContent(), /lang.*theme.*study\.srs\.learningSteps.*study\.dayStartHour|study/);
	await page.reload();
	await page.getByTestId('restore-file').waitFor({ state: 'attached', timeout: 30_000 });
	await page.goto(origin + '/');
	await page.getByTestId('total-new').waitFor({ timeout: 30_000 });
	for (const path of ['/decks', '/stats', '/settings']) {
		await page.goto(origin + path);
		await page.locator('main h1, main h2').first().waitFor({ timeout: 30_000 });
		assert.equal(await page.locator('.loading').count(), 0, `${path} is not stuck on loading`);
	}
	assert.deepEqual(errors, []);
});

test('bad values already stored: the app starts with defaults and names them in a notice', async () => {
	const { page, origin, errors } = app;
	await putSetting(page, 'lang', 'xx');
	await putSetting(page, 'study', { srs: { learningSteps: '1m 10m' }, limits: { newPerDay: 'many' }, dayStartHour: 'noon' });
	await page.goto(origin + '/');
	await page.getByTestId('total-new').waitFor({ timeout: 30_000 });
	const notice = await page.getByTestId('settings-ignored').textContent();
	for (const path of ['lang', 'study.srs.learningSteps', 'study.limits.newPerDay', 'study.dayStartHour']) assert.ok(notice.includes(path), `${path} is named`);
	await page.screenshot({ path: `${SHOTS}/hostile-settings-notice.png` });
	await page.goto(origin + '/settings');
	await page.locator('main h1').first().waitFor();
	assert.equal(await page.locator('.loading').count(), 0);
	assert.deepEqual(errors, []);
});

/** Rows of a store of an IndexedDB database, read with the raw API. */
function countRows(page, dbName, store) {
	return page.evaluate(
		([dbName, store]) =>
			new Promise((ok, fail) => {
				const open = indexedDB.open(dbName);
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains(store)) {
						db.close();
						return ok(0);
					}
					const req = db.transaction(store).objectStore(store).count();
					req.onsuccess = () => {
						db.close();
						ok(req.result);
					};
					req.onerror = () => fail(req.error);
				};
			}),
		[dbName, store]
	);
}

test('a database that vanished is told to the learner, and the automatic backup brings the collection back', async () => {
	const { page, origin, errors } = app;
	await page.goto(origin + '/import');
	await page.getByTestId('import-file').waitFor({ state: 'attached' });
	await page.getByTestId('import-file').setInputFiles('tests/fixtures/import/deck.json');
	await page.getByTestId('import-button').tap();
	await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
	// The import updates the marker and makes the day's automatic backup.
	await page.waitForFunction(() => localStorage.getItem('deckhand:collection')?.includes('"userDecks":1'), null, { timeout: 30_000 });
	for (let i = 0; i < 60 && (await countRows(page, 'deckhand-autobackup', 'backups')) === 0; i++) await page.waitForTimeout(500);
	assert.equal(await countRows(page, 'deckhand-autobackup', 'backups'), 1);
	const cards = await countRows(page, 'deckhand', 'cards');
	// What Chromium does on a full disk: the whole database is deleted.
	await page.goto(origin + '/settings');
	await deleteCollection(page, { goOnWhenBlocked: true });
	await page.goto(origin + '/');
	await page.getByTestId('vanished').waitFor({ timeout: 30_000 });
	await page.screenshot({ path: `${SHOTS}/hostile-vanished.png` });
	assert.ok(cards > (await countRows(page, 'deckhand', 'cards')), 'only the built-in decks are back');
	// The restore reloads the page: wait for that load, not for the old page's last frame.
	await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 60_000 }), page.getByTestId('vanished-restore').tap()]);
	await page.waitForFunction(() => !document.querySelector('[data-testid="vanished"]'), null, { timeout: 30_000 });
	await page.getByTestId('total-new').waitFor({ timeout: 30_000 });
	assert.equal(await countRows(page, 'deckhand', 'cards'), cards);
	assert.deepEqual(errors, []);
});

test('card content stays in its box and loads nothing from elsewhere; the page runs under a strict CSP', async () => {
	const { page, origin, errors } = app;
	const remote = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) remote.push(r.url());
	});
	const hostileFront = [
		'<a class="update nav" id="app" href="http://attacker.invalid/x" style="position:fixed;bottom:0;left:0;right:0;height:300px">q3</a>',
		'![tracker](http://attacker.invalid/a.png)',
		'<img src="//attacker.invalid/b.png" srcset="http://attacker.invalid/c.png 2x">',
		'<div style="background:url(http://attacker.invalid/d)">q2</div>'
	].join('\n\n');
	const deck = {
		format: 'deckhand/deck@1',
		id: 'hostile-cards',
		title: 'Hostile cards',
		lang: 'en',
		cards: [{ id: 'h1', kind: 'concept', tags: [], front: hostileFront, back: '<dialog open>Update now</dialog>\n\nanswer <video src="http://attacker.invalid/v" poster="http://attacker.invalid/p"></video>' }]
	};
	await page.goto(origin + '/import');
	await page.getByTestId('import-file').waitFor({ state: 'attached' });
	await page.getByTestId('import-file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(deck)) });
	await page.getByTestId('import-button').tap();
	await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
	await page.goto(`${origin}/review?deck=hostile-cards&practice=1`);
	await page.getByTestId('card-front').waitFor();
	await page.getByRole('button', { name: /정답 보기|Show answer/ }).first().tap();
	await page.getByTestId('card-back').waitFor();
	await page.waitForTimeout(500);
	const found = await page.evaluate(() => {
		const parts = [...document.querySelectorAll('[data-testid="card-front"], [data-testid="card-back"]')];
		const card = document.querySelector('article.card');
		return {
			styled: parts.flatMap((p) => [...p.querySelectorAll('[class], [style], [id]')].map((e) => e.outerHTML.slice(0, 80))),
			dialogs: document.querySelectorAll('dialog').length,
			images: parts.flatMap((p) => [...p.querySelectorAll('img')].map((i) => i.src)),
			links: parts.flatMap((p) => [...p.querySelectorAll('a')].map((a) => a.getAttribute('href'))),
			contain: card ? getComputedStyle(card).contain : null,
			csp: document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? null
		};
	});
	assert.deepEqual(found.styled, [], 'no class, style or id from the card');
	assert.equal(found.dialogs, 0);
	assert.deepEqual(found.images, []);
	assert.ok(found.links.includes('http://attacker.invalid/a.png'), 'the remote image is a link the learner may open');
	assert.match(found.contain, /layout/);
	assert.match(found.contain, /paint/);
	assert.ok(found.csp, 'a CSP meta is served');
	assert.match(found.csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
	assert.match(found.csp, /img-src 'self' data: blob:/);
	assert.match(found.csp, /connect-src 'self'/);
	assert.match(found.csp, /frame-src 'none'/);
	assert.deepEqual(remote, [], 'no request left the app');
	// The answer buttons are the app's own and on top: a tap on "Good" answers.
	await page.getByRole('button', { name: /알맞음|Good/ }).tap();
	await page.screenshot({ path: `${SHOTS}/hostile-card.png` });
	assert.deepEqual(errors, []);
});
