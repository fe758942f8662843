import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileNotes } from './index';

// The real user notes live next to the repo (../shared/seeds); skip with a reason when absent.
const SEEDS = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const files = existsSync(SEEDS) ? readdirSync(SEEDS).sort() : [];

describe.skipIf(!files.length)(`seed notes (${SEEDS})`, () => {
	for (const name of files) {
		it(`${name}: at least 30 keepable cards, short answers, unique ids, located diagnostics`, () => {
			const text = readFileSync(SEEDS + name, 'utf8');
			const { deck, diagnostics } = compileNotes(text, name);
			const total = text.split('\n').length;
			expect(deck.cards.length).toBeGreaterThanOrEqual(30);
			expect(new Set(deck.cards.map((c) => c.id)).size).toBe(deck.cards.length);
			for (const c of deck.cards) {
				expect(c.line).toBeGreaterThanOrEqual(1);
				expect(c.line).toBeLessThanOrEqual(total);
				if (c.kind === 'concept') {
					expect(c.back.length).toBeLessThanOrEqual(300);
					expect(c.front.length).toBeLessThanOrEqual(80);
				}
				if (c.kind === 'command') expect(c.answer.length).toBeLessThanOrEqual(300);
			}
			for (const d of diagnostics) expect(d.line).toBeLessThanOrEqual(total);
			expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		});
	}
});

it.runIf(!files.length)('seed notes are missing: skipped', () => {
	console.warn(`seed notes not found at ${SEEDS}; seed quality tests skipped`);
});
