// Issue 6: "optimize parameters" runs the FSRS optimizer (WebAssembly) in the browser, offline,
// from the learner's own review log, and the next answers use the fitted weights.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { answerCurrentCard, openApp, readStore, waitForServiceWorker, writesSettled } from './harness.mjs';

let app;
before(async () => {
	app = await openApp();
});
after(async () => {
	await app?.close();
});

test('optimize parameters offline from 450 reviews, then review with them', async () => {
	const { page, origin } = app;
	await page.goto(origin + '/');
	await page.getByTestId('total-new').waitFor();
	await waitForServiceWorker(page);

	// A history of 90 cards × 5 reviews over the past two months, written as the app stores it.
	const states = await readStore(page, 'states');
	await page.evaluate(
		(cards) =>
			new Promise((ok, fail) => {
				const open = indexedDB.open('deckhand');
				open.onsuccess = () => {
					const tx = open.result.transaction('revlog', 'readwrite');
					const store = tx.objectStore('revlog');
					const day = 86_400_000;
					const start = Date.now() - 60 * day;
					cards.forEach((card, c) => {
						let t = start + c * 60_000;
						[0, 1, 3, 7, 16].forEach((gap, k) => {
							t += gap * day;
							const rating = (c + k) % 6 === 0 ? 1 : 3;
							store.add({ cardId: card.cardId, deckId: card.deckId, rating, state: k === 0 ? 0 : 2, due: t, stability: 1, difficulty: 5, elapsed_days: gap, last_elapsed_days: 0, scheduled_days: gap, learning_steps: 0, review: t, duration: 4000 });
						});
					});
					tx.oncomplete = () => ok();
					tx.onerror = () => fail(tx.error);
				};
			}),
		states.slice(0, 90).map((s) => ({ cardId: s.cardId, deckId: s.deckId }))
	);

	await app.stopServer();
	await page.goto(origin + '/settings');
	await page.getByTestId('review-count').waitFor();
	assert.match(await page.getByTestId('review-count').textContent(), /450/);
	await page.getByTestId('optimize').tap();
	await page.getByText(/내 기록에서 계산한|fitted to your reviews/).waitFor({ timeout: 120_000 });
	const settings = await readStore(page, 'settings');
	const weights = settings.find((row) => row.key === 'study')?.value.srs.weights;
	assert.equal(weights?.length, 21);
	assert.ok(weights.every(Number.isFinite));

	await page.goto(origin + '/review');
	await page.getByTestId('card-front').waitFor();
	await answerCurrentCard(page);
	await writesSettled(page);
	assert.equal((await readStore(page, 'revlog')).length, 451);
	assert.deepEqual(app.errors, []);
});
