// Issue 6: a deck's page — suspend and unsuspend a card, the deck's own new-card limit, study and practice by tag.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SHOTS, answerCurrentCard, readStore, useAppOnToday, writesSettled } from './harness.mjs';

const shared = useAppOnToday(before, after);

test('suspend and unsuspend a card from its deck page', async () => {
	const { page, origin } = shared.app;
	await page.goto(origin + '/decks');
	await page.getByRole('link', { name: /docker run 플래그/ }).tap();
	await page.getByTestId('deck-card').first().waitFor();
	const first = page.getByTestId('deck-card').first();
	await first.getByRole('button', { name: /^(보류|Suspend)$/ }).tap();
	await first.getByRole('button', { name: /보류 해제|Unsuspend/ }).waitFor();
	let states = await readStore(page, 'states');
	assert.equal(states.filter((s) => s.deckId === 'docker-run' && s.suspended === 1).length, 1);
	await page.screenshot({ path: `${SHOTS}/deck.png` });
	await first.getByRole('button', { name: /보류 해제|Unsuspend/ }).tap();
	await first.getByRole('button', { name: /^(보류|Suspend)$/ }).waitFor();
	states = await readStore(page, 'states');
	assert.equal(states.filter((s) => s.deckId === 'docker-run' && s.suspended === 1).length, 0);
});

test("a deck's own new-card limit caps its session; a bad value is refused", async () => {
	const { page, origin } = shared.app;
	await page.goto(origin + '/deck/docker-run');
	await page.locator('input[name="deckNewPerDay"]').fill('-2');
	await page.getByRole('button', { name: /한도 저장|Save limits/ }).tap();
	await page.getByRole('alert').waitFor();
	await page.locator('input[name="deckNewPerDay"]').fill('3');
	await page.getByRole('button', { name: /한도 저장|Save limits/ }).tap();
	await page.getByRole('status').waitFor();
	await page.goto(origin + '/review?deck=docker-run');
	await page.getByTestId('remaining').waitFor();
	assert.equal(await page.getByTestId('remaining').textContent(), '3');
});

test('practice by tag quizzes only cards with that tag and writes nothing', async () => {
	const { page, origin } = shared.app;
	await page.goto(origin + '/deck/kubectl');
	const row = page.getByTestId('tag-row').first();
	await row.waitFor();
	const count = await row.getByTestId('tag-count').textContent();
	await row.getByTestId('tag-practice').tap();
	await page.getByTestId('remaining').waitFor();
	assert.equal(await page.getByTestId('remaining').textContent(), count);
	assert.match(await page.locator('.practice').textContent(), /연습|Practice/);
	const before = (await readStore(page, 'revlog')).length;
	await answerCurrentCard(page);
	assert.equal((await readStore(page, 'revlog')).length, before);
	// 다시 in practice brings the card back later in the session: the count does not fall.
	const left = await page.getByTestId('remaining').textContent();
	await answerCurrentCard(page, /^(다시|Again)/);
	await page.waitForTimeout(300);
	assert.equal(await page.getByTestId('remaining').textContent(), left, 'the card practised with 다시 stays in the session');
	assert.equal((await readStore(page, 'revlog')).length, before);
});

test('study by tag reviews only that tag\'s cards on the schedule and saves the answer', async () => {
	const { page, origin } = shared.app;
	await page.goto(origin + '/deck/kubectl');
	const row = page.getByTestId('tag-row').first();
	await row.waitFor();
	const tag = (await row.locator('.tag').textContent()).replace(/\s*·.*$/, '');
	await page.screenshot({ path: `${SHOTS}/deck-tags.png` });
	await row.getByTestId('tag-study').tap();
	await page.getByTestId('card-front').waitFor();
	assert.equal(await page.locator('.practice').count(), 0, 'not practice mode');
	const before = await readStore(page, 'revlog');
	await answerCurrentCard(page);
	await writesSettled(page);
	const logs = await readStore(page, 'revlog');
	assert.equal(logs.length, before.length + 1, 'the answer is saved');
	const cards = await readStore(page, 'cards');
	const answered = cards.find((c) => c.id === logs.at(-1).cardId);
	assert.ok(answered.tags.includes(tag), `the card has the tag ${tag}`);
});
