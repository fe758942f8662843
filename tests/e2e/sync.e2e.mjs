// Issue 12: two browser contexts (two devices, one account) syncing through a pouchdb-server this
// file starts on loopback. Both answer while not syncing, then sync: the same events, identical
// states, tallies and activity; nothing counted twice. Then a suspend on B reaches A, a card added on A
// is studied on B, and a card edited on both shows the clash on both.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startSyncServer } from '../../scripts/sync-server.mjs';
import { SHOTS, answerCurrentCard, openApp, readStore, writesSettled } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof startSyncServer>>} */
let couch;
/** @type {Awaited<ReturnType<typeof openApp>>[]} */
const devices = [];

before(async () => {
	couch = await startSyncServer();
	// One learner account (CouchDB's _users document).
	const user = await fetch(`${couch.url}/_users/org.couchdb.user:learner`, {
		method: 'PUT',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ name: 'learner', password: 'correct horse', roles: [], type: 'user' })
	});
	assert.ok(user.ok, `creating the learner failed: HTTP ${user.status}`);
	// The admin creates the learner's database (as on CouchDB, where a learner may not create one).
	assert.ok((await fetch(`${couch.url}/deckhand-learner`, { method: 'PUT' })).ok);
	for (let i = 0; i < 2; i++) {
		const app = await openApp();
		await app.page.goto(app.origin + '/');
		await app.page.getByTestId('total-new').waitFor();
		devices.push(app);
	}
});
after(async () => {
	for (const app of devices) await app.close();
	await couch?.stop();
});

async function signIn(page, origin, password = 'correct horse') {
	await page.goto(origin + '/settings');
	await page.locator('input[name="syncUrl"]').fill(couch.url);
	await page.locator('input[name="syncName"]').fill('learner');
	await page.locator('input[name="syncPassword"]').fill(password);
	await page.getByRole('button', { name: /^(로그인|Sign in)$/ }).tap();
}

async function syncNow(page) {
	await page.getByTestId('sync-now').tap();
	await page.waitForFunction(() => !document.querySelector('[data-testid="sync-now"]')?.hasAttribute('disabled'));
}

async function answer(page, origin, n) {
	await page.goto(origin + '/review');
	await page.getByTestId('card-front').waitFor();
	for (let i = 0; i < n; i++) {
		const shown = await page.getByTestId('card-front').textContent();
		await answerCurrentCard(page);
		if (i < n - 1) await page.waitForFunction((t) => document.querySelector('[data-testid="card-front"]')?.textContent !== t, shown);
	}
	await writesSettled(page);
}

const byKey = (a, b) => (a.queue ?? 0) - (b.queue ?? 0) || a.hour - b.hour;
async function snapshot(page) {
	// A device's own answers carry no stored event id (sync derives it from the row, docs/sync.md §1):
	// `eid` is kept apart (`pulled`: only the rows that came from the other device have one).
	const rows = (await readStore(page, 'revlog')).sort((a, b) => a.review - b.review || (a.cardId < b.cardId ? -1 : 1));
	const logs = rows.map(({ id: _id, eid: _eid, ...log }) => log);
	const pulled = rows.filter((log) => log.eid).length;
	const states = (await readStore(page, 'states')).filter((s) => s.reps > 0 || s.suspended).sort((a, b) => (a.cardId < b.cardId ? -1 : 1));
	return { logs, pulled, states, tallies: (await readStore(page, 'tallies')).sort(byKey), activity: (await readStore(page, 'activity')).sort(byKey) };
}

test('a wrong password gets a clear message and nothing is kept', async () => {
	const { page, origin } = devices[0];
	await signIn(page, origin, 'wrong');
	const alert = page.getByTestId('sync-error');
	await alert.waitFor();
	assert.match(await alert.textContent(), /refused the sign-in/);
	assert.equal(await page.getByTestId('sync-account').count(), 0);
});

test('two devices answer apart, then sync: same events, same states, tallies and activity', async () => {
	const [a, b] = devices;
	for (const d of devices) {
		await signIn(d.page, d.origin);
		await d.page.getByTestId('sync-account').waitFor();
		// Live sync off: the devices work apart until "sync now".
		await d.page.getByRole('checkbox', { name: /자동 동기화|automatically/ }).uncheck();
		await d.page.reload();
		await d.page.getByTestId('sync-account').waitFor();
	}
	assert.equal(await a.page.getByRole('checkbox', { name: /자동 동기화|automatically/ }).isChecked(), false);
	await answer(a.page, a.origin, 6);
	await answer(b.page, b.origin, 4);
	for (const d of [a, b, a]) {
		await d.page.goto(d.origin + '/settings');
		await d.page.getByTestId('sync-account').waitFor();
		await syncNow(d.page);
	}
	assert.equal(await a.page.getByTestId('sync-error').count(), 0);
	const [sa, sb] = [await snapshot(a.page), await snapshot(b.page)];
	// Both started with the same new cards, so B's 4 answers are on 4 of A's 6 cards: 10 answers.
	assert.equal(sa.logs.length, 10);
	assert.equal(new Set(sa.logs.map((l) => `${l.cardId} ${l.review}`)).size, 10);
	// Nothing written back on the answering device: each holds event ids only on the other's answers.
	assert.deepEqual([sa.pulled, sb.pulled], [4, 6]);
	assert.deepEqual(sa.logs, sb.logs);
	assert.deepEqual(sa.states, sb.states);
	assert.deepEqual(sa.tallies, sb.tallies);
	assert.deepEqual(sa.activity, sb.activity);
	assert.equal(sa.activity.reduce((n, r) => n + r.answers, 0), 10);
	assert.equal(await a.page.getByTestId('sync-pending-count').textContent(), '0');
	await a.page.screenshot({ path: `${SHOTS}/sync-settings.png` });
});

test('a suspend on B reaches A', async () => {
	const [a, b] = devices;
	await b.page.goto(b.origin + '/review');
	await b.page.getByTestId('card-front').waitFor();
	await b.page.getByRole('button', { name: /^(보류|Suspend)$/ }).tap();
	await writesSettled(b.page);
	await b.page.goto(b.origin + '/settings');
	await syncNow(b.page);
	await a.page.goto(a.origin + '/settings');
	await syncNow(a.page);
	const suspended = (page) => readStore(page, 'states').then((rows) => rows.filter((s) => s.suspended === 1).map((s) => s.cardId));
	assert.equal((await suspended(b.page)).length, 1);
	assert.deepEqual(await suspended(a.page), await suspended(b.page));
});

/** Write a concept card's front and back in the open card editor and save it. */
async function fillConcept(page, front, back) {
	const boxes = page.getByTestId('card-editor').locator('textarea');
	await boxes.nth(0).fill(front);
	if (back !== undefined) await boxes.nth(1).fill(back);
	await page.getByTestId('save-card').tap();
}

let ownCardId = '';

test('a card added on A is studied on B', async () => {
	const [a, b] = devices;
	await a.page.goto(a.origin + '/add');
	await fillConcept(a.page, 'What does kubectl rollout undo do?', 'It returns a Deployment to its previous revision');
	await a.page.getByTestId('card-added').waitFor();
	const href = await a.page.getByTestId('card-added').locator('a').getAttribute('href');
	ownCardId = decodeURIComponent(href.slice('/card/'.length));
	for (const d of [a, b]) {
		await d.page.goto(d.origin + '/settings');
		await syncNow(d.page);
	}
	const card = (await readStore(b.page, 'cards')).find((c) => c.id === ownCardId);
	assert.equal(card?.front, 'What does kubectl rollout undo do?');
	await b.page.goto(`${b.origin}/review?deck=${encodeURIComponent(card.deckId)}`);
	await b.page.getByTestId('card-front').waitFor();
	assert.match(await b.page.getByTestId('card-front').textContent(), /kubectl rollout undo/);
	await answerCurrentCard(b.page);
	await writesSettled(b.page);
	for (const d of [b, a]) {
		await d.page.goto(d.origin + '/settings');
		await syncNow(d.page);
	}
	const answered = (page) => readStore(page, 'revlog').then((rows) => rows.filter((l) => l.cardId === ownCardId).length);
	assert.equal(await answered(b.page), 1);
	assert.equal(await answered(a.page), 1);
	// The same state on both: B's answer, replayed on A. (New cards' due times are each device's own, so
	// only the studied card is compared.)
	const state = (page) => readStore(page, 'states').then((rows) => rows.find((s) => s.cardId === ownCardId));
	const [stateA, stateB] = [await state(a.page), await state(b.page)];
	assert.equal(stateB.reps, 1);
	assert.deepEqual(stateA, stateB);
});

test('a card edited on both devices: the clash is shown, and the choice reaches the other device', async () => {
	const [a, b] = devices;
	const page = (d) => `${d.origin}/card/${encodeURIComponent(ownCardId)}`;
	for (const [d, front] of [
		[a, 'What does kubectl rollout undo do? (edited on A)'],
		[b, 'What does kubectl rollout undo do? (edited on B)']
	]) {
		await d.page.goto(page(d));
		await d.page.getByTestId('edit-card').tap();
		await fillConcept(d.page, front);
		await d.page.getByTestId('card-saved').waitFor();
	}
	for (const d of [a, b, a]) {
		await d.page.goto(d.origin + '/settings');
		await syncNow(d.page);
	}
	for (const d of [a, b]) {
		await d.page.goto(d.origin + '/');
		await d.page.getByTestId('clash-notice').waitFor();
		await d.page.goto(page(d));
		await d.page.getByTestId('clash').waitFor();
		// Both texts are there: the later edit (B's) in the card, A's beside it.
		assert.match(await d.page.getByTestId('clash-kept').textContent(), /edited on B/);
		assert.match(await d.page.getByTestId('clash-other').textContent(), /edited on A/);
		assert.match(await d.page.getByTestId('card-content').textContent(), /edited on B/);
	}
	await b.page.screenshot({ path: `${SHOTS}/sync-clash.png` });
	// B's learner picks A's text: the clash closes on both, and both cards say A's text.
	await b.page.getByTestId('clash-use-other').tap();
	await b.page.getByTestId('clash').waitFor({ state: 'detached' });
	for (const d of [b, a]) {
		await d.page.goto(d.origin + '/settings');
		await syncNow(d.page);
	}
	for (const d of [a, b]) {
		await d.page.goto(page(d));
		await d.page.getByTestId('card-content').waitFor();
		assert.match(await d.page.getByTestId('card-content').textContent(), /edited on A/);
		assert.equal(await d.page.getByTestId('clash').count(), 0);
	}
});
