/**
 * Suggested FSRS rating for an automatically graded card (DESIGN.md "Grading → FSRS rating").
 */
import type { GradeResult } from './types';

export interface AnswerContext {
	/** Hints shown before this answer. */
	hintsUsed: number;
	/** Attempts at this card in this review, this one included (1 = first try). */
	attempts: number;
}

/**
 * 3 (Good) when right at the first try without a hint, 2 (Hard) when right after a hint or a retry,
 * 1 (Again) when wrong. Never 4 (Easy): a typed command gives no sign of ease; the learner may
 * still change the rating before it is saved.
 */
export function suggestRating(result: Pick<GradeResult, 'correct'>, context: AnswerContext): 1 | 2 | 3 | 4 {
	if (!result.correct) return 1;
	const hinted = context.hintsUsed > 0;
	const retried = context.attempts > 1;
	return hinted || retried ? 2 : 3;
}
