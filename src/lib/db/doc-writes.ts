/**
 * The write paths of the collection's mutable things that sync carries as documents (`docs/sync.md`
 * §2): card rows ({@link writeCards}), deck rows ({@link writeDecks}), synced settings
 * ({@link writeSetting}) and text clashes ({@link writeClash}). Each writes the rows and, in the same
 * transaction, notes which synced fields changed and when (the settings row {@link PENDING_DOCS_KEY}),
 * unless the write comes from sync itself (`fromSync`) or is shipped content (`shipped`: a built-in
 * deck's cards as the app version brings them, which every device has). The transaction must include
 * `settings` when something is noted.
 */
import Dexie from 'dexie';
import { canonical, docId, type DocKind, type Stamped } from '../sync/fields';
import type { CardRow, DeckhandDb, DeckRow } from './schema';
import { inChunks, type ChunkOptions } from './writes';

/** Synced fields changed here and not sent yet: document id → field → epoch ms of the change. */
export type PendingDocs = Record<string, Record<string, number>>;
/** The settings row that holds {@link PendingDocs} (read and cleared by sync). */
export const PENDING_DOCS_KEY = 'syncPendingDocs';
/** The settings row that holds the open text clashes: card id → {@link CardClash}. */
export const CLASHES_KEY = 'syncClashes';
/** Settings that follow the learner to every device (FSRS settings and fitted weights, limits, day start); the rest (language, theme) stay per device. */
export const SYNCED_SETTINGS: readonly string[] = ['study'];

export interface WriteOptions extends ChunkOptions {
	/** Written by sync from another device's document: not noted (it would be sent back). */
	fromSync?: boolean;
	/** Shipped content (built-in decks as the app version brings them): not noted. */
	shipped?: boolean;
	/** Epoch ms of the change (default now). */
	now?: number;
}

/** A card's text: everything but its id, tags, deck, source line and bookkeeping. */
export type CardText = Record<string, unknown>;

export function cardText(row: CardRow): CardText {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { id, tags, line, deckId, addedAt, shipped, ...text } = row as CardRow & { addedAt?: number; shipped?: unknown };
	return text;
}

/** When both devices changed a card's text since they last synced: the text kept (the later change) and the other one. */
export interface CardClash {
	kept: Stamped<CardText>;
	other: Stamped<CardText>;
}

/** The synced fields of a card row (`undefined`: the card was deleted). */
export function cardFields(row: CardRow | undefined): Record<string, unknown> {
	return row ? { text: cardText(row), tags: row.tags, deckId: row.deckId, deleted: false } : { deleted: true };
}

/** The synced fields of a deck row: a built-in deck's title ships with the app, only its `hidden` flag is the learner's. */
export function deckFields(row: DeckRow | undefined): Record<string, unknown> {
	if (!row) return { deleted: true };
	if (row.builtin) return { hidden: !!row.hidden };
	return { title: row.title, lang: row.lang, hidden: !!row.hidden, deleted: false };
}

async function readPending(db: DeckhandDb): Promise<PendingDocs> {
	return ((await db.settings.get(PENDING_DOCS_KEY))?.value as PendingDocs | undefined) ?? {};
}

/** Synced-field changes not sent yet. */
export async function pendingDocs(db: DeckhandDb): Promise<PendingDocs> {
	return readPending(db);
}

/** Note the fields that differ between `before` and `after` of each document (inside the caller's `rw` transaction with `settings`). */
async function noteChanges(db: DeckhandDb, kind: DocKind, changes: readonly (readonly [string, Record<string, unknown>, Record<string, unknown>])[], now: number): Promise<void> {
	const noted: [string, string[]][] = [];
	for (const [key, before, after] of changes) {
		const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => after[f] !== undefined && canonical(before[f]) !== canonical(after[f]));
		if (fields.length) noted.push([docId(kind, key), fields]);
	}
	if (noted.length === 0) return;
	if (!Dexie.currentTransaction?.storeNames.includes('settings')) {
		throw new Error(`a ${kind} write changed synced fields: the transaction must include db.settings (sync notes the change there)`);
	}
	const pending = await readPending(db);
	for (const [id, fields] of noted) {
		const entry = (pending[id] ??= {});
		for (const f of fields) entry[f] = now;
	}
	await db.settings.put({ key: PENDING_DOCS_KEY, value: pending });
}

const noting = (opts: WriteOptions) => !opts.fromSync && !opts.shipped;

/**
 * Put and delete rows of `table` (`[before, after]` puts `after`, `[before, undefined]` deletes the
 * row; `before` is the stored row, read in the same transaction) and note the synced fields that changed.
 */
async function writeRows<R extends { id: string }>(
	table: { bulkPut(rows: R[]): Promise<unknown>; bulkDelete(ids: string[]): Promise<unknown> },
	db: DeckhandDb,
	kind: DocKind,
	fieldsOf: (row: R | undefined) => Record<string, unknown>,
	changes: readonly (readonly [R | undefined, R | undefined])[],
	opts: WriteOptions
): Promise<void> {
	const puts = changes.flatMap(([, after]) => (after ? [after] : []));
	const deletes = changes.flatMap(([before, after]) => (!after && before ? [before.id] : []));
	await inChunks(puts, opts, (part) => table.bulkPut(part));
	if (deletes.length) await table.bulkDelete(deletes);
	if (!noting(opts)) return;
	const noted = changes.map(([before, after]) => [(after ?? before)!.id, before ? fieldsOf(before) : {}, fieldsOf(after)] as const);
	await noteChanges(db, kind, noted, opts.now ?? Date.now());
}

/** Write card rows (see {@link writeRows}); states are not touched (`writeStates`). */
export async function writeCards(db: DeckhandDb, changes: readonly (readonly [CardRow | undefined, CardRow | undefined])[], opts: WriteOptions = {}): Promise<void> {
	await writeRows(db.cards, db, 'card', cardFields, changes, opts);
}

/** Write deck rows (see {@link writeRows}). */
export async function writeDecks(db: DeckhandDb, changes: readonly (readonly [DeckRow | undefined, DeckRow | undefined])[], opts: WriteOptions = {}): Promise<void> {
	await writeRows(db.decks, db, 'deck', deckFields, changes, opts);
}

/** Write one setting; a {@link SYNCED_SETTINGS} key is noted for sync (in its own transaction when none is open). */
export async function writeSetting(db: DeckhandDb, key: string, value: unknown, opts: WriteOptions = {}): Promise<void> {
	if (!SYNCED_SETTINGS.includes(key) || !noting(opts)) {
		await db.settings.put({ key, value });
		return;
	}
	await db.transaction('rw', db.settings, async () => {
		const before = (await db.settings.get(key))?.value;
		await db.settings.put({ key, value });
		await noteChanges(db, 'setting', [[key, { value: before }, { value }]], opts.now ?? Date.now());
	});
}

/** The open text clashes: card id → clash. */
export async function cardClashes(db: DeckhandDb): Promise<Record<string, CardClash>> {
	return ((await db.settings.get(CLASHES_KEY))?.value as Record<string, CardClash> | undefined) ?? {};
}

/** Record (or, with `null`, close) a card's text clash; the clash is a field of the card's document, so it reaches the other devices. */
export async function writeClash(db: DeckhandDb, cardId: string, clash: CardClash | null, opts: WriteOptions = {}): Promise<void> {
	await db.transaction('rw', db.settings, async () => {
		const all = await cardClashes(db);
		const before = all[cardId] ?? null;
		if (canonical(before) === canonical(clash)) return;
		if (clash) all[cardId] = clash;
		else delete all[cardId];
		await db.settings.put({ key: CLASHES_KEY, value: all });
		if (noting(opts)) await noteChanges(db, 'card', [[cardId, { clash: before }, { clash }]], opts.now ?? Date.now());
	});
}
