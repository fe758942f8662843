import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readApkg } from './apkg';
import { parseBackup } from './backup';
import { delimitedToDeck, parseDelimited } from './delimited';
import { detectFormat } from './detect';
import { parseDeckJson } from './json';
import { htmlToText } from './sanitize';

const wasm = readFileSync(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'));

/** Importers never throw on any input: problems are data. */
describe('never throws', () => {
	it('text importers', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: fc.constantFrom('"', ',', '\t', '\n', '\r', 'a', '#', ':', '{', '}', '<', '>', '[', ']') })), (text) => {
				const json = parseDeckJson(text, 'f.json');
				expect(json.deck === undefined || json.diagnostics.every((d) => d.severity !== 'error')).toBe(true);
				const parsed = parseDelimited(text, 'f.csv');
				delimitedToDeck(parsed, { ...parsed.suggestedColumns, deckTitle: 'f' });
				parseBackup(text, 'b.json');
				expect(htmlToText(text)).not.toMatch(/<[a-z!/?]/i);
				detectFormat('f.txt', new TextEncoder().encode(text));
			}),
			{ numRuns: 500 }
		);
	});

	it('readApkg on random and zip-looking bytes', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), async (bytes, zipHead) => {
				const input = zipHead ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
				const r = await readApkg(input, 'r.apkg', { sqlWasm: { wasmBinary: new Uint8Array(wasm) } });
				expect(r.deck).toBeUndefined();
				expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});
});
