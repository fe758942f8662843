/**
 * Study days. A study day starts at a configurable local hour (default 4, as in Anki), so a late
 * session after midnight still belongs to the evening's day.
 *
 * All times are epoch milliseconds. Local time is computed from a time-zone offset in **minutes east
 * of UTC** (local = utc + offset; UTC+9 is 540, New York in winter is -300) — the opposite sign of
 * `Date.prototype.getTimezoneOffset()`. The offset may be a fixed number or a function of the instant,
 * which is how daylight-saving changes are modelled; by default it comes from the runtime's local zone.
 */

/** One minute in ms. */
export const MINUTE_MS = 60_000;
/** One hour in ms. */
export const HOUR_MS = 3_600_000;
/** One nominal (24 h) day in ms. Calendar days around a DST change are 23 or 25 h long. */
export const DAY_MS = 86_400_000;
/** Anki's default start of the study day: 04:00 local. */
export const DEFAULT_START_HOUR = 4;

/** Minutes east of UTC for the instant `ts` (epoch ms). */
export type OffsetFn = (ts: number) => number;
/** A fixed offset in minutes east of UTC, or a function of the instant (for zones with DST). */
export type TzOffset = number | OffsetFn;

/** The runtime's local zone, in minutes east of UTC at `ts` (epoch ms). */
export const localOffset: OffsetFn = (ts) => -new Date(ts).getTimezoneOffset();

/** Resolve a {@link TzOffset} (default: the runtime's local zone) to a function. */
export function offsetFn(tz?: TzOffset): OffsetFn {
	if (tz === undefined) return localOffset;
	if (typeof tz === 'number') {
		if (!Number.isFinite(tz)) throw new RangeError(`Invalid time-zone offset "${tz}"`);
		return () => tz;
	}
	return tz;
}

/**
 * The offset of an IANA time zone (e.g. "Europe/Berlin"), minutes east of UTC at an instant (epoch
 * ms), read from `Intl`. For settings that name a zone and for DST tests; slower than the runtime
 * zone, so do not call it per row in a hot loop (the {@link DayGrid} calls it a few times per day).
 */
export function zoneOffset(timeZone: string): OffsetFn {
	const fmt = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric'
	});
	return (ts) => {
		const p: Record<string, number> = {};
		for (const part of fmt.formatToParts(ts)) if (part.type !== 'literal') p[part.type] = Number(part.value);
		const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
		return Math.round((wall - Math.floor(ts / 1000) * 1000) / MINUTE_MS);
	};
}

function checkStartHour(startHour: number): void {
	if (!Number.isFinite(startHour) || startHour < 0 || startHour >= 24) {
		throw new RangeError(`Invalid start hour "${startHour}" (expected 0 ≤ hour < 24)`);
	}
}

/**
 * The study-day number of `ts` (epoch ms): whole days since 1970-01-01 in local wall-clock time after
 * shifting back by `startHour` hours. Consecutive study days have consecutive numbers.
 */
export function studyDayNumber(ts: number, startHour = DEFAULT_START_HOUR, tz?: TzOffset): number {
	checkStartHour(startHour);
	const off = offsetFn(tz);
	return Math.floor((ts + off(ts) * MINUTE_MS - startHour * HOUR_MS) / DAY_MS);
}

/**
 * Epoch ms of the instant when study day number `day` starts (local `startHour`:00). As with `Date`:
 * a wall time skipped by a spring-forward gap is read with the offset from before the change (so it
 * lands just after the gap), and a wall time that occurs twice when clocks fall back is the earlier.
 */
export function studyDayStartOf(day: number, startHour: number, off: OffsetFn): number {
	const wall = day * DAY_MS + startHour * HOUR_MS;
	const a = wall - off(wall) * MINUTE_MS;
	const oa = off(a);
	const b = wall - oa * MINUTE_MS;
	const ob = off(b);
	if (b + ob * MINUTE_MS !== wall) return Math.max(b, wall - ob * MINUTE_MS); // in a gap
	// Fall-back overlap: the same wall time read with the offset of a few hours earlier.
	const early = wall - off(b - 6 * HOUR_MS) * MINUTE_MS;
	return early < b && early + off(early) * MINUTE_MS === wall ? early : b;
}

/**
 * Epoch ms of the start of the study day containing `now` (epoch ms). `startHour` is the local hour
 * (0–23, default 4) when a study day begins; `tzOffsetMinutes` is minutes east of UTC (or a function
 * of the instant), default the runtime's zone.
 */
export function dayStart(now: number, startHour = DEFAULT_START_HOUR, tzOffsetMinutes?: TzOffset): number {
	const off = offsetFn(tzOffsetMinutes);
	let day = studyDayNumber(now, startHour, off);
	let start = studyDayStartOf(day, startHour, off);
	// Wall-clock → instant is not strictly monotonic around DST changes; never return a future start.
	while (start > now) start = studyDayStartOf(--day, startHour, off);
	return start;
}

/**
 * Epoch ms of the start of the study day after the one containing `now` (epoch ms). Not `dayStart +
 * DAY_MS`: the day of a DST change lasts 23 or 25 hours.
 */
export function nextDayStart(now: number, startHour = DEFAULT_START_HOUR, tzOffsetMinutes?: TzOffset): number {
	const off = offsetFn(tzOffsetMinutes);
	let day = studyDayNumber(now, startHour, off);
	let end = studyDayStartOf(day + 1, startHour, off);
	while (end <= now) end = studyDayStartOf(++day + 1, startHour, off);
	return end;
}

/** 'YYYY-MM-DD' of a study-day number (see {@link studyDayNumber}); pure arithmetic, no Date. */
export function dayNumberKey(day: number): string {
	// Civil-from-days (H. Hinnant), proleptic Gregorian calendar.
	const z = day + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
	const yyyy = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : String(y);
	return `${yyyy}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * 'YYYY-MM-DD' of the study day containing `ts` (epoch ms): the local calendar date at which that
 * study day began. At 03:59 with start hour 4 this is still yesterday's date.
 */
export function dayKey(ts: number, startHour = DEFAULT_START_HOUR, tzOffsetMinutes?: TzOffset): string {
	return dayNumberKey(studyDayNumber(ts, startHour, tzOffsetMinutes));
}

/**
 * A run of consecutive study days with their exact start instants, for bucketing many timestamps
 * without a Date per row: {@link DayGrid.indexOf} is arithmetic plus at most a step or two of
 * correction for DST. Day `i` covers `[starts[i], starts[i + 1])`, epoch ms.
 */
export class DayGrid {
	/** Epoch ms; `days + 1` entries, the last is the end of the last day. */
	readonly starts: Float64Array;
	/** Study-day number of day 0 (see {@link studyDayNumber}). */
	readonly firstDay: number;
	readonly days: number;

	private constructor(firstDay: number, days: number, startHour: number, off: OffsetFn) {
		if (!Number.isInteger(days) || days < 0) throw new RangeError(`Invalid day count "${days}"`);
		this.firstDay = firstDay;
		this.days = days;
		this.starts = new Float64Array(days + 1);
		for (let i = 0; i <= days; i++) this.starts[i] = studyDayStartOf(firstDay + i, startHour, off);
	}

	/** `days` study days whose first day contains `ts` (epoch ms). */
	static from(ts: number, days: number, startHour = DEFAULT_START_HOUR, tz?: TzOffset): DayGrid {
		checkStartHour(startHour);
		const off = offsetFn(tz);
		return new DayGrid(studyDayNumber(ts, startHour, off), days, startHour, off);
	}

	/** `days` study days whose last day contains `now` (epoch ms). */
	static ending(now: number, days: number, startHour = DEFAULT_START_HOUR, tz?: TzOffset): DayGrid {
		checkStartHour(startHour);
		const off = offsetFn(tz);
		return new DayGrid(studyDayNumber(now, startHour, off) - days + 1, days, startHour, off);
	}

	/** Epoch ms where the grid starts (inclusive). */
	get start(): number {
		return this.starts[0];
	}

	/** Epoch ms where the grid ends (exclusive). */
	get end(): number {
		return this.starts[this.days];
	}

	/** Index of the day containing `ts` (epoch ms), or -1 outside the grid. */
	indexOf(ts: number): number {
		const s = this.starts;
		const n = this.days;
		if (!(ts >= s[0] && ts < s[n])) return -1;
		let i = Math.floor((ts - s[0]) / DAY_MS);
		if (i >= n) i = n - 1;
		while (ts < s[i]) i--;
		while (ts >= s[i + 1]) i++;
		return i;
	}

	/** 'YYYY-MM-DD' of day `i`. */
	key(i: number): string {
		return dayNumberKey(this.firstDay + i);
	}
}
