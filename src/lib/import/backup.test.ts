import { describe, expect, it } from 'vitest';
import type { CardState, Grade, ReviewLog } from '$lib/srs/types';
import { createBackup, mergeBackup, parseBackup, type BackupData } from './backup';
import { replayReviews } from '$lib/srs/fsrs';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 1);

function logsFor(cardId: string, answers: [Grade, number][]): ReviewLog[] {
	const { logs } = replayReviews(answers.map(([rating, review]) => ({ rating, review, duration: 4000 })), T0);
	return logs.map((l) => ({ ...l, cardId, deckId: 'd' }));
}
function stateFor(cardId: string, answers: [Grade, number][], extra: Partial<CardState> = {}): CardState {
	const { state } = replayReviews(answers.map(([rating, review]) => ({ rating, review })), T0);
	return { cardId, deckId: 'd', ...state, suspended: 0, buriedUntil: 0, ...extra };
}

function sample(): BackupData {
	const a: [Grade, number][] = [[3, T0], [3, T0 + DAY]];
	return {
		decks: [{ id: 'd', title: 'Deck', lang: 'en' }],
		cards: [
			{ id: 'c1', kind: 'concept', tags: ['k8s'], front: 'Pod', back: 'unit', deckId: 'd' },
			{ id: 'c2', kind: 'command', tags: [], prompt: 'list pods', answer: 'kubectl get pods', blank: 'line', deckId: 'd' }
		],
		states: [stateFor('c1', a), stateFor('c2', [], { suspended: 1 })],
		revlog: logsFor('c1', a).map((l, i) => ({ ...l, id: i + 1 })),
		settings: { lang: 'ko', dailyNew: 20 }
	};
}

describe('createBackup / parseBackup', () => {
	it('round-trips identically, with counts and checksum', () => {
		const data = sample();
		const text = createBackup(data, { now: T0 });
		const { backup, diagnostics } = parseBackup(text, 'backup.json');
		expect(diagnostics).toEqual([]);
		expect(backup?.data).toEqual(data);
		expect(backup?.counts).toEqual({ decks: 1, cards: 2, states: 2, revlog: 2 });
		expect(backup?.createdAt).toBe(T0);
		expect(createBackup(backup!.data, { now: T0 })).toBe(text);
	});

	it('refuses a damaged, edited, truncated or foreign file', () => {
		const text = createBackup(sample(), { now: T0 });
		const edited = text.replace('"unit"', '"UNIT"');
		expect(parseBackup(edited, 'b.json').diagnostics[0].message).toMatch(/checksum mismatch/);
		expect(parseBackup(text.slice(0, text.length - 20), 'b.json').diagnostics[0].message).toMatch(/not valid JSON/);
		expect(parseBackup('{"format":"deckhand/deck@1"}', 'b.json').diagnostics[0].message).toMatch(/not a Deckhand backup/);
		const file = JSON.parse(text);
		file.data.revlog.pop();
		expect(parseBackup(JSON.stringify(file), 'b.json').diagnostics.map((d) => d.message).join('\n')).toMatch(/counts\.revlog is 2 but the file holds 1/);
		for (const broken of [{ ...file, data: { ...file.data, states: 'x' } }]) expect(parseBackup(JSON.stringify(broken), 'b.json').backup).toBeUndefined();
	});

	it('checks rows: a card with a wrong type is reported with its path', () => {
		const data = sample();
		(data.cards[1] as unknown as { answer: number }).answer = 5;
		const { backup, diagnostics } = parseBackup(createBackup(data, { now: T0 }), 'b.json');
		expect(backup).toBeUndefined();
		expect(diagnostics[0].message).toBe('data.cards[1].answer: expected string, got integer');
	});
});

describe('mergeBackup', () => {
	it('is the identity when merging a collection with itself', () => {
		const data = sample();
		const { data: merged, report } = mergeBackup(data, structuredClone(data));
		expect(report).toEqual({ decksAdded: 0, cardsAdded: 0, logsAdded: 0, statesRebuilt: 0 });
		expect(merged.revlog).toEqual(data.revlog);
		expect(merged.states).toEqual(data.states);
	});

	it('unions logs deduplicated by (cardId, review) and rebuilds states whose logs differ', () => {
		const existing = sample();
		const incoming = sample();
		// Both devices reviewed c1 again, on different days; incoming also knows a new card c3.
		const e3: [Grade, number][] = [[3, T0], [3, T0 + DAY], [3, T0 + 5 * DAY]];
		const i3: [Grade, number][] = [[3, T0], [3, T0 + DAY], [1, T0 + 6 * DAY]];
		existing.revlog = logsFor('c1', e3);
		existing.states[0] = stateFor('c1', e3);
		incoming.revlog = [...logsFor('c1', i3).map((l, k) => ({ ...l, id: 100 + k })), ...logsFor('c3', [[4, T0]])];
		incoming.states = [stateFor('c1', i3, { suspended: 1 }), incoming.states[1], stateFor('c3', [[4, T0]])];
		incoming.cards.push({ id: 'c3', kind: 'concept', tags: [], front: 'Service', back: 'stable address', deckId: 'd' });

		const { data: merged, report } = mergeBackup(existing, incoming, { now: T0 + 7 * DAY });
		expect(report).toEqual({ decksAdded: 0, cardsAdded: 1, logsAdded: 2, statesRebuilt: 1 });
		const c1Logs = merged.revlog.filter((l) => l.cardId === 'c1');
		expect(c1Logs.map((l) => [l.rating, l.review])).toEqual([[3, T0], [3, T0 + DAY], [3, T0 + 5 * DAY], [1, T0 + 6 * DAY]]);
		expect(c1Logs.find((l) => l.review === T0 + 6 * DAY)?.id).toBeUndefined(); // the db assigns new ids
		const c1 = merged.states.find((s) => s.cardId === 'c1')!;
		const expected = stateFor('c1', [...e3, [1, T0 + 6 * DAY]]);
		expect({ ...c1, suspended: 0 }).toEqual(expected);
		expect(c1.suspended).toBe(1); // flags from the preferred (incoming) side
		expect(c1.reps).toBe(4);
		expect(merged.states.find((s) => s.cardId === 'c3')).toEqual(incoming.states[2]);
	});

	it('keeps the state of the side whose log already holds every answer', () => {
		const existing = sample();
		const incoming = sample();
		const more: [Grade, number][] = [[3, T0], [3, T0 + DAY], [2, T0 + 4 * DAY]];
		incoming.revlog = logsFor('c1', more);
		incoming.states[0] = stateFor('c1', more);
		const { data, report } = mergeBackup(existing, incoming, { prefer: 'existing' });
		expect(report.statesRebuilt).toBe(0);
		expect(data.states.find((s) => s.cardId === 'c1')).toEqual(incoming.states[0]);
	});

	it('prefer decides content and settings conflicts', () => {
		const existing = sample();
		const incoming = sample();
		incoming.cards[0] = { ...incoming.cards[0], back: 'changed' } as BackupData['cards'][number];
		incoming.settings = { lang: 'en' };
		const a = mergeBackup(existing, incoming).data;
		expect(a.cards.find((c) => c.id === 'c1')).toMatchObject({ back: 'changed' });
		expect(a.settings).toEqual({ lang: 'en', dailyNew: 20 });
		const b = mergeBackup(existing, incoming, { prefer: 'existing' }).data;
		expect(b.cards.find((c) => c.id === 'c1')).toMatchObject({ back: 'unit' });
		expect(b.settings).toEqual({ lang: 'ko', dailyNew: 20 });
	});
});

describe('replayReviews', () => {
	it('is deterministic and order-independent; no answers = a new card due now', () => {
		const answers = [
			{ rating: 3 as Grade, review: T0 + DAY },
			{ rating: 1 as Grade, review: T0 }
		];
		expect(replayReviews(answers, T0).state).toEqual(replayReviews([...answers].reverse(), T0).state);
		const empty = replayReviews([], T0).state;
		expect(empty).toMatchObject({ due: T0, reps: 0, state: 0 });
		expect(empty.last_review).toBeUndefined();
	});
});
