import { describe, expect, it } from 'vitest';
import { answer, defaultSrsSettings, newCardState, retrievability } from '../srs/fsrs';
import { DAY_MS } from '../srs/day';
import type { ReviewLog } from '../srs/types';
import { cardFigures } from './info';

const settings = { ...defaultSrsSettings, enableFuzz: false };
const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);

describe('cardFigures', () => {
	it('derives added, reviews, intervals and memory state from five answers', () => {
		let state = newCardState('c', 'd', T0 - DAY_MS);
		const logs: ReviewLog[] = [];
		const times = [T0, T0 + 600_000, T0 + DAY_MS, T0 + 4 * DAY_MS, T0 + 15 * DAY_MS];
		const ratings = [3, 3, 1, 3, 4] as const;
		times.forEach((time, i) => {
			const result = answer(state, ratings[i], time, settings, { duration: 4000 + i, typed: i === 2 ? 'docker ps' : undefined });
			state = result.state;
			logs.push(result.log);
		});
		const now = T0 + 20 * DAY_MS;
		const f = cardFigures({}, state, [...logs].reverse(), T0 - 9 * DAY_MS, now, settings);
		expect(f.added).toBe(T0 - DAY_MS);
		expect(f.firstReview).toBe(T0);
		expect(f.latestReview).toBe(T0 + 15 * DAY_MS);
		expect(f.reviews).toBe(5);
		expect(f.lapses).toBe(state.lapses);
		expect(f.due).toBe(state.due);
		expect(f.intervalDays).toBeCloseTo((state.due - state.last_review!) / DAY_MS);
		expect(f.stability).toBe(state.stability);
		expect(f.difficulty).toBe(state.difficulty);
		expect(f.retrievability).toBe(retrievability(state, now, settings));
		expect(f.retrievability).toBeGreaterThan(0);
		expect(f.retrievability).toBeLessThan(1);
		expect(f.log.map((l) => l.rating)).toEqual([3, 3, 1, 3, 4]);
		expect(f.log[2]).toMatchObject({ typed: 'docker ps', duration: 4002 });
		// Each answer's interval runs to the due time the next answer saw; the last one to the state's due.
		expect(f.log[0].interval).toBe(logs[1].due - times[0]);
		expect(f.log[4].interval).toBe(state.due - times[4]);
	});

	it('a new card: added from its due (or the card), nothing scheduled', () => {
		const state = newCardState('c', 'd', T0);
		expect(cardFigures({}, state, [], T0 - DAY_MS, T0, settings)).toMatchObject({
			added: T0,
			firstReview: undefined,
			due: undefined,
			retrievability: undefined,
			reviews: 0,
			log: []
		});
		expect(cardFigures({ addedAt: 5 }, state, [], 0, T0, settings).added).toBe(5);
	});
});
