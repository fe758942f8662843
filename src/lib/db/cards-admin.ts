/**
 * Browse's storage side: reading the collection for the search index, bulk actions on a selection,
 * deleting cards and decks, and a card's info. Every write of states goes through `writeStates` and
 * every removal of answers through `removeAnswers` (writes.ts), so tallies and activity stay exact.
 */
import type { Card } from '../deck/types';
import { newCardState } from '../srs/fsrs';
import { DAY_MS } from '../srs/day';
import { STATE_NEW, STATE_REVIEW, type CardState, type ReviewLog } from '../srs/types';
import { reviewLogs } from './repository';
import { removeAnswers, writeStates } from './writes';
import { writeCards, writeDecks, type WriteOptions } from './doc-writes';
import { fromStateRow, type CardRow, type DeckhandDb, type DeckRow, type StateRow } from './schema';
import { DeckhandError } from './errors';

/** A card row as Browse stores it: cards added in the app carry their `addedAt`, edited built-in cards their shipped text. */
export type AdminCardRow = CardRow & {
	/** Epoch ms the card was added in the app. */
	addedAt?: number;
	/** The source's text (built-in deck or imported file) of a card the learner edited: for revert, updates and re-imports. */
	shipped?: Card;
};

/** Rows read per step when loading the whole collection. */
const CHUNK = 10_000;

export interface CollectionPart {
	cards: AdminCardRow[];
	states: Map<string, CardState>;
}

/**
 * Read every card with its state, `CHUNK` cards at a time in id order; `onPart` gets each part
 * (so a caller can index as it goes). `decks` come first.
 */
export async function readBrowseCollection(db: DeckhandDb, onPart: (part: CollectionPart) => void): Promise<DeckRow[]> {
	const decks = await db.decks.toArray();
	let after: string | undefined;
	for (;;) {
		const cards = (await (after === undefined ? db.cards.orderBy('id') : db.cards.where('id').above(after)).limit(CHUNK).toArray()) as AdminCardRow[];
		if (cards.length === 0) break;
		after = cards[cards.length - 1].id;
		// States share the cards' keys: one key range reads them faster than a bulkGet of each id.
		const states = await db.states.where('cardId').between(cards[0].id, after, true, true).toArray();
		onPart({ cards, states: new Map(states.map((s) => [s.cardId, fromStateRow(s)])) });
		if (cards.length < CHUNK) break;
	}
	return decks;
}

/** The first `limit` scheduled (not new) cards by due time, with their states: Browse's first screen. */
export async function firstDueCards(db: DeckhandDb, limit: number): Promise<{ card: AdminCardRow; state: CardState }[]> {
	const states = await db.states
		.orderBy('due')
		.filter((s) => s.state !== STATE_NEW)
		.limit(limit)
		.toArray();
	const cards = await db.cards.bulkGet(states.map((s) => s.cardId));
	return states.flatMap((s, i) => (cards[i] ? [{ card: cards[i] as AdminCardRow, state: fromStateRow(s) }] : []));
}

/** Cards and states of some ids (after an action, to refresh the index). */
export async function cardsWithStates(db: DeckhandDb, ids: readonly string[]): Promise<{ card: AdminCardRow; state: CardState | undefined }[]> {
	const [cards, states] = await Promise.all([db.cards.bulkGet([...ids]), db.states.bulkGet([...ids])]);
	return cards.flatMap((card, i) => (card ? [{ card: card as AdminCardRow, state: states[i] && fromStateRow(states[i]) }] : []));
}

/** Ids of cards answered since `since` (epoch ms), optionally only with `rating`. */
export async function cardsRatedSince(db: DeckhandDb, since: number, rating?: number): Promise<Set<string>> {
	const ids = new Set<string>();
	await db.revlog
		.where('review')
		.aboveOrEqual(since)
		.each((log) => {
			if (rating === undefined || log.rating === rating) ids.add(log.cardId);
		});
	return ids;
}

/**
 * What a bulk action changed, to put back with {@link undoBulk}: the changed cards' rows (only when
 * the action wrote them) and states, before and after. A card or state missing from `…After` was deleted.
 */
export interface BulkUndo {
	cardsBefore: CardRow[];
	cardsAfter: CardRow[];
	statesBefore: CardState[];
	statesAfter: CardState[];
}

/** The ids of the cards a bulk action changed. */
export function changedIds(undo: BulkUndo): string[] {
	return [...new Set([...undo.cardsBefore.map((c) => c.id), ...undo.statesBefore.map((s) => s.cardId)])];
}

/** A bulk action's outcome: how many cards changed, and how to undo it. */
export interface BulkResult {
	count: number;
	undo: BulkUndo;
}

/** Change the states of `ids` with `change` (undefined = leave as is), tallies in the same transaction. */
async function changeStates(db: DeckhandDb, ids: readonly string[], change: (state: CardState) => CardState | undefined): Promise<BulkResult> {
	// `settings` too: a suspend or bury is noted there for sync (see writeStates).
	return db.transaction('rw', db.states, db.tallies, db.settings, async () => {
		const rows = await db.states.bulkGet([...ids]);
		const changes: [CardState, CardState][] = [];
		for (const row of rows) {
			if (!row) continue;
			const before = fromStateRow(row);
			const after = change(before);
			if (after) changes.push([before, after]);
		}
		await writeStates(db, changes);
		return {
			count: changes.length,
			undo: { cardsBefore: [], cardsAfter: [], statesBefore: changes.map(([b]) => b), statesAfter: changes.map(([, a]) => a) }
		};
	});
}

/** Suspend (`true`) or unsuspend cards; returns how many changed. */
export function setSuspended(db: DeckhandDb, ids: readonly string[], suspended: boolean): Promise<BulkResult> {
	const flag = suspended ? 1 : 0;
	return changeStates(db, ids, (s) => (s.suspended === flag ? undefined : { ...s, suspended: flag }));
}

/** Bury cards until `until` (epoch ms, the next study day's start), as Anki's Bury does. */
export function buryCards(db: DeckhandDb, ids: readonly string[], until: number): Promise<BulkResult> {
	return changeStates(db, ids, (s) => (s.buriedUntil === until ? undefined : { ...s, buriedUntil: until }));
}

/**
 * Reset cards to new (Anki's Forget): a fresh schedule due as new cards at `now` (epoch ms), in the
 * order given; suspension, tags and the review log stay.
 */
export function resetToNew(db: DeckhandDb, ids: readonly string[], now: number): Promise<BulkResult> {
	const order = new Map(ids.map((id, i) => [id, i]));
	return changeStates(db, ids, (s) => ({
		...newCardState(s.cardId, s.deckId, now + (order.get(s.cardId) ?? 0), s.tags),
		suspended: s.suspended,
		buriedUntil: 0
	}));
}

/**
 * Set due in `days` days (Anki's Set Due Date): the card becomes a review card due at `dayStart +
 * days` (dayStart = start of today's study day, epoch ms), keeping its memory state. A new card gets
 * the interval `days` (at least 1).
 */
export function setDueInDays(db: DeckhandDb, ids: readonly string[], days: number, dayStart: number, now: number): Promise<BulkResult> {
	if (!Number.isInteger(days) || days < 0 || days > 36500) throw new RangeError(`Invalid number of days "${days}" (expected 0 to 36500)`);
	const due = dayStart + days * DAY_MS;
	return changeStates(db, ids, (s) => ({
		...s,
		due,
		state: STATE_REVIEW,
		buriedUntil: 0,
		scheduled_days: s.state === STATE_NEW ? Math.max(1, days) : s.scheduled_days,
		stability: s.state === STATE_NEW ? Math.max(1, days) : s.stability,
		difficulty: s.state === STATE_NEW ? 5 : s.difficulty,
		last_review: s.last_review ?? now,
		learning_steps: 0
	}));
}

/**
 * Write changed card rows and their states' changed field (`deckId` or `tags`), inside a transaction
 * over cards, states and tallies; the undo holds both before and after.
 */
async function changeCards(db: DeckhandDb, before: readonly CardRow[], after: readonly CardRow[], field: 'deckId' | 'tags', opts: WriteOptions = {}): Promise<BulkResult> {
	await writeCards(
		db,
		after.map((row, i) => [before[i], row] as const),
		opts
	);
	const rows = await db.states.bulkGet(after.map((c) => c.id));
	const changes = rows.flatMap((row, i) => (row ? [[fromStateRow(row), { ...fromStateRow(row), [field]: after[i][field] }] as [CardState, CardState]] : []));
	await writeStates(db, changes);
	return {
		count: after.length,
		undo: { cardsBefore: [...before], cardsAfter: [...after], statesBefore: changes.map(([b]) => b), statesAfter: changes.map(([, a]) => a) }
	};
}

/** Add (`add`) or remove a tag on cards (card rows and their states, which carry tags for practice). */
export async function changeTag(db: DeckhandDb, ids: readonly string[], tag: string, add: boolean): Promise<BulkResult> {
	const clean = tag.trim();
	if (clean === '') throw new RangeError('A tag cannot be empty');
	return db.transaction('rw', [db.cards, db.states, db.tallies, db.settings], async () => {
		const cards = (await db.cards.bulkGet([...ids])).filter((c): c is CardRow => !!c);
		const changed = cards.filter((c) => c.tags.includes(clean) !== add);
		const withTags = changed.map((c) => ({ ...c, tags: add ? [...c.tags, clean] : c.tags.filter((t) => t !== clean) }));
		return changeCards(db, changed, withTags, 'tags');
	});
}

/** Move cards to another of the learner's decks (never into or out of a built-in deck). */
export async function moveCards(db: DeckhandDb, ids: readonly string[], deckId: string, opts: WriteOptions = {}): Promise<BulkResult> {
	return db.transaction('rw', [db.decks, db.cards, db.states, db.tallies, db.settings], async () => {
		const target = await db.decks.get(deckId);
		if (!target) throw new DeckhandError('not-found', `deck ${deckId} does not exist`);
		if (target.builtin) throw new DeckhandError('conflict', `deck ${deckId} is a built-in deck`);
		const cards = (await db.cards.bulkGet([...ids])).filter((c): c is CardRow => !!c && c.deckId !== deckId);
		const builtinIds = new Set((await db.decks.toArray()).filter((d) => d.builtin).map((d) => d.id));
		const fromBuiltin = cards.find((c) => builtinIds.has(c.deckId));
		if (fromBuiltin) throw new DeckhandError('conflict', `card ${fromBuiltin.id} is in built-in deck ${fromBuiltin.deckId}`);
		return changeCards(db, cards, cards.map((c) => ({ ...c, deckId })), 'deckId', opts);
	});
}

/** Delete cards and their states (their review log stays, as when a deck update drops a card). */
export async function deleteCards(db: DeckhandDb, ids: readonly string[], opts: WriteOptions = {}): Promise<BulkResult> {
	return db.transaction('rw', [db.cards, db.states, db.tallies, db.settings], async () => {
		const cards = (await db.cards.bulkGet([...ids])).filter((c): c is CardRow => !!c);
		const states = (await db.states.bulkGet(cards.map((c) => c.id))).filter((s): s is StateRow => !!s).map(fromStateRow);
		await writeCards(
			db,
			cards.map((c) => [c, undefined] as const),
			opts
		);
		await writeStates(
			db,
			states.map((s) => [s, undefined] as const)
		);
		return { count: cards.length, undo: { cardsBefore: cards, cardsAfter: [], statesBefore: states, statesAfter: [] } };
	});
}

/** The same value whatever the order of object keys (rows read back from storage may differ in it). */
function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
	const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
	return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Refuse an undo when a row is no longer what the action left (answered, edited or synced since). */
function expectUnchanged<T>(ids: readonly string[], current: readonly (T | undefined)[], after: readonly T[], idOf: (row: T) => string): void {
	const left = new Map(after.map((row) => [idOf(row), row]));
	ids.forEach((id, i) => {
		if (!sameValue(current[i], left.get(id))) throw new DeckhandError('conflict', `card ${id} changed since; it was not put back`);
	});
}

/**
 * Undo a bulk action (Anki's Undo): every changed card row and state is put back as it was, in one
 * transaction with its tallies. Refuses (a `conflict`, nothing written) when a card changed since.
 */
export async function undoBulk(db: DeckhandDb, undo: BulkUndo): Promise<void> {
	await db.transaction('rw', [db.cards, db.states, db.tallies, db.settings], async () => {
		const cardIds = undo.cardsBefore.map((c) => c.id);
		const stateIds = undo.statesBefore.map((s) => s.cardId);
		const [cards, rows] = await Promise.all([db.cards.bulkGet(cardIds), db.states.bulkGet(stateIds)]);
		const states = rows.map((row) => row && fromStateRow(row));
		expectUnchanged(cardIds, cards, undo.cardsAfter, (c) => c.id);
		expectUnchanged(stateIds, states, undo.statesAfter, (s) => s.cardId);
		await writeCards(
			db,
			undo.cardsBefore.map((c, i) => [cards[i], c] as const)
		);
		await writeStates(
			db,
			undo.statesBefore.map((s, i) => [states[i], s] as const)
		);
	});
}

export interface DeckSize {
	cards: number;
	reviews: number;
}

/** How much deleting a deck removes (for the confirmation). */
export async function deckSize(db: DeckhandDb, deckId: string): Promise<DeckSize> {
	const [cards, reviews] = await Promise.all([db.cards.where('deckId').equals(deckId).count(), deckLogs(db, deckId)]);
	return { cards, reviews: reviews.length };
}

/** The review log of a deck's cards (read card by card: the log has no deck index). */
async function deckLogs(db: DeckhandDb, deckId: string): Promise<ReviewLog[]> {
	const cardIds = await db.cards.where('deckId').equals(deckId).primaryKeys();
	return (await Promise.all(cardIds.map((cardId) => reviewLogs(db, cardId)))).flat();
}

/**
 * Delete one of the learner's decks with its cards, states and review log, and take its answers out
 * of the hourly activity sums, in one transaction. Built-in decks are refused (they can be hidden).
 */
export async function deleteDeck(db: DeckhandDb, deckId: string, opts: WriteOptions = {}): Promise<DeckSize> {
	return db.transaction('rw', [db.decks, db.cards, db.states, db.revlog, db.activity, db.tallies, db.settings], async () => {
		const deck = await db.decks.get(deckId);
		if (!deck) throw new DeckhandError('not-found', `deck ${deckId} does not exist`);
		if (deck.builtin) throw new DeckhandError('conflict', `deck ${deckId} is a built-in deck; hide it instead`);
		const logs = await deckLogs(db, deckId);
		const logIds = logs.map((log) => log.id!);
		const cardIds = await db.cards.where('deckId').equals(deckId).primaryKeys();
		const states = (await db.states.bulkGet(cardIds)).filter((s): s is StateRow => !!s).map(fromStateRow);
		// The answers leave the log and the activity sums together (writes.ts); synced ones leave tombstones.
		await removeAnswers(db, logIds, { tombstone: !opts.fromSync });
		await writeStates(
			db,
			states.map((s) => [s, undefined] as const)
		);
		await writeCards(
			db,
			(await db.cards.bulkGet(cardIds)).flatMap((c) => (c ? [[c, undefined] as const] : [])),
			opts
		);
		await writeDecks(db, [[deck, undefined]], opts);
		return { cards: cardIds.length, reviews: logIds.length };
	});
}

/**
 * Hide (`true`) or show again a built-in deck: a hidden deck leaves Today, the daily session and
 * Browse's default view; its cards, states and review log stay as they are. The learner's own decks
 * are deleted instead (refused here).
 */
export async function setDeckHidden(db: DeckhandDb, deckId: string, hidden: boolean, opts: WriteOptions = {}): Promise<void> {
	await db.transaction('rw', db.decks, db.settings, async () => {
		const deck = await db.decks.get(deckId);
		if (!deck) throw new DeckhandError('not-found', `deck ${deckId} does not exist`);
		if (!deck.builtin) throw new DeckhandError('conflict', `deck ${deckId} is not a built-in deck; delete it instead`);
		const { hidden: _was, ...rest } = deck;
		await writeDecks(db, [[deck, hidden ? { ...rest, hidden: true } : rest]], opts);
	});
}

/** One card's info: its row, state, deck and review log (oldest first). */
export interface CardInfo {
	card: AdminCardRow;
	state: CardState | undefined;
	deck: DeckRow | undefined;
	logs: ReviewLog[];
}

export async function cardInfo(db: DeckhandDb, cardId: string): Promise<CardInfo | null> {
	return db.transaction('r', db.cards, db.states, db.decks, db.revlog, async () => {
		const card = (await db.cards.get(cardId)) as AdminCardRow | undefined;
		if (!card) return null;
		const [state, deck, logs] = await Promise.all([
			db.states.get(cardId),
			db.decks.get(card.deckId),
			reviewLogs(db, cardId)
		]);
		return { card, state: state && fromStateRow(state), deck, logs };
	});
}

/**
 * Save an edited card (same id, same deck): its state and review log stay. A built-in or imported card
 * keeps its source's text in `shipped` (for revert, and so a built-in update or a re-import keeps the edit). Tags go to the
 * state too (practice by tag reads them there).
 */
export async function saveCard(db: DeckhandDb, card: Card, opts: WriteOptions = {}): Promise<void> {
	await db.transaction('rw', [db.decks, db.cards, db.states, db.tallies, db.settings], async () => {
		const stored = (await db.cards.get(card.id)) as AdminCardRow | undefined;
		if (!stored) throw new DeckhandError('not-found', `card ${card.id} does not exist`);
		if (stored.kind !== card.kind) throw new DeckhandError('conflict', `card ${card.id} is a ${stored.kind} card`);
		const deck = await db.decks.get(stored.deckId);
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		const { deckId, addedAt, shipped, ...shippedText } = stored;
		const row: AdminCardRow = {
			...card,
			deckId: stored.deckId,
			...(stored.addedAt !== undefined ? { addedAt: stored.addedAt } : {}),
			// Built-in and imported cards keep the text their source gave them: a revert, a built-in update
			// and a re-import of the file know the card was edited (and what the source said then).
			...(deck?.builtin || deck?.source ? { shipped: stored.shipped ?? shippedText } : {})
		};
		await writeCards(db, [[stored, row]], opts);
		await retag(db, card.id, card.tags);
	});
}

/** A card's state takes its card's tags (practice by tag reads them there); inside a transaction. */
async function retag(db: DeckhandDb, cardId: string, tags: string[]): Promise<void> {
	const row = await db.states.get(cardId);
	if (row) await writeStates(db, [[fromStateRow(row), { ...fromStateRow(row), tags }]]);
}

/** Put back the shipped text of an edited built-in card. */
export async function revertCard(db: DeckhandDb, cardId: string): Promise<void> {
	await db.transaction('rw', [db.cards, db.states, db.tallies, db.settings], async () => {
		const stored = (await db.cards.get(cardId)) as AdminCardRow | undefined;
		if (!stored?.shipped) throw new DeckhandError('not-found', `card ${cardId} has no shipped text`);
		await writeCards(db, [[stored, { ...stored.shipped, deckId: stored.deckId }]]);
		await retag(db, cardId, stored.shipped.tags);
	});
}

/** The learner's own deck that new cards go to when they have none: created on first use. */
export const OWN_DECK_ID = 'my-cards';

/**
 * Add a card to one of the learner's decks (`deckId`, or {@link OWN_DECK_ID} created with `title`),
 * due as a new card at `now` (epoch ms).
 */
export async function addCard(db: DeckhandDb, deckId: string | undefined, card: Card, now: number, title: string, opts: WriteOptions = {}): Promise<string> {
	return db.transaction('rw', [db.decks, db.cards, db.states, db.tallies, db.settings], async () => {
		const id = deckId ?? OWN_DECK_ID;
		let deck = await db.decks.get(id);
		if (!deck && deckId === undefined) {
			deck = { id, title, lang: 'ko', addedAt: now };
			await writeDecks(db, [[undefined, deck]], { ...opts, now });
		}
		if (!deck) throw new DeckhandError('not-found', `deck ${id} does not exist`);
		if (deck.builtin) throw new DeckhandError('conflict', `deck ${id} is a built-in deck`);
		if (await db.cards.get(card.id)) throw new DeckhandError('conflict', `card ${card.id} exists`);
		const row: AdminCardRow = { ...card, deckId: id, addedAt: now };
		const state = newCardState(card.id, id, now, card.tags);
		await writeCards(db, [[undefined, row]], { ...opts, now });
		await writeStates(db, [[undefined, state]]);
		return id;
	});
}

/** Edited cards (with their shipped text) of some decks, by id: a built-in update keeps these. */
export async function editedCards(db: DeckhandDb, deckIds: readonly string[]): Promise<Map<string, AdminCardRow>> {
	const rows = (await db.cards.where('deckId').anyOf([...deckIds]).toArray()) as AdminCardRow[];
	return new Map(rows.filter((row) => row.shipped).map((row) => [row.id, row]));
}
