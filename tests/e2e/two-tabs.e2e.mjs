// Issue 15: two tabs of the app learn of each other's writes. Today's counts in one tab follow the
// answers given in the other; a review tab drops the card the other tab just answered instead of
// serving it as still due, and answering on goes on without a refused write.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { answerCurrentCard, openApp, readStore, todayCounts, writesSettled } from './harness.mjs';

let app;
let other;
before(async () => {
	app = await openApp();
	await app.page.goto(app.origin + '/');
	await app.page.getByTestId('total-new').waitFor();
	other = await app.context.newPage();
	other.on('pageerror', (error) => app.errors.push(error.message));
});
after(async () => {
	await app?.close();
});

const cardOnScreen = (page) => page.locator('article.card').getAttribute('data-card-id');

test('Today in tab B follows the answers given in tab A', async () => {
	const { page: a, origin, errors } = app;
	await other.goto(origin + '/');
	const before = await todayCounts(other);
	await a.goto(origin + '/review');
	await a.locator('article.card').waitFor();
	await answerCurrentCard(a);
	await writesSettled(a);
	await other.waitForFunction((n) => Number(document.querySelector('[data-testid="total-new"]')?.textContent) === n, before.new - 1, { timeout: 10_000 });
	assert.deepEqual(errors, []);
});

/** Both tabs on the review screen; returns the card both show first. */
async function bothReviewing(a, origin) {
	await a.goto(origin + '/review');
	await other.goto(origin + '/review');
	await a.locator('article.card').waitFor();
	await other.locator('article.card').waitFor();
	const shared = await cardOnScreen(a);
	assert.equal(await cardOnScreen(other), shared, 'both tabs start on the same card');
	return shared;
}

/** Wait until `page` no longer shows the card `id`. */
const leaves = (page, id) => page.waitForFunction((cardId) => document.querySelector('article.card')?.getAttribute('data-card-id') !== cardId, id, { timeout: 10_000 });

test('both tabs reviewing: the card A answers leaves B’s screen and queue; B answers on without a refused write', async () => {
	const { page: a, origin, errors } = app;
	const shared = await bothReviewing(a, origin);
	const remainingB = Number(await other.getByTestId('remaining').textContent());
	await answerCurrentCard(a, /쉬움|Easy/);
	await writesSettled(a);
	// B moves on by itself: the answered card is no longer due today.
	await leaves(other, shared);
	// One card fewer at least (A's answer may also bury that card's siblings, which B drops too).
	assert.ok(Number(await other.getByTestId('remaining').textContent()) <= remainingB - 1);
	const next = await cardOnScreen(other);
	await answerCurrentCard(other);
	await writesSettled(other);
	assert.equal(await other.locator('.error[role="alert"]').count(), 0, 'no refused write in B');
	const logs = await readStore(other, 'revlog');
	assert.equal(logs.filter((log) => log.cardId === shared).length, 1, 'the shared card was answered once');
	assert.equal(logs.filter((log) => log.cardId === next).length, 1);
	assert.deepEqual(errors, []);
});

test('a card A answers with 다시 (due again in a minute) also leaves B’s screen: B never grades it a second time', async () => {
	const { page: a, origin, errors } = app;
	const shared = await bothReviewing(a, origin);
	await answerCurrentCard(a, /다시|Again/);
	await writesSettled(a);
	await leaves(other, shared);
	assert.equal((await readStore(other, 'revlog')).filter((log) => log.cardId === shared && log.review > Date.now() - 60_000).length, 1);
	assert.deepEqual(errors, []);
});
