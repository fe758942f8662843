/**
 * The answer journal: a phone may kill the tab (or the whole browser) right after a tap, before the
 * answer's transaction has committed (another tab or a sync may hold the database). Each answer is
 * noted at once in a small key-value store (localStorage), and in a journal database of its own
 * ({@link IdbJournalStore}: one tiny put that no transaction of the collection can hold up), both
 * before the next card is drawn; the put is on disk a few ms later. localStorage alone is not enough:
 * Chromium writes it to disk a second or more later, and a browser killed in that second lost the
 * answer. Entries are removed once the answer commits and replayed on the next start.
 */
import Dexie, { type Table } from 'dexie';
import type { AnswerResult } from '../srs/fsrs';
import type { CardState } from '../srs/types';
import { recordAnswer } from './repository';
import { DeckhandError } from './errors';
import type { DeckhandDb } from './schema';

/** The part of the Web Storage API the journal uses (localStorage, or a Map-backed stand-in). */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
	readonly length: number;
	key(index: number): string | null;
}

export interface JournalEntry {
	/** The card's state as it was shown (what `recordAnswer` checks against). */
	shown: CardState;
	result: AnswerResult;
}

const PREFIX = 'deckhand:answer:';

/** A journal kept on disk as soon as a write resolves (the browser's: {@link IdbJournalStore}). */
export interface DurableStore {
	put(key: string, value: string): Promise<void>;
	delete(key: string): Promise<void>;
	all(): Promise<{ key: string; value: string }[]>;
}

/** The journal's own IndexedDB database: its puts never queue behind the collection's transactions. */
export class IdbJournalStore implements DurableStore {
	private readonly db: Dexie & { answers: Table<{ key: string; value: string }, string> };

	constructor(name: string) {
		this.db = new Dexie(name) as Dexie & { answers: Table<{ key: string; value: string }, string> };
		this.db.version(1).stores({ answers: 'key' });
	}

	async put(key: string, value: string): Promise<void> {
		await this.db.answers.put({ key, value });
	}

	async delete(key: string): Promise<void> {
		await this.db.answers.delete(key);
	}

	all(): Promise<{ key: string; value: string }[]> {
		return this.db.answers.toArray();
	}
}

export class AnswerJournal {
	/** Durable writes under way, by key. */
	private readonly writing = new Map<string, Promise<void>>();

	constructor(
		private readonly store: KeyValueStore | null,
		private readonly durable: DurableStore | null = null
	) {}

	/** Note an answer before it is written; returns its key. Never throws (the journal is a safety net). */
	add(entry: JournalEntry): string {
		const key = `${PREFIX}${entry.result.log.review}:${entry.shown.cardId}`;
		const value = JSON.stringify(entry);
		try {
			this.store?.setItem(key, value);
		} catch {
			// Storage full or blocked (private mode): the answer is still written, just without the net.
		}
		if (this.durable) {
			const put = this.durable.put(key, value).catch(() => {});
			this.writing.set(key, put);
			void put.then(() => this.writing.delete(key));
		}
		return key;
	}

	/** Resolves once the entry is on disk (at once without a durable store). Never rejects. */
	written(key: string): Promise<void> {
		return this.writing.get(key) ?? Promise.resolve();
	}

	remove(key: string): void {
		try {
			this.store?.removeItem(key);
		} catch {
			// see add()
		}
		// After its own put, so a late put never brings the entry back.
		if (this.durable) void this.written(key).then(() => this.durable?.delete(key).catch(() => {}));
	}

	/** Entries left by a session that ended before its writes did, oldest first (null: unreadable). */
	entries(): { key: string; entry: JournalEntry | null }[] {
		const out: { key: string; entry: JournalEntry | null }[] = [];
		try {
			if (!this.store) return out;
			for (let i = 0; i < this.store.length; i++) {
				const key = this.store.key(i);
				if (key?.startsWith(PREFIX)) out.push({ key, entry: parse(this.store.getItem(key)) });
			}
		} catch {
			return out;
		}
		return sortByAnswerTime(out);
	}

	/** {@link entries} and the durable store's, each key once (what a start replays). */
	async allEntries(): Promise<{ key: string; entry: JournalEntry | null }[]> {
		const out = new Map(this.entries().map((e) => [e.key, e]));
		try {
			for (const { key, value } of (await this.durable?.all()) ?? []) if (!out.has(key)) out.set(key, { key, entry: parse(value) });
		} catch {
			// An unreadable journal database: what localStorage holds still replays.
		}
		return sortByAnswerTime([...out.values()]);
	}
}

function sortByAnswerTime(list: { key: string; entry: JournalEntry | null }[]) {
	return list.sort((a, b) => (a.entry?.result?.log?.review ?? 0) - (b.entry?.result?.log?.review ?? 0));
}

function parse(text: string | null): JournalEntry | null {
	try {
		return JSON.parse(text ?? '') as JournalEntry;
	} catch {
		return null;
	}
}

/**
 * Write the answers a previous session left in the journal. An answer whose state is already stored
 * (the write did commit, only the journal removal was lost) or whose card changed since is dropped;
 * one that fails for another reason (storage full) stays for the next start. Returns how many were
 * written now.
 */
export async function replayJournal(db: DeckhandDb, journal: AnswerJournal): Promise<number> {
	let written = 0;
	for (const { key, entry } of await journal.allEntries()) {
		if (!entry?.shown?.cardId || !entry.result?.state || !entry.result.log) {
			journal.remove(key);
			continue;
		}
		try {
			await recordAnswer(db, entry.shown, entry.result);
			written++;
			journal.remove(key);
		} catch (error) {
			if (error instanceof DeckhandError && (error.code === 'stale-state' || error.code === 'not-found')) journal.remove(key);
		}
	}
	return written;
}
