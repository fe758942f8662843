/**
 * The learner's scheduling settings as one record, with validation of what the Settings form sends.
 * Invalid values are refused with a message per field; nothing is half-applied.
 */
import type { StepUnit } from 'ts-fsrs';
import { defaultSrsSettings, type SrsSettings } from './fsrs';
import { DEFAULT_LIMITS, type ReviewLimits } from './limits';
import { DEFAULT_START_HOUR } from './day';

export interface StudySettings {
	srs: SrsSettings;
	limits: ReviewLimits;
	/** Local hour at which a study day starts (0–23). */
	dayStartHour: number;
	/** Answering a card buries its siblings (cards from the same fact) until the next study day. */
	burySiblings: boolean;
}

export const defaultStudySettings: StudySettings = {
	srs: defaultSrsSettings,
	limits: { ...DEFAULT_LIMITS },
	dayStartHour: DEFAULT_START_HOUR,
	burySiblings: true
};

/** Fields of the Settings form, as typed (strings) or toggled. */
export interface SettingsInput {
	desiredRetention: string;
	newPerDay: string;
	reviewsPerDay: string;
	learningSteps: string;
	relearningSteps: string;
	maximumInterval: string;
	enableFuzz: boolean;
	dayStartHour: string;
	burySiblings: boolean;
}

export type SettingsErrors = Partial<Record<keyof SettingsInput, { ko: string; en: string }>>;

export function toInput(s: StudySettings): SettingsInput {
	return {
		desiredRetention: String(s.srs.desiredRetention),
		newPerDay: String(s.limits.newPerDay),
		reviewsPerDay: String(s.limits.reviewsPerDay),
		learningSteps: s.srs.learningSteps.join(' '),
		relearningSteps: s.srs.relearningSteps.join(' '),
		maximumInterval: String(s.srs.maximumInterval),
		enableFuzz: s.srs.enableFuzz,
		dayStartHour: String(s.dayStartHour),
		burySiblings: s.burySiblings
	};
}

function number(text: string, min: number, max: number, integer: boolean): number | null {
	const value = Number(text.trim());
	if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max) return null;
	if (integer && !Number.isInteger(value)) return null;
	return value;
}

/** "1m 10m" → ["1m", "10m"]; null when a step is not a number with unit s, m, h or d. */
function steps(text: string): StepUnit[] | null {
	const parts = text.trim().split(/[\s,]+/).filter(Boolean);
	if (parts.length > 10) return null;
	return parts.every((p) => /^\d+(\.\d+)?[smhd]$/.test(p) && parseFloat(p) > 0) ? (parts as StepUnit[]) : null;
}

/** Check the form; returns the new settings or an error message per bad field. */
export function parseSettingsInput(
	input: SettingsInput,
	current: StudySettings
): { settings: StudySettings; errors: null } | { settings: null; errors: SettingsErrors } {
	const errors: SettingsErrors = {};
	const retention = number(input.desiredRetention, 0.7, 0.99, false);
	if (retention === null) errors.desiredRetention = { ko: '0.70에서 0.99 사이의 수를 입력하세요.', en: 'Enter a number from 0.70 to 0.99.' };
	const newPerDay = number(input.newPerDay, 0, 9999, true);
	if (newPerDay === null) errors.newPerDay = { ko: '0에서 9999 사이의 정수를 입력하세요.', en: 'Enter a whole number from 0 to 9999.' };
	const reviewsPerDay = number(input.reviewsPerDay, 0, 99999, true);
	if (reviewsPerDay === null) errors.reviewsPerDay = { ko: '0에서 99999 사이의 정수를 입력하세요.', en: 'Enter a whole number from 0 to 99999.' };
	const learning = steps(input.learningSteps);
	if (learning === null) errors.learningSteps = { ko: '예: 1m 10m (단위 s, m, h, d)', en: 'For example 1m 10m (units s, m, h, d).' };
	const relearning = steps(input.relearningSteps);
	if (relearning === null) errors.relearningSteps = { ko: '예: 10m (단위 s, m, h, d)', en: 'For example 10m (units s, m, h, d).' };
	const maximumInterval = number(input.maximumInterval, 1, 36500, true);
	if (maximumInterval === null) errors.maximumInterval = { ko: '1에서 36500 사이의 일 수를 입력하세요.', en: 'Enter days from 1 to 36500.' };
	const dayStartHour = number(input.dayStartHour, 0, 23, true);
	if (dayStartHour === null) errors.dayStartHour = { ko: '0에서 23 사이의 시를 입력하세요.', en: 'Enter an hour from 0 to 23.' };
	if (Object.keys(errors).length) return { settings: null, errors };
	return {
		errors: null,
		settings: {
			srs: {
				...current.srs,
				desiredRetention: retention!,
				learningSteps: learning!,
				relearningSteps: relearning!,
				maximumInterval: maximumInterval!,
				enableFuzz: input.enableFuzz
			},
			limits: { ...current.limits, newPerDay: newPerDay!, reviewsPerDay: reviewsPerDay! },
			dayStartHour: dayStartHour!,
			burySiblings: input.burySiblings
		}
	};
}
