/**
 * Repository functions: the only code that calls Dexie. Writes that belong together run in one
 * transaction, so an answer is never stored without its log entry and an import lands whole or not at all.
 */
import { LEARN_AHEAD_MS } from '../srs/queue';
import Dexie from 'dexie';
import type { Card, Deck } from '../deck/types';
import { newCardState, type AnswerResult } from '../srs/fsrs';
import type { CardState, ReviewLog } from '../srs/types';
import { DeckhandDb, QUEUE, fromStateRow, type Queue, type ActivityRow, type CardRow, type DeckRow, type StateRow } from './schema';
import { DeckhandError } from './errors';
import { dueHours, queueTotals } from './tallies';
import { activitySums, addAnswers, removeAnswers, writeStates } from './writes';
import { writeCards, writeDecks, writeSetting, type WriteOptions } from './doc-writes';

export interface DeckCounts {
	deckId: string;
	title: string;
	builtin: boolean;
	/** New cards available, capped at `cap.new`. */
	new: number;
	/** Learning + relearning cards due now, capped at `cap.review`. */
	learning: number;
	/** Review cards due by the end of the study day, capped at `cap.review`. */
	review: number;
}

export interface CountCaps {
	new: number;
	review: number;
}

/** Count rows of one deck and queue with `due <= until`, stopping at `cap` (never scans the whole index). */
async function countQueue(db: DeckhandDb, deckId: string, queue: Queue, until: number, cap: number): Promise<number> {
	if (cap <= 0) return 0;
	// getAllKeys with a limit (what primaryKeys() runs) is much faster than a counting cursor in Chromium.
	const keys = await db.states
		.where('[deckId+queue+due]')
		.between([deckId, queue, Dexie.minKey], [deckId, queue, until], true, true)
		.limit(cap)
		.primaryKeys();
	return keys.length;
}

/**
 * Due counts per deck as shown on Today: capped at the day's limits, as Anki shows them.
 * `now` and `dayEnd` are epoch ms; reviews due before `dayEnd` count, learning cards when due within the
 * learn-ahead limit (as a session shows them: a card in its 10-minute step counts before the 10 minutes are up).
 */
export async function dueCounts(db: DeckhandDb, now: number, dayEnd: number, caps: CountCaps): Promise<DeckCounts[]> {
	const decks = (await db.decks.toArray()).filter((deck) => !deck.hidden);
	const learnUntil = now + LEARN_AHEAD_MS;
	return Promise.all(
		decks.map(async (deck) => {
			const [fresh, learning, relearning, review] = await Promise.all([
				countQueue(db, deck.id, QUEUE.new, Number.MAX_SAFE_INTEGER, caps.new),
				countQueue(db, deck.id, QUEUE.learning, learnUntil, caps.review),
				countQueue(db, deck.id, QUEUE.relearning, learnUntil, caps.review),
				countQueue(db, deck.id, QUEUE.review, dayEnd, caps.review)
			]);
			return {
				deckId: deck.id,
				title: deck.title,
				builtin: !!deck.builtin,
				new: fresh,
				learning: Math.min(caps.review, learning + relearning),
				review
			};
		})
	);
}

/** Ids of the decks the learner hid (see `DeckRow.hidden`). */
export async function hiddenDeckIds(db: DeckhandDb): Promise<Set<string>> {
	return new Set((await db.decks.toArray()).filter((deck) => deck.hidden).map((deck) => deck.id));
}

/**
 * Learning and relearning cards that come back later today, after the learn-ahead limit: how many and
 * when the first one is due (epoch ms), for Today to say so instead of "all done".
 */
export async function learningLater(db: DeckhandDb, now: number, dayEnd: number): Promise<{ count: number; first: number | null }> {
	const hidden = await hiddenDeckIds(db);
	const rows = (
		await Promise.all(
			[QUEUE.learning, QUEUE.relearning].map((queue) =>
				db.states
					.where('[queue+due]')
					.between([queue, now + LEARN_AHEAD_MS], [queue, dayEnd], false, false)
					.toArray()
			)
		)
	)
		.flat()
		.filter((row) => !hidden.has(row.deckId));
	return { count: rows.length, first: rows.length ? Math.min(...rows.map((row) => row.due)) : null };
}

/**
 * Cards to study now: learning/relearning due by `now`, reviews due by `dayEnd`, then new cards.
 * Reads the `[queue+due]` (or `[deckId+queue+due]`) index ranges in due order; never loads the collection.
 * Without `deckId`, cards of hidden decks are left out (a deck asked for by id is studied even when hidden).
 */
export async function dueStates(
	db: DeckhandDb,
	opts: { now: number; dayEnd: number; newLimit: number; reviewLimit: number; deckId?: string }
): Promise<CardState[]> {
	const range = (queue: number, until: number, limit: number, hidden: ReadonlySet<string>) => {
		if (limit <= 0) return Promise.resolve([] as StateRow[]);
		const query = opts.deckId
			? db.states.where('[deckId+queue+due]').between([opts.deckId, queue, Dexie.minKey], [opts.deckId, queue, until], true, true)
			: db.states.where('[queue+due]').between([queue, Dexie.minKey], [queue, until], true, true);
		// The filter walks a cursor: only when some deck is hidden (the plain range reads faster).
		return (hidden.size ? query.filter((row) => !hidden.has(row.deckId)) : query).limit(limit).toArray();
	};
	return db.transaction('r', db.decks, db.states, async () => {
		const hidden = opts.deckId ? new Set<string>() : await hiddenDeckIds(db);
		// Learning cards due later today come too: the session shows them when their step is over.
		const [learning, relearning, review, fresh] = await Promise.all([
			range(QUEUE.learning, opts.dayEnd, opts.reviewLimit, hidden),
			range(QUEUE.relearning, opts.dayEnd, opts.reviewLimit, hidden),
			range(QUEUE.review, opts.dayEnd, opts.reviewLimit, hidden),
			range(QUEUE.new, Number.MAX_SAFE_INTEGER, opts.newLimit, hidden)
		]);
		return [...learning, ...relearning, ...review, ...fresh].map(fromStateRow);
	});
}

/**
 * Store an answer: the new state and its review-log row in one transaction. Refuses (throws
 * `stale-state`) when the stored state is not the one the learner was shown. Returns the log id.
 */
export async function recordAnswer(db: DeckhandDb, shown: CardState, result: AnswerResult): Promise<number> {
	return db.transaction('rw', [db.states, db.revlog, db.activity, db.tallies, db.settings], async () => {
		const stored = await db.states.get(shown.cardId);
		if (!stored) throw new DeckhandError('not-found', `card ${shown.cardId} has no state`);
		if (stored.reps !== shown.reps || stored.due !== shown.due) {
			throw new DeckhandError('stale-state', `card ${shown.cardId} was changed since it was shown`);
		}
		await writeStates(db, [[fromStateRow(stored), result.state]]);
		const [id] = await addAnswers(db, [result.log]);
		return id;
	});
}


/** Recompute the hourly activity sums from the whole log (after an import or a restore). */
export async function rebuildActivity(db: DeckhandDb): Promise<void> {
	await db.transaction('rw', db.revlog, db.activity, async () => {
		// Streamed row by row: a million log rows never sit in memory at once.
		const sums = new Map<number, ActivityRow>();
		await db.revlog.each((log) => activitySums([log], sums));
		await db.activity.clear();
		await db.activity.bulkPut([...sums.values()]);
	});
}

/** Undo an answer: put back the state from before it and remove its log row, in one transaction. */
export async function undoAnswer(db: DeckhandDb, logId: number, before: CardState): Promise<void> {
	await db.transaction('rw', [db.states, db.revlog, db.activity, db.tallies, db.settings], async () => {
		// Another tab (or device) answered the card after this answer: putting `before` back would erase
		// that answer's state while its log row stays. Refused; the card keeps its latest answer.
		const log = await db.revlog.get(logId);
		if (log) {
			const later = await db.revlog.where('[cardId+review]').between([log.cardId, log.review], [log.cardId, Infinity], false, true).count();
			if (later > 0) throw new DeckhandError('stale-state', `card ${log.cardId} was answered again after this answer`);
		}
		await removeAnswers(db, [logId]);
		await writeStates(db, [[await db.states.get(before.cardId), before]]);
	});
}

/** The hourly answer sums (a few thousand rows a year at most). */
export async function activityRows(db: DeckhandDb): Promise<ActivityRow[]> {
	return db.activity.toArray();
}

/** The whole review log (the optimiser reads it all, once, when the learner asks). */
export async function allReviewLogs(db: DeckhandDb): Promise<ReviewLog[]> {
	return db.revlog.toArray();
}

export async function reviewCount(db: DeckhandDb): Promise<number> {
	return db.revlog.count();
}

/** Review-log rows from `since` (epoch ms) on, read through the `review` index. */
export async function logsSince(db: DeckhandDb, since: number): Promise<ReviewLog[]> {
	return db.revlog.where('review').aboveOrEqual(since).toArray();
}

/**
 * Cards of a deck or with a tag, whatever their schedule (practice mode reads them all). Without
 * `deckId`, cards of hidden decks are left out, as `dueStates` does.
 */
export async function statesFor(db: DeckhandDb, scope: { deckId?: string; tag?: string }): Promise<CardState[]> {
	if (scope.deckId) {
		const rows = await db.states.where('deckId').equals(scope.deckId).toArray();
		return rows.filter((row) => !scope.tag || row.tags?.includes(scope.tag)).map(fromStateRow);
	}
	const hidden = await hiddenDeckIds(db);
	const rows = await db.states.toArray();
	return rows.filter((row) => !hidden.has(row.deckId) && (!scope.tag || row.tags?.includes(scope.tag))).map(fromStateRow);
}

/** Bring back cards buried until before `now` (epoch ms), as Anki does when a new day starts. */
export async function unburyExpired(db: DeckhandDb, now: number): Promise<number> {
	return db.transaction('rw', db.states, db.tallies, db.settings, async () => {
		const rows = await db.states.where('[queue+due]').between([QUEUE.buried, Dexie.minKey], [QUEUE.buried, Dexie.maxKey]).toArray();
		const changes = rows.filter((row) => row.buriedUntil <= now).map((row) => [fromStateRow(row), { ...fromStateRow(row), buriedUntil: 0 }] as const);
		await writeStates(db, changes);
		return changes.length;
	});
}

/** Replace scheduling flags (suspend, bury) of one card. */
export async function updateState(db: DeckhandDb, state: CardState): Promise<void> {
	await db.transaction('rw', db.states, db.tallies, db.settings, async () => {
		await writeStates(db, [[await db.states.get(state.cardId), state]]);
	});
}

export async function getState(db: DeckhandDb, cardId: string): Promise<CardState | undefined> {
	const row = await db.states.get(cardId);
	return row && fromStateRow(row);
}

/** The stored states of `ids` (undefined for a card that has none). */
export async function getStates(db: DeckhandDb, ids: string[]): Promise<Map<string, CardState | undefined>> {
	const rows = await db.states.bulkGet(ids);
	return new Map(ids.map((id, i) => [id, rows[i] && fromStateRow(rows[i])]));
}

export async function getCards(db: DeckhandDb, ids: string[]): Promise<Map<string, CardRow>> {
	const rows = await db.cards.bulkGet(ids);
	return new Map(rows.filter((row): row is CardRow => !!row).map((row) => [row.id, row]));
}

export async function listDecks(db: DeckhandDb): Promise<DeckRow[]> {
	return db.decks.toArray();
}

export async function deckCards(db: DeckhandDb, deckId: string): Promise<CardRow[]> {
	return db.cards.where('deckId').equals(deckId).toArray();
}

/** A deck's cards with their scheduling states, in authoring order (by source line). */
export async function deckCardStates(db: DeckhandDb, deckId: string): Promise<{ card: CardRow; state: CardState | undefined }[]> {
	return db.transaction('r', db.cards, db.states, async () => {
		const [cards, states] = await Promise.all([
			db.cards.where('deckId').equals(deckId).toArray(),
			db.states.where('deckId').equals(deckId).toArray()
		]);
		const byId = new Map(states.map((row) => [row.cardId, fromStateRow(row)]));
		return cards
			.map((card) => ({ card, state: byId.get(card.id) }))
			.sort((a, b) => (a.card.line ?? 0) - (b.card.line ?? 0) || a.card.id.localeCompare(b.card.id));
	});
}

export async function reviewLogs(db: DeckhandDb, cardId: string): Promise<ReviewLog[]> {
	return db.revlog.where('[cardId+review]').between([cardId, Dexie.minKey], [cardId, Dexie.maxKey]).toArray();
}

export interface MergeReport {
	added: number;
	updated: number;
	removed: number;
}

/**
 * Put decks into the collection, merged by card id, in one transaction: new cards get a new state,
 * changed cards get their new content, and no state or review log of an existing card is touched.
 * With `removeMissing`, cards of these decks that are no longer in them are removed (their log stays).
 * `now` is epoch ms.
 */
export async function mergeDecks(
	db: DeckhandDb,
	decks: Deck[],
	now: number,
	opts: { builtin?: boolean; removeMissing?: boolean } = {}
): Promise<MergeReport> {
	const report: MergeReport = { added: 0, updated: 0, removed: 0 };
	await db.transaction('rw', [db.decks, db.cards, db.states, db.tallies, db.settings], async () => {
		for (const deck of decks) await mergeDeckInto(db, deck, now, opts, report);
	});
	return report;
}

export interface DeckMergeOptions {
	builtin?: boolean;
	/** Remove the deck's stored cards that are not in `deck` (with their states; logs stay). */
	removeMissing?: boolean;
	/** Remove these of the deck's stored cards when they are not in `deck` (states go, logs stay). */
	removeIds?: ReadonlySet<string>;
	/** Ids of new cards whose state the caller writes itself (e.g. replayed from an imported log). */
	ownStates?: ReadonlySet<string>;
	/** Rows per bulk write (default: all in one). */
	chunk?: number;
	/** Called after each bulk write with its row count; throwing aborts the surrounding transaction. */
	onChunk?: (rows: number) => void;
}

/**
 * The per-deck merge step of {@link mergeDecks}, for callers that run it inside their own `rw`
 * transaction over `decks`, `cards` and `states` (import adds logs and activity to the same one).
 * Adds its counts to `report`. `now` is epoch ms.
 */
export async function mergeDeckInto(db: DeckhandDb, deck: Deck, now: number, opts: DeckMergeOptions, report: MergeReport): Promise<void> {
	const { cards, ...meta } = deck;
	const existing = await db.decks.get(deck.id);
	// A learner's deck never writes into a built-in one (the next app version would undo it).
	if (existing?.builtin && !opts.builtin) throw new DeckhandError('conflict', `deck ${deck.id} is a built-in deck`);
	// A built-in deck's content ships with the app (not synced); an imported deck and its cards are the learner's.
	const noted = { shipped: !!opts.builtin, now };
	await writeDecks(db, [[existing, { ...meta, builtin: opts.builtin, addedAt: existing?.addedAt ?? now, ...(existing?.hidden ? { hidden: true } : {}) }]], noted);
	const old = new Map((await db.cards.where('deckId').equals(deck.id).toArray()).map((row) => [row.id, row]));
	const rows: CardRow[] = cards.map((card: Card) => ({ ...card, deckId: deck.id }));
	const fresh = rows.filter((row) => !old.has(row.id));
	report.added += fresh.length;
	report.updated += rows.filter((row) => old.has(row.id) && JSON.stringify(old.get(row.id)) !== JSON.stringify(row)).length;
	await writeCards(
		db,
		rows.map((row) => [old.get(row.id), row] as const),
		{ ...opts, ...noted }
	);
	const candidates = opts.ownStates ? fresh.filter((row) => !opts.ownStates!.has(row.id)) : fresh;
	const knownStates = (await db.states.bulkGet(candidates.map((row) => row.id))).filter((s) => s !== undefined);
	// A card id another deck owns would move that deck's card here and orphan its state.
	const foreign = knownStates.find((s) => s.deckId !== deck.id);
	if (foreign) throw new DeckhandError('conflict', `card ${foreign.cardId} belongs to deck ${foreign.deckId}`);
	const known = new Set(knownStates.map((s) => s.cardId));
	// New cards are shown in due order: 1 ms apart keeps a deck's authoring order, and interleaves
	// decks added together.
	const created = candidates
		.filter((row) => !known.has(row.id))
		.map((row, index) => newCardState(row.id, deck.id, now + index, row.tags));
	await writeStates(
		db,
		created.map((state) => [undefined, state] as const),
		opts
	);
	if (opts.removeMissing || opts.removeIds) {
		const keep = new Set(rows.map((row) => row.id));
		const gone = [...old.keys()].filter((id) => !keep.has(id) && (opts.removeMissing || opts.removeIds!.has(id)));
		report.removed += gone.length;
		const goneStates = await db.states.bulkGet(gone);
		await writeCards(
			db,
			gone.map((id) => [old.get(id), undefined] as const),
			noted
		);
		await writeStates(
			db,
			goneStates.map((state) => [state, undefined] as const)
		);
	}
}

export async function getSetting<T>(db: DeckhandDb, key: string): Promise<T | undefined> {
	return (await db.settings.get(key))?.value as T | undefined;
}

export async function setSetting(db: DeckhandDb, key: string, value: unknown, opts: WriteOptions = {}): Promise<void> {
	await writeSetting(db, key, value, opts);
}

/** What the stats page draws from: hourly activity, due counts per hour, cards per queue. */
export interface StatsData {
	activity: ActivityRow[];
	/** Learning/review/relearning cards due before `until`, summed per due hour (`count` cards at `due`). */
	dues: { due: number; state: 1 | 2 | 3; suspended: 0; count: number }[];
	/** Cards per queue (see `QUEUE`). */
	queues: Record<Queue, number>;
}

/** Read the stats inputs from the running sums (never the states or the whole log); `until` is epoch ms. */
export async function statsData(db: DeckhandDb, until: number): Promise<StatsData> {
	return db.transaction('r', db.activity, db.tallies, async () => {
		const [activity, dues, queues] = await Promise.all([activityRows(db), dueHours(db, until), queueTotals(db)]);
		return { activity, dues, queues };
	});
}
