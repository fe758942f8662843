/**
 * FSRS parameter optimisation from the learner's own review log: turning the log into the training
 * items of fsrs-rs (run in the browser by `fsrs-browser`, WebAssembly, loaded only when used).
 */
import { DEFAULT_START_HOUR, studyDayNumber, type TzOffset } from './day';
import type { ReviewLog } from './types';

/** Anki offers optimisation once a collection has a few hundred reviews; fewer give noisy weights. */
export const MIN_REVIEWS_TO_OPTIMIZE = 400;
/** FSRS-6 has 21 weights (what ts-fsrs 5 and fsrs-rs 5 use). */
export const FSRS_WEIGHT_COUNT = 21;

/** Training items, flattened as `Fsrs.computeParameters` takes them. */
export interface TrainingSet {
	/** Rating of each review of each item (1–4). */
	ratings: Uint32Array;
	/** Study days since the previous review of the same card (0 for the first review). */
	deltaDays: Uint32Array;
	/** Number of reviews in each item. */
	lengths: Uint32Array;
	/** Cards with at least two reviews (the only ones that teach the model anything). */
	cards: number;
}

/**
 * One item per review after a card's first: the card's history up to and including that review, as
 * fsrs-rs builds them from Anki's revlog. Days are study days (`startHour`, local zone or `tz`).
 */
export function trainingSet(
	logs: readonly Pick<ReviewLog, 'cardId' | 'rating' | 'review'>[],
	startHour = DEFAULT_START_HOUR,
	tz?: TzOffset
): TrainingSet {
	const byCard = new Map<string, { rating: number; day: number; at: number }[]>();
	for (const log of logs) {
		let list = byCard.get(log.cardId);
		if (!list) byCard.set(log.cardId, (list = []));
		list.push({ rating: log.rating, day: studyDayNumber(log.review, startHour, tz), at: log.review });
	}
	const ratings: number[] = [];
	const deltas: number[] = [];
	const lengths: number[] = [];
	let cards = 0;
	for (const list of byCard.values()) {
		if (list.length < 2) continue;
		cards++;
		list.sort((a, b) => a.at - b.at);
		const delta = list.map((r, i) => (i === 0 ? 0 : Math.max(0, r.day - list[i - 1].day)));
		for (let end = 2; end <= list.length; end++) {
			for (let i = 0; i < end; i++) {
				ratings.push(list[i].rating);
				deltas.push(delta[i]);
			}
			lengths.push(end);
		}
	}
	return { ratings: Uint32Array.from(ratings), deltaDays: Uint32Array.from(deltas), lengths: Uint32Array.from(lengths), cards };
}

/** Weights the optimiser returned, if they are usable by ts-fsrs (21 finite numbers). */
export function usableWeights(weights: ArrayLike<number>): number[] | null {
	const list = Array.from(weights);
	return list.length === FSRS_WEIGHT_COUNT && list.every(Number.isFinite) ? list : null;
}
