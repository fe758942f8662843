import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../srs/day';
import { NOW, log } from './fixtures';
import { ANSWER_TIME_CAP_MS, sessionSummary } from './session';

describe('sessionSummary', () => {
	it('counts answers and cards in the window, first-try right answers and the capped time', () => {
		const start = NOW - 10 * MINUTE_MS;
		const logs = [
			log(start - 1, 1), // before the window
			log(start, 1, 0, 1000),
			log(start + MINUTE_MS, 3, 2, 2000),
			log(start + 2 * MINUTE_MS, 4, 1, 3000),
			log(NOW - 1, 2, 2, 10 * ANSWER_TIME_CAP_MS),
			log(NOW, 1) // at the end: outside
		];
		expect(sessionSummary(logs, start, NOW)).toEqual({
			answers: 4,
			cards: 1,
			firstTryRight: 3,
			firstTryShare: 0.75,
			studyMs: 6000 + ANSWER_TIME_CAP_MS
		});
	});

	it('takes the grader verdict over the rating: a drill given up and rated Good is not right', () => {
		const logs = [{ ...log(NOW - 1, 3), firstTry: 0 as const }, { ...log(NOW - 2, 1), firstTry: 1 as const }];
		expect(sessionSummary(logs, 0, NOW)).toMatchObject({ answers: 2, firstTryRight: 1 });
	});

	it('keeps only the scope it is asked for', () => {
		const logs = [{ ...log(NOW - 1, 3), cardId: 'a' }, { ...log(NOW - 2, 3), cardId: 'b' }];
		expect(sessionSummary(logs, 0, NOW, (l) => l.cardId === 'a')).toMatchObject({ answers: 1, cards: 1 });
	});

	it('is empty before the first answer', () => {
		expect(sessionSummary([], NOW, NOW)).toEqual({ answers: 0, cards: 0, firstTryRight: 0, firstTryShare: null, studyMs: 0 });
	});
});
