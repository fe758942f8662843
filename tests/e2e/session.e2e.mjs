// Issue 6: a session with an undo, a suspend and the summary; the stats page after 50 reviews.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SHOTS, answerCurrentCard, useAppOnToday, readStore, seriousA11yViolations, writesSettled } from './harness.mjs';

const shared = useAppOnToday(before, after);

async function setNewPerDay(page, n) {
	await page.goto(shared.app.origin + '/settings');
	await page.locator('input[name="newPerDay"]').fill(String(n));
	await page.getByRole('button', { name: /^(저장|Save)$/ }).tap();
	await page.getByRole('status').waitFor();
}

const front = (page) => page.getByTestId('card-front').textContent();
/** Wait until the card on screen is no longer the one with this front text. */
const movedOn = (page, text) =>
	page.waitForFunction((t) => document.querySelector('[data-testid="card-front"]')?.textContent !== t, text);

test('a session with an undo, a suspend and the summary', async () => {
	const { page, origin } = shared.app;
	await setNewPerDay(page, 5);
	await page.goto(origin + '/review');
	await page.getByTestId('card-front').waitFor();
	assert.equal(await page.getByTestId('remaining').textContent(), '5');

	const first = await front(page);
	await answerCurrentCard(page, /쉬움|Easy/);
	await movedOn(page, first);
	await writesSettled(page);
	assert.equal((await readStore(page, 'revlog')).length, 1);

	// Undo brings the first card back and removes its log row.
	await page.getByRole('button', { name: /되돌리기|Undo/ }).tap();
	await page.waitForFunction((text) => document.querySelector('[data-testid="card-front"]')?.textContent === text, first);
	await writesSettled(page);
	assert.equal((await readStore(page, 'revlog')).length, 0);
	assert.equal(await page.getByTestId('remaining').textContent(), '5');

	// Suspend the card on screen: it leaves the session and is stored as suspended.
	const suspended = await front(page);
	await page.getByRole('button', { name: /^(보류|Suspend)$/ }).tap();
	await movedOn(page, suspended);
	assert.equal(await page.getByTestId('remaining').textContent(), '4');

	for (let i = 0; i < 4; i++) {
		const shown = await front(page);
		await answerCurrentCard(page, /쉬움|Easy/);
		if (i < 3) await movedOn(page, shown);
	}
	await page.getByTestId('summary').waitFor();
	assert.equal(await page.getByTestId('summary-reviewed').textContent(), '4');
	await page.getByTestId('summary-streak').waitFor();
	assert.equal(await page.getByTestId('summary-streak').textContent(), '1');
	await page.screenshot({ path: `${SHOTS}/summary.png` });
	await writesSettled(page);
	const states = await readStore(page, 'states');
	assert.equal(states.filter((s) => s.suspended === 1).length, 1);
	assert.equal((await readStore(page, 'revlog')).length, 4);
});

test('the stats page after 50 reviews', async () => {
	const { page, origin } = shared.app;
	await setNewPerDay(page, 60);
	await page.goto(origin + '/review');
	for (let i = 0; i < 46; i++) {
		await page.getByTestId('card-front').waitFor();
		const shown = await front(page);
		await answerCurrentCard(page, i % 5 === 0 ? /다시|Again/ : /쉬움|Easy/);
		await movedOn(page, shown);
	}
	await writesSettled(page);
	const logs = await readStore(page, 'revlog');
	assert.equal(logs.length, 50);
	await page.goto(origin + '/stats');
	await page.getByTestId('stats-ready').waitFor();
	assert.equal(await page.getByTestId('answers').textContent(), '50');
	assert.equal(await page.getByTestId('streak').textContent(), '1');
	assert.equal(await page.getByTestId('state-suspended').textContent(), '1');
	const review = Number(await page.getByTestId('state-review').textContent());
	assert.ok(review >= 40, `cards in review: ${review}`);
	assert.equal(await page.locator('svg rect.l0, svg rect.l1, svg rect.l2, svg rect.l3, svg rect.l4').count(), 365);
	const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	assert.ok(scrollWidth <= 390, `no horizontal scroll (${scrollWidth}px)`);
	assert.deepEqual(await seriousA11yViolations(page), []);
	await page.screenshot({ path: `${SHOTS}/stats.png`, fullPage: true });
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.screenshot({ path: `${SHOTS}/stats-dark.png`, fullPage: true });
	await page.emulateMedia({ colorScheme: 'light' });
});

/** Put `row` into `store` and delete `deleteKey` from `deleteStore`, with the raw IndexedDB API. */
function rawWrite(page, store, row, deleteStore, deleteKey) {
	return page.evaluate(
		([store, row, deleteStore, deleteKey]) =>
			new Promise((ok, fail) => {
				const open = indexedDB.open('deckhand');
				open.onsuccess = () => {
					const tx = open.result.transaction([store, deleteStore], 'readwrite');
					tx.objectStore(store).put(row);
					tx.objectStore(deleteStore).delete(deleteKey);
					tx.oncomplete = () => {
						open.result.close();
						ok();
					};
					tx.onerror = () => fail(tx.error);
				};
			}),
		[store, row, deleteStore, deleteKey]
	);
}

test('an answer whose write never committed (the tab was killed) is saved on the next start from the journal', async () => {
	const { page, origin } = shared.app;
	await page.goto(origin + '/review');
	await page.getByTestId('card-front').waitFor();
	const statesBefore = await readStore(page, 'states');
	const logsBefore = await readStore(page, 'revlog');
	await answerCurrentCard(page);
	await writesSettled(page);
	const logs = await readStore(page, 'revlog');
	assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('deckhand:answer:')).length), 0, 'journal emptied once written');
	const log = logs.find((l) => !logsBefore.some((b) => b.id === l.id));
	const before = statesBefore.find((s) => s.cardId === log.cardId);
	const afterState = (await readStore(page, 'states')).find((s) => s.cardId === log.cardId);
	// Make it as if the tab died before the commit: old state back, log row gone, journal entry left.
	await page.goto(origin + '/stats');
	await rawWrite(page, 'states', before, 'revlog', log.id);
	const strip = ({ queue: _queue, ...rest }) => rest; // the derived index field is not part of a CardState
	const { id: _id, ...logRow } = log;
	await page.evaluate(
		([key, entry]) => localStorage.setItem(key, JSON.stringify(entry)),
		[`deckhand:answer:${log.review}:${log.cardId}`, { shown: strip(before), result: { state: strip(afterState), log: logRow } }]
	);
	await page.reload();
	await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('deckhand:answer:')));
	const replayed = (await readStore(page, 'revlog')).filter((l) => l.cardId === log.cardId);
	assert.equal(replayed.length, logs.filter((l) => l.cardId === log.cardId).length, 'the answer is in the log again');
	assert.deepEqual(strip((await readStore(page, 'states')).find((s) => s.cardId === log.cardId)), strip(afterState));
});
