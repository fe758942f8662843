import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	DeckhandDb,
	DeckhandError,
	deckWithCards,
	getState,
	importDeck,
	mergeDecks,
	readCollection,
	recordAnswer,
	restoreCollection,
	reviewLogs,
	setSetting,
	withFreeIds,
	withRenamedCards,
	type ImportedHistory
} from '../../src/lib/db';
import type { Deck } from '../../src/lib/deck/types';
import { createBackup, parseBackup } from '../../src/lib/import';
import { replayReviews } from '../../src/lib/srs/fsrs';
import { answer, defaultSrsSettings, type SrsSettings } from '../../src/lib/srs/fsrs';
import type { Grade } from '../../src/lib/srs/types';

const settings: SrsSettings = { ...defaultSrsSettings, enableFuzz: false };
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const DAY = 86_400_000;

function deck(id: string, n: number, text = (i: number) => `Q${i}`): Deck {
	return {
		id,
		title: `Deck ${id}`,
		lang: 'en',
		cards: Array.from({ length: n }, (_, i) => ({ id: `${id}:c${i}`, kind: 'concept' as const, tags: ['t'], line: i + 1, front: text(i), back: `A${i}` }))
	};
}

/** Counts of every table. */
async function counts(db: DeckhandDb) {
	const [decks, cards, states, revlog, activity] = await Promise.all([db.decks.count(), db.cards.count(), db.states.count(), db.revlog.count(), db.activity.count()]);
	return { decks, cards, states, revlog, activity };
}

/** Answer `cardId` with `rating` at `at` (epoch ms) through the normal answer path. */
async function review(db: DeckhandDb, cardId: string, rating: Grade, at: number) {
	const before = (await getState(db, cardId))!;
	return recordAnswer(db, before, answer(before, rating, at, settings));
}

let db: DeckhandDb;
let counter = 0;
beforeEach(async () => {
	db = new DeckhandDb(`transfer-${counter++}`);
	await db.open();
});
afterEach(async () => {
	vi.restoreAllMocks();
	await db.delete();
});

describe('importDeck', () => {
	it('writes cards and new states and reports counts', async () => {
		const report = await importDeck(db, deck('d', 5), { now: T0 });
		expect(report).toMatchObject({ added: 5, updated: 0, unchanged: 0, removed: 0, logsAdded: 0 });
		expect(await counts(db)).toMatchObject({ decks: 1, cards: 5, states: 5, revlog: 0 });
		expect(await getState(db, 'd:c0')).toMatchObject({ state: 0, due: T0, deckId: 'd', tags: ['t'] });
	});

	it('lands whole or not at all: cancelled midway, nothing is written', async () => {
		await importDeck(db, deck('other', 2), { now: T0 });
		const before = await readCollection(db);
		const controller = new AbortController();
		const seen: number[] = [];
		const run = importDeck(db, deck('big', 5000), {
			now: T0,
			chunk: 500,
			signal: controller.signal,
			onProgress: (done) => {
				seen.push(done);
				if (done >= 1500) controller.abort();
			}
		});
		await expect(run).rejects.toMatchObject({ name: 'DeckhandError', code: 'aborted' });
		expect(seen.length).toBeGreaterThan(1);
		expect(await readCollection(db)).toEqual(before);
		expect(await db.cards.where('deckId').equals('big').count()).toBe(0);
	});

	it('an already aborted signal writes nothing', async () => {
		const controller = new AbortController();
		controller.abort();
		await expect(importDeck(db, deck('d', 3), { signal: controller.signal })).rejects.toBeInstanceOf(DeckhandError);
		expect(await counts(db)).toMatchObject({ decks: 0, cards: 0 });
	});

	it('a failing write midway rolls everything back', async () => {
		const d = deck('d', 10);
		const history = new Map<string, ImportedHistory>([['d:c1', replayReviews([{ rating: 3, review: T0 - DAY }], T0)]]);
		vi.spyOn(db.revlog, 'bulkAdd').mockImplementation(() => Promise.reject(new Error('disk broke')) as never);
		await expect(importDeck(db, d, { now: T0, reviews: history })).rejects.toThrow('disk broke');
		expect(await counts(db)).toMatchObject({ decks: 0, cards: 0, states: 0, revlog: 0 });
	});

	it('turns a quota error into DeckhandError("quota") after the rollback', async () => {
		vi.spyOn(db.states, 'bulkPut').mockImplementation(() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) as never);
		const error = await importDeck(db, deck('d', 4), { now: T0 }).catch((e) => e);
		expect(error).toBeInstanceOf(DeckhandError);
		expect(error.code).toBe('quota');
		expect(await counts(db)).toMatchObject({ decks: 0, cards: 0, states: 0 });
	});

	it('also recognises a Dexie-wrapped quota error', async () => {
		vi.spyOn(db.cards, 'bulkPut').mockImplementation(() => Promise.reject(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError'))) as never);
		await expect(importDeck(db, deck('d', 2), { now: T0 })).rejects.toMatchObject({ code: 'quota' });
		expect(await db.decks.count()).toBe(0);
	});

	it('re-import keeps the state and history of unchanged cards, updates changed ones, adds new ones', async () => {
		await importDeck(db, deck('d', 3), { now: T0 });
		await review(db, 'd:c0', 3, T0 + 1000);
		await review(db, 'd:c1', 1, T0 + 2000);
		const s0 = await getState(db, 'd:c0');
		const s1 = await getState(db, 'd:c1');
		const v2 = deck('d', 4, (i) => (i === 1 ? 'Q1 edited' : `Q${i}`));
		const report = await importDeck(db, v2, { now: T0 + DAY });
		expect(report).toMatchObject({ added: 1, updated: 1, unchanged: 2, removed: 0 });
		expect(await getState(db, 'd:c0')).toEqual(s0);
		expect(await getState(db, 'd:c1')).toEqual(s1);
		expect(await reviewLogs(db, 'd:c0')).toHaveLength(1);
		expect(await db.cards.get('d:c1')).toMatchObject({ front: 'Q1 edited' });
		expect(await getState(db, 'd:c3')).toMatchObject({ state: 0, due: T0 + DAY });
	});

	it('deletes only the removed cards listed in removeIds, with their states; logs stay', async () => {
		await importDeck(db, deck('d', 4), { now: T0 });
		await review(db, 'd:c2', 3, T0 + 1000);
		const v2 = deck('d', 2); // c2, c3 are gone from the new version
		const report = await importDeck(db, v2, { now: T0 + 5000, removeIds: ['d:c2', 'd:c0'] });
		expect(report.removed).toBe(1); // c0 is still in the deck: never removed
		expect(await db.cards.get('d:c2')).toBeUndefined();
		expect(await getState(db, 'd:c2')).toBeUndefined();
		expect(await reviewLogs(db, 'd:c2')).toHaveLength(1);
		expect(await db.cards.get('d:c3')).toBeDefined(); // kept: not listed
		expect(await db.cards.get('d:c0')).toBeDefined();
	});

	it('replays apkg-style reviews into states and logs, updates activity, and skips them on a second import', async () => {
		const d = deck('anki', 3);
		const reviews = [
			{ cardId: 'anki:c0', rating: 3 as Grade, review: T0 - 10 * DAY, duration: 8000 },
			{ cardId: 'anki:c0', rating: 3 as Grade, review: T0 - 9 * DAY, duration: 5000 },
			{ cardId: 'anki:c0', rating: 1 as Grade, review: T0 - 2 * DAY, duration: 12000 },
			{ cardId: 'anki:c1', rating: 4 as Grade, review: T0 - DAY, duration: 3000 }
		];
		const history = new Map<string, ImportedHistory>();
		for (const id of ['anki:c0', 'anki:c1']) history.set(id, replayReviews(reviews.filter((r) => r.cardId === id), T0));
		const report = await importDeck(db, d, { now: T0, reviews: history });
		expect(report).toMatchObject({ added: 3, logsAdded: 4, statesFromHistory: 2 });
		const s0 = (await getState(db, 'anki:c0'))!;
		expect(s0).toMatchObject({ ...history.get('anki:c0')!.state, cardId: 'anki:c0', deckId: 'anki', suspended: 0 });
		expect(s0.reps).toBe(3);
		expect(s0.lapses).toBe(1);
		const logs = await reviewLogs(db, 'anki:c0');
		expect(logs.map((l) => [l.rating, l.review, l.duration])).toEqual(reviews.slice(0, 3).map((r) => [r.rating, r.review, r.duration]));
		expect(await getState(db, 'anki:c2')).toMatchObject({ state: 0, reps: 0 });
		const activity = await db.activity.toArray();
		expect(activity.reduce((n, a) => n + a.answers, 0)).toBe(4);
		// Same package again: nothing new.
		const again = await importDeck(db, d, { now: T0 + 1000, reviews: history });
		expect(again).toMatchObject({ added: 0, unchanged: 3, logsAdded: 0, statesFromHistory: 0 });
		expect(await db.revlog.count()).toBe(4);
		expect(await getState(db, 'anki:c0')).toEqual(s0);
	});

	it('merges imported answers with answers already given here by replaying the whole log', async () => {
		await importDeck(db, deck('m', 1), { now: T0 - 20 * DAY });
		await review(db, 'm:c0', 3, T0 - 20 * DAY); // given here
		const history = new Map([['m:c0', replayReviews([{ rating: 3, review: T0 - 5 * DAY }], T0)]]);
		const report = await importDeck(db, deck('m', 1), { now: T0, reviews: history });
		expect(report.logsAdded).toBe(1);
		const expected = replayReviews(
			[
				{ rating: 3, review: T0 - 20 * DAY },
				{ rating: 3, review: T0 - 5 * DAY }
			],
			T0
		);
		expect(await getState(db, 'm:c0')).toMatchObject(expected.state);
		expect(await reviewLogs(db, 'm:c0')).toHaveLength(2);
	});

	it('never writes into a built-in deck: refused, and withFreeIds makes it a deck of its own', async () => {
		await mergeDecks(db, [deck('docker', 3)], T0, { builtin: true });
		await review(db, 'docker:c0', 3, T0);
		const reviewed = await getState(db, 'docker:c0');
		const before = await readCollection(db);
		const mine = deck('docker', 3, (i) => `my Q${i}`);
		await expect(importDeck(db, mine, { now: T0 })).rejects.toMatchObject({ code: 'conflict' });
		expect(await readCollection(db)).toEqual(before);

		const free = await withFreeIds(db, mine);
		expect(free.deck.id).toBe('docker-mine');
		expect(free.deck.cards.map((c) => c.id)).toEqual(['docker-mine:c0', 'docker-mine:c1', 'docker-mine:c2']);
		expect(free.renamed.get('docker:c0')).toBe('docker-mine:c0');
		expect(withRenamedCards(new Map([['docker:c1', 'history'], ['other', 'x']]), free.renamed)).toEqual(new Map([['docker-mine:c1', 'history'], ['other', 'x']]));
		await importDeck(db, free.deck, { now: T0 });
		const builtin = await deckWithCards(db, 'docker');
		expect(builtin.cards.map((c) => (c.kind === 'concept' ? c.front : ''))).toEqual(['Q0', 'Q1', 'Q2']);
		expect(await getState(db, 'docker:c0')).toEqual(reviewed);
		expect(reviewed!.reps).toBe(1);
		// The same file again updates that deck: the ids come out the same.
		expect((await withFreeIds(db, mine)).deck.cards.map((c) => c.id)).toEqual(free.deck.cards.map((c) => c.id));
	});

	it('a card id another deck owns is refused, and withFreeIds gives it this deck\'s prefix', async () => {
		const a: Deck = { id: 'a', title: 'A', lang: 'en', cards: [{ id: 'c1', kind: 'concept', tags: [], front: 'A front', back: 'A back' }] };
		const b: Deck = { id: 'b', title: 'B', lang: 'en', cards: [{ id: 'c1', kind: 'concept', tags: [], front: 'B front', back: 'B back' }, { id: 'c2', kind: 'concept', tags: [], front: 'B2', back: 'x' }] };
		await importDeck(db, a, { now: T0 });
		await review(db, 'c1', 3, T0);
		const before = await readCollection(db);
		await expect(importDeck(db, b, { now: T0 })).rejects.toMatchObject({ code: 'conflict' });
		expect(await readCollection(db)).toEqual(before);

		const free = await withFreeIds(db, b);
		expect(free.deck.id).toBe('b');
		expect(free.deck.cards.map((c) => c.id)).toEqual(['b:c1', 'c2']);
		expect(await importDeck(db, free.deck, { now: T0 })).toMatchObject({ added: 2 });
		expect((await deckWithCards(db, 'a')).cards).toEqual(a.cards);
		expect(await getState(db, 'c1')).toMatchObject({ deckId: 'a', reps: 1 });
		expect(await getState(db, 'b:c1')).toMatchObject({ deckId: 'b', reps: 0 });
		// Re-importing b finds the same ids: an update, not a copy.
		expect(await importDeck(db, (await withFreeIds(db, b)).deck, { now: T0 })).toMatchObject({ added: 0, unchanged: 2 });
	});
});

describe('backup and restore', () => {
	async function populate() {
		await mergeDecks(db, [deck('b', 3)], T0, { builtin: true });
		await importDeck(db, deck('u', 4), { now: T0 });
		await review(db, 'u:c0', 3, T0 + 1000);
		await review(db, 'u:c0', 3, T0 + 3 * DAY);
		await review(db, 'b:c1', 1, T0 + 2000);
		await setSetting(db, 'lang', 'en');
		await setSetting(db, 'study', { dayStartHour: 4 });
	}

	it('backup → wipe → restore gives identical tables, review-log ids included', async () => {
		await populate();
		const before = await readCollection(db);
		const activity = await db.activity.toArray();
		const text = createBackup(before, { now: T0 });
		await db.delete();
		db = new DeckhandDb(db.name);
		await db.open();
		expect(await counts(db)).toMatchObject({ decks: 0, revlog: 0 });
		// As on a new device: the app syncs its built-in decks at start, before any restore (only they stay built-in).
		await db.decks.put({ ...before.decks.find((d) => d.id === 'b')!, builtin: true } as never);
		const parsed = parseBackup(text, 'backup.json');
		expect(parsed.diagnostics).toEqual([]);
		const report = await restoreCollection(db, parsed.backup!.data, 'replace');
		expect(report).toMatchObject({ decks: 2, cards: 7, states: 7, revlog: 3 });
		expect(await readCollection(db)).toEqual(before);
		expect(await db.activity.toArray()).toEqual(activity);
		expect((await db.states.toArray()).every((s) => typeof s.queue === 'number')).toBe(true);
		// New answers continue the id sequence after the restored ones.
		const id = await review(db, 'u:c1', 3, T0 + 4 * DAY);
		expect(id).toBeGreaterThan(Math.max(...before.revlog.map((r) => r.id!)));
	});

	it('replace wipes what was there', async () => {
		await populate();
		const backup = await readCollection(db);
		await importDeck(db, deck('extra', 2), { now: T0 });
		await restoreCollection(db, backup, 'replace');
		expect(await db.decks.get('extra')).toBeUndefined();
		expect(await readCollection(db)).toEqual(backup);
	});

	it('merge keeps what is stored, adds what the backup has, and dedupes logs', async () => {
		await populate();
		const backup = await readCollection(db);
		// Later on this device: a new deck and one more answer.
		await importDeck(db, deck('local', 2), { now: T0 });
		await review(db, 'local:c0', 3, T0 + 5 * DAY);
		const report = await restoreCollection(db, backup, 'merge', { now: T0 + 6 * DAY });
		expect(report.merge).toMatchObject({ decksAdded: 0, cardsAdded: 0, logsAdded: 0 });
		expect(await db.decks.count()).toBe(3);
		expect(await db.revlog.count()).toBe(4);
		// Restoring into an empty database through merge adds everything.
		const other = new DeckhandDb(`transfer-other-${counter++}`);
		await other.open();
		try {
			const r2 = await restoreCollection(other, backup, 'merge');
			expect(r2.merge).toMatchObject({ decksAdded: 2, cardsAdded: 7, logsAdded: 3 });
			const got = await readCollection(other);
			expect(got.cards).toEqual(backup.cards);
			expect(got.states).toEqual(expect.arrayContaining(backup.states));
			expect((await other.activity.toArray()).reduce((n, a) => n + a.answers, 0)).toBe(3);
		} finally {
			await other.delete();
		}
	});

	it('merge rebuilds a state from the union of both logs', async () => {
		await importDeck(db, deck('x', 1), { now: T0 });
		const empty = await readCollection(db);
		await review(db, 'x:c0', 3, T0 + 1000);
		const withOne = await readCollection(db);
		// A second device answered the same card at another time.
		await restoreCollection(db, empty, 'replace');
		await review(db, 'x:c0', 1, T0 + 2 * DAY);
		const report = await restoreCollection(db, withOne, 'merge', { now: T0 + 3 * DAY });
		expect(report.merge).toMatchObject({ logsAdded: 1, statesRebuilt: 1 });
		expect(await db.revlog.count()).toBe(2);
		expect(await getState(db, 'x:c0')).toMatchObject({ reps: 2 });
	});

	it('a cancelled restore leaves the database as it was', async () => {
		await populate();
		const before = await readCollection(db);
		const controller = new AbortController();
		const big = { ...before, cards: [...before.cards, ...deck('many', 5000).cards.map((c) => ({ ...c, deckId: 'many' }))] };
		const run = restoreCollection(db, big, 'replace', {
			signal: controller.signal,
			onProgress: (done) => {
				if (done > 2000) controller.abort();
			}
		});
		await expect(run).rejects.toMatchObject({ code: 'aborted' });
		expect(await readCollection(db)).toEqual(before);
	});
});

describe('deckWithCards', () => {
	it('returns the stored deck with its cards in file order, ready to export', async () => {
		const d = deck('e', 12);
		await importDeck(db, d, { now: T0 });
		expect(await deckWithCards(db, 'e')).toEqual(d);
		await expect(deckWithCards(db, 'nope')).rejects.toMatchObject({ code: 'not-found' });
	});
});
