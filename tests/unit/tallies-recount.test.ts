/** Issue 15: after every kind of import and restore, the stored tallies equal a recount of the states. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeckhandDb, fromStateRow, getState, importDeck, readCollection, recordAnswer, replayHistory, restoreCollection, talliesOf, type ImportedHistory } from '../../src/lib/db';
import type { Deck } from '../../src/lib/deck/types';
import { createBackup, parseBackup, type BackupData } from '../../src/lib/import/backup';
import { answer, defaultSrsSettings } from '../../src/lib/srs/fsrs';
import type { Grade } from '../../src/lib/srs/types';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const DAY = 86_400_000;
const settings = { ...defaultSrsSettings, enableFuzz: false };

const deck = (id: string, n: number, text = (i: number) => `Q${i}`): Deck => ({
	id,
	title: id,
	lang: 'en',
	cards: Array.from({ length: n }, (_, i) => ({ id: `${id}:c${i}`, kind: 'concept' as const, tags: [], line: i + 1, front: text(i), back: `A${i}` }))
});

/** Stored tallies and a recount of the states, both as sorted non-zero rows. */
async function tallies(db: DeckhandDb) {
	const norm = (rows: { queue: number; hour: number; count: number }[]) =>
		rows
			.filter((r) => r.count !== 0)
			.map((r) => `${r.queue}@${r.hour}=${r.count}`)
			.sort();
	return { stored: norm(await db.tallies.toArray()), recount: norm(talliesOf((await db.states.toArray()).map(fromStateRow))) };
}
async function expectRecount(db: DeckhandDb) {
	const { stored, recount } = await tallies(db);
	expect(stored).toEqual(recount);
}

async function review(db: DeckhandDb, cardId: string, rating: Grade, at: number) {
	const before = (await getState(db, cardId))!;
	await recordAnswer(db, before, answer(before, rating, at, settings));
}

/** A collection with new, learning, review, suspended and buried cards. */
async function populate(db: DeckhandDb) {
	await importDeck(db, deck('a', 6), { now: T0 });
	await review(db, 'a:c0', 3, T0 + 1000);
	await review(db, 'a:c1', 4, T0 + 2000);
	await review(db, 'a:c2', 1, T0 + 3000);
	await db.states.update('a:c3', { suspended: 1, queue: -1 });
	await db.states.update('a:c4', { buriedUntil: T0 + DAY, queue: -2 });
	// keep the tallies of the two flag edits in step the way the app does (rebuild from states)
	await db.tallies.clear();
	await db.tallies.bulkPut(talliesOf((await db.states.toArray()).map(fromStateRow)));
}

let db: DeckhandDb;
let counter = 0;
beforeEach(async () => {
	db = new DeckhandDb(`recount-${counter++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

describe('tallies equal a recount', () => {
	it('after an import into an empty collection', async () => {
		await importDeck(db, deck('a', 5), { now: T0 });
		await expectRecount(db);
	});

	it('after a re-import that updates, adds and removes cards of a reviewed deck', async () => {
		await populate(db);
		await importDeck(db, deck('a', 8, (i) => (i === 1 ? 'Q1 edited' : `Q${i}`)), { now: T0 + DAY, removeIds: ['a:c2', 'a:c3'] });
		await expectRecount(db);
	});

	it('after an import with history that merges into cards already answered', async () => {
		await populate(db);
		const reviews = [
			{ cardId: 'a:c0', rating: 3 as Grade, review: T0 + 500, duration: 1000 },
			{ cardId: 'a:c3', rating: 1 as Grade, review: T0 + 600, duration: 1000 },
			{ cardId: 'a:c5', rating: 4 as Grade, review: T0 + 700, duration: 1000 }
		];
		const history: Map<string, ImportedHistory> = await replayHistory(reviews, T0 + DAY);
		await importDeck(db, deck('a', 6), { now: T0 + DAY, reviews: history });
		await expectRecount(db);
	});

	it('after an import of a second deck into a non-empty collection', async () => {
		await populate(db);
		await importDeck(db, deck('b', 4), { now: T0 + DAY });
		await expectRecount(db);
	});

	it('after a restore that replaces', async () => {
		await populate(db);
		const backup = await readCollection(db);
		await importDeck(db, deck('x', 3), { now: T0 });
		await restoreCollection(db, backup, 'replace');
		await expectRecount(db);
	});

	it.each(['merge', 'replace'] as const)('after a %s restore whose cards overlap the collection in unusual ways', async (mode) => {
		await populate(db);
		const mine = await readCollection(db);
		// The backup: the same cards in other states and flags, cards of a new deck, a card answered only there.
		const other = new DeckhandDb(`recount-other-${counter++}`);
		await other.open();
		try {
			await importDeck(other, deck('a', 7), { now: T0 - DAY });
			await importDeck(other, deck('z', 2), { now: T0 - DAY });
			await review(other, 'a:c3', 2, T0 - 1000);
			await review(other, 'a:c6', 3, T0 - 500);
			await review(other, 'a:c0', 1, T0 + 5000);
			await other.states.update('a:c1', { suspended: 1, queue: -1 });
			const theirs: BackupData = await readCollection(other);
			const parsed = parseBackup(createBackup(theirs, { now: T0 }), 'b.json');
			expect(parsed.backup).toBeDefined();
			await restoreCollection(db, parsed.backup!.data, mode, { now: T0 + DAY });
			await expectRecount(db);
			expect(mine.states.length).toBeGreaterThan(0);
		} finally {
			await other.delete();
		}
	});

	it('after a restore handed duplicate state rows (not through parseBackup)', async () => {
		await populate(db);
		const data = await readCollection(db);
		const dup = { ...data.states[0], state: 2 as const, due: T0 + 9 * DAY };
		await restoreCollection(db, { ...data, states: [...data.states, dup] }, 'replace');
		await expectRecount(db);
		expect((await getState(db, dup.cardId))?.due).toBe(dup.due);
	});
});
