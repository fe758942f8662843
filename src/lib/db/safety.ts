/**
 * What protects a collection from vanishing unnoticed: a marker in localStorage that a collection
 * existed (when IndexedDB comes back empty while the marker says otherwise, the browser lost the
 * database — Chromium deletes it when the disk fills during a write — and the learner is told
 * instead of silently starting fresh), and one automatic backup, at most a day old, kept in a
 * database of its own (`deckhand-autobackup`) so it survives the loss of the main one.
 */
import Dexie, { type Table } from 'dexie';
import type { DeckhandDb } from './schema';

/** What the marker remembers of the collection. */
export interface CollectionMarker {
	/** Decks the learner added (not built-in). */
	userDecks: number;
	/** Review-log rows. */
	reviews: number;
	/** Epoch ms of the last update. */
	at: number;
}

export const MARKER_KEY = 'deckhand:collection';
/** An automatic backup older than this is replaced at the next start. */
export const AUTO_BACKUP_EVERY = 24 * 60 * 60 * 1000;

/** The learner's decks and review-log rows now. */
export async function collectionCounts(db: DeckhandDb): Promise<Omit<CollectionMarker, 'at'>> {
	const [userDecks, reviews] = await Promise.all([db.decks.filter((d) => !d.builtin).count(), db.revlog.count()]);
	return { userDecks, reviews };
}

export function readMarker(storage: Storage | null): CollectionMarker | null {
	try {
		const raw = storage?.getItem(MARKER_KEY);
		if (!raw) return null;
		const m = JSON.parse(raw) as Partial<CollectionMarker>;
		return typeof m.userDecks === 'number' && typeof m.reviews === 'number' && typeof m.at === 'number' ? (m as CollectionMarker) : null;
	} catch {
		return null;
	}
}

export function writeMarker(storage: Storage | null, counts: Omit<CollectionMarker, 'at'>, now: number): void {
	try {
		storage?.setItem(MARKER_KEY, JSON.stringify({ ...counts, at: now }));
	} catch {
		// storage blocked or full: the marker is a safety net, not a requirement
	}
}

/** Whether the database holds no deck of the learner's and no answer (reads one row of each at most: cheap at start). */
export async function collectionEmpty(db: DeckhandDb): Promise<boolean> {
	const [deck, review] = await Promise.all([db.decks.filter((d) => !d.builtin).first(), db.revlog.toCollection().first()]);
	return !deck && !review;
}

/** True when the marker says there was a collection and the database (`empty`: see {@link collectionEmpty}) now holds none of it. */
export function collectionVanished(marker: CollectionMarker | null, empty: boolean): boolean {
	return !!marker && (marker.userDecks > 0 || marker.reviews > 0) && empty;
}

export interface AutoBackup {
	key: 'last';
	/** Epoch ms. */
	createdAt: number;
	/** A backup file (`createBackup`). */
	text: string;
}

/** The database holding the one automatic backup. */
export class AutoBackupDb extends Dexie {
	backups!: Table<AutoBackup, 'last'>;

	constructor(name = 'deckhand-autobackup') {
		super(name);
		this.version(1).stores({ backups: 'key' });
	}
}

export async function lastAutoBackup(store: AutoBackupDb): Promise<AutoBackup | undefined> {
	return store.backups.get('last');
}

/** Whether a new automatic backup is due at `now` (none yet, or the last one is a day old). */
export function autoBackupDue(last: Pick<AutoBackup, 'createdAt'> | undefined, now: number): boolean {
	return !last || now - last.createdAt >= AUTO_BACKUP_EVERY;
}

/** Keep `text` as the one automatic backup (replacing the previous one). */
export async function saveAutoBackup(store: AutoBackupDb, text: string, now: number): Promise<void> {
	await store.backups.put({ key: 'last', createdAt: now, text });
}
