// import_10k_ratio: importing 10,000 cards (parse + importDeck) from JSON and from CSV, each into a
// fresh database, ÷ a raw Dexie bulkPut of the same card and state rows, side by side in one run
// (median of 3 rounds); apkg_10k_import_ms: a 10,000-card .apkg read (sql.js) + replayed + imported.
// In headless Chromium on the app's origin.
import { copyFileSync, writeFileSync } from 'node:fs';
import { bundle } from '../bundle.mjs';
import { openApp } from '../../tests/e2e/harness.mjs';

const OUT = 'bench/.out/import';

export async function run({ log }) {
	await bundle('bench/browser/import-entry.ts', OUT, 'import.js');
	copyFileSync('node_modules/sql.js/dist/sql-wasm.wasm', `${OUT}/sql-wasm.wasm`);
	writeFileSync(`${OUT}/index.html`, '<!doctype html><meta charset="utf-8"><script type="module" src="/__bench/import.js"></script>');
	const app = await openApp({ overlays: { '/__bench/': OUT } });
	const { page, origin } = app;
	try {
		await page.goto(origin + '/__bench/index.html');
		await page.waitForFunction(() => globalThis.deckhandImportBench);
		const r = await page.evaluate(() => globalThis.deckhandImportBench.measureImport());
		log(`  10k cards: json ${r.json_ms.toFixed(0)} ms, csv ${r.csv_ms.toFixed(0)} ms, raw bulkPut ${r.raw_ms.toFixed(0)} ms → ratio ${r.ratio.toFixed(2)}`);
		const a = await page.evaluate(() => globalThis.deckhandImportBench.measureApkg('/__bench/sql-wasm.wasm'));
		log(`  10k-card .apkg (${Math.round(a.bytes / 1024)} KB, ${a.logs} reviews): ${a.ms.toFixed(0)} ms`);
		return { import_10k_ratio: r.ratio, apkg_10k_import_ms: a.ms };
	} finally {
		await app.close();
	}
}
