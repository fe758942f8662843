import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnswerJournal, DeckhandDb, getState, IdbJournalStore, mergeDecks, recordAnswer, replayJournal, reviewLogs, type KeyValueStore } from '../../src/lib/db';
import { answer, defaultSrsSettings } from '../../src/lib/srs/fsrs';

const settings = { ...defaultSrsSettings, enableFuzz: false };
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

/** localStorage's behaviour over a Map (insertion order, string values). */
class MemoryStore implements KeyValueStore {
	map = new Map<string, string>();
	get length() {
		return this.map.size;
	}
	key(i: number) {
		return [...this.map.keys()][i] ?? null;
	}
	getItem(k: string) {
		return this.map.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		this.map.set(k, String(v));
	}
	removeItem(k: string) {
		this.map.delete(k);
	}
}

let db: DeckhandDb;
let store: MemoryStore;
let journal: AnswerJournal;
let counter = 0;
beforeEach(async () => {
	db = new DeckhandDb(`journal-${counter++}`);
	await db.open();
	await mergeDecks(db, [{ id: 'd', title: 'D', lang: 'en', cards: [0, 1].map((i) => ({ id: `d:c${i}`, kind: 'concept' as const, tags: [], front: `Q${i}`, back: `A${i}` })) }], T0 - 1000);
	store = new MemoryStore();
	journal = new AnswerJournal(store);
});
afterEach(async () => {
	await db.delete();
});

async function answered(cardId: string, at: number) {
	const shown = (await getState(db, cardId))!;
	return { shown, result: answer(shown, 3, at, settings) };
}

describe('answer journal', () => {
	it('an answer whose write never happened (tab killed) is written on the next start, once', async () => {
		const entry = await answered('d:c0', T0);
		journal.add(entry);
		expect(await replayJournal(db, journal)).toBe(1);
		expect(await getState(db, 'd:c0')).toEqual(entry.result.state);
		expect(await reviewLogs(db, 'd:c0')).toHaveLength(1);
		expect(journal.entries()).toEqual([]);
		expect(await replayJournal(db, journal)).toBe(0);
		expect(await reviewLogs(db, 'd:c0')).toHaveLength(1);
	});

	it('an answer that did commit (only the journal removal was lost) is not written twice', async () => {
		const entry = await answered('d:c0', T0);
		journal.add(entry);
		await recordAnswer(db, entry.shown, entry.result);
		expect(await replayJournal(db, journal)).toBe(0);
		expect(await reviewLogs(db, 'd:c0')).toHaveLength(1);
		expect(journal.entries()).toEqual([]);
	});

	it('several pending answers replay in the order they were given; a card changed since is left alone', async () => {
		const first = await answered('d:c0', T0);
		const second = { shown: first.result.state, result: answer(first.result.state, 3, T0 + 60_000, settings) };
		const other = await answered('d:c1', T0 + 1000);
		journal.add(second);
		journal.add(first);
		journal.add(other);
		// d:c1 was answered again elsewhere before the replay: its journal entry is stale.
		const elsewhere = answer(other.shown, 1, T0 + 2000, settings);
		await recordAnswer(db, other.shown, elsewhere);
		expect(await replayJournal(db, journal)).toBe(2);
		expect(await getState(db, 'd:c0')).toEqual(second.result.state);
		expect(await getState(db, 'd:c1')).toEqual(elsewhere.state);
		expect(journal.entries()).toEqual([]);
	});

	it('unreadable entries are dropped; a store that refuses writes never breaks answering', async () => {
		store.setItem('deckhand:answer:1:x', '{not json');
		store.setItem('other-app-key', 'kept');
		expect(await replayJournal(db, journal)).toBe(0);
		expect([...store.map.keys()]).toEqual(['other-app-key']);
		const full = new AnswerJournal({ ...store, length: 0, key: () => null, getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => { throw new Error('blocked'); } });
		const entry = await answered('d:c0', T0);
		expect(() => full.remove(full.add(entry))).not.toThrow();
		expect(new AnswerJournal(null).entries()).toEqual([]);
	});

	it('the journal database keeps an answer that localStorage lost (a browser killed before it reached the disk)', async () => {
		const name = `journal-idb-${counter++}`;
		const durable = new IdbJournalStore(name);
		const tab = new AnswerJournal(new MemoryStore(), durable);
		const entry = await answered('d:c0', T0);
		const key = tab.add(entry);
		await tab.written(key);
		// The next start: localStorage is empty (its write never reached the disk), the journal database is not.
		const restarted = new AnswerJournal(new MemoryStore(), new IdbJournalStore(name));
		expect(await replayJournal(db, restarted)).toBe(1);
		expect(await getState(db, 'd:c0')).toEqual(entry.result.state);
		expect(await restarted.allEntries()).toEqual([]);
		expect(await replayJournal(db, new AnswerJournal(null, new IdbJournalStore(name)))).toBe(0);
		expect(await reviewLogs(db, 'd:c0')).toHaveLength(1);
	});

	it('an answer that committed leaves nothing in the journal database; a failing one never blocks the answer', async () => {
		const name = `journal-idb-${counter++}`;
		const tab = new AnswerJournal(new MemoryStore(), new IdbJournalStore(name));
		const entry = await answered('d:c0', T0);
		const key = tab.add(entry);
		await recordAnswer(db, entry.shown, entry.result);
		tab.remove(key);
		await tab.written(key);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(await new IdbJournalStore(name).all()).toEqual([]);
		const broken = new AnswerJournal(null, { put: () => Promise.reject(new Error('disk')), delete: () => Promise.reject(new Error('disk')), all: () => Promise.reject(new Error('disk')) });
		const other = await answered('d:c1', T0);
		const brokenKey = broken.add(other);
		await expect(broken.written(brokenKey)).resolves.toBeUndefined();
		expect(() => broken.remove(brokenKey)).not.toThrow();
		expect(await broken.allEntries()).toEqual([]);
	});
});
