/**
 * The learner's scheduling settings as one record, with validation of what the Settings form sends.
 * Invalid values are refused with a message per field; nothing is half-applied.
 */
import { strings } from '../i18n/strings';
import { defaultSrsSettings, validWeights, type SrsSettings, type StepUnit } from './fsrs';
import { DEFAULT_LIMITS, type DeckLimitOverride, type ReviewLimits } from './limits';
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

type Message = { ko: string; en: string };
/** One rule per form field: the text as typed → the value, or null; and the message when null. */
const RULES = {
	desiredRetention: { read: (t: string) => number(t, 0.7, 0.99, false), message: { ko: '0.70에서 0.99 사이의 수를 입력하세요.', en: 'Enter a number from 0.70 to 0.99.' } },
	newPerDay: { read: (t: string) => number(t, 0, 9999, true), message: { ko: '0에서 9999 사이의 정수를 입력하세요.', en: 'Enter a whole number from 0 to 9999.' } },
	reviewsPerDay: { read: (t: string) => number(t, 0, 99999, true), message: { ko: '0에서 99999 사이의 정수를 입력하세요.', en: 'Enter a whole number from 0 to 99999.' } },
	learningSteps: { read: steps, message: { ko: '예: 1m 10m (단위 s, m, h, d)', en: 'For example 1m 10m (units s, m, h, d).' } },
	relearningSteps: { read: steps, message: { ko: '예: 10m (단위 s, m, h, d)', en: 'For example 10m (units s, m, h, d).' } },
	maximumInterval: { read: (t: string) => number(t, 1, 36500, true), message: { ko: '1에서 36500 사이의 일 수를 입력하세요.', en: 'Enter days from 1 to 36500.' } },
	dayStartHour: { read: (t: string) => number(t, 0, 23, true), message: { ko: '0에서 23 사이의 시를 입력하세요.', en: 'Enter an hour from 0 to 23.' } }
} satisfies Partial<Record<keyof SettingsInput, { read: (text: string) => unknown; message: Message }>>;

/** Check the form; returns the new settings or an error message per bad field. */
export function parseSettingsInput(
	input: SettingsInput,
	current: StudySettings
): { settings: StudySettings; errors: null } | { settings: null; errors: SettingsErrors } {
	const errors: SettingsErrors = {};
	const field = <K extends keyof typeof RULES>(key: K) => {
		const value = RULES[key].read(input[key]) as ReturnType<(typeof RULES)[K]['read']>;
		if (value === null) errors[key] = RULES[key].message;
		return value;
	};
	const retention = field('desiredRetention');
	const newPerDay = field('newPerDay');
	const reviewsPerDay = field('reviewsPerDay');
	const learning = field('learningSteps');
	const relearning = field('relearningSteps');
	const maximumInterval = field('maximumInterval');
	const dayStartHour = field('dayStartHour');
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

/** The colour themes the app offers (`system` follows the device). */
export const THEMES = ['system', 'light', 'dark'] as const;

/** A stored setting that was not used (wrong type or out of range), with a short view of its value. */
export interface IgnoredSetting {
	/** e.g. `study.dayStartHour`, `lang`. */
	path: string;
	value: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => {
	let text: string;
	try {
		text = JSON.stringify(v) ?? String(v);
	} catch {
		text = String(v);
	}
	return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};

/** A stored number checked with the form's rule for `key`. */
const storedNumber = (key: 'desiredRetention' | 'newPerDay' | 'reviewsPerDay' | 'maximumInterval' | 'dayStartHour') => (raw: unknown) =>
	typeof raw === 'number' ? RULES[key].read(String(raw)) : null;
/** A stored step list checked with the form's rule: every item one step. */
const storedSteps = (key: 'learningSteps' | 'relearningSteps') => (raw: unknown) => {
	if (!Array.isArray(raw) || !raw.every((x) => typeof x === 'string')) return null;
	const read = RULES[key].read(raw.join(' '));
	return read && read.length === raw.length ? read : null;
};

/**
 * Stored study settings (from the database or a backup) checked field by field with the rules of
 * the Settings form. A field that is missing takes `fallback`'s value; a field that is wrong takes
 * `fallback`'s value too and is listed in `ignored`. Never throws, whatever `value` is.
 */
export function readStudySettings(value: unknown, fallback: StudySettings = defaultStudySettings): { settings: StudySettings; ignored: IgnoredSetting[] } {
	const ignored: IgnoredSetting[] = [];
	const part = (raw: unknown, path: string): Record<string, unknown> => {
		if (raw === undefined) return {};
		if (isRecord(raw)) return raw;
		ignored.push({ path, value: show(raw) });
		return {};
	};
	const study = part(value, 'study');
	const srs = part(study.srs, 'study.srs');
	const limits = part(study.limits, 'study.limits');
	const pick = <T>(path: string, raw: unknown, read: (raw: unknown) => T | null, fb: T): T => {
		if (raw === undefined) return fb;
		const v = read(raw);
		if (v !== null) return v;
		ignored.push({ path, value: show(raw) });
		return fb;
	};
	const fs = fallback.srs;
	const out: StudySettings = {
		srs: {
			desiredRetention: pick('study.srs.desiredRetention', srs.desiredRetention, storedNumber('desiredRetention'), fs.desiredRetention),
			maximumInterval: pick('study.srs.maximumInterval', srs.maximumInterval, storedNumber('maximumInterval'), fs.maximumInterval),
			enableFuzz: pick('study.srs.enableFuzz', srs.enableFuzz, (v) => (typeof v === 'boolean' ? v : null), fs.enableFuzz),
			learningSteps: pick('study.srs.learningSteps', srs.learningSteps, storedSteps('learningSteps'), fs.learningSteps),
			relearningSteps: pick('study.srs.relearningSteps', srs.relearningSteps, storedSteps('relearningSteps'), fs.relearningSteps)
		},
		limits: {
			newPerDay: pick('study.limits.newPerDay', limits.newPerDay, storedNumber('newPerDay'), fallback.limits.newPerDay),
			reviewsPerDay: pick('study.limits.reviewsPerDay', limits.reviewsPerDay, storedNumber('reviewsPerDay'), fallback.limits.reviewsPerDay)
		},
		dayStartHour: pick('study.dayStartHour', study.dayStartHour, storedNumber('dayStartHour'), fallback.dayStartHour),
		burySiblings: pick('study.burySiblings', study.burySiblings, (v) => (typeof v === 'boolean' ? v : null), fallback.burySiblings)
	};
	const weights = pick('study.srs.weights', srs.weights, (v) => (v === null || validWeights(v) ? v : null), fs.weights ?? null);
	if (weights) out.srs.weights = weights;
	const perDeck = pick('study.limits.perDeck', limits.perDeck, (v) => (isRecord(v) ? v : null), fallback.limits.perDeck ?? null);
	if (perDeck) {
		const kept: Record<string, DeckLimitOverride> = {};
		for (const [deckId, raw] of Object.entries(perDeck)) {
			const path = `study.limits.perDeck.${deckId}`;
			const o = isRecord(raw) ? raw : null;
			const n = o && (o.newPerDay === undefined ? undefined : storedNumber('newPerDay')(o.newPerDay));
			const r = o && (o.reviewsPerDay === undefined ? undefined : storedNumber('reviewsPerDay')(o.reviewsPerDay));
			if (!o || n === null || r === null || deckId === '__proto__') {
				ignored.push({ path, value: show(raw) });
				continue;
			}
			const limit: DeckLimitOverride = {};
			if (n !== undefined) limit.newPerDay = n;
			if (r !== undefined) limit.reviewsPerDay = r;
			kept[deckId] = limit;
		}
		out.limits.perDeck = kept;
	}
	return { settings: out, ignored };
}

/** Every key the app stores in its settings table, and how to check a stored value. */
const SETTING_KEYS: Record<string, (v: unknown) => boolean> = {
	lang: (v) => typeof v === 'string' && Object.hasOwn(strings, v),
	theme: (v) => typeof v === 'string' && (THEMES as readonly string[]).includes(v),
	builtinVersion: (v) => typeof v === 'string' && v.length <= 100
};

/**
 * A whole settings record (the settings table, or a backup's `settings`) checked with the same rules
 * as the Settings page. A value that is wrong is replaced by `fallback`'s (the learner's own
 * settings when restoring a backup; nothing at app start, so the default applies) and listed in
 * `ignored`. Valid values stay exactly as given; keys the app does not read are kept as they are.
 * Never throws.
 */
export function checkStoredSettings(record: Record<string, unknown>, fallback: Record<string, unknown> = {}): { settings: Record<string, unknown>; ignored: IgnoredSetting[] } {
	const settings: Record<string, unknown> = {};
	const ignored: IgnoredSetting[] = [];
	for (const [key, value] of Object.entries(record)) {
		if (key === 'study') {
			const read = readStudySettings(value, readStudySettings(fallback.study).settings);
			settings.study = read.ignored.length ? read.settings : value;
			ignored.push(...read.ignored);
			continue;
		}
		const valid = Object.hasOwn(SETTING_KEYS, key) ? SETTING_KEYS[key] : null;
		if (!valid || valid(value)) settings[key] = value;
		else {
			ignored.push({ path: key, value: show(value) });
			if (valid(fallback[key])) settings[key] = fallback[key];
		}
	}
	return { settings, ignored };
}
