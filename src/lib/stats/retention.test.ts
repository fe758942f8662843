import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../srs/day';
import { NOW, log } from './fixtures';
import { trueRetention } from './retention';

describe('trueRetention', () => {
	it('is the pass share of review-state answers in the last 30 days', () => {
		const logs = [
			log(NOW - HOUR_MS, 3),
			log(NOW - DAY_MS, 1),
			log(NOW - 2 * DAY_MS, 2),
			log(NOW - 30 * DAY_MS + 1, 1),
			log(NOW - 30 * DAY_MS, 4), // just outside the window
			log(NOW - HOUR_MS, 3, 1), // learning step: not counted
			log(NOW - HOUR_MS, 1, 3), // relearning step: not counted
			log(NOW - HOUR_MS, 3, 0), // first answer of a new card: not counted
			log(NOW + 1, 4) // future
		];
		expect(trueRetention(logs, { now: NOW })).toEqual({ retention: 0.5, count: 4, passed: 2 });
		expect(trueRetention(logs, { now: NOW, days: 1 })).toEqual({ retention: 1, count: 1, passed: 1 });
	});

	it('is null without reviews', () => {
		expect(trueRetention([], { now: NOW })).toEqual({ retention: null, count: 0, passed: 0 });
	});
});
