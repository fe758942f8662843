// Issue 14: the import preview is where the learner decides — a previewed card is edited in place
// before anything is saved, a suggestion is added with one tap, and several notes (many files or a
// folder, as an Obsidian vault holds them) are imported at once as one deck, a card two files make
// kept once.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { readStore, textBecomes, useAppOnToday } from './harness.mjs';

const FIX = 'tests/fixtures/import';
mkdirSync('docs/screenshots', { recursive: true });
const holder = useAppOnToday(before, after);

async function openImport(page, origin) {
	await page.goto(origin + '/import');
	await page.getByTestId('import-file').waitFor({ state: 'attached' });
}

async function importAndWait(page) {
	await page.getByTestId('import-button').tap();
	await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
}

test('a previewed card is edited in place and a suggestion added; the import saves the edited text', async () => {
	const { page, origin } = holder.app;
	await openImport(page, origin);
	await page.getByTestId('import-file').setInputFiles({ name: 'notes-edit.md', mimeType: 'text/markdown', buffer: readFileSync(`${FIX}/notes-edit.md`) });
	await page.getByTestId('import-preview').waitFor();
	assert.equal(await page.getByTestId('card-total').textContent(), '3');
	assert.equal(await page.getByTestId('suggestion').count(), 1);

	// Edit the first card (a concept) in place: nothing is written yet.
	const first = page.getByTestId('sample-card').first();
	await first.getByTestId('edit-card').tap();
	const front = first.locator('textarea').first();
	await front.fill('도커 이미지란?');
	await first.getByTestId('save-card').tap();
	await first.getByTestId('edited-mark').waitFor();
	assert.match(await first.locator('.front').textContent(), /도커 이미지란\?/);
	assert.equal(await page.getByTestId('card-total').textContent(), '3');

	// An edit left unsaved changes nothing.
	const second = page.getByTestId('sample-card').nth(1);
	await second.getByTestId('edit-card').tap();
	await second.locator('textarea').first().fill('버려질 질문');
	await second.getByTestId('cancel-edit').tap();
	assert.match(await second.locator('.front').textContent(), /실행 중인 컨테이너 목록/);

	// The suggestion (its answer needs a name the prompt lacks) is added with one tap, then edited too.
	assert.match(await page.getByTestId('suggestion').first().textContent(), /docker stop web-app/);
	await page.getByTestId('add-suggestion').first().tap();
	await textBecomes(page.getByTestId('card-total'), '4');
	assert.equal(await page.getByTestId('suggestion').count(), 0);
	const added = page.getByTestId('sample-card').last();
	await added.getByTestId('edit-card').tap();
	await added.locator('textarea').first().fill('web-app 컨테이너 중지');
	await added.getByTestId('save-card').tap();
	await added.getByTestId('edited-mark').waitFor();
	await added.getByTestId('added-mark').waitFor();

	// The third card edited too, so that an edited card and the added suggestion share the screen.
	const third = page.getByTestId('sample-card').nth(2);
	await third.getByTestId('edit-card').tap();
	await third.locator('textarea').first().fill('내려받은 이미지 목록');
	await third.getByTestId('save-card').tap();
	await third.getByTestId('edited-mark').waitFor();
	await third.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 80));
	await page.screenshot({ path: 'docs/screenshots/import-preview-edited.png' });
	const before = (await readStore(page, 'cards')).filter((c) => c.deckId === 'notes-edit');
	assert.equal(before.length, 0, 'nothing is written before Import');

	await importAndWait(page);
	const cards = (await readStore(page, 'cards')).filter((c) => c.deckId === 'notes-edit');
	assert.equal(cards.length, 4);
	assert.ok(cards.some((c) => c.kind === 'concept' && c.front === '도커 이미지란?'));
	assert.ok(cards.some((c) => c.kind === 'command' && c.prompt === 'web-app 컨테이너 중지' && c.answer === 'docker stop web-app'));
	assert.ok(!cards.some((c) => c.kind === 'command' && c.prompt === '버려질 질문'));
	assert.ok(cards.some((c) => c.kind === 'command' && c.prompt === '내려받은 이미지 목록' && c.answer === 'docker images'));
	assert.deepEqual(holder.app.errors, []);
});

test('several files at once: one deck, a card two files make kept once, a non-note file left out with a message', async () => {
	const { page, origin } = holder.app;
	await openImport(page, origin);
	const file = (name) => ({ name, mimeType: name.endsWith('.png') ? 'image/png' : 'text/markdown', buffer: readFileSync(`${FIX}/vault/${name}`) });
	await page.getByTestId('import-files').setInputFiles([file('docker.md'), file('kubernetes.md'), file('diagram.png')]);
	await page.getByTestId('import-preview').waitFor();
	assert.match(await page.getByTestId('import-source').textContent(), /노트 2개/);
	// docker.md: network ls, volume ls; kubernetes.md: network ls (merged out), get pods, get nodes.
	assert.equal(await page.getByTestId('card-total').textContent(), '4');
	assert.equal(await page.getByTestId('import-title').inputValue(), 'docker');
	const messages = (await page.getByTestId('diagnostic').allTextContents()).join('\n');
	assert.match(messages, /합쳤습니다: docker\.md/);
	assert.match(messages, /diagram\.png · 줄 1\s*이번 가져오기에서 뺐습니다/);
	await page.getByTestId('import-title').fill('내 보관함');
	await importAndWait(page);
	assert.equal((await readStore(page, 'cards')).filter((c) => c.deckId === 'docker').length, 4);
	assert.deepEqual(holder.app.errors, []);
});

test('a folder (webkitdirectory): its notes become one deck named after the folder', async () => {
	const { page, origin } = holder.app;
	await openImport(page, origin);
	await page.getByTestId('import-folder').setInputFiles(`${FIX}/vault`);
	await page.getByTestId('import-preview').waitFor();
	assert.equal(await page.getByTestId('import-title').inputValue(), 'vault');
	assert.match(await page.getByTestId('import-source').textContent(), /vault · .* · 노트 2개/);
	assert.equal(await page.getByTestId('card-total').textContent(), '4');
	await importAndWait(page);
	const cards = (await readStore(page, 'cards')).filter((c) => c.deckId === 'vault');
	assert.equal(cards.length, 4);
	assert.deepEqual(holder.app.errors, []);
});
