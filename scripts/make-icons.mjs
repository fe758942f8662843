// One-off: render the app icon SVG to the PNG sizes the web manifest names (Debian Chromium, headless).
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';

const svg = (maskable) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
<rect width="512" height="512" rx="${maskable ? 0 : 96}" fill="#0b5cad"/>
<g transform="translate(256 270) scale(${maskable ? 0.72 : 0.9})" fill="#fff">
<rect x="-170" y="-20" width="340" height="120" rx="22"/>
<rect x="-150" y="-130" width="80" height="80" rx="10"/><rect x="-50" y="-130" width="80" height="80" rx="10"/>
<rect x="50" y="-130" width="80" height="80" rx="10"/><rect x="-50" y="-230" width="80" height="80" rx="10"/>
<path d="M-200 120 Q0 200 200 120 L200 150 Q0 230 -200 150Z"/></g></svg>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
const page = await browser.newPage();
for (const [name, size, maskable] of [['icon-192', 192, false], ['icon-512', 512, false], ['icon-maskable-512', 512, true]]) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(`<style>body{margin:0}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg(maskable)).toString('base64')}" width="${size}" height="${size}">`);
	writeFileSync(`static/icons/${name}.png`, await page.screenshot({ omitBackground: true }));
}
await browser.close();
