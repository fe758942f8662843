/** The current study day and limits, read once per screen. */
import { getSetting, type DeckhandDb } from '$lib/db';

export interface DayLimits {
	newPerDay: number;
	reviewsPerDay: number;
	dayStartHour: number;
}

export const defaultDayLimits: DayLimits = { newPerDay: 20, reviewsPerDay: 200, dayStartHour: 4 };

/** `now` and `dayEnd` (epoch ms): the study day ends at the next `dayStartHour` local time. */
export async function studyDay(db: DeckhandDb, now = Date.now()) {
	const limits = { ...defaultDayLimits, ...(await getSetting<Partial<DayLimits>>(db, 'limits')) };
	const end = new Date(now);
	end.setHours(limits.dayStartHour, 0, 0, 0);
	if (end.getTime() <= now) end.setDate(end.getDate() + 1);
	return { now, dayEnd: end.getTime(), limits };
}
