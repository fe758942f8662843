import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ALL_TABLES, changedTables, onTablesChanged } from './changes';
import { DeckhandDb } from './schema';

describe('changedTables', () => {
	it('names the tables of the changed parts, and every table for Dexie’s "all"', () => {
		const parts = { 'idb://deckhand/states/': {}, 'idb://deckhand/states/due': {}, 'idb://deckhand/revlog/cardId': {}, 'idb://other/cards/': {} } as never;
		expect([...changedTables('deckhand', parts)].sort()).toEqual(['revlog', 'states']);
		expect([...changedTables('deckhand', { all: {} } as never)]).toEqual([ALL_TABLES]);
	});
});

describe('onTablesChanged', () => {
	let db: DeckhandDb;
	afterEach(async () => {
		db?.close();
		await Dexie.delete('changes-test');
	});

	it('calls back after a committed write to a followed table, not for other tables, not after stop', async () => {
		db = new DeckhandDb('changes-test');
		await db.open();
		await new Promise((ok) => setTimeout(ok, 20));
		let calls = 0;
		const stop = onTablesChanged(db, ['states'], () => calls++);
		await db.settings.put({ key: 'k', value: 1 });
		await new Promise((ok) => setTimeout(ok, 20));
		expect(calls).toBe(0);
		await db.states.put({ cardId: 'c', deckId: 'd', due: 0, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0, suspended: 0, buriedUntil: 0, queue: 0 } as never);
		await new Promise((ok) => setTimeout(ok, 20));
		expect(calls).toBe(1);
		stop();
		await db.states.delete('c');
		await new Promise((ok) => setTimeout(ok, 20));
		expect(calls).toBe(1);
	});
});
