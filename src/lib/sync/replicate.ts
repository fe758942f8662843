/**
 * One sync with a CouchDB database: pull the event days other devices wrote (in `_changes`
 * batches, each applied in one transaction, then its checkpoint stored), push this device's new
 * answers and undos (grouped per UTC day, merged with what the server holds), then rebuild the
 * states of every touched card by replay. Interrupted anywhere, the next sync resumes: pulled
 * batches are re-applied harmlessly (events dedupe) and the push position only moves after the
 * server acknowledged every document.
 */
import type { DeckhandDb } from '../db/schema';
import { KnownLogs, applyEvents, applyFlags, clearPendingUndos, countLogsAfter, flagValues, lastLogId, logsAfter, logsFromDay, notePushed, pendingFlags, pendingUndos, readToPush, replayDirty, reviewRange } from '../db/sync';
import { DAY_MS } from '../srs/day';
import type { FlagField, Tombstone } from '../db/writes';
import { FLAGS_DOC_PREFIX, flagsDocId, isFlagsDoc, type FlagsDoc } from './flags';
import { pushFields } from './fields';
import { pullDocs, pushDocs } from './docs';
import type { SrsSettings } from '../srs/fsrs';
import type { ReviewLog } from '../srs/types';
import type { ChangesBatch, CouchClient, CouchDoc } from './couch';
import { SyncError } from './errors';
import { eventDocId, eventsOf, isEventDoc, packEvents, unionEvents, utcDay, type AnswerEvent, type EventDayDoc, type SyncEvent, type UndoEvent } from './events';
import { formatId, parseId, receive, tick } from './hlc';
import type { Checkpoint, SyncMeta } from './meta';
import { timer, type Timings } from './timings';

/** The settings row that names the collection's generation: a restore brings back an old one. */
export const GENERATION_KEY = 'syncGeneration';
/** Sync metadata: answers from another device were stored here at least once. */
const MERGED_KEY = 'merged';

export interface SyncProgress {
	phase: 'pull' | 'push' | 'replay';
	/** Documents or rows done in this phase, and the total when known (0 = unknown). */
	done: number;
	total: number;
}

export interface SyncOptions {
	/** The learner's FSRS settings: replay uses them, as the review screen does. */
	settings: SrsSettings;
	/** `_changes` rows per pull batch (default 50: an event day of an imported history can hold thousands of answers). */
	pullBatch?: number;
	/** Review-log rows per push (default 5,000); a longer backlog is walked in whole days instead. */
	pushBatch?: number;
	/** About how many review-log rows each request of that day walk carries (default 20,000). */
	historyBatch?: number;
	/** Physical clock, epoch ms (tests move it). */
	now?: () => number;
	onProgress?: (progress: SyncProgress) => void;
	/** Checked between batches: an aborted sync stops with what is stored so far (a consistent point). */
	signal?: AbortSignal;
}

export interface SyncReport {
	pulledEvents: number;
	pushedEvents: number;
	replayed: number;
	/** Cards whose suspended/buried flags changed here from another device's change. */
	flagsChanged: number;
	/** Card, deck and setting documents that changed something here (`docs.ts`). */
	docsChanged: number;
	/** Card texts changed on two devices since they last synced, found in this sync (shown to the learner). */
	clashes: number;
	/** Where the time went, ms per step (for the benchmark's "where the time goes"). */
	timings: Timings;
}

/** A `_changes` batch, the event days among its documents and their events. */
interface PullBatch {
	batch: ChangesBatch;
	docs: EventDayDoc[];
	eventLists: SyncEvent[][];
}

function remoteKey(client: CouchClient): string {
	return `${client.base}/${client.db}`;
}

function checkAbort(signal: AbortSignal | undefined): void {
	if (signal?.aborted) throw new SyncError('network', 'sync stopped; the next sync resumes where this one ended');
}

function newGeneration(): string {
	return [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function syncOnce(db: DeckhandDb, meta: SyncMeta, client: CouchClient, opts: SyncOptions): Promise<SyncReport> {
	const now = opts.now ?? Date.now;
	const device = await meta.deviceId();
	const key = remoteKey(client);
	const report: SyncReport = { pulledEvents: 0, pushedEvents: 0, replayed: 0, flagsChanged: 0, docsChanged: 0, clashes: 0, timings: {} };
	const countDocs = (applied: { changed: number; clashes: number }) => {
		report.docsChanged += applied.changed;
		report.clashes += applied.clashes;
	};
	const timed = timer(report.timings);
	/** The clock of a local flag change made at `at` (epoch ms): later changes win. */
	const stamp = (at: number) => formatId({ wall: at, counter: 0 }, device);
	await client.ensureDb();
	const localId = `deckhand-${device}`;
	const remoteCheckpoint = await client.getLocal<{ since?: string | number; pushedLogId?: number }>(localId);
	let cp: Checkpoint = await meta.checkpoint(key);
	const generation = (await db.settings.get(GENERATION_KEY))?.value as string | undefined;
	// A restored collection (other generation), or a server that lost our checkpoint: start over.
	// Nothing is counted twice: events dedupe by id and by (card, time).
	if (cp.generation !== (generation ?? '') || (!remoteCheckpoint && (cp.pushedLogId > 0 || cp.since !== 0))) {
		cp = { ...cp, since: 0, pushedLogId: 0, dayCursor: 0 };
	}
	let clock = await meta.clock();
	let eidOf = await meta.eventIds();
	let localRev = remoteCheckpoint?._rev;
	/** The server's copy of the checkpoint: its absence later means the server lost this device's data. */
	const saveCheckpoint = async () => {
		await meta.setCheckpoint(key, cp);
		localRev = await client.putLocal(localId, { since: cp.since, pushedLogId: cp.pushedLogId, device, at: cp.lastSynced }, localRev);
	};

	// 1. Pull. This device's own event days are skipped by id (their events are here already),
	// except when starting over (a restore may have lost some of them).
	const pullBatch = opts.pullBatch ?? 50;
	const fromScratch = cp.since === 0 && cp.pushedLogId === 0;
	const ownPrefix = eventDocId(device, '');
	let pulledDocs = 0;
	// A first sync into an empty log: replay later takes the pulled answers from memory.
	const known = (await lastLogId(db)) === 0 ? new KnownLogs() : undefined;
	/** One `_changes` batch after `since`, its documents, and their events unpacked. */
	const fetchBatch = async (since: string | number): Promise<PullBatch> => {
		const batch = await timed('pullFetch', () => client.changes(since, pullBatch, false));
		const wanted = batch.results.filter((row) => !row.deleted && (fromScratch || !row.id.startsWith(ownPrefix))).map((row) => row.id);
		const fetched = await timed('pullFetch', () => client.getDocs(wanted));
		for (const row of batch.results) row.doc = fetched.get(row.id);
		const docs = batch.results.map((row) => row.doc).filter(isEventDoc);
		return { batch, docs, eventLists: await timed('pullUnpack', () => Promise.all(docs.map(eventsOf))) };
	};
	let pending: Promise<PullBatch> | undefined = handled(fetchBatch(cp.since));
	while (pending) {
		checkAbort(opts.signal);
		const { batch, docs, eventLists }: PullBatch = await pending;
		// The next batch is fetched and unpacked while this one is stored (its checkpoint comes after).
		pending = batch.results.length < pullBatch ? undefined : handled(fetchBatch(batch.last_seq));
		const answers: AnswerEvent[] = [];
		const undos: UndoEvent[] = [];
		for (const events of eventLists) {
			for (const event of events) {
				const at = parseId(event.id);
				if (!at) continue;
				clock = receive(clock, at);
				if (event.kind === 'answer' && event.log?.cardId) answers.push(event);
				else if (event.kind === 'undo' && event.cardId) undos.push(event);
			}
		}
		const flags = new Map(batch.results.map((row) => row.doc).filter(isFlagsDoc).map((doc) => [doc.cardId, doc.fields] as const));
		if (flags.size) report.flagsChanged += await applyFlags(db, flags, stamp);
		countDocs(await timed('pullDocs', () => pullDocs(db, batch.results.map((row) => row.doc), stamp, now())));
		if (docs.length) {
			const undone = await meta.undone();
			const applied = await timed('pullApply', () => applyEvents(db, answers, undos, undone, cp.pushedLogId, eidOf));
			cp = { ...cp, pushedLogId: applied.pushedLogId };
			known?.add(applied);
			if (applied.added || applied.removed) await meta.kv.put({ key: MERGED_KEY, value: true });
			await meta.addUndone(undos.map((u) => u.target));
			report.pulledEvents += answers.length + undos.length;
		}
		// Nothing new (the usual live sync): no checkpoint write, no request.
		if (batch.results.length || String(batch.last_seq) !== String(cp.since)) {
			cp = { ...cp, since: batch.last_seq };
			await meta.setClock(clock);
			await saveCheckpoint();
		}
		pulledDocs += batch.results.length;
		opts.onProgress?.({ phase: 'pull', done: pulledDocs, total: 0 });
	}

	// Pulled a clock ahead of this device's: answers stored from now on are named after it.
	if (clock.wall >= now()) {
		await meta.addFloor({ after: await lastLogId(db), at: clock });
		eidOf = await meta.eventIds();
	}

	// 2. Push: this device's answers after the push position, and its pending undos.
	const pushBatch = opts.pushBatch ?? 5_000;
	const last = await lastLogId(db);
	const backlog = await countLogsAfter(db, cp.pushedLogId);
	const merged = ((await meta.kv.get(MERGED_KEY))?.value as boolean | undefined) ?? false;
	/**
	 * Read rows to push. This device's answers are not written back with their event ids: the id is
	 * derived from the row (`derivedEventId`), the same every time, so a failed push sends the same
	 * ids next time. A card whose log holds only this device's answers is already the replay of them
	 * (the live answers ran in the same order); once other devices' answers arrived here,
	 * interleaving can differ, so the answered cards are replayed.
	 */
	const readRows = (read: () => Promise<ReviewLog[]>): Promise<ReviewLog[]> => timed('pushRead', () => readToPush(db, read, merged));
	/** Send some rows (and tombstones) as events in their day documents. */
	const pushRows = async (rows: readonly ReviewLog[], undos: readonly Tombstone[]) => {
		const own = rows.filter((log) => !log.eid || parseId(log.eid)?.deviceId === device);
		if (own.length) await notePushed(db, own.reduce((max, log) => Math.max(max, log.id!), 0));
		const events = new Map<string, SyncEvent[]>();
		const add = (day: string, event: SyncEvent) => {
			const id = eventDocId(device, day);
			const list = events.get(id);
			if (list) list.push(event);
			else events.set(id, [event]);
		};
		let latest = '';
		for (const log of own) {
			const id = eidOf(log);
			if (id > latest) latest = id;
			add(utcDay(log.review), { id, kind: 'answer', log: withoutIds(log) });
		}
		// The clock moves past this device's own events, as if they had been stamped with it.
		if (latest) clock = receive(clock, parseId(latest)!);
		const targets = undos.map((t) => eidOf({ ...t, id: t.logId, eid: t.eid || undefined }));
		undos.forEach((t, k) => {
			clock = tick(clock, Math.max(now(), t.at));
			add(utcDay(t.at), { id: formatId(clock, device), kind: 'undo', target: targets[k], cardId: t.cardId, review: t.review, due: t.due });
		});
		await meta.setClock(clock);
		await timed('pushSend', () => pushDays(client, device, events));
		if (undos.length) {
			await clearPendingUndos(db, undos);
			await meta.addUndone(targets);
		}
		report.pushedEvents += own.length + undos.length;
		opts.onProgress?.({ phase: 'push', done: report.pushedEvents, total: backlog });
	};
	if (backlog > pushBatch) {
		// A long history (first sync, an import): walk it in whole UTC days through the `review`
		// index, about `historyBatch` rows (many days) per request, so each event day is written
		// once and a round trip carries thousands of answers. Resumes at the stored day.
		const historyBatch = opts.historyBatch ?? 20_000;
		const range = await reviewRange(db);
		const readDays = (day: number) => {
			let next = day;
			const rows = readRows(async () => {
				const found = await logsFromDay(db, day, historyBatch, cp.pushedLogId, last);
				next = found.next;
				return found.rows;
			});
			return handled(rows.then((read) => ({ rows: read, next })));
		};
		const first = Math.max(Math.floor(range.first / DAY_MS) * DAY_MS, cp.dayCursor);
		let reading = first <= range.last ? readDays(first) : undefined;
		while (reading) {
			checkAbort(opts.signal);
			const { rows, next } = await reading;
			// The next days are read while these are sent (the log is only read: nothing to wait for).
			reading = next <= range.last ? readDays(next) : undefined;
			if (rows.length) await pushRows(rows, []);
			cp = { ...cp, dayCursor: next };
			await saveCheckpoint();
		}
		cp = { ...cp, pushedLogId: last, dayCursor: 0 };
		await saveCheckpoint();
	}
	for (;;) {
		checkAbort(opts.signal);
		const rows = await readRows(() => logsAfter(db, cp.pushedLogId, pushBatch));
		const undos = rows.length < pushBatch ? await pendingUndos(db) : [];
		if (rows.length === 0 && undos.length === 0) break;
		await pushRows(rows, undos);
		if (rows.length) cp = { ...cp, pushedLogId: rows[rows.length - 1].id! };
		await saveCheckpoint();
		if (rows.length < pushBatch) break;
	}

	// 3. Flags changed here: merged per field with the server's documents, the result applied here too.
	const changedFlags = await pendingFlags(db);
	if (Object.keys(changedFlags).length) {
		checkAbort(opts.signal);
		const values = await flagValues(db, Object.keys(changedFlags));
		const mine = new Map<string, FlagsDoc['fields']>();
		for (const [cardId, fields] of Object.entries(changedFlags)) {
			const value = values.get(cardId);
			if (!value) continue;
			const stamped: FlagsDoc['fields'] = {};
			for (const [f, at] of Object.entries(fields) as [FlagField, number][]) stamped[f] = { v: value[f], t: stamp(at) };
			mine.set(cardId, stamped);
		}
		const merged = await pushFlags(client, mine);
		report.flagsChanged += await applyFlags(db, merged, stamp, changedFlags);
	}

	// 3b. Cards, decks and settings changed here: merged per field with the server's, the result applied here too.
	checkAbort(opts.signal);
	countDocs(await timed('pushDocs', () => pushDocs(db, client, stamp, now())));

	// 4. Replay every touched card, then record where this sync ended.
	opts.onProgress?.({ phase: 'replay', done: 0, total: 0 });
	report.replayed = await replayDirty(db, opts.settings, eidOf, { timings: report.timings, known });
	const next = newGeneration();
	await db.settings.put({ key: GENERATION_KEY, value: next });
	cp = { ...cp, generation: next, lastSynced: now() };
	await saveCheckpoint();
	return report;
}

/** `work`, marked as handled: a read ahead that nobody awaits (the sync failed meanwhile) is no unhandled rejection. */
function handled<T>(work: Promise<T>): Promise<T> {
	work.catch(() => undefined);
	return work;
}

function withoutIds(log: ReviewLog): AnswerEvent['log'] {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { id, eid, ...rest } = log;
	return rest;
}

/** Write flag documents merged per field with the server's; returns the merged fields per card. */
async function pushFlags(client: CouchClient, mine: ReadonlyMap<string, FlagsDoc['fields']>): Promise<Map<string, FlagsDoc['fields']>> {
	const byId = new Map([...mine].map(([cardId, fields]) => [flagsDocId(cardId), fields] as const));
	const pushed = await pushFields(client, byId, (id, fields) => ({ _id: id, type: 'flags', cardId: id.slice(FLAGS_DOC_PREFIX.length), fields }));
	return new Map([...pushed].map(([id, { merged }]) => [id.slice(FLAGS_DOC_PREFIX.length), merged as FlagsDoc['fields']] as const));
}

/** Write event days: each merged with the server's version; a conflict (someone wrote in between) is merged again. */
async function pushDays(client: CouchClient, device: string, events: ReadonlyMap<string, SyncEvent[]>): Promise<void> {
	let todo = [...events.keys()];
	for (let attempt = 0; todo.length && attempt < 5; attempt++) {
		const stored = await client.getDocs(todo);
		const docs: CouchDoc[] = await Promise.all(
			todo.map(async (id) => {
				const old = stored.get(id);
				const day = id.slice(id.lastIndexOf(':') + 1);
				const merged = unionEvents(isEventDoc(old) ? await eventsOf(old) : [], events.get(id)!);
				const doc: EventDayDoc = { _id: id, type: 'events', device, day, count: merged.length, z: await packEvents(merged) };
				if (old?._rev) doc._rev = old._rev;
				return doc;
			})
		);
		const results = await client.bulkDocs(docs);
		const failed = results.filter((r) => 'error' in r);
		const other = failed.find((r) => 'error' in r && r.error !== 'conflict');
		if (other && 'error' in other) throw new SyncError('protocol', `the server refused ${other.id}: ${other.error}${other.reason ? ` (${other.reason})` : ''}`);
		todo = failed.map((r) => r.id);
	}
	if (todo.length) throw new SyncError('protocol', `${todo.length} event documents kept conflicting; try again`);
}

