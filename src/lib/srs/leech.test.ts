import { describe, expect, it } from 'vitest';
import { isLeech, isLeechPoint, leechOutcome } from './leech';

describe('leech thresholds', () => {
	it.each([
		[7, false],
		[8, true],
		[9, false],
		[11, false],
		[12, true],
		[14, false],
		[16, true],
		[20, true]
	])('threshold 8: lapse %i is a leech point: %s', (lapses, expected) => {
		expect(isLeechPoint(lapses, 8)).toBe(expected);
	});

	it('odd thresholds step by half rounded up (5: 5, 8, 11)', () => {
		const points = Array.from({ length: 15 }, (_, i) => i).filter((l) => isLeechPoint(l, 5));
		expect(points).toEqual([5, 8, 11, 14]);
	});

	it('threshold 1 flags every lapse; 0 turns leeches off', () => {
		expect([1, 2, 3].map((l) => isLeechPoint(l, 1))).toEqual([true, true, true]);
		expect(isLeechPoint(8, 0)).toBe(false);
		expect(isLeech(100, 0)).toBe(false);
	});

	it('isLeech is true at and past the threshold (default 8)', () => {
		expect(isLeech(7)).toBe(false);
		expect(isLeech(8)).toBe(true);
		expect(isLeech(9)).toBe(true);
	});

	it('rejects a bad threshold', () => {
		expect(() => isLeech(3, -1)).toThrow(/leech threshold "-1"/);
		expect(() => isLeechPoint(3, 2.5)).toThrow(RangeError);
	});
});

describe('leechOutcome', () => {
	it('tags and suspends on the lapse that reaches a leech point', () => {
		expect(leechOutcome(7, 8)).toEqual({ tag: true, suspend: true });
		expect(leechOutcome(11, 12)).toEqual({ tag: true, suspend: true });
		expect(leechOutcome(8, 9)).toEqual({ tag: false, suspend: false });
	});

	it('does nothing when the answer added no lapse (e.g. Good at 8 lapses)', () => {
		expect(leechOutcome(8, 8)).toEqual({ tag: false, suspend: false });
	});

	it("only tags with action 'tag'", () => {
		expect(leechOutcome(7, 8, 8, 'tag')).toEqual({ tag: true, suspend: false });
	});
});
