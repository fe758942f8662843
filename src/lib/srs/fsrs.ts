/**
 * The one place that talks to ts-fsrs. Everything else works on stored `CardState` rows
 * (epoch ms); this file converts at the edge and keeps the scheduler instance per settings.
 */
import { fsrs, checkParameters, createEmptyCard, type Card as FsrsCard, type FSRS, type StepUnit } from 'ts-fsrs';
import { STATE_NEW, type CardState, type FsrsState, type Grade, type ReviewLog } from './types';

export type { StepUnit };

export interface SrsSettings {
	/** Desired retention, 0.70–0.99. */
	desiredRetention: number;
	/** Longest interval, days. */
	maximumInterval: number;
	enableFuzz: boolean;
	/** e.g. ["1m", "10m"]. */
	learningSteps: StepUnit[];
	relearningSteps: StepUnit[];
	/** FSRS weights; undefined = ts-fsrs defaults. */
	weights?: number[];
}

export const defaultSrsSettings: SrsSettings = {
	desiredRetention: 0.9,
	maximumInterval: 36500,
	enableFuzz: true,
	learningSteps: ['1m', '10m'],
	relearningSteps: ['10m']
};

export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/** Whether `w` is a list of FSRS weights ts-fsrs accepts (17, 19 or 21 finite numbers). */
export function validWeights(w: unknown): w is number[] {
	if (!Array.isArray(w) || !w.every((x) => typeof x === 'number' && Number.isFinite(x))) return false;
	try {
		checkParameters(w);
		return true;
	} catch {
		return false;
	}
}

let cached: { key: string; scheduler: FSRS } | undefined;

/** A ts-fsrs scheduler for these settings, reused while the settings stay the same. */
export function schedulerFor(settings: SrsSettings): FSRS {
	const key = JSON.stringify(settings);
	if (cached?.key !== key) {
		cached = {
			key,
			scheduler: fsrs({
				request_retention: settings.desiredRetention,
				maximum_interval: settings.maximumInterval,
				enable_fuzz: settings.enableFuzz,
				enable_short_term: true,
				learning_steps: settings.learningSteps,
				relearning_steps: settings.relearningSteps,
				...(settings.weights ? { w: settings.weights } : {})
			})
		};
	}
	return cached.scheduler;
}

/** The state of a card never reviewed, due at `now` (epoch ms). */
export function newCardState(cardId: string, deckId: string, now: number, tags?: string[]): CardState {
	return {
		...fromFsrsCard(createEmptyCard(new Date(now))),
		cardId,
		deckId,
		suspended: 0,
		buriedUntil: 0,
		...(tags?.length ? { tags } : {})
	};
}

export function toFsrsCard(state: CardState): FsrsCard {
	return {
		due: new Date(state.due),
		stability: state.stability,
		difficulty: state.difficulty,
		elapsed_days: state.elapsed_days,
		scheduled_days: state.scheduled_days,
		learning_steps: state.learning_steps,
		reps: state.reps,
		lapses: state.lapses,
		state: state.state,
		...(state.last_review !== undefined ? { last_review: new Date(state.last_review) } : {})
	};
}

/** The scheduling fields of a {@link CardState} (no ids, flags or tags). */
export type CardStateFields = Omit<CardState, 'cardId' | 'deckId' | 'suspended' | 'buriedUntil' | 'tags'>;

function fromFsrsCard(card: FsrsCard): CardStateFields {
	return {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsed_days,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state as number as FsrsState,
		...(card.last_review ? { last_review: card.last_review.getTime() } : {})
	};
}

export interface AnswerResult {
	state: CardState;
	log: ReviewLog;
}

/**
 * Pure: the new state and the review-log row for answering `state` with `rating` at `now` (epoch ms).
 * `duration` is the time spent on the card in ms.
 */
export function answer(
	state: CardState,
	rating: Grade,
	now: number,
	settings: SrsSettings,
	extra: { duration?: number; typed?: string; firstTry?: 0 | 1 } = {}
): AnswerResult {
	const { card, log } = schedulerFor(settings).next(toFsrsCard(state), new Date(now), rating);
	return {
		state: { ...state, ...fromFsrsCard(card) },
		log: {
			cardId: state.cardId,
			deckId: state.deckId,
			rating,
			state: log.state as number as FsrsState,
			due: log.due.getTime(),
			stability: log.stability,
			difficulty: log.difficulty,
			elapsed_days: log.elapsed_days,
			last_elapsed_days: log.last_elapsed_days,
			scheduled_days: log.scheduled_days,
			learning_steps: log.learning_steps,
			review: now,
			duration: Math.max(0, Math.round(extra.duration ?? 0)),
			...(extra.typed !== undefined ? { typed: extra.typed.slice(0, 10_000) } : {}),
			...(extra.firstTry !== undefined ? { firstTry: extra.firstTry } : {})
		}
	};
}

/** Due time (epoch ms) after each possible rating, for the interval shown on the buttons. */
export function previewDue(state: CardState, now: number, settings: SrsSettings): Record<Grade, number> {
	const preview = schedulerFor(settings).repeat(toFsrsCard(state), new Date(now));
	return {
		1: preview[1].card.due.getTime(),
		2: preview[2].card.due.getTime(),
		3: preview[3].card.due.getTime(),
		4: preview[4].card.due.getTime()
	};
}

/** One answer to replay: rating and time (epoch ms), and the time spent (ms) carried into its log row. */
export interface ReplayInput {
	rating: Grade;
	review: number;
	duration?: number;
	/** Orders answers given in the same millisecond (sync passes the event id). */
	key?: string;
}

/** A replayed answer as a stored log row, minus the ids the caller adds. */
export type ReplayedLog = Omit<ReviewLog, 'id' | 'cardId' | 'deckId' | 'typed' | 'eid'>;

/**
 * Settings for replaying imported answers (.apkg, backup merges): the learner's settings without
 * fuzz, so an imported card gets the plain FSRS interval.
 */
export function importReplaySettings(settings: SrsSettings = defaultSrsSettings): SrsSettings {
	return { ...settings, enableFuzz: false };
}

/**
 * The one replay: rebuild a card's schedule from its answers (the log is the source of truth).
 * `reviews` in any order: sorted by time (then rating, so equal times still give one order) and
 * answered one by one from a new card through {@link answer}, so a replay with the settings the
 * live answers used gives exactly their state (ts-fsrs seeds its fuzz from the card and the time).
 * `now` (epoch ms) is the due time of a card with no answers.
 */
export function replayReviews(
	reviews: readonly ReplayInput[],
	now: number,
	settings: SrsSettings = importReplaySettings()
): { state: CardStateFields; logs: ReplayedLog[] } {
	const byKey = (a: ReplayInput, b: ReplayInput) => ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0);
	const sorted = [...reviews].sort((a, b) => a.review - b.review || byKey(a, b) || a.rating - b.rating);
	let state = newCardState('', '', sorted[0]?.review ?? now);
	const logs: ReplayedLog[] = [];
	for (const r of sorted) {
		const result = answer(state, r.rating, r.review, settings, { duration: r.duration });
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		const { cardId, deckId, ...log } = result.log;
		logs.push(log);
		state = result.state;
	}
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { cardId, deckId, suspended, buriedUntil, tags, ...fields } = state;
	return { state: fields, logs };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A short interval label like "10분", "1일", "3.5개월" (ko) or "10m", "1d", "3.5mo" (en). `ms` is a duration. */
export function formatInterval(ms: number, lang: 'ko' | 'en'): string {
	const units: [number, string, string][] = [
		[365 * DAY, '년', 'y'],
		[30 * DAY, '개월', 'mo'],
		[DAY, '일', 'd'],
		[HOUR, '시간', 'h'],
		[MINUTE, '분', 'm']
	];
	const abs = Math.max(ms, MINUTE);
	for (let i = 0; i < units.length; i++) {
		const [size, ko, en] = units[i];
		if (abs < size) continue;
		const value = abs / size;
		const shown = value < 10 && size >= 30 * DAY ? Math.round(value * 10) / 10 : Math.round(value);
		// A value that rounds up to the next unit reads in that unit: 23 h 59 m is "1일", not "24시간".
		const bigger = units[i - 1];
		if (bigger && size < 30 * DAY && shown * size >= bigger[0]) return `1${lang === 'ko' ? bigger[1] : bigger[2]}`;
		return `${shown}${lang === 'ko' ? ko : en}`;
	}
	return lang === 'ko' ? '1분' : '1m';
}

/** Probability (0–1) of recalling the card at `now` (epoch ms); 0 for a card never reviewed. */
export function retrievability(state: CardState, now: number, settings: SrsSettings): number {
	if (state.state === STATE_NEW) return 0;
	return schedulerFor(settings).get_retrievability(toFsrsCard(state), new Date(now), false);
}
