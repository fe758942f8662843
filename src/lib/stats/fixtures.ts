/** Row builders shared by the stats tests. */
import type { CardState, FsrsState, Grade, ReviewLog } from '../srs/types';

export const utc = (iso: string) => Date.parse(iso);
/** 12:00 UTC on 10 June 2026; with start hour 4 and offset 0 the study day began at 04:00 UTC. */
export const NOW = utc('2026-06-10T12:00:00Z');
export const day = { now: NOW, startHour: 4, tz: 0 };

/** A review-log row answered at `review` (epoch ms). */
export function log(review: number, rating: Grade = 3, state: FsrsState = 2, duration = 1000): ReviewLog {
	return {
		cardId: 'c',
		deckId: 'd',
		rating,
		state,
		due: review,
		stability: 1,
		difficulty: 5,
		elapsed_days: 1,
		last_elapsed_days: 1,
		scheduled_days: 1,
		learning_steps: 0,
		review,
		duration
	};
}

/** The fields of a card state that the stats read. */
export function st(state: FsrsState, due: number, suspended: 0 | 1 = 0): Pick<CardState, 'state' | 'due' | 'suspended'> {
	return { state, due, suspended };
}
