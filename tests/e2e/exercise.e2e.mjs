// Issue 5: a YAML-fix exercise on a phone: editor with lint gutter, Check with line-numbered
// diagnostics (a tap moves the cursor), Reset, Show solution as a diff; the attempt is logged.
// The editor and validator are not loaded on `/`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { SHOTS, openApp, readStore, seriousA11yViolations, writesSettled } from './harness.mjs';

const deck = JSON.parse(readFileSync('build/decks/yaml-fix.json', 'utf8'));
const exercises = deck.cards.filter((c) => c.kind === 'yamlfix' && c.solution);
const serviceFix = exercises.find((c) => c.checks.includes('compose-depends-on-unknown')) ?? exercises[0];

let app;
const scripts = new Map();
before(async () => {
	app = await openApp();
	app.page.on('response', async (response) => {
		if (/\.js(\?|$)/.test(response.url())) scripts.set(response.url(), await response.text().catch(() => ''));
	});
	await app.page.goto(app.origin + '/');
	await app.page.getByTestId('total-new').waitFor();
	await app.page.waitForLoadState('networkidle');
});
after(async () => {
	await app?.close();
});

test('the first screen loads neither CodeMirror nor the validator', () => {
	assert.ok(scripts.size > 0);
	for (const [url, body] of scripts) {
		assert.ok(!body.includes('cm-lintRange'), `CodeMirror lint in ${url}`);
		assert.ok(!body.includes('compose-healthcheck-test'), `validator rules in ${url}`);
	}
});

async function replaceEditorText(page, text) {
	await page.locator('.cm-content').tap();
	await page.keyboard.press('Control+A');
	await page.keyboard.insertText(text);
}

test('check, tap a diagnostic, fix, pass with Hard after two checks; the attempt is logged', async () => {
	const { page, origin } = app;
	await page.goto(`${origin}/exercise/${encodeURIComponent(serviceFix.id)}`);
	await page.locator('.cm-editor').waitFor();
	assert.match(await page.getByTestId('card-front').textContent(), /depends_on|서비스/);
	assert.ok((await page.locator('.cm-lineNumbers .cm-gutterElement').count()) >= serviceFix.broken.split('\n').length);

	await page.getByRole('button', { name: /^(확인|Check)$/ }).tap();
	const first = page.locator('.diagnostics li button').first();
	await first.waitFor();
	const where = await first.locator('.where').textContent();
	const line = Number(/(\d+):/.exec(where)[1]);
	assert.equal(serviceFix.broken.split('\n')[line - 1].trim(), '- database', 'diagnostic points at the bad line');
	await page.locator('.cm-lint-marker-error').first().waitFor();
	await page.screenshot({ path: `${SHOTS}/exercise.png` });
	await first.tap();
	assert.equal((await page.locator('.cm-activeLine').textContent()).trim(), '- database', 'tap moved the cursor');
	// …to the column the finding names, not the start of the line (walkthrough: a fix typed there landed in the indent).
	const col = Number(/:(\d+)/.exec(where)[1]);
	const head = await page.evaluate(() => {
		const selection = document.getSelection();
		const line = document.querySelector('.cm-activeLine');
		if (!selection || !line) return -1;
		const range = document.createRange();
		range.selectNodeContents(line);
		range.setEnd(selection.focusNode, selection.focusOffset);
		return range.toString().length;
	});
	assert.equal(head, col - 1, 'the cursor stands at the finding’s column');

	await replaceEditorText(page, serviceFix.solution);
	await page.getByRole('button', { name: /^(확인|Check)$/ }).tap();
	await page.getByText(/통과|Passed/).waitFor();
	const suggested = page.locator('button.rate.suggested');
	assert.match(await suggested.textContent(), /어려움|Hard/, 'more than one Check → Hard');
	assert.deepEqual(await seriousA11yViolations(page), []);
	await suggested.tap();
	await page.getByTestId('summary').waitFor();
	await writesSettled(page);
	const logs = await readStore(page, 'revlog');
	const log = logs.find((l) => l.cardId === serviceFix.id);
	assert.equal(log?.rating, 2);
	assert.match(log.typed, /- db/);
});

test('Reset restores the broken text; Show solution shows a diff and suggests Again', async () => {
	const { page, origin } = app;
	const other = exercises.find((c) => c.id !== serviceFix.id);
	await page.goto(`${origin}/exercise/${encodeURIComponent(other.id)}`);
	await page.locator('.cm-editor').waitFor();
	await replaceEditorText(page, 'garbage: [');
	await page.getByRole('button', { name: /^(처음 상태로|Reset)$/ }).tap();
	assert.equal(await page.evaluate(() => document.querySelector('.cm-content').innerText.trim()), other.broken.trim());
	await page.getByRole('button', { name: /정답 보기|Show solution/ }).tap();
	await page.locator('.diff').waitFor();
	assert.ok((await page.locator('.diff .added').count()) > 0, 'the diff marks added lines');
	assert.match(await page.locator('button.rate.suggested').textContent(), /다시|Again/);
	await page.screenshot({ path: `${SHOTS}/exercise-solution.png` });
});
