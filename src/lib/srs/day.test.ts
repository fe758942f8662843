import { describe, expect, it } from 'vitest';
import {
	DAY_MS,
	DayGrid,
	HOUR_MS,
	dayKey,
	dayNumberKey,
	dayStart,
	localOffset,
	nextDayStart,
	studyDayNumber,
	zoneOffset,
	type OffsetFn
} from './day';

const utc = (iso: string) => Date.parse(iso);

/** Europe/Berlin in 2026, by hand: CET (+60) until 29 Mar 01:00Z, CEST (+120) until 25 Oct 01:00Z. */
const berlin: OffsetFn = (ts) =>
	ts >= utc('2026-03-29T01:00:00Z') && ts < utc('2026-10-25T01:00:00Z') ? 120 : 60;

describe('dayStart / dayKey at the 04:00 boundary', () => {
	it('03:59 belongs to the previous study day, 04:00 starts a new one (UTC)', () => {
		expect(dayStart(utc('2026-03-10T03:59:59.999Z'), 4, 0)).toBe(utc('2026-03-09T04:00:00Z'));
		expect(dayKey(utc('2026-03-10T03:59:59.999Z'), 4, 0)).toBe('2026-03-09');
		expect(dayStart(utc('2026-03-10T04:00:00Z'), 4, 0)).toBe(utc('2026-03-10T04:00:00Z'));
		expect(dayKey(utc('2026-03-10T04:00:00Z'), 4, 0)).toBe('2026-03-10');
		expect(nextDayStart(utc('2026-03-10T03:59:00Z'), 4, 0)).toBe(utc('2026-03-10T04:00:00Z'));
		expect(nextDayStart(utc('2026-03-10T04:00:00Z'), 4, 0)).toBe(utc('2026-03-11T04:00:00Z'));
	});

	it('works in local time with a fixed offset (Seoul, +540)', () => {
		// 03:59 KST on 10 March is 18:59Z on 9 March.
		expect(dayKey(utc('2026-03-09T18:59:00Z'), 4, 540)).toBe('2026-03-09');
		expect(dayStart(utc('2026-03-09T18:59:00Z'), 4, 540)).toBe(utc('2026-03-08T19:00:00Z'));
		expect(dayKey(utc('2026-03-09T19:00:00Z'), 4, 540)).toBe('2026-03-10');
		expect(dayStart(utc('2026-03-09T19:00:00Z'), 4, 540)).toBe(utc('2026-03-09T19:00:00Z'));
	});

	it('start hour 0 is midnight; a negative offset crosses the UTC date', () => {
		expect(dayKey(utc('2026-01-01T04:59:00Z'), 0, -300)).toBe('2025-12-31');
		expect(dayStart(utc('2026-01-01T05:00:00Z'), 0, -300)).toBe(utc('2026-01-01T05:00:00Z'));
	});

	it('uses the runtime zone by default', () => {
		const now = utc('2026-06-01T12:00:00Z');
		expect(dayStart(now)).toBe(dayStart(now, 4, localOffset));
		expect(dayKey(now)).toBe(dayKey(now, 4, localOffset));
	});

	it('rejects an invalid start hour', () => {
		expect(() => dayStart(0, 24, 0)).toThrow(/start hour "24"/);
		expect(() => dayKey(0, -1, 0)).toThrow(RangeError);
	});
});

describe('DST change days', () => {
	it('spring forward: the study day before the change lasts 23 hours (injected offsets)', () => {
		const before = utc('2026-03-29T01:30:00Z'); // 03:30 CEST, still the study day of 28 March
		expect(dayKey(before, 4, berlin)).toBe('2026-03-28');
		expect(dayStart(before, 4, berlin)).toBe(utc('2026-03-28T03:00:00Z')); // 04:00 CET
		expect(nextDayStart(before, 4, berlin)).toBe(utc('2026-03-29T02:00:00Z')); // 04:00 CEST
		expect(nextDayStart(before, 4, berlin) - dayStart(before, 4, berlin)).toBe(23 * HOUR_MS);
		const at = utc('2026-03-29T02:00:00Z');
		expect(dayKey(at, 4, berlin)).toBe('2026-03-29');
		expect(dayStart(at, 4, berlin)).toBe(at);
		expect(dayKey(at - 1, 4, berlin)).toBe('2026-03-28');
	});

	it('fall back: the study day of the change lasts 25 hours (injected offsets)', () => {
		const now = utc('2026-10-25T02:30:00Z'); // 03:30 CET after the repeated hour
		expect(dayKey(now, 4, berlin)).toBe('2026-10-24');
		expect(dayStart(now, 4, berlin)).toBe(utc('2026-10-24T02:00:00Z')); // 04:00 CEST
		expect(nextDayStart(now, 4, berlin)).toBe(utc('2026-10-25T03:00:00Z')); // 04:00 CET
		expect(nextDayStart(now, 4, berlin) - dayStart(now, 4, berlin)).toBe(25 * HOUR_MS);
		expect(dayKey(utc('2026-10-25T03:00:00Z'), 4, berlin)).toBe('2026-10-25');
	});

	it('a start hour inside the spring-forward gap moves to the first valid instant (New York, Intl)', () => {
		const ny = zoneOffset('America/New_York'); // 8 March 2026, 02:00 EST → 03:00 EDT at 07:00Z
		expect(dayStart(utc('2026-03-08T06:59:00Z'), 2, ny)).toBe(utc('2026-03-07T07:00:00Z'));
		expect(nextDayStart(utc('2026-03-08T06:59:00Z'), 2, ny)).toBe(utc('2026-03-08T07:00:00Z'));
		expect(dayStart(utc('2026-03-08T07:30:00Z'), 2, ny)).toBe(utc('2026-03-08T07:00:00Z'));
		expect(dayKey(utc('2026-03-08T07:00:00Z'), 2, ny)).toBe('2026-03-08');
		expect(nextDayStart(utc('2026-03-08T07:30:00Z'), 2, ny)).toBe(utc('2026-03-09T06:00:00Z'));
	});

	it('a start hour that occurs twice when clocks fall back is its first occurrence', () => {
		// 25 October 2026, Berlin: 02:00 local is 00:00Z (CEST) and again 01:00Z (CET).
		expect(dayStart(utc('2026-10-25T00:30:00Z'), 2, berlin)).toBe(utc('2026-10-25T00:00:00Z'));
		expect(dayStart(utc('2026-10-25T01:30:00Z'), 2, berlin)).toBe(utc('2026-10-25T00:00:00Z'));
		expect(nextDayStart(utc('2026-10-24T23:59:00Z'), 2, berlin)).toBe(utc('2026-10-25T00:00:00Z'));
		expect(dayKey(utc('2026-10-24T23:59:00Z'), 2, berlin)).toBe('2026-10-24');
	});

	it('zoneOffset agrees with the hand-made Berlin offsets', () => {
		const real = zoneOffset('Europe/Berlin');
		for (const iso of ['2026-01-15T12:00:00Z', '2026-03-29T00:59:59Z', '2026-03-29T01:00:00Z', '2026-10-25T00:59:59Z', '2026-10-25T01:00:00Z']) {
			expect(real(utc(iso)), iso).toBe(berlin(utc(iso)));
		}
	});
});

describe('dayNumberKey', () => {
	it('formats day numbers as calendar dates', () => {
		expect(dayNumberKey(0)).toBe('1970-01-01');
		expect(dayNumberKey(-1)).toBe('1969-12-31');
		expect(dayNumberKey(Date.UTC(2024, 1, 29) / DAY_MS)).toBe('2024-02-29');
		expect(dayNumberKey(Date.UTC(2000, 11, 31) / DAY_MS)).toBe('2000-12-31');
		expect(dayNumberKey(Date.UTC(2100, 2, 1) / DAY_MS)).toBe('2100-03-01');
	});

	it('matches studyDayNumber + Date for a run of days', () => {
		for (let d = 19000; d < 21000; d += 7) {
			expect(dayNumberKey(d)).toBe(new Date(d * DAY_MS).toISOString().slice(0, 10));
		}
	});
});

describe('DayGrid', () => {
	it('finds the same study day as dayKey for every hour of a year across both DST changes', () => {
		const now = utc('2026-12-31T12:00:00Z');
		const grid = DayGrid.ending(now, 366, 4, berlin);
		expect(grid.key(grid.days - 1)).toBe(dayKey(now, 4, berlin));
		for (let t = grid.start; t < grid.end; t += HOUR_MS - 1) {
			const i = grid.indexOf(t);
			expect(grid.key(i)).toBe(dayKey(t, 4, berlin));
		}
		expect(grid.indexOf(grid.start - 1)).toBe(-1);
		expect(grid.indexOf(grid.end)).toBe(-1);
		expect(grid.end).toBe(nextDayStart(now, 4, berlin));
	});

	it('from() starts on the day containing the instant', () => {
		const grid = DayGrid.from(utc('2026-03-10T03:00:00Z'), 3, 4, 0);
		expect(grid.start).toBe(utc('2026-03-09T04:00:00Z'));
		expect([0, 1, 2].map((i) => grid.key(i))).toEqual(['2026-03-09', '2026-03-10', '2026-03-11']);
		expect(grid.firstDay).toBe(studyDayNumber(utc('2026-03-10T03:00:00Z'), 4, 0));
	});
});
