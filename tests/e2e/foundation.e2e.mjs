// Issue 2: first load → review 3 cards → reload → states persisted; offline reload and deep link;
// no serious accessibility violations on Today and Review.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
	SHOTS,
	answerCurrentCard,
	offscreenElements,
	openApp,
	readStore,
	seriousA11yViolations,
	todayCounts,
	waitForServiceWorker,
	writesSettled
} from './harness.mjs';

let app;
before(async () => {
	app = await openApp();
});
after(async () => {
	await app?.close();
});

test('first load shows built-in decks with due counts', async () => {
	const { page, origin } = app;
	await page.goto(origin + '/');
	const counts = await todayCounts(page);
	assert.ok(counts.new > 0, 'new cards are offered on first start');
	assert.ok((await page.getByTestId('deck-row').count()) >= 1);
	await waitForServiceWorker(page);
	await page.screenshot({ path: `${SHOTS}/today.png` });
});

test('Today has no serious or critical accessibility violations', async () => {
	assert.deepEqual(await seriousA11yViolations(app.page), []);
});

test('review 3 cards, reload, states persisted', async () => {
	const { page, origin } = app;
	await page.goto(origin + '/');
	const before = await todayCounts(page);
	await page.getByRole('link', { name: /복습 시작|Start review/ }).tap();
	await page.getByTestId('card-front').waitFor();
	await page.screenshot({ path: `${SHOTS}/review-front.png` });
	assert.deepEqual(await seriousA11yViolations(page), [], 'Review has no serious a11y violations');
	for (let i = 0; i < 3; i++) {
		await page.getByTestId('card-front').waitFor();
		await answerCurrentCard(page);
	}
	// The next card shows before the write ends; wait for the last write, then reload.
	await writesSettled(page);
	await page.reload();
	await page.getByTestId('card-front').waitFor();
	const logs = await readStore(page, 'revlog');
	const states = await readStore(page, 'states');
	const logged = { logs: logs.length, reviewed: states.filter((s) => s.queue >= 1).length };
	assert.equal(logged.logs, 3);
	assert.ok(logged.reviewed >= 1, 'answered cards left the new queue');
	await page.goto(origin + '/');
	const after = await todayCounts(page);
	assert.ok(after.new < before.new, `new count went down (${before.new} → ${after.new})`);
});

test('at phone width nothing reaches past the screen edge, on any page', async () => {
	const { page, origin } = app;
	for (const path of ['/', '/decks', '/deck/docker-run', '/deck/kubectl', '/review', '/stats', '/settings', '/import']) {
		await page.goto(origin + path);
		await page.locator('main h1, [data-testid="card-front"]').first().waitFor();
		await page.waitForLoadState('networkidle');
		assert.deepEqual(await offscreenElements(page), [], path);
	}
});

test('offline: reload shows the same due counts and a deep link renders', async () => {
	const { page, origin } = app;
	await page.goto(origin + '/');
	const online = await todayCounts(page);
	await app.stopServer();
	await page.reload();
	assert.deepEqual(await todayCounts(page), online);
	await page.goto(origin + '/decks');
	await page.getByRole('heading', { name: /덱|Decks/ }).waitFor();
	// The list renders after the IndexedDB read, a moment after the heading.
	await page.locator('ul.decks > li').first().waitFor();
	assert.ok((await page.locator('ul.decks > li').count()) >= 1, 'decks listed offline');
	await page.goto(origin + '/review');
	await page.getByTestId('card-front').waitFor();
	await page.screenshot({ path: `${SHOTS}/review-offline.png` });
	assert.deepEqual(app.errors, []);
});
