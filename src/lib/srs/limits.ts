/**
 * Daily limits: how many new cards and reviews may still be shown today. As in Anki's v3 scheduler,
 * the collection limit and a deck's own limit both apply and the smaller wins.
 */
import { STATE_NEW, STATE_REVIEW, type ReviewLog } from './types';

/** A deck's own limits; a missing field falls back to the collection limit alone. */
export interface DeckLimitOverride {
	/** New cards per study day. */
	newPerDay?: number;
	/** Reviews per study day. */
	reviewsPerDay?: number;
}

/** Daily limit settings (counts of cards per study day). */
export interface ReviewLimits {
	/** New cards introduced per study day, whole collection. Default 20. */
	newPerDay: number;
	/** Review-state answers per study day, whole collection. Default 200. */
	reviewsPerDay: number;
	/** Per-deck limits by deck id. */
	perDeck?: Record<string, DeckLimitOverride>;
}

export const DEFAULT_LIMITS: Readonly<ReviewLimits> = Object.freeze({ newPerDay: 20, reviewsPerDay: 200 });

/** Cards answered today (counts). */
export interface DoneCounts {
	/** New cards introduced today (answers given in state New). */
	newCount: number;
	/** Answers given to cards in state Review today. */
	reviewCount: number;
}

/** Today's answers, in total and by deck id. */
export interface DoneToday extends DoneCounts {
	byDeck?: Record<string, DoneCounts>;
}

/** Cards that may still be shown today (counts, ≥ 0, `Infinity` when unlimited). */
export interface Remaining {
	new: number;
	review: number;
}

/** {@link Remaining} for the asked scope, plus the per-deck caps that still apply inside it. */
export interface RemainingToday extends Remaining {
	/** Remaining for every deck that has its own limit (only the asked deck when a deck is asked). */
	perDeck: Record<string, Remaining>;
}

/** A limit as a count: negative or NaN counts as 0, fractions round down, `Infinity` stays. */
function clampCount(n: number | undefined): number {
	if (n === undefined || Number.isNaN(n) || n <= 0) return 0;
	return n === Infinity ? Infinity : Math.floor(n);
}

/** Fill in defaults for missing or invalid limit settings (counts per study day). */
export function normalizeLimits(limits?: Partial<ReviewLimits>): ReviewLimits {
	const out: ReviewLimits = {
		newPerDay: clampCount(limits?.newPerDay ?? DEFAULT_LIMITS.newPerDay),
		reviewsPerDay: clampCount(limits?.reviewsPerDay ?? DEFAULT_LIMITS.reviewsPerDay)
	};
	if (limits?.perDeck) out.perDeck = limits.perDeck;
	return out;
}

function deckRemaining(override: DeckLimitOverride, done: DoneCounts | undefined, total: Remaining): Remaining {
	return {
		new:
			override.newPerDay === undefined
				? total.new
				: Math.min(total.new, Math.max(0, clampCount(override.newPerDay) - (done?.newCount ?? 0))),
		review:
			override.reviewsPerDay === undefined
				? total.review
				: Math.min(total.review, Math.max(0, clampCount(override.reviewsPerDay) - (done?.reviewCount ?? 0)))
	};
}

/**
 * The limits with `extra` more new cards for today (Anki's custom study "increase today's new card
 * limit"): the collection's and each deck's own new-card limit rise by it, so today's answers use the
 * extra cards up as they do the limit's own.
 */
export function withExtraNew(limits: ReviewLimits, extra: number): ReviewLimits {
	if (extra <= 0) return limits;
	const out: ReviewLimits = { ...limits, newPerDay: limits.newPerDay + extra };
	if (limits.perDeck) {
		out.perDeck = Object.fromEntries(
			Object.entries(limits.perDeck).map(([id, o]) => [id, o.newPerDay === undefined ? o : { ...o, newPerDay: o.newPerDay + extra }])
		);
	}
	return out;
}

/**
 * How many new cards and reviews may still be shown today (counts). Without `deckId`: the collection
 * remainder, with `perDeck` holding the (smaller-wins) remainder of each deck that has its own limit,
 * for the queue builder to apply. With `deckId`: the smaller of the collection remainder and that
 * deck's remainder.
 */
export function remainingToday(limits: ReviewLimits, doneToday: DoneToday, deckId?: string): RemainingToday {
	const total: Remaining = {
		new: Math.max(0, clampCount(limits.newPerDay) - doneToday.newCount),
		review: Math.max(0, clampCount(limits.reviewsPerDay) - doneToday.reviewCount)
	};
	const perDeck: Record<string, Remaining> = {};
	const overrides = limits.perDeck ?? {};
	if (deckId !== undefined) {
		const override = Object.hasOwn(overrides, deckId) ? overrides[deckId] : undefined;
		if (!override) return { ...total, perDeck };
		const deck = deckRemaining(override, doneToday.byDeck?.[deckId], total);
		perDeck[deckId] = deck;
		return { ...deck, perDeck };
	}
	for (const [id, override] of Object.entries(overrides)) {
		perDeck[id] = deckRemaining(override, doneToday.byDeck?.[id], total);
	}
	return { ...total, perDeck };
}

/**
 * Count today's answers from review-log rows: an answer in state New (0) introduces a new card, an
 * answer in state Review (2) uses up a review; learning and relearning steps count against neither.
 * Rows outside `[dayStart, dayEnd)` (epoch ms; `dayEnd` default unbounded) are ignored.
 */
export function countDoneToday(
	logs: Iterable<Pick<ReviewLog, 'deckId' | 'state' | 'review'>>,
	dayStart: number,
	dayEnd = Infinity
): Required<DoneToday> {
	const done: Required<DoneToday> = { newCount: 0, reviewCount: 0, byDeck: {} };
	for (const log of logs) {
		if (log.review < dayStart || log.review >= dayEnd) continue;
		if (log.state !== STATE_NEW && log.state !== STATE_REVIEW) continue;
		const deck = (done.byDeck[log.deckId] ??= { newCount: 0, reviewCount: 0 });
		if (log.state === STATE_NEW) {
			done.newCount++;
			deck.newCount++;
		} else {
			done.reviewCount++;
			deck.reviewCount++;
		}
	}
	return done;
}
