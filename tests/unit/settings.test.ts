import { describe, expect, it } from 'vitest';
import { checkStoredSettings, defaultStudySettings, parseSettingsInput, readStudySettings, toInput, type StudySettings } from '../../src/lib/srs/settings';

describe('settings form', () => {
	it('round-trips the defaults', () => {
		const result = parseSettingsInput(toInput(defaultStudySettings), defaultStudySettings);
		expect(result.errors).toBeNull();
		expect(result.settings).toEqual(defaultStudySettings);
	});

	it('applies valid changes', () => {
		const input = { ...toInput(defaultStudySettings), desiredRetention: '0.85', learningSteps: '30s 5m 1h', newPerDay: '5' };
		const { settings } = parseSettingsInput(input, defaultStudySettings);
		expect(settings?.srs.desiredRetention).toBe(0.85);
		expect(settings?.srs.learningSteps).toEqual(['30s', '5m', '1h']);
		expect(settings?.limits.newPerDay).toBe(5);
	});

	it.each([
		['desiredRetention', '0.5'],
		['desiredRetention', '1'],
		['desiredRetention', 'abc'],
		['newPerDay', '-1'],
		['newPerDay', '2.5'],
		['reviewsPerDay', ''],
		['learningSteps', '10 minutes'],
		['relearningSteps', '0m'],
		['maximumInterval', '0'],
		['dayStartHour', '24']
	] as const)('refuses %s = %j with a message in both languages', (field, value) => {
		const result = parseSettingsInput({ ...toInput(defaultStudySettings), [field]: value }, defaultStudySettings);
		expect(result.settings).toBeNull();
		expect(result.errors?.[field]?.ko).toBeTruthy();
		expect(result.errors?.[field]?.en).toBeTruthy();
	});
});

describe('stored settings (database or backup) checked with the form rules', () => {
	it('keeps every valid stored value, the defaults included', () => {
		const { settings, ignored } = readStudySettings(JSON.parse(JSON.stringify(defaultStudySettings)));
		expect(ignored).toEqual([]);
		expect(settings).toEqual(defaultStudySettings);
	});

	it('replaces each unreadable field by the fallback and names it', () => {
		const own: StudySettings = { ...defaultStudySettings, dayStartHour: 6, srs: { ...defaultStudySettings.srs, learningSteps: ['5m'] } };
		const bad = { srs: { learningSteps: '1m 10m', relearningSteps: ['10 minutes'], desiredRetention: 0.85, weights: [1, 2] }, limits: { newPerDay: -3, perDeck: { ok: { newPerDay: 5 }, bad: { reviewsPerDay: 'x' } } }, dayStartHour: 'noon' };
		const { settings, ignored } = readStudySettings(bad, own);
		expect(ignored.map((x) => x.path).sort()).toEqual(['study.dayStartHour', 'study.limits.newPerDay', 'study.limits.perDeck.bad', 'study.srs.learningSteps', 'study.srs.relearningSteps', 'study.srs.weights']);
		expect(settings.dayStartHour).toBe(6);
		expect(settings.srs.learningSteps).toEqual(['5m']);
		expect(settings.srs.desiredRetention).toBe(0.85);
		expect(settings.limits.newPerDay).toBe(own.limits.newPerDay);
		expect(settings.limits.perDeck).toEqual({ ok: { newPerDay: 5 } });
		expect(ignored.find((x) => x.path === 'study.dayStartHour')?.value).toBe('"noon"');
	});

	it.each([null, 'x', 7, [], { srs: 5, limits: [] }])('never throws on a study value of %j', (value) => {
		const { settings } = readStudySettings(value);
		expect(settings).toEqual(defaultStudySettings);
	});

	it('checks lang and theme (a bad value keeps the fallback); valid and unknown values stay exactly as given', () => {
		const study = { dayStartHour: 3 };
		const { settings, ignored } = checkStoredSettings({ lang: 'xx', theme: 42, colour: 'red', builtinVersion: 'v1', study }, { lang: 'en', theme: 'dark' });
		expect(settings).toEqual({ lang: 'en', theme: 'dark', colour: 'red', builtinVersion: 'v1', study });
		expect(settings.study).toBe(study);
		expect(ignored.map((x) => x.path)).toEqual(['lang', 'theme']);
		expect(checkStoredSettings({ lang: '__proto__', theme: 'toString' }).settings).toEqual({});
	});
});
