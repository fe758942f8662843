/**
 * Cards, decks and settings as mutable documents (`docs/sync.md` §2): two simulated devices (two
 * fake-indexeddb collections with their own sync metadata) through a pouchdb-server on loopback.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	DeckhandDb,
	addCard,
	cardClashes,
	deleteCards,
	getSetting,
	mergeDecks,
	readCollection,
	restoreCollection,
	saveCard,
	setDeckHidden,
	setSetting,
	talliesOf,
	type AdminCardRow,
	type StateRow
} from '../../src/lib/db';
import { resolveClash } from '../../src/lib/db/sync-docs';
import type { Card, Deck } from '../../src/lib/deck/types';
import { defaultSrsSettings } from '../../src/lib/srs/fsrs';
import { STATE_NEW } from '../../src/lib/srs/types';
import { CouchClient } from '../../src/lib/sync/couch';
import { SyncMeta } from '../../src/lib/sync/meta';
import { syncOnce } from '../../src/lib/sync/replicate';
import { startSyncServer } from '../../scripts/sync-server.mjs';

const settings = { ...defaultSrsSettings };
const MINUTE = 60_000;
const builtin: Deck = {
	id: 'k8s',
	title: 'Kubernetes',
	lang: 'en',
	cards: Array.from({ length: 5 }, (_, i) => ({ id: `k8s:c${i}`, kind: 'concept' as const, tags: ['k8s'], front: `Q${i}`, back: `A${i}` }))
};

let serial = 0;
/** A device: its collection (with the built-in deck), its sync metadata and its clock offset. */
async function device(name: string) {
	serial++;
	const db = new DeckhandDb(`docs-${name}-${serial}`);
	const meta = new SyncMeta(`docs-meta-${name}-${serial}`);
	await mergeDecks(db, [builtin], Date.UTC(2026, 10, 1), { builtin: true });
	return {
		db,
		sync: (client: CouchClient, now = Date.now) => syncOnce(db, meta, client, { settings, now }),
		card: async (id: string) => (await db.cards.get(id)) as AdminCardRow | undefined,
		close: async () => {
			await db.delete();
			await meta.delete();
		}
	};
}

async function expectTalliesConsistent(db: DeckhandDb) {
	const key = (a: { queue: number; hour: number }, b: { queue: number; hour: number }) => a.queue - b.queue || a.hour - b.hour;
	expect((await db.tallies.toArray()).sort(key)).toEqual(talliesOf((await db.states.toArray()) as StateRow[]).sort(key));
}

const concept = (id: string, front: string, back = 'back', tags: string[] = []): Card => ({ id, kind: 'concept', tags, front, back });

type RunningServer = Awaited<ReturnType<typeof startSyncServer>>;
let server: RunningServer;
let dbCount = 0;
const client = () => new CouchClient({ url: server.url, db: `docs-${++dbCount}` });

beforeAll(async () => {
	server = await startSyncServer();
}, 60_000);
afterAll(async () => {
	await server?.stop();
});

describe('cards, decks and settings through pouchdb-server', () => {
	it('a card added on A appears on B in its deck as a new card; an edit on A reaches B', async () => {
		const [a, b] = [await device('a'), await device('b')];
		const c = client();
		const now = Date.now();
		await addCard(a.db, undefined, concept('own:1', 'What is a Pod?', 'The smallest unit', ['mine']), now, '내 카드');
		await a.sync(c);
		const report = await b.sync(c);
		expect(report.docsChanged).toBeGreaterThanOrEqual(2);
		expect((await b.db.decks.get('my-cards'))?.title).toBe('내 카드');
		const row = await b.card('own:1');
		expect(row).toMatchObject({ deckId: 'my-cards', front: 'What is a Pod?', back: 'The smallest unit', tags: ['mine'] });
		const state = await b.db.states.get('own:1');
		expect(state).toMatchObject({ state: STATE_NEW, deckId: 'my-cards', reps: 0, tags: ['mine'] });
		await expectTalliesConsistent(b.db);
		// B's own sync sent nothing back: applying a pulled card notes no change.
		expect((await b.db.settings.get('syncPendingDocs'))?.value).toEqual({});

		await saveCard(a.db, concept('own:1', 'What is a Pod?', 'One or more containers scheduled together', ['mine']));
		await saveCard(a.db, concept('k8s:c2', 'Q2 (my wording)', 'A2', ['k8s']));
		await a.sync(c);
		await b.sync(c);
		expect(await b.card('own:1')).toMatchObject({ back: 'One or more containers scheduled together' });
		const edited = await b.card('k8s:c2');
		expect(edited).toMatchObject({ front: 'Q2 (my wording)' });
		// A built-in card edited through sync keeps its shipped text, as a local edit does (revert works).
		expect(edited?.shipped).toMatchObject({ front: 'Q2' });
		expect(await cardClashes(b.db)).toEqual({});
		await a.close();
		await b.close();
	});

	it('a card text edited on both devices: the later text is kept on both and the clash is shown on both; the choice syncs', async () => {
		const [a, b] = [await device('a'), await device('b')];
		const c = client();
		await a.sync(c);
		await b.sync(c);
		const t = Date.now();
		await saveCard(a.db, concept('k8s:c1', 'Q1 from A', 'A1', ['k8s']));
		// B's edit is a minute later (its clock), so B's text is the one kept.
		await saveCard(b.db, concept('k8s:c1', 'Q1 from B', 'A1', ['k8s']), { now: t + MINUTE });
		await a.sync(c);
		const rb = await b.sync(c);
		expect(rb.clashes).toBe(1);
		await a.sync(c);
		for (const d of [a, b]) {
			expect(await d.card('k8s:c1')).toMatchObject({ front: 'Q1 from B' });
			const clash = (await cardClashes(d.db))['k8s:c1'];
			expect(clash?.kept.v).toMatchObject({ front: 'Q1 from B' });
			expect(clash?.other.v).toMatchObject({ front: 'Q1 from A' });
		}
		// The learner on A picks A's text: it becomes a new edit, and the clash closes everywhere.
		await resolveClash(a.db, 'k8s:c1', 'other');
		await a.sync(c);
		await b.sync(c);
		for (const d of [a, b]) {
			expect(await d.card('k8s:c1')).toMatchObject({ front: 'Q1 from A' });
			expect(await cardClashes(d.db)).toEqual({});
		}
		await a.close();
		await b.close();
	});

	it('fields merge on their own: tags changed on A and the text on B both stand, with no clash', async () => {
		const [a, b] = [await device('a'), await device('b')];
		const c = client();
		await a.sync(c);
		await b.sync(c);
		await saveCard(a.db, concept('k8s:c3', 'Q3', 'A3', ['k8s', 'hard']));
		await saveCard(b.db, concept('k8s:c3', 'Q3 reworded', 'A3', ['k8s']));
		await a.sync(c);
		await b.sync(c);
		await a.sync(c);
		for (const d of [a, b]) {
			expect(await d.card('k8s:c3')).toMatchObject({ front: 'Q3 reworded', tags: ['k8s', 'hard'] });
			expect((await d.db.states.get('k8s:c3'))?.tags).toEqual(['k8s', 'hard']);
			expect(await cardClashes(d.db)).toEqual({});
		}
		await a.close();
		await b.close();
	});

	it('a card deleted on A is deleted on B, and a backup restore on A followed by a sync does not bring it back', async () => {
		const [a, b] = [await device('a'), await device('b')];
		const c = client();
		const now = Date.now();
		await addCard(a.db, undefined, concept('own:gone', 'Delete me', 'x'), now, 'Mine');
		await a.sync(c);
		await b.sync(c);
		expect(await b.card('own:gone')).toBeDefined();
		const backup = await readCollection(a.db);
		await deleteCards(a.db, ['own:gone']);
		await a.sync(c);
		await b.sync(c);
		expect(await b.card('own:gone')).toBeUndefined();
		expect(await b.db.states.get('own:gone')).toBeUndefined();
		await restoreCollection(a.db, backup, 'replace', { settings });
		expect(await a.card('own:gone')).toBeDefined();
		await a.sync(c);
		expect(await a.card('own:gone')).toBeUndefined();
		await b.sync(c);
		expect(await b.card('own:gone')).toBeUndefined();
		await expectTalliesConsistent(a.db);
		await expectTalliesConsistent(b.db);
		await a.close();
		await b.close();
	});

	it('a card document another client wrote with values the app never writes: those fields are left out, the rest applies, the sync goes on', async () => {
		const b = await device('b');
		const c = client();
		await c.ensureDb();
		const t = '9999999999999-0000-other';
		await c.bulkDocs([
			{ _id: 'card:k8s:c0', type: 'card', fields: { text: { v: 'not a card', t }, tags: { v: ['k8s', 'fixed'], t } } },
			{ _id: 'card:k8s:c1', type: 'card', fields: { text: { v: { kind: 'concept', front: 'Q1 fixed', back: 'A1' }, t }, tags: { v: 42, t } } },
			{ _id: 'card:own:x', type: 'card', fields: { text: { v: { kind: 'spaceship' }, t }, deckId: { v: 'mine', t } } }
		]);
		await b.sync(c);
		expect(await b.card('k8s:c0')).toMatchObject({ front: 'Q0', tags: ['k8s', 'fixed'] });
		expect(await b.card('k8s:c1')).toMatchObject({ front: 'Q1 fixed', tags: ['k8s'] });
		expect(await b.card('own:x')).toBeUndefined();
		await expectTalliesConsistent(b.db);
		await b.close();
	});

	it("decks and settings: an own deck's title and deletion, a built-in deck's hidden flag and the study settings reach the other device", async () => {
		const [a, b] = [await device('a'), await device('b')];
		const c = client();
		await addCard(a.db, undefined, concept('own:d1', 'Deck card', 'x'), Date.now(), 'Drills');
		await setDeckHidden(a.db, 'k8s', true);
		const study = { srs: { ...settings, desiredRetention: 0.85, weights: [0.4, 1.2, 3.1, 15.5] }, limits: { newPerDay: 7, reviewsPerDay: 70 }, dayStartHour: 5, burySiblings: false };
		await setSetting(a.db, 'study', study);
		await setSetting(a.db, 'theme', 'dark');
		await a.sync(c);
		await b.sync(c);
		expect((await b.db.decks.get('k8s'))?.hidden).toBe(true);
		expect((await b.db.decks.get('my-cards'))?.title).toBe('Drills');
		expect(await getSetting(b.db, 'study')).toEqual(study);
		// Language and theme stay per device.
		expect(await getSetting(b.db, 'theme')).toBeUndefined();

		// Concurrent settings changes: the later one wins on both.
		const t = Date.now();
		await setSetting(a.db, 'study', { ...study, dayStartHour: 6 }, { now: t });
		await setSetting(b.db, 'study', { ...study, dayStartHour: 7 }, { now: t + MINUTE });
		await setDeckHidden(b.db, 'k8s', false);
		await a.sync(c);
		await b.sync(c);
		await a.sync(c);
		for (const d of [a, b]) {
			expect((await getSetting<typeof study>(d.db, 'study'))?.dayStartHour).toBe(7);
			expect((await d.db.decks.get('k8s'))?.hidden).toBeUndefined();
		}

		const { deleteDeck } = await import('../../src/lib/db');
		await deleteDeck(b.db, 'my-cards');
		await b.sync(c);
		await a.sync(c);
		expect(await a.db.decks.get('my-cards')).toBeUndefined();
		expect(await a.card('own:d1')).toBeUndefined();
		await expectTalliesConsistent(a.db);
		await a.close();
		await b.close();
	});
});
