// Issue 15: the answer journal survives the whole browser being killed right after a tap. The
// collection is held busy by another tab (its answer cannot commit yet), the browser gets SIGKILL
// 200 ms after the next card is on screen, and the next start must still have the answer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answerCurrentCard, openApp, readStore } from './harness.mjs';

/** In `page`, keep a readwrite transaction on the collection's `states` open for `ms` (another tab's long write). */
function holdStates(page, ms) {
	return page.evaluate(
		(ms) =>
			new Promise((ok, fail) => {
				const open = indexedDB.open('deckhand');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const store = open.result.transaction('states', 'readwrite').objectStore('states');
					const until = performance.now() + ms;
					const spin = () => {
						if (performance.now() < until) store.count().onsuccess = spin;
					};
					spin();
					ok();
				};
			}),
		ms
	);
}

test('a browser killed 200 ms after an answer, while another tab holds the database, keeps the answer', async () => {
	const first = await openApp();
	let again;
	try {
		const { page, origin, context } = first;
		await page.goto(origin + '/');
		await page.getByTestId('total-new').waitFor();
		await page.goto(origin + '/review');
		await page.getByRole('button', { name: /정답 보기|Show answer/ }).first().waitFor();
		assert.equal((await readStore(page, 'revlog')).length, 0);

		const other = await context.newPage();
		await other.goto(origin + '/');
		await other.getByTestId('total-new').waitFor();
		await holdStates(other, 5_000);
		await answerCurrentCard(page);
		// The next card is on screen; the answer's own transaction still waits behind the other tab.
		await page.getByRole('button', { name: /정답 보기|Show answer/ }).first().waitFor();
		await page.waitForTimeout(200);
		await first.killBrowser();

		again = await openApp({ port: first.port, profile: first.userDataDir });
		await again.page.goto(again.origin + '/');
		await again.page.getByTestId('total-new').waitFor();
		const logs = await readStore(again.page, 'revlog');
		assert.equal(logs.length, 1, 'the answer given before the kill is in the review log');
		assert.deepEqual(again.errors, []);
	} finally {
		if (again) await again.close();
		else await first.close();
	}
});
