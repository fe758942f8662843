// Issue 15: an import file is parsed in a worker. While a 1,000,000-row CSV is read the page shows
// progress and stays usable, Cancel ends the parse with nothing written, the refusal still comes when
// the parse is let finish, and the worker (and sql.js) work offline from the service worker's cache.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { openApp, readStore, waitForServiceWorker } from './harness.mjs';

const MILLION = 'tests/fixtures/hostile/out/million-rows.csv';

let app;
before(async () => {
	if (!existsSync(MILLION)) execFileSync('npx', ['tsx', 'tests/fixtures/hostile/generate.ts', '--only', 'million-rows.csv'], { stdio: 'inherit' });
	app = await openApp();
	await app.page.goto(app.origin + '/');
	await app.page.getByTestId('total-new').waitFor();
});
after(async () => {
	await app?.close();
});

test('a 1,000,000-row CSV: progress while it is read, the page answers, Cancel stops it and nothing is written', async () => {
	const { page, origin, errors } = app;
	await page.goto(origin + '/import');
	const decksBefore = (await readStore(page, 'decks')).length;
	await page.getByTestId('import-file').setInputFiles(MILLION);
	await page.getByTestId('import-read-progress').waitFor({ timeout: 30_000 });
	await page.waitForFunction(() => Number(document.querySelector('[data-testid="import-read-progress"]')?.getAttribute('value') ?? 0) > 0, null, { timeout: 60_000 });
	// The main thread is free while the worker parses: a timer set now fires on time.
	const late = await page.evaluate(() => new Promise((ok) => {
		const start = performance.now();
		setTimeout(() => ok(performance.now() - start - 50), 50);
	}));
	assert.ok(late < 500, `a 50 ms timer fired ${Math.round(late)} ms late`);
	await page.getByTestId('import-read-cancel').tap();
	await page.getByTestId('import-error').waitFor({ timeout: 5_000 });
	assert.match(await page.getByTestId('import-error').textContent(), /취소|Cancelled/);
	assert.equal(await page.getByTestId('import-read-progress').count(), 0);
	// The page is usable: the next file imports.
	await page.getByTestId('import-file').setInputFiles('tests/fixtures/import/basic.csv');
	await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
	assert.equal((await readStore(page, 'decks')).length, decksBefore, 'nothing written');
	assert.deepEqual(errors, []);
});

test('let run, the 1,000,000-row CSV is refused with the limit named and nothing written', async () => {
	const { page, origin, errors } = app;
	await page.goto(origin + '/import');
	const decksBefore = (await readStore(page, 'decks')).length;
	await page.getByTestId('import-file').setInputFiles(MILLION);
	await page.getByTestId('import-error').waitFor({ timeout: 300_000 });
	assert.match(await page.locator('main').textContent(), /1,000,000행: 한 번에 500,000장까지 가져옵니다/);
	assert.equal(await page.getByTestId('import-button').count(), 0);
	assert.equal((await readStore(page, 'decks')).length, decksBefore);
	assert.deepEqual(errors, []);
});

test('offline, from the service worker cache: a CSV and an .apkg still parse in the worker', async () => {
	const { page, origin, errors } = app;
	await waitForServiceWorker(page);
	await app.stopServer();
	await page.goto(origin + '/import');
	await page.getByTestId('import-file').setInputFiles('tests/fixtures/import/basic.csv');
	await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
	await page.getByRole('button', { name: /다른 파일|Another file/ }).tap();
	await page.getByTestId('import-file').setInputFiles('tests/fixtures/import/anki21b-zstd.apkg');
	await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
	assert.ok(Number((await page.getByTestId('import-button').textContent()).match(/\d+/)?.[0]) > 0);
	assert.deepEqual(errors, []);
});
