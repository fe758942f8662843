import { describe, expect, it } from 'vitest';
import { day, st, utc } from './fixtures';
import { forecast } from './forecast';

describe('forecast', () => {
	it('counts due cards per day, overdue on day 0, without suspended or new cards', () => {
		const states = [
			st(2, utc('2026-06-01T10:00:00Z')), // overdue → today
			st(1, utc('2026-06-10T20:00:00Z')), // learning later today
			st(2, utc('2026-06-11T03:00:00Z')), // before tomorrow's 04:00 → today
			st(2, utc('2026-06-11T04:00:00Z')), // tomorrow
			st(3, utc('2026-06-12T10:00:00Z')), // day 2
			st(2, utc('2026-06-10T10:00:00Z'), 1), // suspended
			st(0, utc('2026-06-10T10:00:00Z')), // new
			st(2, utc('2026-06-13T04:00:00Z')) // after the 3 days
		];
		expect(forecast(states, { ...day, days: 3 })).toEqual([
			{ day: '2026-06-10', count: 3 },
			{ day: '2026-06-11', count: 1 },
			{ day: '2026-06-12', count: 1 }
		]);
	});

	it('covers 30 days by default', () => {
		const f = forecast([], day);
		expect(f).toHaveLength(30);
		expect(f[0].day).toBe('2026-06-10');
		expect(f[29].day).toBe('2026-07-09');
	});
});
