/** Shared shapes of the statistics functions. */
import type { TzOffset } from '../srs/day';

/** A count for one study day ('YYYY-MM-DD', see `dayKey`). */
export interface DayCount {
	day: string;
	count: number;
}

/** Options that place study days: now (epoch ms), the start hour (local, default 4), the zone. */
export interface DayOptions {
	/** Now, epoch ms. */
	now: number;
	/** Local hour when a study day starts (default 4). */
	startHour?: number;
	/** Minutes east of UTC, or a function of the instant; default the runtime's zone. */
	tz?: TzOffset;
}

/**
 * A row may stand for several answers (`count`, default 1): the database keeps answers summed per
 * hour so the stats page never reads the whole review log.
 */
export interface Weighted {
	count?: number;
}
