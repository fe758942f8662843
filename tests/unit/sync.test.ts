/**
 * Two simulated devices (two fake-indexeddb collections with their own sync metadata) syncing
 * through a pouchdb-server this file starts on a loopback port.
 */
import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeckhandDb, activitySums, getState, mergeDecks, recordAnswer, talliesOf, undoAnswer, type StateRow } from '../../src/lib/db';
import type { Deck } from '../../src/lib/deck/types';
import { errorMessage } from '../../src/lib/errors';
import { answer, defaultSrsSettings, type SrsSettings } from '../../src/lib/srs/fsrs';
import type { Grade, ReviewLog } from '../../src/lib/srs/types';
import { CouchClient, checkServerUrl } from '../../src/lib/sync/couch';
import { SyncError } from '../../src/lib/sync/errors';
import { eventsOf, type EventDayDoc } from '../../src/lib/sync/events';
import { SyncMeta } from '../../src/lib/sync/meta';
import { KnownLogs, replayDirty, type ApplyReport } from '../../src/lib/db/sync';
import { syncOnce, type SyncOptions } from '../../src/lib/sync/replicate';
import { startSyncServer } from '../../scripts/sync-server.mjs';

type RunningServer = Awaited<ReturnType<typeof startSyncServer>>;

const settings: SrsSettings = { ...defaultSrsSettings };
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function deck(n: number): Deck {
	return {
		id: 'k8s',
		title: 'Kubernetes',
		lang: 'en',
		cards: Array.from({ length: n }, (_, i) => ({ id: `k8s:c${i}`, kind: 'concept' as const, tags: [], front: `Q${i}`, back: `A${i}` }))
	};
}

let serial = 0;
class Device {
	readonly db: DeckhandDb;
	readonly meta: SyncMeta;
	/** Offset of this device's clock from the real one, ms. */
	constructor(
		readonly name: string,
		readonly skew = 0
	) {
		serial++;
		this.db = new DeckhandDb(`sync-${name}-${serial}`);
		this.meta = new SyncMeta(`sync-meta-${name}-${serial}`);
	}
	async setup(cards = 80) {
		await mergeDecks(this.db, [deck(cards)], T0);
	}
	/** Answer a card at real time `at` (the device stamps it with its own, skewed, clock). */
	async answer(i: number, rating: Grade, at: number): Promise<number> {
		const shown = (await getState(this.db, `k8s:c${i}`))!;
		return recordAnswer(this.db, shown, answer(shown, rating, at + this.skew, settings));
	}
	async sync(client: CouchClient, opts: Partial<SyncOptions> = {}) {
		return syncOnce(this.db, this.meta, client, { settings, now: () => Date.now() + this.skew, ...opts });
	}
	async logs(): Promise<ReviewLog[]> {
		// This device's own answers are not labelled in storage: their event ids are derived.
		const eidOf = await this.meta.eventIds();
		return (await this.db.revlog.toArray()).map((log) => ({ ...log, eid: eidOf(log) })).sort((a, b) => (a.eid < b.eid ? -1 : 1));
	}
	async snapshot() {
		const states = (await this.db.states.toArray()).sort((a, b) => (a.cardId < b.cardId ? -1 : 1));
		const byKey = <T extends { hour: number; queue?: number }>(a: T, b: T) => (a.queue ?? 0) - (b.queue ?? 0) || a.hour - b.hour;
		const logs = (await this.logs()).map(({ id: _id, ...log }) => log);
		return {
			states,
			logs,
			tallies: (await this.db.tallies.toArray()).sort(byKey),
			activity: (await this.db.activity.toArray()).sort(byKey)
		};
	}
	async close() {
		await this.db.delete();
		await this.meta.delete();
	}
}

/** The running sums equal a recount. */
async function expectConsistent(device: Device) {
	const snap = await device.snapshot();
	const byKey = <T extends { hour: number; queue?: number }>(a: T, b: T) => (a.queue ?? 0) - (b.queue ?? 0) || a.hour - b.hour;
	expect(snap.tallies).toEqual(talliesOf(snap.states as StateRow[]).sort(byKey));
	expect(snap.activity).toEqual([...activitySums(await device.db.revlog.toArray()).values()].sort(byKey));
}

/** Two devices with the same deck of `cards` cards, on a new server database (`client()`). */
async function pair(cards?: number, bSkew = 0): Promise<{ a: Device; b: Device }> {
	dbCount++;
	const a = new Device('a');
	const b = new Device('b', bSkew);
	await a.setup(cards);
	await b.setup(cards);
	return { a, b };
}

async function closeAll(...devices: Device[]): Promise<void> {
	for (const device of devices) await device.close();
}

/** Every event stored in a server database's event days. */
async function serverEvents(url: string, name: string) {
	const days = (await (await fetch(`${url}/${name}/_all_docs?include_docs=true`)).json()) as { rows: { doc: EventDayDoc }[] };
	return (await Promise.all(days.rows.filter((r) => r.doc.type === 'events').map((r) => eventsOf(r.doc)))).flat();
}

let server: RunningServer;
let dbCount = 0;
const client = (url = server.url, opts: { timeoutMs?: number } = {}) => new CouchClient({ url, db: `learner-${dbCount}`, ...opts });

beforeAll(async () => {
	server = (await startSyncServer());
});
afterAll(async () => {
	await server?.stop();
});

describe('two devices through pouchdb-server', () => {
	it('both offline, then sync: the same 65 events, identical states, tallies and activity, nothing counted twice', async () => {
		const { a, b } = await pair();
		const now = Date.now();
		for (let i = 0; i < 30; i++) await a.answer(i, ((i % 4) + 1) as Grade, now - 3 * HOUR + i * MINUTE);
		for (let i = 30; i < 60; i++) await b.answer(i, 3, now - 2 * HOUR + i * MINUTE);
		for (let i = 0; i < 5; i++) await b.answer(i, 1, now - HOUR + i * MINUTE);
		const c = client();
		await a.sync(c);
		await b.sync(c);
		await a.sync(c);
		const [sa, sb] = [await a.snapshot(), await b.snapshot()];
		expect(sa.logs).toHaveLength(65);
		expect(sa.logs).toEqual(sb.logs);
		expect(new Set(sa.logs.map((l) => l.eid)).size).toBe(65);
		expect(sa.states).toEqual(sb.states);
		expect(sa.tallies).toEqual(sb.tallies);
		expect(sa.activity).toEqual(sb.activity);
		expect(sa.activity.reduce((n, r) => n + r.answers, 0)).toBe(65);
		// Card 0 was answered on both: its state is the replay of both answers.
		expect((await getState(a.db, 'k8s:c0'))!.reps).toBe(2);
		await expectConsistent(a);
		await expectConsistent(b);
		// Syncing again changes nothing.
		const again = await a.sync(c);
		expect(again.pushedEvents).toBe(0);
		expect(await a.snapshot()).toEqual(sa);
		await closeAll(a, b);
	});

	it('an undo on A after a sync reaches B, and the card is new again on both', async () => {
		const { a, b } = await pair(10);
		const now = Date.now();
		await a.answer(1, 3, now - HOUR);
		const before = (await getState(a.db, 'k8s:c2'))!;
		const logId = await a.answer(2, 4, now - HOUR + MINUTE);
		const c = client();
		await a.sync(c);
		await b.sync(c);
		expect(await b.db.revlog.count()).toBe(2);
		await undoAnswer(a.db, logId, before);
		await a.sync(c);
		await b.sync(c);
		const [sa, sb] = [await a.snapshot(), await b.snapshot()];
		expect(sb.logs.map((l) => l.cardId)).toEqual(['k8s:c1']);
		expect(sa.logs).toEqual(sb.logs);
		expect(sa.states).toEqual(sb.states);
		expect((await getState(b.db, 'k8s:c2'))!).toEqual(before);
		await expectConsistent(b);
		// The undone answer stays undone when B pulls everything again (e.g. after a restore).
		await b.db.settings.put({ key: 'syncGeneration', value: 'restored' });
		await b.sync(c);
		expect(await b.db.revlog.count()).toBe(1);
		await closeAll(a, b);
	});

	it("undo after the derived ids: a pushed answer of A (no id stored) reaches B as an undo, an unpushed one just goes", async () => {
		const { a, b } = await pair(10);
		const now = Date.now();
		const before = (await getState(a.db, 'k8s:c1'))!;
		const pushed = await a.answer(1, 3, now - HOUR);
		const c = client();
		await a.sync(c);
		await b.sync(c);
		// Pushing wrote nothing back to A's row: its event id is derived, and B holds that id.
		expect((await a.db.revlog.get(pushed))!.eid).toBeUndefined();
		const [eidOnA] = (await a.logs()).map((l) => l.eid);
		expect((await b.db.revlog.toArray()).map((l) => l.eid)).toEqual([eidOnA]);
		await undoAnswer(a.db, pushed, before);
		const tombstones = (await a.db.settings.get('syncPendingUndo'))!.value as { eid: string; logId: number }[];
		expect(tombstones).toMatchObject([{ eid: '', logId: pushed }]);
		// Answered and undone between two syncs: never pushed, so no tombstone and nothing sent.
		const before2 = (await getState(a.db, 'k8s:c2'))!;
		const unpushed = await a.answer(2, 3, now - 30 * MINUTE);
		await undoAnswer(a.db, unpushed, before2);
		expect(((await a.db.settings.get('syncPendingUndo'))!.value as unknown[]).length).toBe(1);
		const report = await a.sync(c);
		expect(report.pushedEvents).toBe(1);
		await b.sync(c);
		expect(await b.db.revlog.count()).toBe(0);
		expect(await a.db.revlog.count()).toBe(0);
		expect((await getState(b.db, 'k8s:c1'))!).toEqual(before);
		expect(((await a.db.settings.get('syncPendingUndo'))!.value as unknown[]).length).toBe(0);
		const events = await serverEvents(server.url, c.db);
		expect(events.map((e) => e.kind).sort()).toEqual(['answer', 'undo']);
		expect(events.find((e) => e.kind === 'undo')).toMatchObject({ target: eidOnA });
		await expectConsistent(a);
		await expectConsistent(b);
		await closeAll(a, b);
	});

	it('a first sync into an empty log replays from the pulled rows in memory: the same states as a replay from storage', async () => {
		const { a, b } = await pair(20);
		const now = Date.now();
		// Several answers per card over several days, mixed ratings, so order and intervals matter.
		for (let round = 0; round < 4; round++) {
			for (let i = 0; i < 20; i++) await a.answer(i, (((i + round) % 4) + 1) as Grade, now - (4 - round) * 26 * HOUR + i * MINUTE);
		}
		const c = client();
		await a.sync(c);
		const report = await b.sync(c, { pullBatch: 2 });
		expect(report.pulledEvents).toBe(80);
		const fromMemory = (await b.snapshot()).states;
		expect(fromMemory).toEqual((await a.snapshot()).states);
		// Replay every card again from the stored log: nothing changes.
		const cards = Object.fromEntries(fromMemory.map((s) => [s.cardId, null]));
		await b.db.settings.put({ key: 'syncDirty', value: cards });
		expect(await replayDirty(b.db, settings, await b.meta.eventIds())).toBe(20);
		expect((await b.snapshot()).states).toEqual(fromMemory);
		await expectConsistent(b);
		await closeAll(a, b);
	});

	it('the in-memory log of a first sync is dropped when anything but the sync changed the log', () => {
		const log = (cardId: string, eid: string): ReviewLog => ({ cardId, deckId: 'k8s', eid, rating: 3, state: 0, due: 0, stability: 0, difficulty: 0, elapsed_days: 0, last_elapsed_days: 0, scheduled_days: 0, learning_steps: 0, review: 1, duration: 1 });
		const batch = (firstLogId: number, rows: ReviewLog[], extra: Partial<ApplyReport> = {}): ApplyReport => ({ added: rows.length, rows, firstLogId, lastLogId: firstLogId + rows.length, relabelled: 0, removed: 0, pushedLogId: 0, ...extra });
		const known = new KnownLogs();
		known.add(batch(0, [log('c1', 'e1'), log('c2', 'e2')]));
		known.add(batch(2, [log('c1', 'e3')]));
		expect(known.lastLogId).toBe(3);
		expect(known.byCard.get('c1')!.map((r) => r.eid)).toEqual(['e1', 'e3']);
		// An answer stored between two batches (log id 4): the log is no longer known whole.
		known.add(batch(4, [log('c2', 'e4')]));
		expect(known.lastLogId).toBe(-1);
		expect(known.byCard.size).toBe(0);
		const relabelled = new KnownLogs();
		relabelled.add(batch(0, [log('c1', 'e1')], { relabelled: 1 }));
		expect(relabelled.lastLogId).toBe(-1);
	});

	it("B's clock one hour behind: the merged order and the states are the same on both", async () => {
		const { a, b } = await pair(10, -HOUR);
		const c = client();
		const now = Date.now();
		await a.answer(0, 3, now - 10 * MINUTE);
		await a.sync(c);
		await b.sync(c);
		// B answers the same card after it saw A's answer, at a wall time an hour behind.
		await b.answer(0, 1, now - 5 * MINUTE);
		await b.answer(3, 3, now - 4 * MINUTE);
		await b.sync(c);
		await a.sync(c);
		const [sa, sb] = [await a.snapshot(), await b.snapshot()];
		expect(sa.logs).toEqual(sb.logs);
		expect(sa.states).toEqual(sb.states);
		// Clock order: B's answer comes after A's although its time is earlier.
		const card0 = sa.logs.filter((l) => l.cardId === 'k8s:c0');
		expect(card0.map((l) => l.rating)).toEqual([3, 1]);
		expect(card0[1].review).toBeLessThan(card0[0].review);
		expect((await getState(a.db, 'k8s:c0'))!.lapses).toBe(0);
		expect((await getState(a.db, 'k8s:c0'))!.reps).toBe(2);
		await closeAll(a, b);
	});

	it('a suspend on B reaches A; concurrent flag changes: the later change wins on both', async () => {
		const { a, b } = await pair(10);
		const c = client();
		const { updateState } = await import('../../src/lib/db');
		await updateState(b.db, { ...(await getState(b.db, 'k8s:c3'))!, suspended: 1 });
		await b.sync(c);
		const pulled = await a.sync(c);
		expect(pulled.flagsChanged).toBe(1);
		expect((await getState(a.db, 'k8s:c3'))!.suspended).toBe(1);
		await expectConsistent(a);
		// Per field: A suspends c4 and B (later) buries it — both stand. A suspends c5, B later
		// suspends and unsuspends it — B's later value wins. A (latest) unsuspends c3.
		const set = async (d: Device, i: number, flags: { suspended?: 0 | 1; buriedUntil?: number }) => {
			await updateState(d.db, { ...(await getState(d.db, `k8s:c${i}`))!, ...flags });
			await new Promise((r) => setTimeout(r, 5));
		};
		await set(a, 4, { suspended: 1 });
		await set(a, 5, { suspended: 1 });
		await set(b, 4, { buriedUntil: Date.now() + HOUR });
		await set(b, 5, { suspended: 1 });
		await set(b, 5, { suspended: 0 });
		await set(a, 3, { suspended: 0 });
		await b.sync(c);
		await a.sync(c);
		await b.sync(c);
		const [sa, sb] = [await a.snapshot(), await b.snapshot()];
		expect(sa.states).toEqual(sb.states);
		expect(sa.tallies).toEqual(sb.tallies);
		const c4 = (await getState(a.db, 'k8s:c4'))!;
		expect([c4.suspended, c4.buriedUntil > 0]).toEqual([1, true]);
		expect((await getState(a.db, 'k8s:c5'))!.suspended).toBe(0);
		expect((await getState(b.db, 'k8s:c3'))!.suspended).toBe(0);
		await expectConsistent(b);
		await closeAll(a, b);
	});

	it('a restore to an older collection followed by a sync brings every event back once', async () => {
		dbCount++;
		const a = new Device('a');
		await a.setup(10);
		const c = client();
		const now = Date.now();
		await a.answer(0, 3, now - HOUR);
		await a.sync(c);
		const { readCollection, restoreCollection } = await import('../../src/lib/db');
		const backup = await readCollection(a.db);
		await a.answer(1, 3, now - 30 * MINUTE);
		await a.sync(c);
		await restoreCollection(a.db, backup, 'replace', { settings });
		expect(await a.db.revlog.count()).toBe(1);
		await a.sync(c);
		const logs = await a.logs();
		expect(logs.map((l) => l.cardId).sort()).toEqual(['k8s:c0', 'k8s:c1']);
		await expectConsistent(a);
		await a.close();
	});
});

describe('interrupted sync', () => {
	it('server killed in the middle of a push: nothing lost or duplicated, the next sync resumes', async () => {
		const disk = (await startSyncServer({ dir: undefined, inMemory: false }));
		const a = new Device('a');
		const b = new Device('b');
		await a.setup(60);
		await b.setup(60);
		const now = Date.now();
		for (let i = 0; i < 50; i++) await a.answer(i, 3, now - 2 * HOUR - (i % 3) * 26 * HOUR + i * 1000);
		const c = new CouchClient({ url: disk.url, db: 'killed', timeoutMs: 3000 });
		let batches = 0;
		const error = await a
			.sync(c, {
				pushBatch: 10,
				historyBatch: 10,
				onProgress: (p) => {
					if (p.phase === 'push' && ++batches === 2) void disk.stop();
				}
			})
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(SyncError);
		expect(errorMessage(error)).toMatch(/could not reach|did not answer/);
		expect(await a.db.revlog.count()).toBe(50);
		await expectConsistent(a);
		const restarted = (await startSyncServer({ port: disk.port, dir: disk.dir, inMemory: false }));
		const report = await a.sync(c, { pushBatch: 10, historyBatch: 10 });
		expect(report.pushedEvents).toBeLessThan(50);
		await b.sync(c);
		const [sa, sb] = [await a.snapshot(), await b.snapshot()];
		expect(sb.logs).toHaveLength(50);
		expect(new Set(sb.logs.map((l) => l.eid)).size).toBe(50);
		expect(sa.logs).toEqual(sb.logs);
		expect(sa.states).toEqual(sb.states);
		const stored = await serverEvents(restarted.url, 'killed');
		expect(stored).toHaveLength(50);
		expect(new Set(stored.map((e) => e.id)).size).toBe(50);
		await restarted.stop();
		await closeAll(a, b);
	});
});

describe('a second learner', () => {
	/** A fetch that keeps the session cookie, as the browser does for `credentials: 'include'`. */
	function cookieFetch(): typeof fetch {
		let cookie = '';
		return async (input, init = {}) => {
			const headers = new Headers(init.headers);
			if (cookie) headers.set('cookie', cookie);
			const response = await fetch(input, { ...init, headers });
			const set = response.headers.get('set-cookie');
			if (set) cookie = set.split(';')[0];
			return response;
		};
	}

	it("cannot read or write the first learner's database (pouchdb-server enforces _security members)", async () => {
		const own = await startSyncServer();
		const put = (path: string, body: unknown) => fetch(`${own.url}${path}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
		for (const name of ['ana', 'ben']) expect((await put(`/_users/org.couchdb.user:${name}`, { name, password: `pw-${name}`, roles: [], type: 'user' })).ok).toBe(true);
		expect((await put('/deckhand-ana', {})).ok).toBe(true);
		expect((await put('/deckhand-ana/_security', { admins: { names: [], roles: [] }, members: { names: ['ana'], roles: [] } })).ok).toBe(true);
		// An admin ends the "admin party" (until then every request is an admin's, as on a fresh CouchDB).
		expect((await put('/_config/admins/admin', 'admin-pw')).ok).toBe(true);

		const a = new Device('ana');
		const b = new Device('ben');
		await a.setup(10);
		await b.setup(10);
		for (let i = 0; i < 3; i++) await a.answer(i, 3, Date.now() - HOUR + i * MINUTE);
		const anaFetch = cookieFetch();
		const anaClient = new CouchClient({ url: own.url, db: 'deckhand-ana', fetch: anaFetch });
		await anaClient.signIn('ana', 'pw-ana');
		expect((await a.sync(anaClient)).pushedEvents).toBe(3);

		const benFetch = cookieFetch();
		const benClient = new CouchClient({ url: own.url, db: 'deckhand-ana', fetch: benFetch });
		expect(await benClient.signIn('ben', 'pw-ben')).toBe('ben');
		const before = await b.snapshot();
		const error = await b.sync(benClient).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(SyncError);
		// pouchdb-server answers 401 where CouchDB answers 403 (docs/sync.md §7); both are refusals.
		expect(['auth', 'forbidden']).toContain((error as SyncError).kind);
		expect(await b.snapshot()).toEqual(before);
		const read = await benFetch(`${own.url}/deckhand-ana/_all_docs?include_docs=true`);
		expect([401, 403]).toContain(read.status);
		const write = await benFetch(`${own.url}/deckhand-ana/_bulk_docs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ docs: [{ _id: 'planted' }] }) });
		expect(((await write.json()) as { error?: string }[])[0].error).toBe('unauthorized');
		const seen = (await (await anaFetch(`${own.url}/deckhand-ana/_all_docs`)).json()) as { rows: { id: string }[] };
		expect(seen.rows.map((r) => r.id)).not.toContain('planted');
		await closeAll(a, b);
		await own.stop();
	});
});

describe('errors: a clear message each, local data untouched', () => {
	let fake: Server;
	let fakeUrl = '';
	beforeAll(async () => {
		fake = createServer((req, res) => {
			if (req.url?.startsWith('/html')) {
				res.writeHead(200, { 'content-type': 'text/html' });
				res.end('<!doctype html><title>router</title>');
			} else if (req.url?.startsWith('/json')) {
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end('{"hello":"world"}');
			} else if (req.url?.startsWith('/fail')) {
				res.writeHead(500, { 'content-type': 'application/json' });
				res.end('{"error":"internal_server_error","reason":"disk on fire"}');
			}
			// /slow: never answers
		});
		await new Promise<void>((ok) => fake.listen(0, '127.0.0.1', () => ok()));
		const address = fake.address();
		fakeUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	});
	afterAll(async () => {
		fake.closeAllConnections();
		await new Promise((ok) => fake.close(ok));
	});

	async function failing(url: string, run: (c: CouchClient, d: Device) => Promise<unknown>): Promise<SyncError> {
		const d = new Device('e');
		await d.setup(5);
		await d.answer(0, 3, Date.now() - HOUR);
		const before = await d.snapshot();
		const error = await run(new CouchClient({ url, db: 'x', timeoutMs: 500 }), d).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(SyncError);
		expect(await d.snapshot()).toEqual(before);
		await d.close();
		return error as SyncError;
	}

	it('a server that is not CouchDB', async () => {
		const html = await failing(`${fakeUrl}/html`, (c) => c.probe());
		expect(html.kind).toBe('not-couchdb');
		expect(errorMessage(html)).toMatch(/not CouchDB/);
		const json = await failing(`${fakeUrl}/json`, (c) => c.probe());
		expect(errorMessage(json)).toMatch(/not CouchDB.*check the address/);
		const sync = await failing(`${fakeUrl}/html`, (c, d) => d.sync(c));
		expect(sync.kind).toBe('not-couchdb');
	});

	it('a 500', async () => {
		const error = await failing(`${fakeUrl}/fail`, (c, d) => d.sync(c));
		expect(error.kind).toBe('server');
		expect(errorMessage(error)).toMatch(/server failed \(HTTP 500: disk on fire\).*nothing was changed here/);
	});

	it('a timeout', async () => {
		const error = await failing(`${fakeUrl}/slow`, (c, d) => d.sync(c));
		expect(error.kind).toBe('timeout');
		expect(errorMessage(error)).toMatch(/did not answer within 1 s/);
	});

	it('plain http to another machine is refused before anything is sent', () => {
		expect(() => checkServerUrl('http://couch.example.org')).toThrow(/must start with https/);
		expect(checkServerUrl('http://localhost:5984/')).toBe('http://localhost:5984');
		expect(() => checkServerUrl('not a url')).toThrow(/not a server address/);
	});

	it('a wrong password', async () => {
		const secured = (await startSyncServer());
		try {
			await fetch(`${secured.url}/_config/admins/admin`, { method: 'PUT', body: JSON.stringify('right-password') });
			const good = new CouchClient({ url: secured.url, db: 'x' });
			expect(await good.signIn('admin', 'right-password')).toBe('admin');
			const error = await failing(secured.url, (c) => c.signIn('admin', 'wrong'));
			expect(error.kind).toBe('auth');
			expect(errorMessage(error)).toMatch(/refused the sign-in.*sign in again/);
		} finally {
			await secured.stop();
		}
	});
});
