import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	activitySums,
	buryCards,
	cardInfo,
	changeTag,
	deckSize,
	deleteCards,
	deleteDeck,
	DeckhandDb,
	firstDueCards,
	getState,
	mergeDecks,
	moveCards,
	readBrowseCollection,
	recordAnswer,
	resetToNew,
	undoBulk,
	setDeckHidden,
	dueCounts,
	dueStates,
	statesFor,
	learningLater,
	setDueInDays,
	setSuspended,
	talliesOf,
	cardsRatedSince,
	saveCard,
	revertCard,
	addCard,
	syncBuiltinDecks,
	OWN_DECK_ID,
	type CollectionPart
} from '../../src/lib/db';
import type { Deck } from '../../src/lib/deck/types';
import { answer, defaultSrsSettings } from '../../src/lib/srs/fsrs';
import { DAY_MS } from '../../src/lib/srs/day';
import { STATE_NEW, STATE_REVIEW } from '../../src/lib/srs/types';

const settings = { ...defaultSrsSettings, enableFuzz: false };
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

function deck(id: string, n: number): Deck {
	return {
		id,
		title: `Deck ${id}`,
		lang: 'ko',
		cards: Array.from({ length: n }, (_, i) => ({ id: `${id}:c${i}`, kind: 'concept' as const, tags: ['t'], front: `Q${i}`, back: `A${i}` }))
	};
}

let db: DeckhandDb;
let counter = 0;
beforeEach(async () => {
	db = new DeckhandDb(`admin-${counter++}`);
	await db.open();
	await mergeDecks(db, [deck('own', 30), deck('other', 5)], T0);
	await mergeDecks(db, [deck('shipped', 5)], T0, { builtin: true });
	// Some history: answer the first 10 own cards twice.
	for (let i = 0; i < 10; i++) {
		for (const [k, rating] of ([[1, 3], [2, 1]] as const)) {
			const before = (await getState(db, `own:c${i}`))!;
			await recordAnswer(db, before, answer(before, rating, T0 + k * DAY_MS + i, settings));
		}
	}
});
afterEach(async () => {
	await db.delete();
});

/** The stored tallies equal a recount of the states. */
async function expectTalliesRecounted() {
	const stored = (await db.tallies.toArray()).map((r) => `${r.queue}:${r.hour}=${r.count}`).sort();
	const recount = talliesOf(await db.states.toArray())
		.filter((r) => r.count !== 0)
		.map((r) => `${r.queue}:${r.hour}=${r.count}`)
		.sort();
	expect(stored).toEqual(recount);
}

/** The stored activity sums equal a recount of the log. */
async function expectActivityRecounted() {
	const stored = (await db.activity.toArray()).sort((a, b) => a.hour - b.hour);
	const recount = [...activitySums(await db.revlog.toArray()).values()].sort((a, b) => a.hour - b.hour);
	expect(stored).toEqual(recount);
}

const own = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `own:c${from + i}`);

describe('bulk actions keep the tallies equal to a recount', () => {
	it('suspend and unsuspend', async () => {
		expect((await setSuspended(db, own(20), true)).count).toBe(20);
		expect((await getState(db, 'own:c3'))!.suspended).toBe(1);
		await expectTalliesRecounted();
		expect((await setSuspended(db, own(20), true)).count).toBe(0);
		expect((await setSuspended(db, own(5), false)).count).toBe(5);
		await expectTalliesRecounted();
	});

	it('bury until a time', async () => {
		expect((await buryCards(db, own(3), T0 + 5 * DAY_MS)).count).toBe(3);
		expect((await getState(db, 'own:c0'))!.buriedUntil).toBe(T0 + 5 * DAY_MS);
		await expectTalliesRecounted();
	});

	it('reset to new keeps the log, tags and suspension', async () => {
		await setSuspended(db, ['own:c1'], true);
		expect((await resetToNew(db, own(2), T0 + 9 * DAY_MS)).count).toBe(2);
		const s = (await getState(db, 'own:c1'))!;
		expect(s).toMatchObject({ state: STATE_NEW, reps: 0, lapses: 0, suspended: 1, due: T0 + 9 * DAY_MS + 1, tags: ['t'] });
		expect(await db.revlog.where('cardId').equals('own:c1').count()).toBe(2);
		await expectTalliesRecounted();
	});

	it('set due in N days, for new and reviewed cards', async () => {
		const dayStart = T0 + 10 * DAY_MS;
		expect((await setDueInDays(db, ['own:c0', 'own:c20'], 3, dayStart, dayStart + 1000)).count).toBe(2);
		const reviewed = (await getState(db, 'own:c0'))!;
		const fresh = (await getState(db, 'own:c20'))!;
		expect(reviewed).toMatchObject({ due: dayStart + 3 * DAY_MS, state: STATE_REVIEW });
		expect(fresh).toMatchObject({ due: dayStart + 3 * DAY_MS, state: STATE_REVIEW, scheduled_days: 3 });
		await expectTalliesRecounted();
		expect(() => setDueInDays(db, ['own:c0'], -1, dayStart, dayStart)).toThrow('Invalid number of days');
	});

	it('add and remove a tag on cards and states', async () => {
		expect((await changeTag(db, own(4), 'fix me', true)).count).toBe(4);
		expect((await db.cards.get('own:c2'))!.tags).toEqual(['t', 'fix me']);
		expect((await getState(db, 'own:c2'))!.tags).toEqual(['t', 'fix me']);
		expect((await changeTag(db, own(4), 'fix me', true)).count).toBe(0);
		expect((await changeTag(db, own(2), 'fix me', false)).count).toBe(2);
		expect((await db.cards.get('own:c1'))!.tags).toEqual(['t']);
		await expect(changeTag(db, own(1), '  ', true)).rejects.toThrow('empty');
		await expectTalliesRecounted();
	});

	it('move to another own deck, never into or out of a built-in one', async () => {
		expect((await moveCards(db, own(3), 'other')).count).toBe(3);
		expect((await db.cards.get('own:c0'))!.deckId).toBe('other');
		expect((await getState(db, 'own:c0'))!.deckId).toBe('other');
		await expect(moveCards(db, own(1, 5), 'shipped')).rejects.toMatchObject({ code: 'conflict' });
		await expect(moveCards(db, ['shipped:c0'], 'own')).rejects.toMatchObject({ code: 'conflict' });
		await expect(moveCards(db, own(1, 5), 'nope')).rejects.toMatchObject({ code: 'not-found' });
		expect((await db.cards.get('own:c5'))!.deckId).toBe('own');
		await expectTalliesRecounted();
	});

	it('delete cards and undo it', async () => {
		const logsBefore = await db.revlog.count();
		const deleted = await deleteCards(db, own(20));
		expect(deleted.count).toBe(20);
		expect(await db.cards.where('deckId').equals('own').count()).toBe(10);
		expect(await db.revlog.count()).toBe(logsBefore);
		await expectTalliesRecounted();
		await undoBulk(db, deleted.undo);
		expect(await db.cards.where('deckId').equals('own').count()).toBe(30);
		expect((await getState(db, 'own:c0'))!.reps).toBe(2);
		await expectTalliesRecounted();
		await expect(undoBulk(db, deleted.undo)).rejects.toMatchObject({ code: 'conflict' });
	});
});

describe('every bulk action can be undone', () => {
	/** Every card row and state of the collection, by id. */
	async function snapshot() {
		const cards = await db.cards.toArray();
		const states = await db.states.toArray();
		return { cards: new Map(cards.map((c) => [c.id, c])), states: new Map(states.map((s) => [s.cardId, s])) };
	}

	const actions: [string, () => ReturnType<typeof setSuspended>][] = [
		['suspend', () => setSuspended(db, own(20), true)],
		['bury', () => buryCards(db, own(20), T0 + 5 * DAY_MS)],
		['reset', () => resetToNew(db, own(20), T0 + 9 * DAY_MS)],
		['set due', () => setDueInDays(db, own(20), 4, T0 + 3 * DAY_MS, T0 + 3 * DAY_MS + 5)],
		['move', () => moveCards(db, own(20), 'other')],
		['add tag', () => changeTag(db, own(20), 'fix me', true)],
		['remove tag', () => changeTag(db, own(20), 't', false)],
		['delete', () => deleteCards(db, own(20))]
	];

	for (const [name, act] of actions) {
		it(`${name}: undo puts every card and state back, tallies recounted`, async () => {
			const before = await snapshot();
			const done = await act();
			expect(done.count).toBe(20);
			expect(await snapshot()).not.toEqual(before);
			await undoBulk(db, done.undo);
			expect(await snapshot()).toEqual(before);
			await expectTalliesRecounted();
		});
	}

	it('unsuspend undoes to suspended, only for the cards it changed', async () => {
		await setSuspended(db, own(5), true);
		const before = await snapshot();
		const done = await setSuspended(db, own(20), false);
		expect(done.count).toBe(5);
		await undoBulk(db, done.undo);
		expect(await snapshot()).toEqual(before);
	});

	it('refuses, writing nothing, when a card was answered since', async () => {
		const done = await setDueInDays(db, own(3), 2, T0 + 3 * DAY_MS, T0 + 3 * DAY_MS);
		const s = (await getState(db, 'own:c1'))!;
		await recordAnswer(db, s, answer(s, 3, T0 + 6 * DAY_MS, settings));
		const after = await snapshot();
		await expect(undoBulk(db, done.undo)).rejects.toMatchObject({ code: 'conflict' });
		expect(await snapshot()).toEqual(after);
	});

	it('refuses when a moved card was edited since', async () => {
		const done = await moveCards(db, own(2), 'other');
		await saveCard(db, { id: 'own:c0', kind: 'concept', tags: ['t'], front: 'Q0 edited', back: 'A0' });
		await expect(undoBulk(db, done.undo)).rejects.toMatchObject({ code: 'conflict' });
		expect((await db.cards.get('own:c1'))!.deckId).toBe('other');
	});
});

describe('hiding a built-in deck', () => {
	it('leaves Today, the daily session and learning-later; showing it again brings it back with its history', async () => {
		// Some history in the built-in deck: two answers on shipped:c0 (the second leaves it relearning).
		for (const [k, rating] of [[1, 3], [2, 1]] as const) {
			const before = (await getState(db, 'shipped:c0'))!;
			await recordAnswer(db, before, answer(before, rating, T0 + k * DAY_MS, settings));
		}
		const now = T0 + 2 * DAY_MS + 60_000;
		const dayEnd = T0 + 3 * DAY_MS;
		const session = async () => new Set((await dueStates(db, { now, dayEnd, newLimit: 100, reviewLimit: 100 })).map((s) => s.deckId));
		const listed = async () => (await dueCounts(db, now, dayEnd, { new: 20, review: 200 })).map((c) => c.deckId).sort();
		expect(await listed()).toEqual(['other', 'own', 'shipped']);
		expect((await session()).has('shipped')).toBe(true);
		const later = await learningLater(db, T0 + 2 * DAY_MS - 60 * 60_000, dayEnd);
		const states = await db.states.toArray();
		const logs = await db.revlog.count();

		await setDeckHidden(db, 'shipped', true);
		expect(await listed()).toEqual(['other', 'own']);
		expect((await session()).has('shipped')).toBe(false);
		expect((await session()).size).toBe(2);
		expect((await learningLater(db, T0 + 2 * DAY_MS - 60 * 60_000, dayEnd)).count).toBe(later.count - 1);
		// Asked for by id, the deck is still studied.
		expect((await dueStates(db, { now, dayEnd, newLimit: 100, reviewLimit: 100, deckId: 'shipped' })).length).toBe(5);
		// Studying or practising a tag leaves it out too (every fixture card has tag 't'); by deck it stays.
		const tagged = await statesFor(db, { tag: 't' });
		expect(tagged.length).toBe(35);
		expect(tagged.some((s) => s.deckId === 'shipped')).toBe(false);
		expect((await statesFor(db, { deckId: 'shipped', tag: 't' })).length).toBe(5);
		// Nothing of its history changes.
		expect(await db.states.toArray()).toEqual(states);
		expect(await db.revlog.count()).toBe(logs);
		await expectTalliesRecounted();

		// A new version of the built-in decks keeps it hidden.
		await mergeDecks(db, [{ ...deck('shipped', 6), title: 'Shipped v2' }], T0 + 4 * DAY_MS, { builtin: true });
		expect(await db.decks.get('shipped')).toMatchObject({ title: 'Shipped v2', hidden: true });

		await setDeckHidden(db, 'shipped', false);
		expect((await db.decks.get('shipped'))!.hidden).toBeUndefined();
		expect(await listed()).toEqual(['other', 'own', 'shipped']);
		expect((await session()).has('shipped')).toBe(true);
		expect((await getState(db, 'shipped:c0'))!.reps).toBe(2);
	});

	it('refuses the learner\'s own decks (they are deleted instead) and unknown ones', async () => {
		await expect(setDeckHidden(db, 'own', true)).rejects.toMatchObject({ code: 'conflict' });
		await expect(setDeckHidden(db, 'nope', true)).rejects.toMatchObject({ code: 'not-found' });
	});
});

describe('deleteDeck', () => {
	it('says how much, then removes cards, states and history, keeping tallies and activity recounted', async () => {
		expect(await deckSize(db, 'own')).toEqual({ cards: 30, reviews: 20 });
		expect(await deleteDeck(db, 'own')).toEqual({ cards: 30, reviews: 20 });
		expect(await db.decks.get('own')).toBeUndefined();
		expect(await db.cards.where('deckId').equals('own').count()).toBe(0);
		expect(await db.states.where('deckId').equals('own').count()).toBe(0);
		expect(await db.revlog.count()).toBe(0);
		expect(await db.cards.where('deckId').equals('other').count()).toBe(5);
		await expectTalliesRecounted();
		await expectActivityRecounted();
	});

	it('refuses built-in and unknown decks', async () => {
		await expect(deleteDeck(db, 'shipped')).rejects.toMatchObject({ code: 'conflict' });
		await expect(deleteDeck(db, 'nope')).rejects.toMatchObject({ code: 'not-found' });
		expect(await db.cards.where('deckId').equals('shipped').count()).toBe(5);
	});
});

describe('reading for Browse', () => {
	it('readBrowseCollection reads every card with its state in parts', async () => {
		const parts: CollectionPart[] = [];
		const decks = await readBrowseCollection(db, (part) => parts.push(part));
		expect(decks.map((d) => d.id).sort()).toEqual(['other', 'own', 'shipped']);
		const cards = parts.flatMap((p) => p.cards);
		expect(cards).toHaveLength(40);
		expect(parts.every((p) => p.cards.every((c) => p.states.has(c.id)))).toBe(true);
	});

	it('firstDueCards: scheduled cards by due', async () => {
		const first = await firstDueCards(db, 5);
		expect(first).toHaveLength(5);
		expect(first.every(({ state }) => state.state !== STATE_NEW)).toBe(true);
		expect(first.map(({ state }) => state.due)).toEqual([...first.map(({ state }) => state.due)].sort((a, b) => a - b));
	});

	it('cardsRatedSince and cardInfo', async () => {
		expect((await cardsRatedSince(db, T0 + 2 * DAY_MS)).size).toBe(10);
		expect((await cardsRatedSince(db, T0, 1)).size).toBe(10);
		expect((await cardsRatedSince(db, T0, 4)).size).toBe(0);
		const info = (await cardInfo(db, 'own:c0'))!;
		expect(info.deck?.id).toBe('own');
		expect(info.logs.map((l) => l.rating)).toEqual([3, 1]);
		expect(await cardInfo(db, 'nope')).toBeNull();
	});
});

describe('edit and add cards', () => {
	it('an edit keeps the state and the review log', async () => {
		const before = (await getState(db, 'own:c0'))!;
		await saveCard(db, { id: 'own:c0', kind: 'concept', tags: ['t', 'new'], front: 'Q0 edited', back: 'A0' });
		expect((await db.cards.get('own:c0'))!).toMatchObject({ front: 'Q0 edited', deckId: 'own' });
		expect(await getState(db, 'own:c0')).toEqual({ ...before, tags: ['t', 'new'] });
		expect(await db.revlog.where('cardId').equals('own:c0').count()).toBe(2);
		await expect(saveCard(db, { id: 'own:c0', kind: 'command', tags: [], prompt: 'p', answer: 'docker ps' })).rejects.toMatchObject({ code: 'conflict' });
		await expect(saveCard(db, { id: 'nope', kind: 'concept', tags: [], front: 'a', back: 'b' })).rejects.toMatchObject({ code: 'not-found' });
		await expect(revertCard(db, 'own:c0')).rejects.toMatchObject({ code: 'not-found' });
	});

	it('an edited built-in card survives a built-in update and can be reverted to the new shipped text', async () => {
		const shipped = (version: string, front: (i: number) => string) => {
			const d = { ...deck('shipped', 5) };
			d.cards = d.cards.map((c, i) => ({ ...c, front: front(i) }));
			const files: Record<string, unknown> = {
				'decks/index.json': { version, decks: [{ id: 'shipped', file: 'shipped.json', title: 'Deck shipped', cards: 5 }] },
				'decks/shipped.json': d
			};
			return async (path: string) => files[path];
		};
		await syncBuiltinDecks(db, shipped('v1', (i) => `Q${i}`), T0);
		await saveCard(db, { id: 'shipped:c1', kind: 'concept', tags: ['t'], front: 'My own wording', back: 'A1' });
		expect((await db.cards.get('shipped:c1')) as unknown).toMatchObject({ front: 'My own wording', shipped: { front: 'Q1' } });
		await syncBuiltinDecks(db, shipped('v2', (i) => `Q${i} v2`), T0 + DAY_MS);
		expect((await db.cards.get('shipped:c1')) as unknown).toMatchObject({ front: 'My own wording', shipped: { front: 'Q1 v2' } });
		expect((await db.cards.get('shipped:c2'))!).toMatchObject({ front: 'Q2 v2' });
		await revertCard(db, 'shipped:c1');
		const reverted = (await db.cards.get('shipped:c1')) as unknown as Record<string, unknown>;
		expect(reverted).toMatchObject({ front: 'Q1 v2', deckId: 'shipped' });
		expect(reverted.shipped).toBeUndefined();
	});

	it('adds a card to an own deck (created on first use), due as new, tallies recounted', async () => {
		const id = await addCard(db, undefined, { id: 'my-cards:command:x', kind: 'command', tags: ['mine'], prompt: 'list containers', answer: 'docker ps' }, T0 + 5, '내 카드');
		expect(id).toBe(OWN_DECK_ID);
		expect(await db.decks.get(OWN_DECK_ID)).toMatchObject({ title: '내 카드' });
		expect(await getState(db, 'my-cards:command:x')).toMatchObject({ state: STATE_NEW, due: T0 + 5, deckId: OWN_DECK_ID });
		expect(((await db.cards.get('my-cards:command:x')) as unknown as { addedAt: number }).addedAt).toBe(T0 + 5);
		await expectTalliesRecounted();
		await expect(addCard(db, 'shipped', { id: 'z', kind: 'concept', tags: [], front: 'a', back: 'b' }, T0, 'x')).rejects.toMatchObject({ code: 'conflict' });
		await expect(addCard(db, 'nope', { id: 'z', kind: 'concept', tags: [], front: 'a', back: 'b' }, T0, 'x')).rejects.toMatchObject({ code: 'not-found' });
		await expect(addCard(db, 'own', { id: 'own:c1', kind: 'concept', tags: [], front: 'a', back: 'b' }, T0, 'x')).rejects.toMatchObject({ code: 'conflict' });
	});
});
