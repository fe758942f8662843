import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../srs/day';
import { NOW, log } from './fixtures';
import { sessionSummary } from './session';

describe('sessionSummary', () => {
	it('counts answers of the session, the pass share and the time', () => {
		const start = NOW - 10 * MINUTE_MS;
		const logs = [
			log(start - 1, 1), // before the session
			log(start, 1, 0, 1000),
			log(start + MINUTE_MS, 3, 2, 2000),
			log(start + 2 * MINUTE_MS, 4, 1, 3000),
			log(NOW, 2, 2, 4000),
			log(NOW + 1, 1) // after now
		];
		expect(sessionSummary(logs, start, NOW)).toEqual({ reviewed: 4, correctShare: 0.75, timeMs: 10 * MINUTE_MS, answeringMs: 10_000 });
	});

	it('is empty before the first answer', () => {
		expect(sessionSummary([], NOW, NOW)).toEqual({ reviewed: 0, correctShare: null, timeMs: 0, answeringMs: 0 });
	});
});
