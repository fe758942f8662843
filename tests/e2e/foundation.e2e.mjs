// Issue 2: first load → review 3 cards → reload → states persisted; offline reload and deep link;
// no serious accessibility violations on Today and Review.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
	SHOTS,
	answerCurrentCard,
	openApp,
	seriousA11yViolations,
	todayCounts,
	waitForServiceWorker
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
	await page.locator('[data-testid="pending-writes"][data-pending="0"]').waitFor({ state: 'attached' });
	await page.reload();
	await page.getByTestId('card-front').waitFor();
	const logged = await page.evaluate(
		() =>
			new Promise((ok, fail) => {
				const open = indexedDB.open('deckhand');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['revlog', 'states'], 'readonly');
					const count = tx.objectStore('revlog').count();
					const reviewed = tx.objectStore('states').index('[queue+due]').count(IDBKeyRange.bound([1, 0], [3, Infinity]));
					tx.oncomplete = () => ok({ logs: count.result, reviewed: reviewed.result });
				};
			})
	);
	assert.equal(logged.logs, 3);
	assert.ok(logged.reviewed >= 1, 'answered cards left the new queue');
	await page.goto(origin + '/');
	const after = await todayCounts(page);
	assert.ok(after.new < before.new, `new count went down (${before.new} → ${after.new})`);
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
	assert.ok((await page.locator('li').count()) >= 1, 'decks listed offline');
	await page.goto(origin + '/review');
	await page.getByTestId('card-front').waitFor();
	await page.screenshot({ path: `${SHOTS}/review-offline.png` });
	assert.deepEqual(app.errors, []);
});
