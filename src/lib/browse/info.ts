/**
 * Card info, as Anki's Card Info shows it: figures derived from a card's state and its review log.
 */
import { retrievability, type SrsSettings } from '../srs/fsrs';
import { DAY_MS } from '../srs/day';
import { STATE_NEW, type CardState, type Grade, type ReviewLog } from '../srs/types';
import { addedAt } from './search';

export interface LogLine {
	review: number;
	rating: Grade;
	/** Time until the due date this answer set (ms); undefined when unknown. */
	interval: number | undefined;
	/** Time spent on the card, ms. */
	duration: number;
	typed?: string;
}

export interface CardFigures {
	added: number;
	firstReview: number | undefined;
	latestReview: number | undefined;
	due: number | undefined;
	/** Days, from the last review to the due date. */
	intervalDays: number | undefined;
	stability: number | undefined;
	difficulty: number | undefined;
	/** 0–1, now. */
	retrievability: number | undefined;
	reviews: number;
	lapses: number;
	/** Oldest first. */
	log: LogLine[];
}

/**
 * The figures of one card at `now` (epoch ms). The interval an answer set is the time from it to the
 * due time the next answer saw (the log row keeps the due before each answer), or to the state's due.
 */
export function cardFigures(
	card: { addedAt?: number },
	state: CardState | undefined,
	logs: readonly ReviewLog[],
	deckAddedAt: number,
	now: number,
	settings: SrsSettings
): CardFigures {
	const sorted = [...logs].sort((a, b) => a.review - b.review);
	const scheduled = state && state.state !== STATE_NEW && state.last_review !== undefined;
	const log = sorted.map((entry, i): LogLine => {
		const nextDue = i + 1 < sorted.length ? sorted[i + 1].due : state?.last_review === entry.review ? state.due : undefined;
		return {
			review: entry.review,
			rating: entry.rating,
			interval: nextDue === undefined ? undefined : Math.max(0, nextDue - entry.review),
			duration: entry.duration,
			...(entry.typed !== undefined ? { typed: entry.typed } : {})
		};
	});
	// A card's first answer saw its new-card due time: that is when it was added, unless stored.
	const added = card.addedAt ?? (sorted.length ? Math.min(sorted[0].due, sorted[0].review) : addedAt(card, state, deckAddedAt));
	return {
		added,
		firstReview: sorted[0]?.review,
		latestReview: sorted.at(-1)?.review ?? state?.last_review,
		due: state && scheduled ? state.due : undefined,
		intervalDays: scheduled ? Math.max(0, (state.due - state.last_review!) / DAY_MS) : undefined,
		stability: scheduled ? state.stability : undefined,
		difficulty: scheduled ? state.difficulty : undefined,
		retrievability: scheduled ? retrievability(state, now, settings) : undefined,
		reviews: sorted.length,
		lapses: state?.lapses ?? 0,
		log
	};
}
