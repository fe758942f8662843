import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mutateYaml, validateYaml } from './index';

const dir = new URL('../../../tests/fixtures/yaml/valid/', import.meta.url);
const fixtures = readdirSync(dir).map((f) => readFileSync(new URL(f, dir), 'utf8'));

// A hang would show as the test's timeout (vitest's testTimeout); no speed is asserted here —
// speed lives in bench/validate.bench.ts.
function run(text: string) {
	return { r: validateYaml(text) };
}

function wellFormed(r: ReturnType<typeof validateYaml>) {
	for (const d of r.diagnostics) {
		expect(typeof d.rule).toBe('string');
		expect(['error', 'warning', 'info']).toContain(d.severity);
		expect(d.line).toBeGreaterThanOrEqual(1);
		expect(d.col).toBeGreaterThanOrEqual(1);
	}
}

describe('bad input never throws or hangs', () => {
	it('random strings', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400 }), (s) => {
				const { r } = run(s);
				wellFormed(r);
			}),
			{ seed: 42, numRuns: 300 }
		);
	});

	it('mutated fixtures (insert, delete, swap characters)', () => {
		const alphabet = [' ', '\t', ':', '-', '\n', '[', '{', '"', "'", '&a', '*a', '<<: *a', '---', '#', '|', '>', '!!', '%', '@'];
		fc.assert(
			fc.property(
				fc.nat(fixtures.length - 1),
				fc.array(fc.tuple(fc.nat(100000), fc.nat(alphabet.length - 1), fc.nat(3)), { minLength: 1, maxLength: 8 }),
				(fi, edits) => {
					let text = fixtures[fi];
					for (const [pos, ai, len] of edits) {
						const p = pos % (text.length + 1);
						text = text.slice(0, p) + alphabet[ai] + text.slice(p + len);
					}
					const { r } = run(text);
					wellFormed(r);
				}
			),
			{ seed: 7, numRuns: 300 }
		);
	});

	it('mutateYaml on random seeds returns null or a broken text', () => {
		fc.assert(
			fc.property(fc.nat(fixtures.length - 1), fc.integer(), (fi, seed) => {
				const m = mutateYaml(fixtures[fi], seed);
				if (m) expect(m.broken).not.toBe(fixtures[fi]);
			}),
			{ seed: 3, numRuns: 40 }
		);
	});

	it('alias bomb is refused', () => {
		const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
		for (let i = 1; i < 12; i++) {
			const prev = String.fromCharCode(96 + i);
			const cur = String.fromCharCode(97 + i);
			bomb.push(`${cur}: &${cur} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
		}
		const { r } = run(bomb.join('\n'));
		expect(r.diagnostics.some((d) => d.rule === 'yaml-limits')).toBe(true);
	});

	it('deep nesting (flow and block) is refused or handled', () => {
		const flow = '['.repeat(100000) + ']'.repeat(100000);
		expect(run(flow).r.diagnostics.some((d) => d.rule === 'yaml-limits')).toBe(true);
		let block = '';
		for (let i = 0; i < 2000; i++) block += ' '.repeat(i) + `k${i}:\n`;
		const { r } = run(block);
		wellFormed(r);
	});

	it('1 MB input finishes', () => {
		const doc = fixtures.find((f) => f.includes('kind: Deployment')) ?? fixtures[0];
		let text = '';
		while (text.length < 1_000_000) text += doc + '\n---\n';
		const { r } = run(text);
		wellFormed(r);
		expect(run('x'.repeat(3_000_000)).r.diagnostics[0].rule).toBe('yaml-limits');
	});

	it('binary junk and non-strings', () => {
		wellFormed(validateYaml('\u0000\u0001\uFFFF\uD800: ]['));
		wellFormed(validateYaml(undefined as unknown as string));
	});
});
