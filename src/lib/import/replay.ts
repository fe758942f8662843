/** Rebuild a card's FSRS state from its answers with ts-fsrs `reschedule` (the log is the source of truth). */
import { createEmptyCard, fsrs, generatorParameters, type Card as FsrsCard, type FSRSHistory, type FSRSParameters, type Grade as FsrsGrade } from 'ts-fsrs';
import type { CardState, FsrsState, Grade, ReviewLog } from '$lib/srs/types';

/** The scheduling fields of a {@link CardState} (no ids, flags or tags). */
export type CardStateFields = Pick<CardState, 'due' | 'stability' | 'difficulty' | 'elapsed_days' | 'scheduled_days' | 'learning_steps' | 'reps' | 'lapses' | 'state' | 'last_review'>;

/** A replayed answer as a stored log row, minus the ids the caller adds. */
export type ReplayedLog = Omit<ReviewLog, 'id' | 'cardId' | 'deckId' | 'typed'>;

export interface ReplayInput {
	rating: Grade;
	/** Epoch ms. */
	review: number;
	/** Time spent, ms (carried into the log rows). */
	duration?: number;
}

/**
 * Replay one card's answers (any order; sorted by time here) from a new card and return the
 * resulting state and the full log rows. `now` (epoch ms) is the due time of a card with no answers.
 * Fuzz is off by default so the same log always gives the same state; pass the learner's FSRS
 * parameters in `params`.
 */
export function replayReviews(reviews: readonly ReplayInput[], now: number, params: Partial<FSRSParameters> = {}): { state: CardStateFields; logs: ReplayedLog[] } {
	const sorted = [...reviews].sort((a, b) => a.review - b.review);
	const f = fsrs(generatorParameters({ enable_fuzz: false, ...params }));
	if (sorted.length === 0) {
		const c = createEmptyCard(new Date(now));
		return { state: toFields(c), logs: [] };
	}
	const history: FSRSHistory[] = sorted.map((r) => ({ rating: r.rating as unknown as FsrsGrade, review: new Date(r.review) }));
	const result = f.reschedule(createEmptyCard(new Date(sorted[0].review)), history, { skipManual: true, now: new Date(Math.max(now, sorted[sorted.length - 1].review)) });
	const items = result.collections;
	const last = items[items.length - 1];
	const logs: ReplayedLog[] = items.map((item, k) => ({
		rating: item.log.rating as unknown as Grade,
		state: item.log.state as unknown as FsrsState,
		due: item.log.due.getTime(),
		stability: item.log.stability,
		difficulty: item.log.difficulty,
		elapsed_days: item.log.elapsed_days,
		last_elapsed_days: item.log.last_elapsed_days,
		scheduled_days: item.log.scheduled_days,
		learning_steps: item.log.learning_steps,
		review: item.log.review.getTime(),
		duration: sorted[k].duration ?? 0
	}));
	return { state: toFields(last.card), logs };
}

function toFields(c: FsrsCard): CardStateFields {
	const fields: CardStateFields = {
		due: c.due.getTime(),
		stability: c.stability,
		difficulty: c.difficulty,
		elapsed_days: c.elapsed_days,
		scheduled_days: c.scheduled_days,
		learning_steps: c.learning_steps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state as unknown as FsrsState
	};
	if (c.last_review) fields.last_review = c.last_review.getTime();
	return fields;
}
