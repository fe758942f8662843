import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../srs/day';
import type { FsrsState, ReviewLog } from '../srs/types';
import { log, st, utc } from './fixtures';
import { cardsByState, forecast, heatmap, sessionSummary, streak, trueRetention } from './index';

describe('1,000,000 log rows (smoke; timing is in bench/)', () => {
	it('gives exact results over 1000 days × 1000 answers and 100,000 states', () => {
		const DAYS = 1000;
		const PER_DAY = 1000;
		const lastStart = utc('2026-06-10T04:00:00Z');
		const now = lastStart + DAY_MS - 1000;
		const firstStart = lastStart - (DAYS - 1) * DAY_MS;
		const logs: ReviewLog[] = new Array(DAYS * PER_DAY);
		let k = 0;
		for (let d = 0; d < DAYS; d++) {
			for (let j = 0; j < PER_DAY; j++) {
				// Odd j: a review-state answer; j ≡ 1 (mod 10): rated Again.
				logs[k++] = log(firstStart + d * DAY_MS + j * 86_000, j % 10 === 1 ? 1 : 3, j % 2 === 1 ? 2 : 1, 5000);
			}
		}
		const opts = { now, startHour: 4, tz: 0 };

		const map = heatmap(logs, opts);
		expect(map).toHaveLength(365);
		expect(map.every((c) => c.count === PER_DAY)).toBe(true);
		expect(map[364].day).toBe('2026-06-10');

		expect(streak(logs, opts)).toEqual({ days: DAYS, through: '2026-06-10' });
		// Days −29…0 are inside the window: 30 × 500 review answers, 30 × 100 of them Again.
		expect(trueRetention(logs, { now })).toEqual({ retention: 0.8, count: 15_000, passed: 12_000 });
		expect(sessionSummary(logs, lastStart, now + 1)).toMatchObject({ answers: PER_DAY, firstTryShare: 0.9, studyMs: PER_DAY * 5000 });

		// Due offsets −1…38 days by i mod 40; state i mod 4; every 100th card (all state 0) suspended.
		const states = Array.from({ length: 100_000 }, (_, i) => st((i % 4) as FsrsState, now + ((i % 40) - 1) * DAY_MS, i % 100 === 0 ? 1 : 0));
		const f = forecast(states, opts);
		expect(f).toHaveLength(30);
		// Offset o is held by i ≡ o + 1 (mod 40): 2500 cards, none when that makes them new (i mod 4 = 0).
		const perOffset = (o: number) => ((o + 1) % 4 === 0 ? 0 : 100_000 / 40);
		expect(f[0].count).toBe(perOffset(-1) + perOffset(0)); // overdue + due today
		for (let d = 1; d < 30; d++) expect(f[d].count).toBe(perOffset(d));
		expect(cardsByState(states)).toEqual({ new: 24_000, learning: 25_000, review: 25_000, relearning: 25_000, suspended: 1_000 });
	});
});
