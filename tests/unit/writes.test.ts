import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	AnswerJournal,
	DeckhandDb,
	activitySums,
	getState,
	importDeck,
	mergeDecks,
	readCollection,
	recordAnswer,
	replayHistory,
	replayJournal,
	restoreCollection,
	talliesOf,
	unburyExpired,
	undoAnswer,
	updateState,
	type KeyValueStore
} from '../../src/lib/db';
import type { Deck } from '../../src/lib/deck/types';
import { answer, defaultSrsSettings, type SrsSettings } from '../../src/lib/srs/fsrs';
import type { Grade } from '../../src/lib/srs/types';

const settings: SrsSettings = { ...defaultSrsSettings, enableFuzz: false };
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function deck(id: string, n: number): Deck {
	return {
		id,
		title: `Deck ${id}`,
		lang: 'en',
		cards: Array.from({ length: n }, (_, i) => ({ id: `${id}:c${i}`, kind: 'concept' as const, tags: [], front: `Q${i}`, back: `A${i}` }))
	};
}

/** The running sums equal a recount from the states and the log. */
async function expectConsistent(db: DeckhandDb) {
	const byKey = <T extends { hour: number; queue?: number }>(a: T, b: T) => (a.queue ?? 0) - (b.queue ?? 0) || a.hour - b.hour;
	const tallies = (await db.tallies.toArray()).sort(byKey);
	expect(tallies).toEqual(talliesOf(await db.states.toArray()).sort(byKey));
	const activity = (await db.activity.toArray()).sort(byKey);
	expect(activity).toEqual([...activitySums(await db.revlog.toArray()).values()].sort(byKey));
}

async function review(db: DeckhandDb, cardId: string, rating: Grade, at: number) {
	const before = (await getState(db, cardId))!;
	return recordAnswer(db, before, answer(before, rating, at, settings));
}

let db: DeckhandDb;
let counter = 0;
beforeEach(async () => {
	db = new DeckhandDb(`writes-${counter++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

describe('every writer keeps tallies and activity equal to a recount', () => {
	it('builtin merge, answer, undo, suspend, bury, unbury, journal replay', async () => {
		await mergeDecks(db, [deck('b', 6)], T0, { builtin: true, removeMissing: true });
		await expectConsistent(db);
		const id = await review(db, 'b:c0', 3, T0 + 1000);
		await review(db, 'b:c1', 1, T0 + 2000);
		await expectConsistent(db);
		const s0 = (await getState(db, 'b:c0'))!;
		await review(db, 'b:c0', 3, T0 + DAY);
		const undone = (await db.revlog.toArray()).find((l) => l.review === T0 + DAY)!;
		await undoAnswer(db, undone.id!, s0);
		await expectConsistent(db);
		expect(await db.revlog.get(id)).toBeDefined();
		await updateState(db, { ...(await getState(db, 'b:c2'))!, suspended: 1 });
		await updateState(db, { ...(await getState(db, 'b:c3'))!, buriedUntil: T0 + HOUR });
		await expectConsistent(db);
		expect(await unburyExpired(db, T0 + 2 * HOUR)).toBe(1);
		await expectConsistent(db);
		const store = new Map<string, string>();
		const kv: KeyValueStore = {
			getItem: (k) => store.get(k) ?? null,
			setItem: (k, v) => void store.set(k, v),
			removeItem: (k) => void store.delete(k),
			get length() {
				return store.size;
			},
			key: (i) => [...store.keys()][i] ?? null
		};
		const journal = new AnswerJournal(kv);
		const shown = (await getState(db, 'b:c4'))!;
		journal.add({ shown, result: answer(shown, 4, T0 + 3 * HOUR, settings) });
		expect(await replayJournal(db, journal)).toBe(1);
		await expectConsistent(db);
		await mergeDecks(db, [deck('b', 3)], T0 + DAY, { builtin: true, removeMissing: true });
		await expectConsistent(db);
	});

	it('import with history, into new cards and into cards that already have answers', async () => {
		await mergeDecks(db, [deck('m', 3)], T0);
		await review(db, 'm:c0', 3, T0 + HOUR);
		const reviews = [
			{ cardId: 'm:c0', rating: 3 as Grade, review: T0 - DAY, duration: 1000 },
			{ cardId: 'm:c1', rating: 1 as Grade, review: T0 - 2 * DAY, duration: 1000 },
			{ cardId: 'm:c1', rating: 3 as Grade, review: T0 - DAY, duration: 1000 },
			{ cardId: 'm:c5', rating: 4 as Grade, review: T0 - DAY, duration: 1000 }
		];
		const history = await replayHistory(reviews, T0, settings);
		await importDeck(db, deck('m', 6), { reviews: history, now: T0 + DAY, settings, chunk: 2 });
		await expectConsistent(db);
		expect(await db.revlog.count()).toBe(5);
		// The same package again adds nothing and the sums stay right.
		await importDeck(db, deck('m', 6), { reviews: history, now: T0 + DAY, settings });
		await expectConsistent(db);
		expect(await db.revlog.count()).toBe(5);
	});

	it('restore, replace and merge', async () => {
		await mergeDecks(db, [deck('r', 4)], T0);
		await review(db, 'r:c0', 3, T0 + HOUR);
		await review(db, 'r:c1', 2, T0 + 2 * HOUR);
		const backup = await readCollection(db);
		await review(db, 'r:c2', 3, T0 + 3 * HOUR);
		await updateState(db, { ...(await getState(db, 'r:c3'))!, suspended: 1 });
		await restoreCollection(db, backup, 'merge', { now: T0 + DAY, settings });
		await expectConsistent(db);
		expect(await db.revlog.count()).toBe(3);
		await restoreCollection(db, backup, 'replace', { now: T0 + DAY, settings });
		await expectConsistent(db);
		expect(await db.revlog.count()).toBe(2);
	});
});
