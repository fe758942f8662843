/** The learner's settings and the current study day, read once per screen. */
import { getSetting, setSetting, type DeckhandDb } from '$lib/db';
import { nextDayStart, dayStart } from '$lib/srs/day';
import { normalizeLimits } from '$lib/srs/limits';
import { defaultStudySettings, type StudySettings } from '$lib/srs/settings';

const KEY = 'study';

export async function loadStudySettings(db: DeckhandDb): Promise<StudySettings> {
	const saved = await getSetting<Partial<StudySettings>>(db, KEY);
	return {
		srs: { ...defaultStudySettings.srs, ...saved?.srs },
		limits: normalizeLimits(saved?.limits),
		dayStartHour: saved?.dayStartHour ?? defaultStudySettings.dayStartHour,
		burySiblings: saved?.burySiblings ?? defaultStudySettings.burySiblings
	};
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
