// Issue 6: a deck's page — suspend and unsuspend a card, the deck's own new-card limit, practice by tag.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SHOTS, answerCurrentCard, useAppOnToday, readStore } from './harness.mjs';

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
	const tagLink = page.locator('.tags a').first();
	await tagLink.waitFor();
	const [, count] = /·\s*(\d+)/.exec(await tagLink.textContent());
	await tagLink.tap();
	await page.getByTestId('remaining').waitFor();
	assert.equal(await page.getByTestId('remaining').textContent(), count);
	assert.match(await page.locator('.practice').textContent(), /연습|Practice/);
	const before = (await readStore(page, 'revlog')).length;
	await answerCurrentCard(page);
	assert.equal((await readStore(page, 'revlog')).length, before);
});
