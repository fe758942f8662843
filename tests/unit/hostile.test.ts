/** Hostile and broken stored data (issue 15): backups, restores and what the app reads at start. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeckhandDb, getSetting, readCollection, restoreCollection, setSetting } from '../../src/lib/db';
import { createBackup, parseBackup, type BackupData } from '../../src/lib/import/backup';
import { defaultStudySettings } from '../../src/lib/srs/settings';

const empty = (): BackupData => ({ decks: [], cards: [], states: [], revlog: [], settings: {} });
const bricked = { lang: 'xx', theme: 42, study: { srs: { ...defaultStudySettings.srs, learningSteps: '1m 10m' }, limits: { newPerDay: 20, reviewsPerDay: 200 }, dayStartHour: 'noon' } };

let db: DeckhandDb;
let counter = 0;
beforeEach(async () => {
	db = new DeckhandDb(`hostile-${counter++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

describe('a backup with invalid settings', () => {
	it('is accepted with one warning per bad value', () => {
		const { backup, diagnostics } = parseBackup(createBackup({ ...empty(), settings: bricked }), 'b.json');
		expect(backup).toBeDefined();
		const warnings = diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
		expect(warnings).toHaveLength(4);
		expect(warnings.join('\n')).toMatch(/data\.settings\.study\.dayStartHour: "noon" is not a valid setting; your own setting is kept/);
	});

	it.each(['replace', 'merge'] as const)('restores (%s) keeping the learner\'s own value for each bad one', async (mode) => {
		const own = { ...defaultStudySettings, dayStartHour: 5, srs: { ...defaultStudySettings.srs, learningSteps: ['2m'] } };
		await setSetting(db, 'lang', 'en');
		await setSetting(db, 'study', own);
		const report = await restoreCollection(db, { ...empty(), settings: { ...bricked, study: { ...bricked.study, srs: { ...bricked.study.srs, desiredRetention: 0.8 } } } }, mode);
		expect(report.ignoredSettings.map((x) => x.path).sort()).toEqual(['lang', 'study.dayStartHour', 'study.srs.learningSteps', 'theme']);
		expect(await getSetting(db, 'lang')).toBe('en');
		expect(await getSetting(db, 'theme')).toBeUndefined();
		const study = (await readCollection(db)).settings.study as typeof own;
		expect(study.dayStartHour).toBe(5);
		expect(study.srs.learningSteps).toEqual(['2m']);
		expect(study.srs.desiredRetention).toBe(0.8);
	});
});
