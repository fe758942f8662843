// Composes the README picture from the phone screenshots the browser tests leave in test-results/.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const shots = ['today.png', 'review-front.png', 'exercise.png', 'stats.png'].map(
	(name) => `data:image/png;base64,${readFileSync(`test-results/${name}`).toString('base64')}`
);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
const page = await browser.newPage({ viewport: { width: 1640, height: 860 } });
await page.setContent(
	`<body style="margin:0;background:#dfe6ee;display:flex;gap:20px;padding:20px">${shots
		.map((src) => `<img src="${src}" style="width:390px;height:844px;border-radius:18px;box-shadow:0 4px 16px #0003">`)
		.join('')}</body>`
);
await page.screenshot({ path: 'docs/screenshots/phone.png' });
await browser.close();
