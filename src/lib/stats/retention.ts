/** True retention: how often reviews of mature material are answered correctly. */
import { DAY_MS } from '../srs/day';
import { AGAIN, STATE_REVIEW, type ReviewLog } from '../srs/types';
import type { Weighted } from './types';

/** Result of {@link trueRetention}. */
export interface Retention {
	/** Passed ÷ count, 0–1, or null when there was no review. */
	retention: number | null;
	/** Review-state answers in the window. */
	count: number;
	/** Of those, answered Hard, Good or Easy (rating > 1). */
	passed: number;
}

/**
 * True retention (as Anki's stats): among answers given in state Review (2) during the last `days`
 * (default 30) × 24 h before `now` (epoch ms; window `(now − days·DAY_MS, now]`), the share rated
 * above Again. Learning and relearning steps are left out.
 */
export function trueRetention(
	logs: ArrayLike<Pick<ReviewLog, 'review' | 'state' | 'rating'> & Weighted>,
	opts: { now: number; days?: number }
): Retention {
	const since = opts.now - (opts.days ?? 30) * DAY_MS;
	const now = opts.now;
	let count = 0;
	let passed = 0;
	for (let i = 0, n = logs.length; i < n; i++) {
		const l = logs[i];
		if (l.state !== STATE_REVIEW || l.review <= since || l.review > now) continue;
		const n = l.count ?? 1;
		count += n;
		if (l.rating > AGAIN) passed += n;
	}
	return { retention: count > 0 ? passed / count : null, count, passed };
}
