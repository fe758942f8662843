// first_load_js_gz_kb: every JS file Chromium loads for `/` on a fresh profile, gzipped and summed.
import { gzipSync } from 'node:zlib';
import { openApp } from '../../tests/e2e/harness.mjs';

export async function run() {
	const app = await openApp();
	try {
		const sizes = new Map();
		app.page.on('response', async (response) => {
			const url = response.url();
			if (!/\.m?js(\?|$)/.test(url) || url.endsWith('/sw.js') || /\/workbox-[0-9a-f]+\.js$/.test(url)) return;
			const body = await response.body().catch(() => null);
			if (body) sizes.set(url, gzipSync(body, { level: 9 }).length);
		});
		await app.page.goto(app.origin + '/');
		await app.page.getByTestId('total-new').waitFor();
		await app.page.waitForLoadState('networkidle');
		const total = [...sizes.values()].reduce((a, b) => a + b, 0);
		return { first_load_js_gz_kb: total / 1024 };
	} finally {
		await app.close();
	}
}
