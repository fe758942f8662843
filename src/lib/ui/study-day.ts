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

const CUSTOM_STUDY_KEY = 'customStudy';
/** Extra new cards granted for today, per scope ("Increase today's new card limit" of Anki's custom study). */
interface CustomStudy {
	dayStart: number;
	extraNew: Record<string, number>;
}

/** The scope key of extra new cards: a deck, a tag, both, or `all` (the daily session). */
export function customStudyScope(scope: { deckId?: string; tag?: string }): string {
	return [scope.deckId && `deck:${scope.deckId}`, scope.tag && `tag:${scope.tag}`].filter(Boolean).join('|') || 'all';
}

/** Extra new cards granted in `scope` for the study day starting at `dayStartMs` (0 on another day). */
export async function extraNewToday(db: DeckhandDb, dayStartMs: number, scope: string): Promise<number> {
	const saved = await getSetting<CustomStudy>(db, CUSTOM_STUDY_KEY);
	return saved?.dayStart === dayStartMs ? (saved.extraNew[scope] ?? 0) : 0;
}

/** Allow `count` more new cards in `scope` for the study day starting at `dayStartMs` (kept across reloads). */
export async function grantExtraNew(db: DeckhandDb, dayStartMs: number, scope: string, count: number): Promise<void> {
	const saved = await getSetting<CustomStudy>(db, CUSTOM_STUDY_KEY);
	const extraNew = saved?.dayStart === dayStartMs ? { ...saved.extraNew } : {};
	extraNew[scope] = (extraNew[scope] ?? 0) + count;
	await setSetting(db, CUSTOM_STUDY_KEY, { dayStart: dayStartMs, extraNew } satisfies CustomStudy);
}
