/** Hostile and broken stored data (issue 15): backups, restores and what the app reads at start. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	AutoBackupDb,
	DeckhandDb,
	DeckhandError,
	autoBackupDue,
	collectionCounts,
	collectionEmpty,
	collectionVanished,
	fits,
	getSetting,
	importDeck,
	lastAutoBackup,
	readCollection,
	readMarker,
	restoreCollection,
	saveAutoBackup,
	setSetting,
	storageFailure,
	writeMarker
} from '../../src/lib/db';
import { createBackup, parseBackup, type BackupData } from '../../src/lib/import/backup';
import { defaultStudySettings } from '../../src/lib/srs/settings';

const empty = (): BackupData => ({ decks: [], cards: [], states: [], revlog: [], settings: {} });
const bricked = { lang: 'xx', theme: 42, study: { srs: { ...defaultStudySettings.srs, learningSteps: '1m 10m' }, limits: { newPerDay: 20, reviewsPerDay: 200 }, dayStartHour: 'noon' } };

let db: DeckhandDb;
let counter = 0;
beforeEach(async () => {
	db = new DeckhandDb(`hostile-${counter++}`);
	await db.open();
});
afterEach(async () => {
	vi.restoreAllMocks();
	await db.delete();
});

describe('a backup with invalid settings', () => {
	it('is accepted with one warning per bad value', () => {
		const { backup, diagnostics } = parseBackup(createBackup({ ...empty(), settings: bricked }), 'b.json');
		expect(backup).toBeDefined();
		const warnings = diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
		expect(warnings).toHaveLength(4);
		expect(warnings.join('\n')).toMatch(/data\.settings\.study\.dayStartHour: "noon" is not a valid setting; your own setting is kept/);
	});

	it.each(['replace', 'merge'] as const)('restores (%s) keeping the learner\'s own value for each bad one', async (mode) => {
		const own = { ...defaultStudySettings, dayStartHour: 5, srs: { ...defaultStudySettings.srs, learningSteps: ['2m'] } };
		await setSetting(db, 'lang', 'en');
		await setSetting(db, 'study', own);
		const report = await restoreCollection(db, { ...empty(), settings: { ...bricked, study: { ...bricked.study, srs: { ...bricked.study.srs, desiredRetention: 0.8 } } } }, mode);
		expect(report.ignoredSettings.map((x) => x.path).sort()).toEqual(['lang', 'study.dayStartHour', 'study.srs.learningSteps', 'theme']);
		expect(await getSetting(db, 'lang')).toBe('en');
		expect(await getSetting(db, 'theme')).toBeUndefined();
		const study = (await readCollection(db)).settings.study as typeof own;
		expect(study.dayStartHour).toBe(5);
		expect(study.srs.learningSteps).toEqual(['2m']);
		expect(study.srs.desiredRetention).toBe(0.8);
	});
});

const T = Date.UTC(2026, 0, 1);
const deckRow = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: id, lang: 'en', addedAt: T, ...extra });
const cardRow = (id: string, deckId: string) => ({ id, deckId, kind: 'concept' as const, tags: [], front: `q ${id}`, back: `a ${id}` });
const stateRow = (cardId: string, deckId: string, state: 0 | 2 = 0) => ({ cardId, deckId, due: T, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state, suspended: 0, buriedUntil: 0 });
const logRow = (id: number, cardId: string) => ({ id, cardId, deckId: 'mine', rating: 3 as const, review: T + id, duration: 1000, state: 0, due: T, stability: 1, difficulty: 5, elapsed_days: 0, last_elapsed_days: 0, scheduled_days: 1, learning_steps: 0 });
const file = (data: Partial<BackupData>) => createBackup({ ...empty(), ...data } as BackupData, { now: T });

describe('backup ids and rows', () => {
	it.each([
		['a deck id twice', { decks: [deckRow('mine'), deckRow('mine')] }, 'data.decks[1].id: duplicate "mine" (first used by data.decks[0])'],
		['a state twice', { decks: [deckRow('mine')], cards: [cardRow('a', 'mine')], states: [stateRow('a', 'mine'), stateRow('a', 'mine')] }, 'data.states[1].cardId: duplicate "a" (first used by data.states[0])'],
		['a review-log id twice', { decks: [deckRow('mine')], cards: [cardRow('a', 'mine')], revlog: [logRow(1, 'a'), logRow(1, 'a')] }, 'data.revlog[1].id: duplicate 1 (first used by data.revlog[0])'],
		['a 1 MB card id', { decks: [deckRow('mine')], cards: [cardRow('x'.repeat(1_048_576), 'mine')] }, 'data.cards[0].id: 1,048,576 characters, the limit is 200'],
		['a 1 MB deck title', { decks: [deckRow('mine', { title: 't'.repeat(1_048_576) })] }, 'data.decks[0].title: 1,048,576 characters, the limit is 500']
	])('%s is refused, naming the row', (_what, data, message) => {
		const r = parseBackup(file(data as Partial<BackupData>), 'b.json');
		expect(r.backup).toBeUndefined();
		expect(r.diagnostics.map((d) => d.message)).toContain(message);
	});

	it('orphan cards and states are left out with a warning; review-log rows of deleted cards stay', async () => {
		const r = parseBackup(
			file({ decks: [deckRow('mine')], cards: [cardRow('a', 'mine'), cardRow('b', 'gone')], states: [stateRow('a', 'mine'), stateRow('b', 'gone'), stateRow('ghost', 'mine', 2)], revlog: [logRow(1, 'deleted')] } as Partial<BackupData>),
			'b.json'
		);
		expect(r.backup).toBeDefined();
		expect(r.diagnostics.map((d) => d.message)).toEqual(['1 card(s) of a deck the backup does not hold left out', '2 scheduling state(s) of a card the backup does not hold left out']);
		await restoreCollection(db, r.backup!.data, 'replace');
		expect(await db.cards.count()).toBe(1);
		expect((await db.states.toArray()).map((s) => s.cardId)).toEqual(['a']);
		expect(await db.revlog.count()).toBe(1);
	});

	it('a backup cannot make a deck built-in; a deck the app marked built-in stays so', async () => {
		await db.decks.put({ ...deckRow('docker'), builtin: true });
		const r = parseBackup(file({ decks: [deckRow('mine', { builtin: true }), deckRow('docker', { builtin: true })] } as Partial<BackupData>), 'b.json');
		await restoreCollection(db, r.backup!.data, 'replace');
		expect((await db.decks.get('mine'))?.builtin).toBe(false);
		expect((await db.decks.get('docker'))?.builtin).toBe(true);
	});
});

describe('storage failures', () => {
	it.each([
		['QuotaExceededError', new DOMException('full', 'QuotaExceededError')],
		['UnknownError', new DOMException('Internal error', 'UnknownError')],
		['AbortError', new Dexie.AbortError('Transaction aborted')],
		['UnknownError', new Dexie.AbortError('aborted', new DOMException('disk', 'UnknownError'))],
		['QuotaExceededError', Object.assign(new Error('bulk'), { failures: [new Error('x'), new DOMException('q', 'QuotaExceededError')] })]
	])('recognises %s', (name, error) => {
		expect(storageFailure(error)).toBe(name);
	});

	it('an ordinary error is not a storage failure', () => {
		expect(storageFailure(new TypeError('x is undefined'))).toBeNull();
		expect(storageFailure('text')).toBeNull();
	});

	it.each([new DOMException('Internal error', 'UnknownError'), new Dexie.AbortError('Transaction aborted')])('an import that meets %s ends in DeckhandError("quota") with nothing written', async (failure) => {
		vi.spyOn(db.states, 'bulkPut').mockImplementation(() => Promise.reject(failure) as never);
		const deck = { id: 'd', title: 'D', lang: 'en', cards: [{ id: 'd:1', kind: 'concept' as const, tags: [], front: 'q', back: 'a' }] };
		const error = await importDeck(db, deck, { now: T }).catch((e) => e);
		expect(error).toBeInstanceOf(DeckhandError);
		expect(error.code).toBe('quota');
		expect(error.message).toMatch(/nothing was saved/);
		expect(await db.decks.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);
	});

	it('an import is refused before writing when the estimate says it will not fit', () => {
		expect(fits(10_000_000, { usage: 95_000_000, quota: 100_000_000 })).toEqual({ fits: false, free: 5_000_000 });
		expect(fits(1_000_000, { usage: 95_000_000, quota: 100_000_000 }).fits).toBe(true);
		expect(fits(1e12, { usage: null, quota: null }).fits).toBe(true);
	});
});

/** A Storage in memory (localStorage's interface). */
function memoryStorage(): Storage {
	const map = new Map<string, string>();
	return {
		get length() {
			return map.size;
		},
		clear: () => map.clear(),
		getItem: (k) => map.get(k) ?? null,
		key: (i) => [...map.keys()][i] ?? null,
		removeItem: (k) => void map.delete(k),
		setItem: (k, v) => void map.set(k, String(v))
	};
}

describe('a vanished collection and the automatic backup', () => {
	it('the marker tells a lost database from a new one', async () => {
		const storage = memoryStorage();
		expect(collectionVanished(readMarker(storage), await collectionEmpty(db))).toBe(false); // first start ever
		await db.decks.put({ ...deckRow('mine') });
		await db.revlog.add(logRow(1, 'a') as never);
		writeMarker(storage, await collectionCounts(db), T);
		expect(readMarker(storage)).toEqual({ userDecks: 1, reviews: 1, at: T });
		expect(collectionVanished(readMarker(storage), await collectionEmpty(db))).toBe(false);
		await db.delete();
		db = new DeckhandDb(db.name);
		await db.open();
		await db.decks.put({ ...deckRow('docker'), builtin: true }); // the built-in decks come back by themselves
		expect(collectionVanished(readMarker(storage), await collectionEmpty(db))).toBe(true);
		storage.setItem('deckhand:collection', '{not json');
		expect(readMarker(storage)).toBeNull();
	});

	it('one automatic backup is kept, replaced once a day, and restores the collection', async () => {
		const store = new AutoBackupDb(`auto-${counter++}`);
		try {
			expect(autoBackupDue(await lastAutoBackup(store), T)).toBe(true);
			await db.decks.put(deckRow('mine'));
			await db.cards.put(cardRow('a', 'mine'));
			await saveAutoBackup(store, createBackup(await readCollection(db), { now: T }), T);
			expect(autoBackupDue(await lastAutoBackup(store), T + 3_600_000)).toBe(false);
			expect(autoBackupDue(await lastAutoBackup(store), T + 86_400_000)).toBe(true);
			await saveAutoBackup(store, createBackup(await readCollection(db), { now: T + 86_400_000 }), T + 86_400_000);
			expect(await store.backups.count()).toBe(1);
			await db.decks.clear();
			await db.cards.clear();
			const parsed = parseBackup((await lastAutoBackup(store))!.text, 'auto');
			await restoreCollection(db, parsed.backup!.data, 'replace');
			expect(await db.cards.count()).toBe(1);
		} finally {
			await store.delete();
		}
	});
});
