/**
 * One write path per storage rule. Every writer (answer, undo, suspend/bury, unbury, deck merge,
 * import, restore, sync) calls these inside its own `rw` transaction, never the tables directly:
 * - a write to `states` goes through {@link writeStates}, which keeps `tallies` in step;
 * - a write to `revlog` goes through {@link addAnswers} / {@link removeAnswers}, which keep `activity` in step.
 * The transaction must include `states` + `tallies`, or `revlog` + `activity`, respectively.
 */
import Dexie from 'dexie';
import { AGAIN, STATE_REVIEW, type CardState, type ReviewLog } from '../srs/types';
import { HOUR_MS } from '../srs/day';
import { toStateRow, type ActivityRow, type DeckhandDb } from './schema';
import { applyTallies, type StateChange } from './tallies';

export interface ChunkOptions {
	/** Rows per bulk write (default: all in one). */
	chunk?: number;
	/** Called after each bulk write with its row count; throwing aborts the surrounding transaction. */
	onChunk?: (rows: number) => void;
}

export async function inChunks<T>(rows: readonly T[], opts: ChunkOptions, write: (part: T[]) => Promise<unknown>): Promise<void> {
	const chunk = opts.chunk ?? Number.MAX_SAFE_INTEGER;
	for (let start = 0; start < rows.length; start += chunk) {
		const part = rows.slice(start, start + chunk);
		await write(part);
		opts.onChunk?.(part.length);
	}
}

/** The card flags sync carries as fields of their own (latest change wins, `docs/sync.md`). */
export const FLAG_FIELDS = ['suspended', 'buriedUntil'] as const;
export type FlagField = (typeof FLAG_FIELDS)[number];
/** Flag changes not yet sent: card id → field → epoch ms of the change. */
export type PendingFlags = Record<string, Partial<Record<FlagField, number>>>;
/** The settings row that holds {@link PendingFlags} (read and cleared by sync). */
export const PENDING_FLAGS_KEY = 'syncPendingFlags';

/**
 * Write state changes and the tallies they move: `[before, after]` puts `after` (replacing `before`,
 * or `undefined` when the card had no state), `[before, undefined]` deletes the state. `before` must
 * be the stored state (read in the same transaction). A change of a stored card's suspended/buried
 * flag is noted for sync (the transaction must then include `settings`), unless `fromSync`.
 */
export async function writeStates(db: DeckhandDb, changes: readonly StateChange[], opts: ChunkOptions & { fromSync?: boolean; now?: number } = {}): Promise<void> {
	const puts = changes.flatMap(([, after]) => (after ? [toStateRow(after)] : []));
	const deletes = changes.flatMap(([before, after]) => (!after && before ? [before.cardId] : []));
	await inChunks(puts, opts, (part) => db.states.bulkPut(part));
	if (deletes.length) await db.states.bulkDelete(deletes);
	await applyTallies(db, changes);
	if (!opts.fromSync) await noteFlagChanges(db, changes, opts.now ?? Date.now());
}

async function noteFlagChanges(db: DeckhandDb, changes: readonly StateChange[], now: number): Promise<void> {
	const flagged = changes.filter(([before, after]) => before && after && FLAG_FIELDS.some((f) => before[f] !== after[f]));
	if (flagged.length === 0) return;
	if (!Dexie.currentTransaction?.storeNames.includes('settings')) {
		throw new Error('writeStates changed a suspended/buried flag: the transaction must include db.settings (sync notes the change there)');
	}
	const pending = ((await db.settings.get(PENDING_FLAGS_KEY))?.value as PendingFlags | undefined) ?? {};
	for (const [before, after] of flagged) {
		const entry = (pending[after!.cardId] ??= {});
		for (const f of FLAG_FIELDS) if (before![f] !== after![f]) entry[f] = now;
	}
	await db.settings.put({ key: PENDING_FLAGS_KEY, value: pending });
}

/** Replace one card's state (its stored state is read here); `state` undefined deletes it. */
export async function writeState(db: DeckhandDb, cardId: string, state: CardState | undefined): Promise<void> {
	await writeStates(db, [[await db.states.get(cardId), state]]);
}

/** Hourly answer sums of some log rows (see `ActivityRow`), added into `sums`. */
export function activitySums(logs: Iterable<ReviewLog>, sums = new Map<number, ActivityRow>()): Map<number, ActivityRow> {
	for (const log of logs) {
		const hour = Math.floor(log.review / HOUR_MS);
		let row = sums.get(hour);
		if (!row) sums.set(hour, (row = { hour, answers: 0, reviewAnswers: 0, reviewPassed: 0 }));
		row.answers++;
		if (log.state === STATE_REVIEW) {
			row.reviewAnswers++;
			if (log.rating > AGAIN) row.reviewPassed++;
		}
	}
	return sums;
}

/** Add (`sign` 1) or take back (`sign` -1) answers in the hourly activity sums. */
async function applyActivity(db: DeckhandDb, logs: readonly ReviewLog[], sign: 1 | -1): Promise<void> {
	if (logs.length === 0) return;
	const sums = activitySums(logs);
	const hours = [...sums.keys()];
	const stored = await db.activity.bulkGet(hours);
	const keep: ActivityRow[] = [];
	const drop: number[] = [];
	hours.forEach((hour, k) => {
		const delta = sums.get(hour)!;
		const prev = stored[k] ?? { hour, answers: 0, reviewAnswers: 0, reviewPassed: 0 };
		const row: ActivityRow = {
			hour,
			answers: prev.answers + sign * delta.answers,
			reviewAnswers: prev.reviewAnswers + sign * delta.reviewAnswers,
			reviewPassed: prev.reviewPassed + sign * delta.reviewPassed
		};
		if (row.answers > 0) keep.push(row);
		else drop.push(hour);
	});
	await db.activity.bulkPut(keep);
	await db.activity.bulkDelete(drop);
}

/** Append answers to the review log and count them in `activity`; returns their log ids. */
export async function addAnswers(db: DeckhandDb, logs: readonly ReviewLog[], opts: ChunkOptions = {}): Promise<number[]> {
	const ids: number[] = [];
	await inChunks(logs, opts, async (part) => {
		// A loop, not push(...keys): a batch of 100,000+ keys as arguments overflows the stack.
		for (const id of (await db.revlog.bulkAdd(part, { allKeys: true })) as number[]) ids.push(id);
	});
	await applyActivity(db, logs, 1);
	return ids;
}

/** An undone answer that other devices already have: sync sends it as an undo event. */
export interface Tombstone {
	/** The answer's event id; '' for an answer of this device whose id sync derives from its row (`logId`, `cardId`, `review`). */
	eid: string;
	/** The answer's local review-log id. */
	logId?: number;
	cardId: string;
	/** The answer's time and the card's due before it (epoch ms). */
	review: number;
	due: number;
	/** When it was undone (epoch ms). */
	at: number;
}

/** The settings row that holds tombstones not yet sent (read and cleared by sync). */
export const PENDING_UNDO_KEY = 'syncPendingUndo';
/**
 * The settings row that holds the highest review-log id sync ever pushed from here (to any server;
 * it never goes down). This device's answers are not labelled with their event ids when pushed (sync
 * derives the id from the row), so this is how an undo knows whether other devices have the answer.
 */
export const PUSHED_LOG_KEY = 'syncPushedLogId';

/**
 * Remove answers from the review log (ids that are not stored are skipped) and from `activity`.
 * An answer that other devices may have (it came with an event id, or it is at or below the pushed
 * position) leaves a {@link Tombstone} for sync, unless `tombstone` is false (sync applying another
 * device's undo); the transaction must then include `settings`. A never-pushed answer just goes.
 */
export async function removeAnswers(db: DeckhandDb, logIds: readonly number[], opts: { tombstone?: boolean; now?: number } = {}): Promise<ReviewLog[]> {
	const stored = (await db.revlog.bulkGet([...logIds])).filter((log): log is ReviewLog => !!log);
	await db.revlog.bulkDelete(stored.map((log) => log.id!));
	await applyActivity(db, stored, -1);
	if ((opts.tombstone ?? true) && stored.length) {
		const pushed = ((await db.settings.get(PUSHED_LOG_KEY))?.value as number | undefined) ?? 0;
		const synced = stored.filter((log) => log.eid || log.id! <= pushed);
		if (synced.length === 0) return stored;
		const at = opts.now ?? Date.now();
		const pending = ((await db.settings.get(PENDING_UNDO_KEY))?.value as Tombstone[] | undefined) ?? [];
		pending.push(...synced.map((log) => ({ eid: log.eid ?? '', logId: log.id, cardId: log.cardId, review: log.review, due: log.due, at })));
		await db.settings.put({ key: PENDING_UNDO_KEY, value: pending });
	}
	return stored;
}

/**
 * Give answers their sync event ids (`eids` by log id); the activity sums do not change. `stored`:
 * the rows as read in this same transaction, when the caller has them (saves reading them again).
 */
export async function labelAnswers(db: DeckhandDb, eids: ReadonlyMap<number, string>, stored?: readonly ReviewLog[]): Promise<void> {
	if (eids.size === 0) return;
	const rows = stored ? stored.filter((log) => eids.has(log.id!)) : (await db.revlog.bulkGet([...eids.keys()])).filter((log): log is ReviewLog => !!log);
	await db.revlog.bulkPut(rows.map((log) => ({ ...log, eid: eids.get(log.id!)! })));
}
