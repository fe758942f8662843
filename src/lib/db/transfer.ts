/**
 * Import, export, backup and restore against the database. Each write is ONE Dexie transaction: an
 * import or a restore lands whole or not at all (abort, quota or any error rolls everything back).
 *
 * This module is re-exported by `$lib/db`, which the first screen loads: the code it needs from
 * `$lib/import` (backup merge) is imported dynamically, before a transaction opens (a
 * Dexie transaction must not await anything but Dexie), so it only loads when an import runs.
 */
import type { Card, Deck } from '../deck/types';
import type { CardState, ReviewLog } from '../srs/types';
import type { BackupData, MergeReport as BackupMergeReport } from '../import/backup';
import { replayReviews, type CardStateFields, type ReplayedLog, type ReplayInput, type SrsSettings } from '../srs/fsrs';
import { checkStoredSettings, type IgnoredSetting } from '../srs/settings';
import { mergeDeckInto, type MergeReport } from './repository';
import { DeckhandDb, fromStateRow, type CardRow, type DeckRow } from './schema';
import { DeckhandError, guardStorage } from './errors';
import { addAnswers, writeStates } from './writes';

/** Rows per bulk write: big enough to be fast, small enough to check for cancel and show progress. */
const CHUNK = 2_000;

/** A card's imported history (e.g. from an .apkg), replayed by `replayReviews` ($lib/srs/fsrs). */
export interface ImportedHistory {
	state: CardStateFields;
	/** Every replayed answer of the card, oldest first. */
	logs: ReplayedLog[];
}

/**
 * Group imported answers (e.g. `readApkg().reviews`) by card and replay each card's answers into an
 * {@link ImportedHistory}. `now` is epoch ms; `settings` are the FSRS settings to replay with.
 */
export async function replayHistory(
	reviews: readonly ({ cardId: string } & ReplayInput)[],
	now: number,
	settings?: SrsSettings
): Promise<Map<string, ImportedHistory>> {
	const byCard = new Map<string, ReplayInput[]>();
	for (const r of reviews) {
		const list = byCard.get(r.cardId);
		if (list) list.push(r);
		else byCard.set(r.cardId, [r]);
	}
	const out = new Map<string, ImportedHistory>();
	for (const [id, list] of byCard) out.set(id, replayReviews(list, now, settings));
	return out;
}

export interface ImportOptions {
	/** Imported answers per card id: written as review logs, their replayed state becomes the card's state. */
	reviews?: ReadonlyMap<string, ImportedHistory>;
	/** Cards of the stored deck to delete when the new version no longer has them (their logs stay). */
	removeIds?: Iterable<string>;
	/** Rows written so far and the rows to write (cards, states and logs). */
	onProgress?: (done: number, total: number) => void;
	/** Cancel: checked between chunks; an aborted import writes nothing and throws `aborted`. */
	signal?: AbortSignal;
	/** Epoch ms (due time of new cards). Default `Date.now()`. */
	now?: number;
	/** The FSRS settings to replay with when imported answers merge into an existing card's log. */
	settings?: SrsSettings;
	/** Rows per bulk write (default 2,000). */
	chunk?: number;
}

export interface ImportReport extends MergeReport {
	/** Cards left exactly as stored. */
	unchanged: number;
	/** Review-log rows written. */
	logsAdded: number;
	/** Cards whose state came from imported answers. */
	statesFromHistory: number;
}

function abortCheck(signal: AbortSignal | undefined, what: string): () => void {
	return () => {
		if (signal?.aborted) throw new DeckhandError('aborted', `${what} cancelled: nothing was saved`);
	};
}


/**
 * `deck` with ids that cannot clash with what is stored: a built-in deck's id becomes `<id>-mine`
 * (an import never writes into a built-in deck), and a card id that another deck owns gets this
 * deck's id in front. The same file gives the same ids every time, so re-importing it still
 * updates the deck. `renamed` maps old card ids to new ones (empty when nothing changed).
 */
export async function withFreeIds(db: DeckhandDb, deck: Deck): Promise<{ deck: Deck; renamed: Map<string, string> }> {
	const renamed = new Map<string, string>();
	const builtin = (await db.decks.get(deck.id))?.builtin;
	const id = builtin ? `${deck.id}-mine` : deck.id;
	const prefixed = deck.cards.map((card) => (builtin && card.id.startsWith(`${deck.id}:`) ? id + card.id.slice(deck.id.length) : card.id));
	// The ids other decks hold, read as keys in one go (a get per card took 18 s for 200,000 cards).
	const taken = new Set(await db.cards.where('deckId').notEqual(id).primaryKeys());
	const cards = deck.cards.map((card, i) => {
		const next = taken.has(prefixed[i]) ? `${id}:${prefixed[i]}` : prefixed[i];
		if (next === card.id) return card;
		renamed.set(card.id, next);
		return { ...card, id: next };
	});
	return id === deck.id && renamed.size === 0 ? { deck, renamed } : { deck: { ...deck, id, cards }, renamed };
}

/** `byCard` with its card ids changed as {@link withFreeIds} renamed them. */
export function withRenamedCards<T>(byCard: ReadonlyMap<string, T>, renamed: ReadonlyMap<string, string>): Map<string, T> {
	return new Map([...byCard].map(([id, value]) => [renamed.get(id) ?? id, value]));
}

/**
 * Import one deck, merged by card id, in ONE transaction: unchanged cards keep their state and
 * history, changed cards get the new content, new cards get a new state (or the state replayed
 * from `reviews`), cards in `removeIds` are deleted with their states (their logs stay), imported
 * answers are appended to the review log (an answer already stored for the card at the same time
 * is skipped, so importing the same package twice adds nothing) and the hourly activity sums of the
 * touched hours are updated. When imported answers join answers already stored for a card, its
 * state is rebuilt by replaying the whole merged log.
 * Throws `DeckhandError('aborted')` when `signal` fires and `DeckhandError('quota')` when storage is
 * full; either way nothing is written.
 */
export async function importDeck(db: DeckhandDb, deck: Deck, opts: ImportOptions = {}): Promise<ImportReport> {
	const now = opts.now ?? Date.now();
	const chunk = opts.chunk ?? CHUNK;
	const check = abortCheck(opts.signal, 'import');
	check();
	const history = opts.reviews;
	const historyLogs = history ? deck.cards.reduce((n, c) => n + (history.get(c.id)?.logs.length ?? 0), 0) : 0;
	const total = deck.cards.length * 2 + historyLogs;
	let done = 0;
	const progress = (rows: number) => {
		done = Math.min(total, done + rows);
		opts.onProgress?.(done, total);
		check();
	};
	const report: ImportReport = { added: 0, updated: 0, removed: 0, unchanged: 0, logsAdded: 0, statesFromHistory: 0 };
	await guardStorage(() =>
		db.transaction('rw', [db.decks, db.cards, db.states, db.revlog, db.activity, db.tallies, db.settings], async () => {
			// 1. Imported history → the states and log rows to write (read before anything is written).
			const ownStates = new Map<string, CardState>();
			/** The stored state each of `ownStates` replaces, for the tallies. */
			const replaced = new Map<string, CardState | undefined>();
			const newLogs: ReviewLog[] = [];
			const historyCards = history ? deck.cards.filter((c) => history.has(c.id)) : [];
			if (history && historyCards.length) {
				const ids = historyCards.map((c) => c.id);
				const stored = new Map<string, ReviewLog[]>();
				for (const log of await db.revlog.where('cardId').anyOf(ids).toArray()) {
					const list = stored.get(log.cardId);
					if (list) list.push(log);
					else stored.set(log.cardId, [log]);
				}
				const prevStates = await db.states.bulkGet(ids);
				historyCards.forEach((card: Card, k) => {
					const h = history.get(card.id)!;
					const prev = prevStates[k];
					const before = stored.get(card.id) ?? [];
					const seen = new Set(before.map((l) => l.review));
					const incoming = h.logs.filter((l) => !seen.has(l.review));
					if (incoming.length === 0 && (prev || before.length === 0)) return; // nothing new to say
					let fields = h.state;
					let add = incoming;
					if (before.length > 0) {
						const merged = [...before, ...incoming].map((l) => ({ rating: l.rating, review: l.review, duration: l.duration }));
						const replayed = replayReviews(merged, now, opts.settings);
						const fresh = new Set(incoming.map((l) => l.review));
						fields = replayed.state;
						add = replayed.logs.filter((l) => fresh.has(l.review));
					}
					const state: CardState = { ...fields, cardId: card.id, deckId: deck.id, suspended: prev?.suspended ?? 0, buriedUntil: prev?.buriedUntil ?? 0, tags: card.tags };
					ownStates.set(card.id, state);
					replaced.set(card.id, prev);
					for (const l of add) newLogs.push({ ...l, cardId: card.id, deckId: deck.id });
				});
			}
			// 2. Cards and new states: the shared per-deck merge step.
			await mergeDeckInto(
				db,
				deck,
				now,
				{ removeIds: new Set(opts.removeIds ?? []), ownStates: new Set(ownStates.keys()), chunk, onChunk: progress },
				report
			);
			report.unchanged = deck.cards.length - report.added - report.updated;
			// 3. Replayed states and imported log rows, then the activity sums of the hours they touch.
			await writeStates(
				db,
				[...ownStates.values()].map((state) => [replaced.get(state.cardId), state] as const),
				{ chunk, onChunk: progress }
			);
			report.statesFromHistory = ownStates.size;
			await addAnswers(db, newLogs, { chunk, onChunk: progress });
			report.logsAdded = newLogs.length;
			check();
		})
	);
	opts.onProgress?.(total, total);
	return report;
}

/** Read every table as they are (inside the caller's transaction when there is one). */
async function readTables(db: DeckhandDb): Promise<BackupData> {
	const [decks, cards, states, revlog, settings] = await Promise.all([
		db.decks.toArray(),
		db.cards.toArray(),
		db.states.toArray(),
		db.revlog.toArray(),
		db.settings.toArray()
	]);
	return {
		decks,
		cards,
		states: states.map(fromStateRow),
		revlog,
		settings: Object.fromEntries(settings.map((row) => [row.key, row.value]))
	};
}

/**
 * The whole collection as backup data, read in one transaction: decks without cards (as stored,
 * with `addedAt`/`builtin`), cards with their `deckId`, states without the derived `queue`, the
 * review log with its ids, and settings as one object.
 */
export async function readCollection(db: DeckhandDb): Promise<BackupData> {
	return db.transaction('r', [db.decks, db.cards, db.states, db.revlog, db.settings], () => readTables(db));
}

export interface RestoreOptions {
	/** Epoch ms: `addedAt` of decks that have none, and replay time for merged states. */
	now?: number;
	/** The FSRS settings to replay with, for states rebuilt from a merged log. */
	settings?: SrsSettings;
	onProgress?: (done: number, total: number) => void;
	signal?: AbortSignal;
}

export interface RestoreReport {
	decks: number;
	cards: number;
	states: number;
	revlog: number;
	/** For mode 'merge': what the backup added. */
	merge?: BackupMergeReport;
	/** Settings of the backup that failed the Settings page's rules: the learner's own value was kept. */
	ignoredSettings: IgnoredSetting[];
}

/**
 * Restore a backup in ONE transaction. `'replace'` wipes every table and writes the backup as it is
 * (review-log ids included, so a backup → wipe → restore round trip gives identical tables);
 * `'merge'` unions the backup with what is stored (`mergeBackup` of $lib/import/backup: logs deduplicated by card and
 * time, states rebuilt where the merged log says so; log rows new to this database get new ids).
 * The hourly activity sums are rebuilt from the resulting log in the same transaction.
 * Throws `DeckhandError('quota' | 'aborted')` with nothing written.
 */
export async function restoreCollection(db: DeckhandDb, data: BackupData, mode: 'replace' | 'merge', opts: RestoreOptions = {}): Promise<RestoreReport> {
	const now = opts.now ?? Date.now();
	const check = abortCheck(opts.signal, 'restore');
	check();
	const tables = [db.decks, db.cards, db.states, db.revlog, db.settings, db.activity, db.tallies];
	let report: RestoreReport | undefined;
	const mergeBackup = mode === 'merge' ? (await import('../import/backup')).mergeBackup : null;
	await guardStorage(() =>
		db.transaction('rw', tables, async () => {
			let target = data;
			let merge: BackupMergeReport | undefined;
			if (mergeBackup) {
				const result = mergeBackup(await readTables(db), data, { now, settings: opts.settings });
				target = result.data;
				merge = result.report;
			}
			// Deck rows: strip an embedded `cards` array (its cards join the card table) and fill `addedAt`.
			// Only a deck the app itself marked built-in stays built-in: a file cannot make one.
			const builtinIds = new Set((await db.decks.toArray()).filter((deck) => deck.builtin).map((deck) => deck.id));
			const cardRows = [...target.cards];
			const known = new Set(cardRows.map((c) => c.id));
			const deckRows: DeckRow[] = target.decks.map((deck) => {
				const { cards, builtin, ...meta } = deck as typeof deck & { addedAt?: number; builtin?: boolean };
				for (const card of cards ?? []) if (!known.has(card.id)) cardRows.push({ ...card, deckId: deck.id } as CardRow);
				return { ...meta, ...(builtin !== undefined ? { builtin: builtin && builtinIds.has(deck.id) } : {}), addedAt: meta.addedAt ?? now } as DeckRow;
			});
			// One state per card (the last, as the bulk write keeps it): the tallies count exactly what is written.
			const states = [...new Map(target.states.map((st) => [st.cardId, st])).values()];
			// The backup's settings with the Settings page's rules: a bad value keeps the learner's own.
			const own = checkStoredSettings(Object.fromEntries((await db.settings.toArray()).map((row) => [row.key, row.value]))).settings;
			const checked = checkStoredSettings(target.settings, own);
			const settingRows = Object.entries(checked.settings).map(([key, value]) => ({ key, value }));
			const total = deckRows.length + cardRows.length + states.length + target.revlog.length + settingRows.length;
			let done = 0;
			const progress = (rows: number) => {
				done += rows;
				opts.onProgress?.(done, total);
				check();
			};
			const write = async <T>(rows: T[], put: (part: T[]) => Promise<unknown>) => {
				for (let start = 0; start < rows.length; start += CHUNK) {
					const part = rows.slice(start, start + CHUNK);
					await put(part);
					progress(part.length);
				}
			};
			await Promise.all(tables.map((t) => t.clear()));
			check();
			await write(deckRows, (p) => db.decks.bulkPut(p));
			await write(cardRows, (p) => db.cards.bulkPut(p));
			// The tables are empty now: every state and answer is new to the tallies and the activity sums.
			await writeStates(
				db,
				states.map((state) => [undefined, state] as const),
				{ chunk: CHUNK, onChunk: progress }
			);
			await addAnswers(db, target.revlog, { chunk: CHUNK, onChunk: progress });
			await write(settingRows, (p) => db.settings.bulkPut(p));
			check();
			report = {
				decks: deckRows.length,
				cards: cardRows.length,
				states: states.length,
				revlog: target.revlog.length,
				ignoredSettings: checked.ignored,
				...(merge ? { merge } : {})
			};
		})
	);
	return report!;
}

/** One stored deck with its cards, as a `Deck` (for export); throws `not-found` for an unknown id. */
export async function deckWithCards(db: DeckhandDb, deckId: string): Promise<Deck> {
	return db.transaction('r', db.decks, db.cards, async () => {
		const row = await db.decks.get(deckId);
		if (!row) throw new DeckhandError('not-found', `deck ${deckId} does not exist`);
		const rows = await db.cards.where('deckId').equals(deckId).toArray();
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		const { builtin, addedAt, ...meta } = row;
		const cards = rows
			.map((r) => {
				const { deckId: _deck, ...card } = r;
				return card as Card;
			})
			.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
		return { ...meta, cards };
	});
}
