import { openApp, answerCurrentCard } from './harness.mjs';
const app = await openApp();
const { page, origin } = app;
await page.goto(origin + '/');
await page.getByTestId('total-new').waitFor();
await page.screenshot({ path: '/tmp/shots/today.png' });
await page.goto(origin + '/review');
for (let i = 0; i < 8; i++) {
	await page.getByTestId('card-front').waitFor();
	const f = await page.getByTestId('card-front').textContent();
	await answerCurrentCard(page, i % 3 ? /알맞음/ : /다시/);
	await page.waitForFunction((t) => document.querySelector('[data-testid="card-front"]')?.textContent !== t, f);
}
await page.screenshot({ path: '/tmp/shots/review.png' });
await page.goto(origin + '/stats');
await page.getByTestId('stats-ready').waitFor();
await page.locator('.scroll svg rect').last().click(); await page.locator('rect.hit').nth(1).click();
await page.screenshot({ path: '/tmp/shots/stats.png', fullPage: true });
await app.close();
