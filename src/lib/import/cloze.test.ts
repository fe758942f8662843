import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clozeNumbers, expandCloze, scanCloze, type ClozeMode } from './cloze';

/** The regexes the scanner replaces (quadratic on unclosed input, fine on short strings). */
const REGEX: Record<ClozeMode, RegExp> = {
	anki: /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g,
	line: /\{\{c(\d+)::((?:(?!\}\}).)+?)(?:::((?:(?!\}\}).)+?))?\}\}/g
};
const byRegex = (text: string, mode: ClozeMode) =>
	[...text.matchAll(REGEX[mode])].map((m) => ({ start: m.index, end: m.index + m[0].length, n: m[1], answer: m[2], ...(m[3] !== undefined ? { hint: m[3] } : {}) }));

const modes: ClozeMode[] = ['anki', 'line'];
const clozeish = fc.string({ unit: fc.constantFrom('{', '{{c', '}', '}}', 'c', '1', '2', ':', '::', 'a', ' ', '\n', '\r', '\u2028') });

describe('scanCloze', () => {
	it.each(modes)('reads exactly what the regex read (%s), on random cloze-like text', (mode) => {
		fc.assert(
			fc.property(clozeish, (text) => {
				expect(scanCloze(text, mode).matches).toEqual(byRegex(text, mode));
			}),
			{ numRuns: 5000 }
		);
	});

	it.each([
		['{{c1::a}} {{c2::b::hint}}', 'anki'],
		['{{c1::::x}}', 'line'],
		['{{c1::a:::}}', 'line'],
		['{{c1::a::}}', 'line'],
		['{{c1::}}{{c2::b}}', 'line'],
		['{{c1::a\nb}}', 'anki'],
		['{{c1::a\nb}} {{c3::c}}', 'line']
	] as const)('%j (%s) as the regex', (text, mode) => {
		expect(scanCloze(text, mode).matches).toEqual(byRegex(text, mode));
	});

	/** Pathological inputs: each took the regex seconds to minutes at 300 KB. */
	const big = 300 * 1024;
	const pathological: [string, string][] = [
		['unclosed {{c1:: on one line', '{{c1::a'.repeat(big / 7)],
		['unclosed {{c1:: on many lines', '{{c1::a\n'.repeat(big / 8)],
		['unclosed, closed at the very end', '{{c1::a'.repeat(big / 7) + '\n}}'],
		['colons everywhere', '{{c1::' + '::'.repeat(big / 2)],
		['digits without colons', '{{c1111'.repeat(big / 7)],
		['closing braces only', '}}'.repeat(big / 2)],
		['valid clozes back to back', '{{c1::a::h}}'.repeat(big / 12)]
	];
	it.each(pathological)('%s: steps stay linear in both modes', (_what, text) => {
		for (const mode of modes) {
			const { steps } = scanCloze(text, mode);
			expect(steps).toBeLessThanOrEqual(3 * text.length + 10);
		}
	});

	it('steps stay linear on random input too', () => {
		fc.assert(
			fc.property(clozeish, (text) => {
				for (const mode of modes) expect(scanCloze(text, mode).steps).toBeLessThanOrEqual(3 * text.length + 10);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('expandCloze', () => {
	it('one card per number, hints shown, other clozes revealed', () => {
		expect(clozeNumbers('{{c2::b}} {{c1::a::first}} {{c2::c}}')).toEqual([1, 2]);
		expect(expandCloze('{{c2::b}} {{c1::a::first}} {{c2::c}}')).toEqual([
			{ n: 1, front: 'b [first] c', back: 'a' },
			{ n: 2, front: '[...] a [...]', back: 'b, c' }
		]);
	});
});
