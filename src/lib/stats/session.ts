/** The summary shown at the end of a review session. */
import type { ReviewLog } from '../srs/types';

/** Result of {@link sessionSummary}. */
export interface SessionSummary {
	/** Answers given in the session (count). */
	reviewed: number;
	/** Share of answers rated above Again, 0–1, or null when nothing was answered. */
	correctShare: number | null;
	/** Wall-clock length of the session, ms (`now − startedAt`). */
	timeMs: number;
	/** Time spent on the cards themselves, ms (sum of the rows' `duration`). */
	answeringMs: number;
}

/**
 * Summarise the answers of one session: rows answered in `[startedAt, now]` (epoch ms) count; rows
 * outside are ignored, so the whole of today's log may be passed.
 */
export function sessionSummary(
	logs: ArrayLike<Pick<ReviewLog, 'review' | 'rating' | 'duration'>>,
	startedAt: number,
	now: number
): SessionSummary {
	let reviewed = 0;
	let correct = 0;
	let answeringMs = 0;
	for (let i = 0, n = logs.length; i < n; i++) {
		const l = logs[i];
		if (l.review < startedAt || l.review > now) continue;
		reviewed++;
		if (l.rating > 1) correct++;
		answeringMs += l.duration > 0 ? l.duration : 0;
	}
	return { reviewed, correctShare: reviewed > 0 ? correct / reviewed : null, timeMs: Math.max(0, now - startedAt), answeringMs };
}
