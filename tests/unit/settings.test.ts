import { describe, expect, it } from 'vitest';
import { defaultStudySettings, parseSettingsInput, toInput } from '../../src/lib/srs/settings';

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
