/**
 * The shared shape of the grader's pair tables: `[expected, answer, why]` pairs that must grade
 * equal, and `[expected, answer, why, part?]` pairs that must not (with the part that differs, when
 * the table names it). Test-only; imported by the `*.test.ts` files of this folder.
 */
import { describe, expect, it } from 'vitest';
import { gradeCommand } from './index';
import type { DifferencePart } from './types';

export type EqualPair = [expected: string, answer: string, why: string];
export type DifferentPair = [expected: string, answer: string, why: string, part?: DifferencePart];

export function describePairs(name: string, equal: EqualPair[], different: DifferentPair[]): void {
	describe(`${name}: equal pairs`, () => {
		it.each(equal)('%s == %s (%s)', (expected, answer) => {
			const result = gradeCommand(expected, answer);
			expect(result.differences).toEqual([]);
			expect(result.correct).toBe(true);
		});
	});
	describe(`${name}: different pairs`, () => {
		it.each(different)('%s != %s (%s)', (expected, answer, _why, part) => {
			const result = gradeCommand(expected, answer);
			expect(result.correct).toBe(false);
			expect(result.differences.length).toBeGreaterThan(0);
			if (part) expect(result.differences.map((d) => d.part)).toContain(part);
			for (const d of result.differences) {
				expect(d.message.ko).not.toBe('');
				expect(d.message.en).not.toBe('');
			}
		});
	});
}
