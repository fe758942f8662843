/** The review forecast: how many cards fall due on each of the coming study days. */
import { DayGrid } from '../srs/day';
import { STATE_NEW, type CardState } from '../srs/types';
import type { DayCount, DayOptions, Weighted } from './types';

/**
 * Cards due per study day for the `days` (default 30) study days starting today, today first. Cards
 * already overdue count on today; suspended and new cards are left out (new cards are not due; they
 * are limited by the new-card limit instead). Cards due after the last day are ignored.
 */
export function forecast(
	states: ArrayLike<Pick<CardState, 'due' | 'state' | 'suspended'> & Weighted>,
	opts: DayOptions & { days?: number }
): DayCount[] {
	const grid = DayGrid.from(opts.now, opts.days ?? 30, opts.startHour, opts.tz);
	const counts = new Uint32Array(grid.days);
	const start = grid.start;
	for (let i = 0, n = states.length; i < n; i++) {
		const s = states[i];
		if (s.suspended === 1 || s.state === STATE_NEW) continue;
		const d = s.due < start ? 0 : grid.indexOf(s.due);
		if (d >= 0) counts[d] += s.count ?? 1;
	}
	const out: DayCount[] = new Array(grid.days);
	for (let d = 0; d < grid.days; d++) out[d] = { day: grid.key(d), count: counts[d] };
	return out;
}
