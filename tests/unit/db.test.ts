import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	DeckhandDb,
	dueCounts,
	dueStates,
	getState,
	mergeDecks,
	queueTotals,
	recordAnswer,
	reviewLogs,
	syncBuiltinDecks,
	talliesOf,
	unburyExpired,
	undoAnswer,
	updateState
} from '../../src/lib/db';
import type { Deck } from '../../src/lib/deck/types';
import { answer, defaultSrsSettings, type SrsSettings } from '../../src/lib/srs/fsrs';

const settings: SrsSettings = { ...defaultSrsSettings, enableFuzz: false };
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

function deck(id: string, n: number, text = (i: number) => `Q${i}`): Deck {
	return {
		id,
		title: `Deck ${id}`,
		lang: 'ko',
		cards: Array.from({ length: n }, (_, i) => ({
			id: `${id}:c${i}`,
			kind: 'concept' as const,
			tags: [],
			front: text(i),
			back: `A${i}`
		}))
	};
}

let db: DeckhandDb;
let counter = 0;
beforeEach(async () => {
	db = new DeckhandDb(`test-${counter++}`);
	await db.open();
});
afterEach(async () => {
	vi.restoreAllMocks();
	await db.delete();
});

describe('recordAnswer', () => {
	it('writes the new state and the log entry together', async () => {
		await mergeDecks(db, [deck('d', 3)], T0);
		const before = (await getState(db, 'd:c0'))!;
		const result = answer(before, 3, T0 + 1000, settings);
		const logId = await recordAnswer(db, before, result);
		expect(await getState(db, 'd:c0')).toEqual(result.state);
		const logs = await reviewLogs(db, 'd:c0');
		expect(logs).toHaveLength(1);
		expect(logs[0]).toMatchObject({ id: logId, rating: 3, review: T0 + 1000 });
	});

	it('leaves neither the state nor the log when the log write fails midway', async () => {
		await mergeDecks(db, [deck('d', 1)], T0);
		const before = (await getState(db, 'd:c0'))!;
		const result = answer(before, 3, T0 + 1000, settings);
		vi.spyOn(db.revlog, 'bulkAdd').mockImplementation(() => Promise.reject(new Error('disk full')) as never);
		await expect(recordAnswer(db, before, result)).rejects.toThrow('disk full');
		expect(await getState(db, 'd:c0')).toEqual(before);
		expect(await db.revlog.count()).toBe(0);
	});

	it('undo of an answer the card was answered again after (in another tab) is refused, nothing changed', async () => {
		await mergeDecks(db, [deck('d', 1)], T0);
		const before = (await getState(db, 'd:c0'))!;
		const mine = answer(before, 3, T0 + 1000, settings);
		const id1 = await recordAnswer(db, before, mine);
		// The other tab had refreshed its queue: it answers the card from the stored state.
		const theirs = answer(mine.state, 1, T0 + 5000, settings);
		await recordAnswer(db, mine.state, theirs);
		const logs = await db.revlog.toArray();
		await expect(undoAnswer(db, id1, before)).rejects.toMatchObject({ code: 'stale-state' });
		expect(await getState(db, 'd:c0')).toEqual(theirs.state);
		expect(await db.revlog.toArray()).toEqual(logs);
	});

	it('refuses a state that changed since it was shown', async () => {
		await mergeDecks(db, [deck('d', 1)], T0);
		const before = (await getState(db, 'd:c0'))!;
		await recordAnswer(db, before, answer(before, 3, T0 + 1000, settings));
		await expect(recordAnswer(db, before, answer(before, 1, T0 + 2000, settings))).rejects.toMatchObject({
			code: 'stale-state'
		});
		expect(await db.revlog.count()).toBe(1);
	});

	it('undo restores the previous state and removes the log row', async () => {
		await mergeDecks(db, [deck('d', 1)], T0);
		const before = (await getState(db, 'd:c0'))!;
		const first = answer(before, 3, T0 + 1000, settings);
		const id1 = await recordAnswer(db, before, first);
		const second = answer(first.state, 1, T0 + 5000, settings);
		const id2 = await recordAnswer(db, first.state, second);
		await undoAnswer(db, id2, first.state);
		expect(await getState(db, 'd:c0')).toEqual(first.state);
		await undoAnswer(db, id1, before);
		expect(await getState(db, 'd:c0')).toEqual(before);
		expect(await db.revlog.count()).toBe(0);
	});
});

describe('due queries', () => {
	it('reads due cards through the due-ordered index, not a table scan', async () => {
		await mergeDecks(db, [deck('d', 5)], T0);
		const indexSpy = vi.spyOn(IDBObjectStore.prototype, 'index');
		const scanSpy = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
		const states = await dueStates(db, { now: T0, dayEnd: T0 + 3600_000, newLimit: 10, reviewLimit: 10 });
		expect(states).toHaveLength(5);
		const indexes = indexSpy.mock.calls.map((call) => call[0]);
		expect(indexes.length).toBeGreaterThan(0);
		expect(indexes.every((name) => name === '[queue+due]')).toBe(true);
		expect(scanSpy).not.toHaveBeenCalled();
	});

	it('orders learning, then reviews, then new cards, and respects limits', async () => {
		await mergeDecks(db, [deck('d', 6)], T0);
		// c0 → learning (Again), c1 → review (Easy), leaving 4 new cards
		for (const [id, rating] of [
			['d:c0', 1],
			['d:c1', 4]
		] as const) {
			const s = (await getState(db, id))!;
			await recordAnswer(db, s, answer(s, rating, T0, settings));
		}
		const later = T0 + 30 * 86_400_000;
		const states = await dueStates(db, { now: later, dayEnd: later + 3600_000, newLimit: 2, reviewLimit: 10 });
		expect(states.map((s) => s.cardId)).toEqual(['d:c0', 'd:c1', 'd:c2', 'd:c3']);
	});

	it('caps counts at the day limits', async () => {
		await mergeDecks(db, [deck('a', 30), deck('b', 3)], T0);
		const counts = await dueCounts(db, T0, T0 + 3600_000, { new: 20, review: 200 });
		expect(counts.find((c) => c.deckId === 'a')).toMatchObject({ new: 20, learning: 0, review: 0 });
		expect(counts.find((c) => c.deckId === 'b')).toMatchObject({ new: 3 });
	});
});

describe('built-in deck merge', () => {
	it('keeps review history and state of existing cards when a new version ships', async () => {
		await mergeDecks(db, [deck('d', 3)], T0, { builtin: true, removeMissing: true });
		const before = (await getState(db, 'd:c1'))!;
		const result = answer(before, 3, T0 + 1000, settings);
		await recordAnswer(db, before, result);

		// v2: c1's text changed (same id), c2 removed, c3 added
		const v2 = deck('d', 2, (i) => (i === 1 ? 'Q1 (고침)' : `Q${i}`));
		v2.cards.push({ id: 'd:c3', kind: 'concept', tags: [], front: 'new', back: 'card' });
		const report = await mergeDecks(db, [v2], T0 + 5000, { builtin: true, removeMissing: true });

		expect(report).toEqual({ added: 1, updated: 1, removed: 1 });
		expect(await getState(db, 'd:c1')).toEqual(result.state);
		expect(await reviewLogs(db, 'd:c1')).toHaveLength(1);
		expect((await db.cards.get('d:c1'))).toMatchObject({ front: 'Q1 (고침)' });
		expect(await getState(db, 'd:c3')).toMatchObject({ state: 0, reps: 0 });
		expect(await db.cards.get('d:c2')).toBeUndefined();
	});

	it('syncs from the shipped index only when its version changed', async () => {
		const files: Record<string, unknown> = {
			'decks/index.json': { version: 'v1', decks: [{ id: 'd', file: 'd.json', title: 'Deck d', cards: 2 }] },
			'decks/d.json': deck('d', 2)
		};
		const fetchJson = vi.fn(async (path: string) => files[path]);
		expect(await syncBuiltinDecks(db, fetchJson, T0)).toEqual({ added: 2, updated: 0, removed: 0 });
		expect(await syncBuiltinDecks(db, fetchJson, T0)).toBeNull();
		expect(fetchJson).toHaveBeenCalledTimes(3);
		expect(await db.cards.count()).toBe(2);
	});
});

describe('tallies', () => {
	it('stay equal to a recount from the states through answers, undo, suspend, bury, merge and removal', async () => {
		await mergeDecks(db, [deck('d', 6)], T0, { removeMissing: true });
		let s0 = (await getState(db, 'd:c0'))!;
		const first = answer(s0, 3, T0 + 1000, settings);
		const id = await recordAnswer(db, s0, first);
		const s1 = (await getState(db, 'd:c1'))!;
		await recordAnswer(db, s1, answer(s1, 4, T0 + 2000, settings));
		await undoAnswer(db, id, s0);
		s0 = (await getState(db, 'd:c0'))!;
		await updateState(db, { ...s0, suspended: 1 });
		const s2 = (await getState(db, 'd:c2'))!;
		await updateState(db, { ...s2, buriedUntil: T0 + 5000 });
		await unburyExpired(db, T0 + 6000);
		await mergeDecks(db, [deck('d', 4)], T0 + 7000, { removeMissing: true });

		const stored = (await db.tallies.toArray()).sort((a, b) => a.queue - b.queue || a.hour - b.hour);
		const recount = talliesOf(await db.states.toArray()).sort((a, b) => a.queue - b.queue || a.hour - b.hour);
		expect(stored).toEqual(recount);
		expect(await queueTotals(db)).toMatchObject({ 0: 2, 2: 1, [-1]: 1, [-2]: 0 });
	});
});
