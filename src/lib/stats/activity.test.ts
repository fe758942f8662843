import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../srs/day';
import { heatmap, streak } from './activity';
import { NOW, day, log, utc } from './fixtures';

describe('heatmap', () => {
	it('counts answers per study day, oldest first, ending today', () => {
		const logs = [
			log(utc('2026-06-10T05:00:00Z')),
			log(utc('2026-06-10T13:00:00Z')), // later today: still today
			log(utc('2026-06-10T03:00:00Z')), // before 04:00: yesterday's study day
			log(utc('2026-06-09T04:00:00Z')),
			log(utc('2026-06-06T04:00:00Z')),
			log(utc('2026-06-06T03:59:59Z')), // 5 June: outside the 5 days
			log(utc('2026-06-11T05:00:00Z')) // tomorrow: ignored
		];
		expect(heatmap(logs, { ...day, days: 5 })).toEqual([
			{ day: '2026-06-06', count: 1 },
			{ day: '2026-06-07', count: 0 },
			{ day: '2026-06-08', count: 0 },
			{ day: '2026-06-09', count: 2 },
			{ day: '2026-06-10', count: 2 }
		]);
	});

	it('covers 365 days by default and follows the time zone', () => {
		const map = heatmap([log(utc('2026-06-09T20:00:00Z'))], { now: NOW, tz: 540 }); // 05:00 KST on 10 June
		expect(map).toHaveLength(365);
		expect(map[364]).toEqual({ day: '2026-06-10', count: 1 });
		expect(map[0].day).toBe('2025-06-11');
	});

	it('puts each answer on its study day across a DST change (Berlin, 29 March 2026)', () => {
		const berlin = (ts: number) => (ts >= utc('2026-03-29T01:00:00Z') ? 120 : 60);
		const logs = [
			log(utc('2026-03-28T02:59:00Z')), // 03:59 CET, 28 March → 27 March
			log(utc('2026-03-28T03:00:00Z')), // 04:00 CET → 28 March
			log(utc('2026-03-29T01:59:00Z')), // 03:59 CEST → 28 March (a 23 h day)
			log(utc('2026-03-29T02:00:00Z')) // 04:00 CEST → 29 March
		];
		expect(heatmap(logs, { now: utc('2026-03-29T12:00:00Z'), days: 3, startHour: 4, tz: berlin })).toEqual([
			{ day: '2026-03-27', count: 1 },
			{ day: '2026-03-28', count: 2 },
			{ day: '2026-03-29', count: 1 }
		]);
	});
});

describe('streak', () => {
	const at = (iso: string) => log(utc(iso));

	it('counts consecutive days through today', () => {
		const logs = [at('2026-06-10T05:00:00Z'), at('2026-06-09T23:00:00Z'), at('2026-06-08T04:00:00Z'), at('2026-06-06T12:00:00Z')];
		expect(streak(logs, day)).toEqual({ days: 3, through: '2026-06-10' });
	});

	it('counts from yesterday when today has no answer yet', () => {
		const logs = [at('2026-06-09T12:00:00Z'), at('2026-06-08T12:00:00Z'), at('2026-06-10T03:59:00Z')]; // 03:59 is 9 June
		expect(streak(logs, day)).toEqual({ days: 2, through: '2026-06-09' });
	});

	it('is 0 when neither today nor yesterday was studied', () => {
		expect(streak([at('2026-06-08T12:00:00Z')], day)).toEqual({ days: 0 });
		expect(streak([], day)).toEqual({ days: 0 });
	});

	it('follows streaks longer than its first window', () => {
		const logs = Array.from({ length: 900 }, (_, i) => log(NOW - i * DAY_MS));
		logs.push(log(NOW - 901 * DAY_MS));
		expect(streak(logs, day)).toEqual({ days: 900, through: '2026-06-10' });
	});
});
