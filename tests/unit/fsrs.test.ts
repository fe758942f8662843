import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, generatorParameters, Rating, type Grade as FsrsGrade } from 'ts-fsrs';
import {
	answer,
	defaultSrsSettings,
	formatInterval,
	newCardState,
	previewDue,
	replayReviews,
	type SrsSettings
} from '../../src/lib/srs/fsrs';
import type { Grade } from '../../src/lib/srs/types';

const settings: SrsSettings = { ...defaultSrsSettings, enableFuzz: false };
const T0 = Date.UTC(2026, 0, 5, 8, 0, 0);
const DAY = 86_400_000;

describe('answer agrees with ts-fsrs', () => {
	const reference = fsrs({
		request_retention: 0.9,
		maximum_interval: 36500,
		enable_fuzz: false,
		enable_short_term: true,
		learning_steps: ['1m', '10m'],
		relearning_steps: ['10m']
	});
	const sequences: Grade[][] = [
		[3, 3, 3, 3],
		[1, 3, 3, 1, 3],
		[4, 4, 2],
		[2, 2, 3, 1, 1, 4]
	];
	for (const ratings of sequences) {
		it(`stores the due and stability ts-fsrs returns for ${ratings.join(',')}`, () => {
			let state = newCardState('c', 'd', T0);
			let card = createEmptyCard(new Date(T0));
			let now = T0;
			for (const rating of ratings) {
				const ours = answer(state, rating, now, settings);
				const theirs = reference.next(card, new Date(now), rating as number as FsrsGrade);
				expect(ours.state.due).toBe(theirs.card.due.getTime());
				expect(ours.state.stability).toBe(theirs.card.stability);
				expect(ours.state.difficulty).toBe(theirs.card.difficulty);
				expect(ours.state.state).toBe(theirs.card.state);
				expect(ours.log.rating).toBe(rating);
				expect(ours.log.review).toBe(now);
				state = ours.state;
				card = theirs.card;
				now = Math.max(now + 60_000, ours.state.due);
			}
		});
	}

	it('previewDue matches answer for each rating', () => {
		const state = newCardState('c', 'd', T0);
		const preview = previewDue(state, T0, settings);
		for (const g of [1, 2, 3, 4] as Grade[]) expect(preview[g]).toBe(answer(state, g, T0, settings).state.due);
		expect(Rating.Good).toBe(3);
	});

	it('replaying the log gives the cached state', () => {
		let state = newCardState('c', 'd', T0);
		const logs = [];
		let now = T0;
		for (const rating of [3, 1, 3, 3, 4] as Grade[]) {
			const result = answer(state, rating, now, settings);
			logs.push(result.log);
			state = result.state;
			now += 3 * DAY;
		}
		const replayed = replayReviews(logs.reverse(), T0, settings);
		expect({ ...state, ...replayed.state }).toEqual(state);
		expect(replayed.logs).toEqual(logs.reverse().map(({ cardId: _c, deckId: _d, ...log }) => log));
	});

	it('replay with fuzz on gives the fuzzed live state (ts-fsrs seeds fuzz from card and time)', () => {
		const fuzzed: SrsSettings = { ...defaultSrsSettings, enableFuzz: true };
		let state = newCardState('c', 'd', T0);
		const logs = [];
		let now = T0;
		for (const rating of [3, 3, 3, 3, 3, 1, 3] as Grade[]) {
			const result = answer(state, rating, now, fuzzed);
			logs.push(result.log);
			state = result.state;
			now = Math.max(now + 60_000, state.due);
		}
		const replayed = replayReviews([...logs].reverse(), T0, fuzzed).state;
		expect({ ...state, ...replayed }).toEqual(state);
		expect(Object.keys(replayed).sort()).toEqual(Object.keys(state).filter((k) => !['cardId', 'deckId', 'suspended', 'buriedUntil', 'tags'].includes(k)).sort());
	});
});

describe('replayReviews', () => {
	it('gives what ts-fsrs reschedule gives for the same answers (the replay imports used before)', () => {
		const answers = [
			{ rating: 3 as Grade, review: T0 },
			{ rating: 1 as Grade, review: T0 + DAY },
			{ rating: 3 as Grade, review: T0 + DAY + 600_000 },
			{ rating: 4 as Grade, review: T0 + 5 * DAY }
		];
		const reference = fsrs(generatorParameters({ enable_fuzz: false })).reschedule(
			createEmptyCard(new Date(T0)),
			answers.map((a) => ({ rating: a.rating as number as FsrsGrade, review: new Date(a.review) })),
			{ skipManual: true }
		);
		const last = reference.collections[reference.collections.length - 1].card;
		const ours = replayReviews([...answers].reverse(), T0);
		expect(ours.state.due).toBe(last.due.getTime());
		expect(ours.state.stability).toBe(last.stability);
		expect(ours.state.difficulty).toBe(last.difficulty);
		expect(ours.state.reps).toBe(last.reps);
		expect(ours.logs.map((l) => [l.stability, l.difficulty, l.state])).toEqual(reference.collections.map((c) => [c.log.stability, c.log.difficulty, c.log.state]));
		// reschedule starts from a card due at the wall-clock time; ours from one due at the first answer.
		expect(ours.logs.slice(1).map((l) => l.due)).toEqual(reference.collections.slice(1).map((c) => c.log.due.getTime()));
		expect(ours.logs[0].due).toBe(T0);
	});
});

describe('formatInterval', () => {
	it('writes short labels in both languages', () => {
		expect(formatInterval(10 * 60_000, 'ko')).toBe('10분');
		// Just under a day or an hour reads as the next unit, not "24시간" or "60분".
		expect(formatInterval(24 * 3_600_000 - 20_000, 'ko')).toBe('1일');
		expect(formatInterval(3_600_000 - 15_000, 'en')).toBe('1h');
		expect(formatInterval(23.4 * 3_600_000, 'ko')).toBe('23시간');
		expect(formatInterval(DAY, 'ko')).toBe('1일');
		expect(formatInterval(4 * DAY, 'en')).toBe('4d');
		expect(formatInterval(45 * DAY, 'en')).toBe('1.5mo');
		expect(formatInterval(2 * 365 * DAY, 'ko')).toBe('2년');
		expect(formatInterval(5_000, 'en')).toBe('1m');
	});
});
