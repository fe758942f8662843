/**
 * Study activity over days: the heatmap of answers per day and the streak of days studied. One pass
 * over the log; the day of each row is found by arithmetic on a {@link DayGrid}, no Date per row.
 */
import { DAY_MS, DayGrid } from '../srs/day';
import type { ReviewLog } from '../srs/types';
import type { DayCount, DayOptions, Weighted } from './types';

/**
 * Answers per study day for the `days` (default 365) study days ending today, oldest first; days
 * without answers have count 0. Rows outside that span (older, or in the future) are ignored.
 */
export function heatmap(logs: ArrayLike<Pick<ReviewLog, 'review'> & Weighted>, opts: DayOptions & { days?: number }): DayCount[] {
	const grid = DayGrid.ending(opts.now, opts.days ?? 365, opts.startHour, opts.tz);
	const counts = new Uint32Array(grid.days);
	for (let i = 0, n = logs.length; i < n; i++) {
		const d = grid.indexOf(logs[i].review);
		if (d >= 0) counts[d] += logs[i].count ?? 1;
	}
	const out: DayCount[] = new Array(grid.days);
	for (let d = 0; d < grid.days; d++) out[d] = { day: grid.key(d), count: counts[d] };
	return out;
}

/** The current streak: its length (study days) and the 'YYYY-MM-DD' of its last day. */
export interface Streak {
	days: number;
	/** Last study day of the streak (today or yesterday), or undefined when the streak is 0. */
	through?: string;
}

/**
 * Consecutive study days with at least one answer, up to today: today counts if studied; if not, the
 * streak may still run through yesterday (it is not broken until today ends). Counts in study days.
 */
export function streak(logs: ArrayLike<Pick<ReviewLog, 'review'>>, opts: DayOptions): Streak {
	let span = 400;
	for (;;) {
		const grid = DayGrid.ending(opts.now, span, opts.startHour, opts.tz);
		const studied = new Uint8Array(grid.days);
		let oldest = Infinity;
		for (let i = 0, n = logs.length; i < n; i++) {
			const t = logs[i].review;
			const d = grid.indexOf(t);
			if (d >= 0) studied[d] = 1;
			else if (t < oldest) oldest = t;
		}
		let last = grid.days - 1;
		if (!studied[last]) last--;
		let d = last;
		while (d >= 0 && studied[d]) d--;
		// The streak reaches the start of the grid and older answers exist: look further back.
		if (d < 0 && oldest < grid.start) {
			span = Math.max(span * 2, Math.ceil((grid.end - oldest) / DAY_MS) + 2);
			continue;
		}
		const days = last - d;
		return days > 0 ? { days, through: grid.key(last) } : { days: 0 };
	}
}
