/** The summary of a day's study in one scope, as shown when a review session ends. */
import type { ReviewLog } from '../srs/types';
import { AGAIN } from '../srs/types';

/** Time on one card counts up to this much (ms), as Anki caps an answer's time: a card left on screen is not study. */
export const ANSWER_TIME_CAP_MS = 60_000;

/** Result of {@link sessionSummary}. */
export interface SessionSummary {
	/** Answers given (count). */
	answers: number;
	/** Different cards answered (count). */
	cards: number;
	/** Answers right at the first try (count): the grader's first verdict, or a rating above Again for a flip card. */
	firstTryRight: number;
	/** `firstTryRight / answers`, 0–1, or null when nothing was answered. */
	firstTryShare: number | null;
	/** Time spent on the cards, ms: each answer's `duration`, capped at {@link ANSWER_TIME_CAP_MS}. */
	studyMs: number;
}

/** Whether an answer was right at the first try: the stored grader verdict, else the rating. */
export function rightFirstTime(log: Pick<ReviewLog, 'rating' | 'firstTry'>): boolean {
	return log.firstTry !== undefined ? log.firstTry === 1 : log.rating > AGAIN;
}

/**
 * Summarise the answers in `[from, to)` (epoch ms) that `include` accepts (a deck's or a tag's).
 * Built from the review log, so it survives a reload and counts every answer of the day.
 */
export function sessionSummary(
	logs: Iterable<Pick<ReviewLog, 'cardId' | 'review' | 'rating' | 'duration' | 'firstTry'>>,
	from: number,
	to: number,
	include: (log: Pick<ReviewLog, 'cardId'>) => boolean = () => true
): SessionSummary {
	let answers = 0;
	let firstTryRight = 0;
	let studyMs = 0;
	const cards = new Set<string>();
	for (const log of logs) {
		if (log.review < from || log.review >= to || !include(log)) continue;
		answers++;
		cards.add(log.cardId);
		if (rightFirstTime(log)) firstTryRight++;
		studyMs += Math.min(Math.max(log.duration, 0), ANSWER_TIME_CAP_MS);
	}
	return { answers, cards: cards.size, firstTryRight, firstTryShare: answers > 0 ? firstTryRight / answers : null, studyMs };
}
