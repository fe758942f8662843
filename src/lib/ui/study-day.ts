/** The learner's settings and the current study day, read once per screen. */
import { getSetting, setSetting, type DeckhandDb } from '$lib/db';
import { nextDayStart, dayStart } from '$lib/srs/day';
import { readStudySettings, type StudySettings } from '$lib/srs/settings';

const KEY = 'study';

export async function loadStudySettings(db: DeckhandDb): Promise<StudySettings> {
	// Checked field by field: a value that cannot be read falls back to its default (app start tells the learner).
	return readStudySettings(await getSetting<unknown>(db, KEY)).settings;
}

export async function saveStudySettings(db: DeckhandDb, settings: StudySettings): Promise<void> {
	await setSetting(db, KEY, settings);
}

/** Settings plus the bounds of the current study day (epoch ms). */
export async function studyDay(db: DeckhandDb, now = Date.now()) {
	const settings = await loadStudySettings(db);
	return {
		now,
		dayStart: dayStart(now, settings.dayStartHour),
		dayEnd: nextDayStart(now, settings.dayStartHour),
		settings,
		limits: settings.limits
	};
}
