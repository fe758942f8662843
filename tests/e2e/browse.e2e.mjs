// Issue 11: Browse (search, keyboard, bulk actions with undo), card info, deleting an imported deck.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { mkdirSync } from 'node:fs';
import { SHOTS, answerCurrentCard, offscreenElements, readStore, seriousA11yViolations, useAppOnToday, writesSettled } from './harness.mjs';

const shared = useAppOnToday(before, after);
mkdirSync('docs/screenshots', { recursive: true });

/** Open Browse from the bottom bar and wait until the whole collection is indexed. */
async function openBrowse(page) {
	await page.locator('nav a[href="/browse"]').tap();
	await page.getByTestId('browse-query').waitFor();
	await page.waitForFunction(() => /^[\d,]+\s*(장|cards)$/.test(document.querySelector('[data-testid="browse-count"]')?.textContent?.trim() ?? ''));
}

async function search(page, query) {
	await page.getByTestId('browse-query').fill(query);
	await page.waitForFunction(
		(q) => document.querySelector('[data-testid="browse-query"]')?.value === q && !document.querySelector('[data-testid="browse-error"]'),
		query
	);
}

const count = async (page) => Number((await page.getByTestId('browse-count').textContent()).replace(/[^\d]/g, ''));

test('find the docker run -p card by a word and by tag:, open its info', async () => {
	const { page } = shared.app;
	await openBrowse(page);
	const all = await count(page);
	assert.ok(all > 500, `the whole collection is listed (${all})`);
	await search(page, '127.0.0.1:8080:80');
	await page.waitForFunction(() => Number(document.querySelector('[data-testid="browse-count"]').textContent.replace(/[^\d]/g, '')) < 10);
	const rows = page.getByTestId('browse-row');
	const texts = await rows.allTextContents();
	assert.ok(texts.some((t) => /127\.0\.0\.1/.test(t)), texts.join('\n'));
	// Korean substring: 컨테이너 finds 컨테이너를 / 컨테이너의 …
	await search(page, '컨테이너');
	const korean = await count(page);
	await search(page, '컨테이너를');
	assert.ok((await count(page)) > 0 && (await count(page)) < korean);
	// The same card through its tags and kind.
	await search(page, 'tag:docker-run kind:command 127.0.0.1');
	await page.waitForFunction(() => Number(document.querySelector('[data-testid="browse-count"]').textContent.replace(/[^\d]/g, '')) >= 1);
	assert.ok((await count(page)) >= 1 && (await count(page)) <= 3);
	assert.deepEqual(await offscreenElements(page), []);
	assert.deepEqual(await seriousA11yViolations(page), []);
	await search(page, 'tag:docker-run 포트');
	await page.waitForFunction(() => document.querySelectorAll('[data-testid="browse-row"]').length > 3);
	await shots(page, 'browse-query');
	await search(page, 'tag:docker-run kind:command 127.0.0.1');
	await page.waitForFunction(() => Number(document.querySelector('[data-testid="browse-count"]').textContent.replace(/[^\d]/g, '')) <= 3);
	await rows.first().locator('a').tap();
	await page.getByTestId('card-info').waitFor();
	assert.match(await page.getByTestId('card-content').textContent(), /127\.0\.0\.1:8080:80/);
	// The kind by its catalogue label, never the internal key.
	assert.match((await page.getByTestId('info-kind').textContent()).trim(), /^명령어$/, 'the Korean label of a command drill (the page runs in ko-KR)');
	assert.deepEqual(await offscreenElements(page), []);
});

test('a query that does not parse says where and why', async () => {
	const { page } = shared.app;
	await openBrowse(page);
	await page.getByTestId('browse-query').fill('docker prop:due<soon');
	const error = page.getByTestId('browse-error');
	await error.waitFor();
	assert.match(await error.textContent(), /13번째 글자: < 뒤의 'soon' 는 숫자가 아닙니다/);
	assert.equal(await error.locator('mark').textContent(), 'due<soon');
});

test('keyboard: arrows move, space selects, Enter opens', async () => {
	const { page } = shared.app;
	await openBrowse(page);
	await search(page, 'kind:concept');
	await page.getByRole('grid').focus();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Space');
	const active = page.locator('.row.active');
	assert.equal(await active.getAttribute('aria-current'), 'true');
	assert.equal(await page.locator('.row.selected').count(), 1);
	const title = await active.locator('.title').textContent();
	assert.equal(await page.locator('[role="row"][aria-rowindex="3"] .title').textContent(), title);
	await page.keyboard.press('End');
	await page.waitForFunction(() => document.querySelector('.row.active'));
	const last = Number(await page.locator('[role="row"]:has(.row.active)').getAttribute('aria-rowindex'));
	assert.equal(last, await count(page));
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await page.getByTestId('card-title').waitFor();
	assert.equal((await page.getByTestId('card-title').textContent()).trim(), title.trim());
});

test('bulk: suspend 20 cards and undo, tallies recounted; delete 3 and undo', async () => {
	const { page } = shared.app;
	await openBrowse(page);
	await search(page, 'deck:kubectl -is:suspended');
	const before = await count(page);
	assert.ok(before >= 20);
	for (let i = 0; i < 20; i++) {
		// Only the rows near the view exist: scroll the list as a finger would, then tick the row.
		await page.getByRole('grid').evaluate((el, top) => (el.scrollTop = top), Math.max(0, (i - 2) * 60));
		await page.locator(`[role="row"][aria-rowindex="${i + 1}"] input[type="checkbox"]`).check();
	}
	assert.match(await page.getByTestId('bulk-bar').textContent(), /20장 선택|20 selected/);
	await page.getByTestId('bulk-action').selectOption('suspend');
	await page.getByTestId('bulk-apply').tap();
	await page.getByTestId('browse-status').waitFor();
	assert.match(await page.getByTestId('browse-status').textContent(), /20/);
	await page.waitForFunction((n) => Number(document.querySelector('[data-testid="browse-count"]').textContent.replace(/[^\d]/g, '')) === n, before - 20);
	const states = await readStore(page, 'states');
	assert.equal(states.filter((s) => s.deckId === 'kubectl' && s.suspended === 1).length, 20);
	await assertTalliesRecounted(page);
	await page.screenshot({ path: `${SHOTS}/browse-bulk.png` });

	// Undo brings the 20 back unsuspended (every bulk action has undo, not only delete).
	await page.getByTestId('bulk-undo').tap();
	await page.waitForFunction(() => /되돌렸|back as they were/.test(document.querySelector('[data-testid="browse-status"]').textContent));
	await page.waitForFunction((n) => Number(document.querySelector('[data-testid="browse-count"]').textContent.replace(/[^\d]/g, '')) === n, before);
	assert.equal((await readStore(page, 'states')).filter((s) => s.deckId === 'kubectl' && s.suspended === 1).length, 0);
	await assertTalliesRecounted(page);
	await search(page, 'deck:kubectl is:suspended');
	await page.waitForFunction(() => Number(document.querySelector('[data-testid="browse-count"]').textContent.replace(/[^\d]/g, '')) === 0);
	// Then delete 3 and undo.
	await search(page, 'deck:kubectl');
	const cardsBefore = (await readStore(page, 'cards')).length;
	for (let i = 1; i <= 3; i++) await page.locator(`[role="row"][aria-rowindex="${i}"] input[type="checkbox"]`).check();
	await page.getByTestId('bulk-action').selectOption('delete');
	await page.getByTestId('bulk-apply').tap();
	await page.getByTestId('bulk-confirm').tap();
	await page.getByTestId('bulk-undo').waitFor();
	assert.equal((await readStore(page, 'cards')).length, cardsBefore - 3);
	await assertTalliesRecounted(page);
	await page.getByTestId('bulk-undo').tap();
	await page.waitForFunction(() => !document.querySelector('[data-testid="bulk-undo"]'));
	assert.equal((await readStore(page, 'cards')).length, cardsBefore);
	await assertTalliesRecounted(page);
});

test('card info after 5 answers: reviews, dates, retrievability and the log', async () => {
	const { page, origin } = shared.app;
	await page.goto(origin + '/review?deck=docker-basics');
	for (let i = 0; i < 5; i++) {
		await page.getByTestId('card-front').waitFor();
		await answerCurrentCard(page);
	}
	await writesSettled(page);
	await page.goto(origin + '/');
	await openBrowse(page);
	await search(page, 'rated:1');
	await page.waitForFunction(() => Number(document.querySelector('[data-testid="browse-count"]').textContent.replace(/[^\d]/g, '')) >= 1);
	const answered = await count(page);
	assert.ok(answered >= 1 && answered <= 5, `${answered} cards answered today`);
	await page.getByTestId('browse-row').first().locator('a').tap();
	await page.getByTestId('card-info').waitFor();
	assert.ok(Number(await page.getByTestId('info-reviews').textContent()) >= 1);
	assert.match(await page.getByTestId('info-retrievability').textContent(), /^\d+%$/);
	assert.ok((await page.getByTestId('review-log').locator('tbody tr').count()) >= 1);
	await page.getByRole('heading', { level: 2 }).first().scrollIntoViewIfNeeded();
	await shots(page, 'card-info');
	assert.deepEqual(await offscreenElements(page), []);
	assert.deepEqual(await seriousA11yViolations(page), []);
});

test('a deck page links to Browse on the deck; its rows open the card', async () => {
	const { page, origin } = shared.app;
	await page.goto(origin + '/deck/docker-run');
	await page.getByTestId('deck-card').first().waitFor();
	const title = (await page.getByTestId('deck-card').first().locator('.title').textContent()).trim();
	await page.getByTestId('deck-card').first().locator('a.title').tap();
	await page.getByTestId('card-title').waitFor();
	assert.equal((await page.getByTestId('card-title').textContent()).trim(), title);
	await page.goto(origin + '/deck/docker-run');
	await page.getByTestId('browse-deck').tap();
	await page.waitForFunction(() => /^[\d,]+\s*(장|cards)$/.test(document.querySelector('[data-testid="browse-count"]')?.textContent?.trim() ?? ''));
	const deckCards = (await readStore(page, 'cards')).filter((c) => c.deckId === 'docker-run').length;
	assert.equal(await count(page), deckCards);
	assert.equal(await page.getByTestId('browse-query').inputValue(), 'deck:docker-run');
	// A built-in deck cannot be deleted.
	await page.goto(origin + '/deck/docker-run');
	await page.getByTestId('deck-card').first().waitFor();
	assert.equal(await page.getByTestId('delete-deck').count(), 0);
});

test('delete an imported deck with its cards and history, after a confirmation that says how much', async () => {
	const { page, origin } = shared.app;
	await page.goto(origin + '/import');
	await page.getByTestId('import-file').waitFor({ state: 'attached' });
	await page.getByTestId('import-file').setInputFiles('tests/fixtures/import/notes-import.md');
	await page.getByTestId('import-preview').waitFor();
	await page.getByTestId('import-button').tap();
	await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
	await page.goto(origin + '/review?deck=e2e-notes');
	await page.getByTestId('card-front').waitFor();
	await answerCurrentCard(page);
	await writesSettled(page);
	await page.goto(origin + '/deck/e2e-notes');
	await page.getByTestId('delete-deck').tap();
	const confirm = page.getByRole('alert');
	await confirm.waitFor();
	assert.match(await confirm.textContent(), /카드 4장, 복습 기록 1개/);
	await page.getByTestId('confirm-delete-deck').tap();
	await page.waitForURL(/\/decks$/);
	assert.equal((await readStore(page, 'cards')).filter((c) => c.deckId === 'e2e-notes').length, 0);
	assert.equal((await readStore(page, 'revlog')).filter((l) => l.deckId === 'e2e-notes').length, 0);
	assert.equal((await readStore(page, 'decks')).filter((d) => d.id === 'e2e-notes').length, 0);
	await assertTalliesRecounted(page);
});

test('edit the docker run -p card: a drill answer that does not parse is refused with why; the edit shows in Review', async () => {
	const { page, origin } = shared.app;
	await openBrowse(page);
	await search(page, 'kind:command 127.0.0.1:8080:80');
	await page.waitForFunction(() => Number(document.querySelector('[data-testid="browse-count"]').textContent.replace(/[^\d]/g, '')) >= 1);
	await page.getByTestId('browse-row').first().locator('a').tap();
	await page.getByTestId('edit-card').tap();
	const editor = page.getByTestId('card-editor');
	await editor.waitFor();
	const answer = page.getByTestId('edit-answer');
	const original = await answer.inputValue();
	await answer.fill(original.replace('docker run', 'docker runn'));
	await page.getByTestId('problem-answer').first().waitFor();
	assert.match(await page.getByTestId('problem-answer').first().textContent(), /runn.*run/);
	assert.equal(await page.getByTestId('save-card').isDisabled(), true);
	assert.deepEqual(await offscreenElements(page), []);
	await answer.scrollIntoViewIfNeeded();
	await shots(page, 'edit-drill-error');
	await answer.fill(original);
	await editor.getByRole('textbox').first().fill('nginx 를 로컬 127.0.0.1:8080 에만 공개 (편집함)');
	await editor.locator('input').last().fill('docker, e2e-edited');
	await page.getByTestId('save-card').tap();
	await page.getByTestId('card-saved').waitFor();
	assert.match(await page.getByTestId('card-content').textContent(), /편집함/);
	assert.equal(await page.getByTestId('edited-builtin').count(), 1);
	const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
	const card = (await readStore(page, 'cards')).find((c) => c.id === id);
	await page.goto(`${origin}/review?deck=${encodeURIComponent(card.deckId)}&tag=e2e-edited&practice=1`);
	await page.getByTestId('card-front').waitFor();
	assert.match(await page.getByTestId('card-front').textContent(), /편집함/);
	// (Practice by the tag the edit added: the review screen shows only this card, as the learner would see it.)
	// Revert puts back the shipped text.
	await page.goto(`${origin}/card/${encodeURIComponent(id)}`);
	await page.getByTestId('revert-card').tap();
	await page.waitForFunction(() => !/편집함/.test(document.querySelector('[data-testid="card-content"]').textContent));
	assert.equal(await page.getByTestId('edited-builtin').count(), 0);
});

test('add a drill into a new own deck and answer it in Review', async () => {
	const { page, origin } = shared.app;
	await openBrowse(page);
	await page.getByTestId('add-card').tap();
	await page.getByTestId('add-kind').selectOption('command');
	const editor = page.getByTestId('card-editor');
	await editor.getByRole('textbox').first().fill('멈춘 컨테이너까지 모두 보기');
	await page.getByTestId('edit-answer').fill('docker ps -a');
	await editor.locator('input').last().fill('e2e-added');
	await page.getByTestId('save-card').tap();
	await page.getByTestId('card-added').waitFor();
	const states = await readStore(page, 'states');
	const mine = states.filter((s) => s.deckId === 'my-cards');
	assert.equal(mine.length, 1);
	assert.equal(mine[0].state, 0);
	await assertTalliesRecounted(page);
	await page.goto(`${origin}/review?deck=my-cards`);
	await page.getByTestId('card-front').waitFor();
	assert.match(await page.getByTestId('card-front').textContent(), /멈춘 컨테이너/);
	await page.locator('#command-input').fill('docker container ls --all');
	await page.getByRole('button', { name: /^(확인|Check)$/ }).tap();
	await page.getByRole('button', { name: /알맞음|Good/ }).tap();
	await writesSettled(page);
	const log = (await readStore(page, 'revlog')).filter((l) => l.deckId === 'my-cards');
	assert.equal(log.length, 1);
	assert.equal(log[0].typed, 'docker container ls --all');
	await page.goto(`${origin}/card/${encodeURIComponent(mine[0].cardId)}`);
	await page.getByTestId('review-log').waitFor();
	assert.match(await page.getByTestId('review-log').textContent(), /docker container ls --all/);
});

/** Screenshots at 390 × 844 in the light and the dark scheme, kept in docs/screenshots. */
async function shots(page, name) {
	for (const scheme of ['light', 'dark']) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.screenshot({ path: `docs/screenshots/${name}-${scheme}.png` });
	}
	await page.emulateMedia({ colorScheme: 'light' });
}

/** The tallies store equals a recount of the states (queue per state as schema.ts derives it). */
async function assertTalliesRecounted(page) {
	const [states, tallies] = await Promise.all([readStore(page, 'states'), readStore(page, 'tallies')]);
	const sums = new Map();
	for (const s of states) {
		const queue = s.suspended ? -1 : s.buriedUntil > 0 ? -2 : s.state;
		for (const hour of [Math.floor(s.due / 3_600_000), -1]) sums.set(`${queue}:${hour}`, (sums.get(`${queue}:${hour}`) ?? 0) + 1);
	}
	const stored = new Map(tallies.map((t) => [`${t.queue}:${t.hour}`, t.count]));
	assert.deepEqual([...stored.entries()].sort(), [...sums.entries()].sort());
}

test('a YAML-fix card in the editor: the validator speaks as you type (after a pause), Save waits for it', async () => {
	const { page, origin } = shared.app;
	await page.goto(origin + '/add');
	await page.getByTestId('add-kind').selectOption('yamlfix');
	const editor = page.getByTestId('card-editor');
	const [task, broken, solution] = [0, 1, 2].map((i) => editor.locator('textarea').nth(i));
	const good = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - containerPort: 80\n';
	await task.fill('포트 번호를 고치세요');
	await solution.fill(good);
	await broken.fill(good.replace('containerPort: 80', 'containerPort: "80"'));
	const preview = page.getByTestId('yamlfix-preview');
	await preview.getByTestId('preview-broken').waitFor();
	assert.match(await preview.getByTestId('preview-broken').textContent(), /10행:/);
	assert.match(await preview.getByTestId('preview-solution').textContent(), /통과/);
	assert.equal(await page.getByTestId('save-card').isDisabled(), false);
	// A keystroke: the preview says it is checking and Save waits, until typing pauses.
	const right = await broken.evaluate(async (el, text) => {
		el.value = text;
		el.dispatchEvent(new Event('input', { bubbles: true }));
		await new Promise((r) => setTimeout(r, 0));
		return { checking: /검사하는 중/.test(document.querySelector('[data-testid="yamlfix-preview"]').textContent), saveOff: document.querySelector('[data-testid="save-card"]').disabled };
	}, good);
	assert.deepEqual(right, { checking: true, saveOff: true });
	// The broken file now passes: the validator finds nothing, and the form says there is nothing to fix.
	await page.getByTestId('problem-broken').waitFor();
	assert.match(await preview.textContent(), /문제 0개/);
	assert.equal(await page.getByTestId('save-card').isDisabled(), true);
	await broken.fill(good.replace('containerPort: 80', 'containerPort: "80"'));
	await page.waitForFunction(() => !document.querySelector('[data-testid="problem-broken"]') && !document.querySelector('[data-testid="save-card"]').disabled);
	await page.getByTestId('save-card').tap();
	await page.getByTestId('card-added').waitFor();
	assert.ok((await readStore(page, 'cards')).some((c) => c.kind === 'yamlfix' && c.task === '포트 번호를 고치세요'));
	assert.deepEqual(await offscreenElements(page), []);
});

test('hide a built-in deck: it leaves Today and Browse\'s default view; shown again with its history', async () => {
	const { page, origin } = shared.app;
	const todayDecks = async () => {
		await page.goto(origin + '/');
		await page.getByTestId('deck-row').first().waitFor();
		return page.getByTestId('deck-row').evaluateAll((links) => links.map((a) => new URL(a.href).searchParams.get('deck')));
	};
	assert.ok((await todayDecks()).includes('docker-basics'));
	const statesBefore = (await readStore(page, 'states')).filter((s) => s.deckId === 'docker-basics');
	const deckCards = statesBefore.length;
	const row = page.locator('li', { has: page.locator('a[href="/deck/docker-basics"]') });
	await page.goto(origin + '/decks');
	await row.getByTestId('hide-deck').tap();
	await row.getByTestId('deck-hidden').waitFor();
	assert.ok(!(await todayDecks()).includes('docker-basics'));
	// Browse: left out of the default list, found when a query names the deck.
	const allCards = (await readStore(page, 'cards')).length;
	await openBrowse(page);
	assert.equal(await count(page), allCards - deckCards);
	await search(page, 'deck:docker-basics');
	await page.waitForFunction((n) => Number(document.querySelector('[data-testid="browse-count"]').textContent.replace(/[^\d]/g, '')) === n, deckCards);
	// Shown again: back on Today, its states exactly as they were.
	await page.goto(origin + '/decks');
	await row.getByTestId('hide-deck').tap();
	await page.waitForFunction(() => !document.querySelector('[data-testid="deck-hidden"]'));
	assert.ok((await todayDecks()).includes('docker-basics'));
	assert.deepEqual((await readStore(page, 'states')).filter((s) => s.deckId === 'docker-basics'), statesBefore);
	assert.deepEqual(await offscreenElements(page), []);
});
