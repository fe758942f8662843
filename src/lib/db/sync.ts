/**
 * The collection side of sync: apply pulled review events, find what to push, and rebuild the
 * states of the cards sync touched by replaying their merged log (`docs/sync.md`). Writes go
 * through `writes.ts` like every other writer, so tallies and activity stay equal to a recount.
 */
import Dexie from 'dexie';
import { DAY_MS } from '../srs/day';
import { replayReviews, type ReplayInput, type SrsSettings } from '../srs/fsrs';
import type { ReviewLog } from '../srs/types';
import type { AnswerEvent, UndoEvent } from '../sync/events';
import type { EventIdOf } from '../sync/hlc';
import { addTime, timer, type Timings } from '../sync/timings';
import type { DeckhandDb } from './schema';
import type { StateChange } from './tallies';
import { pendingDocs } from './doc-writes';
import { FLAG_FIELDS, PENDING_FLAGS_KEY, PENDING_UNDO_KEY, PUSHED_LOG_KEY, addAnswers, labelAnswers, removeAnswers, writeStates, type FlagField, type PendingFlags, type Tombstone } from './writes';

/** Cards whose state sync must rebuild: card id → the due of a card left with no answers (or null). */
const DIRTY_KEY = 'syncDirty';
type Dirty = Record<string, number | null>;

async function markDirty(db: DeckhandDb, cards: ReadonlyMap<string, number | null>): Promise<void> {
	if (cards.size === 0) return;
	const dirty = ((await db.settings.get(DIRTY_KEY))?.value as Dirty | undefined) ?? {};
	for (const [id, due] of cards) dirty[id] = due ?? dirty[id] ?? null;
	await db.settings.put({ key: DIRTY_KEY, value: dirty });
}

async function logsOf(db: DeckhandDb, cardId: string): Promise<ReviewLog[]> {
	return db.revlog.where('[cardId+review]').between([cardId, Dexie.minKey], [cardId, Dexie.maxKey]).toArray();
}

/**
 * The logs of many cards. When the cards are most of those in their id range (a first sync touches
 * every card), one read of that range of the `[cardId+review]` index; otherwise one range read per
 * card, all in flight at once (Dexie's `anyOf` walks a cursor key by key, many times slower in
 * Chromium for thousands of keys).
 */
async function logsOfCards(db: DeckhandDb, cardIds: Iterable<string>): Promise<Map<string, ReviewLog[]>> {
	const ids = [...new Set(cardIds)].sort();
	const out = new Map<string, ReviewLog[]>(ids.map((id) => [id, []]));
	if (ids.length === 0) return out;
	const [first, last] = [ids[0], ids[ids.length - 1]];
	const inRange = await db.states.where('cardId').between(first, last, true, true).count();
	if (ids.length * 2 >= inRange) {
		const rows = await db.revlog.where('[cardId+review]').between([first, Dexie.minKey], [last, Dexie.maxKey], true, true).toArray();
		for (const log of rows) out.get(log.cardId)?.push(log);
		return out;
	}
	const lists = await Promise.all(ids.map((id) => logsOf(db, id)));
	ids.forEach((id, k) => out.set(id, lists[k]));
	return out;
}

/**
 * The stored answers of the UTC days these times fall in: one range read per day, all in flight at
 * once. Finding an incoming answer's twin (same card and time) this way costs what those days hold,
 * not every answer of every card the batch names (a first sync names every card).
 */
async function logsOnDays(db: DeckhandDb, times: Iterable<number>): Promise<ReviewLog[]> {
	const days = new Set<number>();
	for (const at of times) days.add(Math.floor(at / DAY_MS) * DAY_MS);
	const lists = await Promise.all([...days].map((day) => db.revlog.where('review').between(day, day + DAY_MS, true, false).toArray()));
	return lists.flat();
}

export interface ApplyReport {
	added: number;
	/** The rows added (as stored, without their local ids). */
	rows: ReviewLog[];
	/** The highest review-log id before and after the batch. */
	firstLogId: number;
	lastLogId: number;
	/** Stored answers given another (smaller) event id. */
	relabelled: number;
	removed: number;
	/**
	 * The push position after this batch: when every row here was pushed before it (`pushedLogId` was
	 * the last row), the rows it added are other devices' and need no push, so the position moves past
	 * them (read in the same transaction, so an answer made meanwhile is never skipped).
	 */
	pushedLogId: number;
}

/**
 * Apply pulled events in one transaction. An answer already stored (same event id, or same card and
 * time) is not added again (the smaller event id is kept, so every device ends with the same ids);
 * an answer in `undone` or undone in this batch is not added; an undo removes its answer. Touched
 * cards are marked for {@link replayDirty}. `eidOf` names stored answers (this device's own have
 * derived ids, see `sync/hlc.ts`).
 */
export async function applyEvents(db: DeckhandDb, answers: readonly AnswerEvent[], undos: readonly UndoEvent[], undone: ReadonlySet<string>, pushedLogId: number, eidOf: EventIdOf): Promise<ApplyReport> {
	return db.transaction('rw', [db.revlog, db.activity, db.settings], async () => {
		const firstLogId = await lastLogId(db);
		const allPushed = firstLogId <= pushedLogId;
		const report: ApplyReport = { added: 0, rows: [], firstLogId, lastLogId: firstLogId, relabelled: 0, removed: 0, pushedLogId };
		const touched = new Map<string, number | null>();
		// Answers undone here but not sent yet stay undone too.
		const killed = new Set([...undone, ...(await pendingUndos(db)).map((t) => eidOf({ ...t, id: t.logId, eid: t.eid || undefined }))]);
		for (const undo of undos) {
			killed.add(undo.target);
			const rows = (await logsOf(db, undo.cardId)).filter((log) => log.review === undo.review || eidOf(log) === undo.target);
			if (rows.length) {
				report.removed += (await removeAnswers(db, rows.map((log) => log.id!), { tombstone: false })).length;
			}
			touched.set(undo.cardId, undo.due);
		}
		const fresh: ReviewLog[] = [];
		const relabel = new Map<number, string>();
		// One indexed read for every incoming answer: an answer is identified by card and time too.
		const keyOf = (cardId: string, review: number) => `${cardId}\u0000${review}`;
		const candidates = answers.filter((event) => !killed.has(event.id));
		const existing = await logsOnDays(db, candidates.map((e) => e.log.review));
		const byKey = new Map(existing.map((log) => [keyOf(log.cardId, log.review), log]));
		for (const event of candidates) {
			const key = keyOf(event.log.cardId, event.log.review);
			const same = byKey.get(key);
			if (same) {
				if (same.id !== undefined && event.id < eidOf(same)) {
					relabel.set(same.id, event.id);
					same.eid = event.id;
					touched.set(event.log.cardId, touched.get(event.log.cardId) ?? null);
				}
				continue;
			}
			const row: ReviewLog = { ...event.log, eid: event.id };
			fresh.push(row);
			byKey.set(key, row);
			touched.set(event.log.cardId, touched.get(event.log.cardId) ?? null);
		}
		if (relabel.size) await labelAnswers(db, relabel);
		report.relabelled = relabel.size;
		await addAnswers(db, fresh);
		report.added = fresh.length;
		report.rows = fresh;
		report.lastLogId = await lastLogId(db);
		if (allPushed) report.pushedLogId = Math.max(pushedLogId, report.lastLogId);
		await markDirty(db, touched);
		return report;
	});
}

/** What replay needs of an answer: its event id (the order), rating, time and time spent. */
export interface ReplayRow {
	eid: string;
	rating: ReviewLog['rating'];
	review: number;
	duration?: number;
}

/**
 * The whole review log of this device, kept in memory by a sync that started with an empty log and
 * only added rows (a first sync): replay then takes each card's answers from here instead of reading
 * back the rows it has just written. Valid while the log's last id is still `lastLogId` (an answer
 * stored meanwhile, here or in another tab, raises it: replay then reads the log as usual).
 */
export class KnownLogs {
	readonly byCard = new Map<string, ReplayRow[]>();
	/** The log's last id when it was known whole; -1 once it is not (something else changed the log). */
	lastLogId = 0;

	/** Note what one applied batch did: only rows added right after the known ones keep the log known. */
	add(batch: ApplyReport): void {
		if (this.lastLogId !== batch.firstLogId || batch.removed || batch.relabelled) {
			this.lastLogId = -1;
			this.byCard.clear();
		}
		if (this.lastLogId < 0) return;
		for (const log of batch.rows) {
			const row: ReplayRow = { eid: log.eid!, rating: log.rating, review: log.review, duration: log.duration };
			const list = this.byCard.get(log.cardId);
			if (list) list.push(row);
			else this.byCard.set(log.cardId, [row]);
		}
		this.lastLogId = batch.lastLogId;
	}
}

/** Review-log rows after `afterId` (local ids, in order), at most `limit`. */
export async function logsAfter(db: DeckhandDb, afterId: number, limit: number): Promise<ReviewLog[]> {
	return db.revlog.where(':id').above(afterId).limit(limit).toArray();
}

/** How many review-log rows come after `afterId`. */
export async function countLogsAfter(db: DeckhandDb, afterId: number): Promise<number> {
	return db.revlog.where(':id').above(afterId).count();
}

/** The first and last answer time in the log (epoch ms; 0 and -1 for an empty log). */
export async function reviewRange(db: DeckhandDb): Promise<{ first: number; last: number }> {
	const [first, last] = await Promise.all([db.revlog.orderBy('review').first(), db.revlog.orderBy('review').last()]);
	return { first: first?.review ?? 0, last: last?.review ?? -1 };
}

/**
 * Whole UTC days of answers from `day` (epoch ms, a day start) on, about `limit` rows: at least one
 * day, and never part of a day (an event-day document is written once). Only rows with
 * `afterId < id <= upToId`. `next` is the day to continue at (past `last` when the log is done).
 */
export async function logsFromDay(db: DeckhandDb, day: number, limit: number, afterId: number, upToId: number): Promise<{ rows: ReviewLog[]; next: number }> {
	// toArray() then filter: a Dexie filter walks a cursor row by row, many times slower in Chromium.
	let rows = await db.revlog.where('review').aboveOrEqual(day).limit(limit).toArray();
	let next: number;
	if (rows.length < limit) {
		next = rows.length ? Math.floor(rows[rows.length - 1].review / DAY_MS) * DAY_MS + DAY_MS : day + DAY_MS;
	} else {
		const lastDay = Math.floor(rows[rows.length - 1].review / DAY_MS) * DAY_MS;
		if (lastDay > day) {
			// Leave the last (maybe partial) day for the next batch.
			rows = rows.filter((log) => log.review < lastDay);
			next = lastDay;
		} else {
			// One day holds more than `limit` rows: take all of it.
			rows = await db.revlog.where('review').between(day, day + DAY_MS, true, false).toArray();
			next = day + DAY_MS;
		}
	}
	return { rows: rows.filter((log) => log.id! > afterId && log.id! <= upToId), next };
}

/** The highest review-log id (0 for an empty log). */
export async function lastLogId(db: DeckhandDb): Promise<number> {
	return ((await db.revlog.orderBy(':id').lastKey()) as number | undefined) ?? 0;
}

/**
 * Read rows to push with `read`; with `replay`, the cards of this device's own answers among them
 * (no event id yet: it is derived, never written back) are marked for {@link replayDirty}, in the
 * same transaction.
 */
export async function readToPush(db: DeckhandDb, read: () => Promise<ReviewLog[]>, replay: boolean): Promise<ReviewLog[]> {
	if (!replay) return read();
	return db.transaction('rw', [db.revlog, db.settings], async () => {
		const rows = await read();
		await markDirty(db, new Map(rows.filter((log) => !log.eid).map((log) => [log.cardId, null])));
		return rows;
	});
}

/** Note that every review-log row up to `logId` was pushed (the mark never goes down; see `PUSHED_LOG_KEY`). */
export async function notePushed(db: DeckhandDb, logId: number): Promise<void> {
	await db.transaction('rw', db.settings, async () => {
		const before = ((await db.settings.get(PUSHED_LOG_KEY))?.value as number | undefined) ?? 0;
		if (logId > before) await db.settings.put({ key: PUSHED_LOG_KEY, value: logId });
	});
}

export async function pendingUndos(db: DeckhandDb): Promise<Tombstone[]> {
	return ((await db.settings.get(PENDING_UNDO_KEY))?.value as Tombstone[] | undefined) ?? [];
}

/** Drop tombstones the server acknowledged (an answer is its card and time), and mark their cards for replay. */
export async function clearPendingUndos(db: DeckhandDb, sent: readonly Tombstone[]): Promise<void> {
	await db.transaction('rw', db.settings, async () => {
		const key = (t: Tombstone) => `${t.cardId}\u0000${t.review}`;
		const done = new Set(sent.map(key));
		const left = (await pendingUndos(db)).filter((t) => !done.has(key(t)));
		await db.settings.put({ key: PENDING_UNDO_KEY, value: left });
		await markDirty(db, new Map(sent.map((t) => [t.cardId, t.due])));
	});
}

/** How many cards wait for {@link replayDirty}. */
export async function dirtyCount(db: DeckhandDb): Promise<number> {
	return Object.keys(((await db.settings.get(DIRTY_KEY))?.value as Dirty | undefined) ?? {}).length;
}

/**
 * Rebuild the state of every card sync touched: its answers in event-id (clock) order, a time
 * earlier than the one before raised to it, through the one replay. Flags and tags stay. A card
 * left with no answers becomes new again, due when it was due before its first answer. Cards
 * without a state here (not on this device) keep only their log. Returns how many were rebuilt.
 */
export async function replayDirty(db: DeckhandDb, settings: SrsSettings, eidOf: EventIdOf, opts: { chunk?: number; timings?: Timings; known?: KnownLogs } = {}): Promise<number> {
	const chunk = opts.chunk ?? 5_000;
	const timed = timer(opts.timings ?? {});
	let total = 0;
	for (;;) {
		const done = await db.transaction('rw', [db.states, db.tallies, db.revlog, db.settings], async () => {
			const dirty = ((await db.settings.get(DIRTY_KEY))?.value as Dirty | undefined) ?? {};
			// In id order, so a chunk of a first sync is one contiguous range of the log index.
			const ids = Object.keys(dirty).sort().slice(0, chunk);
			if (ids.length === 0) return 0;
			const known = opts.known && opts.known.lastLogId === (await lastLogId(db)) ? opts.known.byCard : undefined;
			const [states, logsByCard] = await timed('replayRead', () => Promise.all([db.states.bulkGet(ids), known ? new Map<string, ReviewLog[]>() : logsOfCards(db, ids)]));
			const computing = performance.now();
			const changes: StateChange[] = [];
			for (const [k, cardId] of ids.entries()) {
				const before = states[k];
				if (!before) continue;
				const rows: ReplayRow[] = known?.get(cardId) ?? (logsByCard.get(cardId) ?? []).map((log) => ({ eid: eidOf(log), rating: log.rating, review: log.review, duration: log.duration }));
				const logs = [...rows].sort((a, b) => (a.eid < b.eid ? -1 : a.eid > b.eid ? 1 : 0));
				if (logs.length === 0 && before.reps === 0) continue;
				let at = 0;
				const inputs: ReplayInput[] = logs.map((log) => {
					at = Math.max(at, log.review);
					return { rating: log.rating, review: at, duration: log.duration, key: log.eid };
				});
				const { state } = replayReviews(inputs, dirty[cardId] ?? before.due, settings);
				const { queue: _queue, ...current } = before;
				const after = { ...current, ...state };
				if (!state.last_review) delete after.last_review;
				changes.push([before, after] as const);
			}
			addTime(opts.timings, 'replayCompute', performance.now() - computing);
			await timed('replayWrite', () => writeStates(db, changes));
			for (const id of ids) delete dirty[id];
			await db.settings.put({ key: DIRTY_KEY, value: dirty });
			return ids.length;
		});
		if (done === 0) return total;
		total += done;
	}
}

/** Flag changes not sent yet (see `writeStates`). */
export async function pendingFlags(db: DeckhandDb): Promise<PendingFlags> {
	return ((await db.settings.get(PENDING_FLAGS_KEY))?.value as PendingFlags | undefined) ?? {};
}

/** The current flag values of some cards (cards without a state are left out). */
export async function flagValues(db: DeckhandDb, cardIds: readonly string[]): Promise<Map<string, Record<FlagField, number>>> {
	const states = await db.states.bulkGet([...cardIds]);
	return new Map(states.filter((s) => !!s).map((s) => [s.cardId, { suspended: s.suspended, buriedUntil: s.buriedUntil }]));
}

/**
 * Apply merged flag fields to the stored states (through `writeStates`, not noted as local changes),
 * except a field changed here later than the incoming one (`localClock` stamps a local change's time),
 * and drop pending changes that `sent` (what was pushed) covers.
 */
export async function applyFlags(
	db: DeckhandDb,
	incoming: ReadonlyMap<string, Partial<Record<FlagField, { v: number; t: string }>>>,
	localClock: (at: number) => string,
	sent: PendingFlags = {}
): Promise<number> {
	return db.transaction('rw', [db.states, db.tallies, db.settings], async () => {
		const pending = await pendingFlags(db);
		for (const [cardId, fields] of Object.entries(sent)) {
			const entry = pending[cardId];
			if (!entry) continue;
			for (const f of FLAG_FIELDS) if (entry[f] !== undefined && entry[f] === fields[f]) delete entry[f];
			if (Object.keys(entry).length === 0) delete pending[cardId];
		}
		await db.settings.put({ key: PENDING_FLAGS_KEY, value: pending });
		const ids = [...incoming.keys()];
		const states = await db.states.bulkGet(ids);
		const changes = [];
		for (const [k, cardId] of ids.entries()) {
			const before = states[k];
			if (!before) continue;
			const { queue: _queue, ...after } = before;
			let changed = false;
			for (const f of FLAG_FIELDS) {
				const remote = incoming.get(cardId)![f];
				const mine = pending[cardId]?.[f];
				if (!remote || (mine !== undefined && localClock(mine) > remote.t)) continue;
				if (after[f] !== remote.v) {
					if (f === 'suspended') after.suspended = remote.v ? 1 : 0;
					else after.buriedUntil = remote.v;
					changed = true;
				}
			}
			if (changed) changes.push([before, after] as const);
		}
		await writeStates(db, changes, { fromSync: true });
		return changes.length;
	});
}

/** Changes made here and not yet sent: answers after `pushedLogId` made on this device, undos, flag changes, changed cards, decks and settings. */
export async function pendingChangeCount(db: DeckhandDb, pushedLogId: number, device: string): Promise<number> {
	let answers = 0;
	await db.revlog
		.where(':id')
		.above(pushedLogId)
		.each((log) => {
			if (!log.eid || log.eid.endsWith(`-${device}`)) answers++;
		});
	return answers + (await pendingUndos(db)).length + Object.keys(await pendingFlags(db)).length + Object.keys(await pendingDocs(db)).length;
}
