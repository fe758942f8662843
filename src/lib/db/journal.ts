/**
 * The answer journal: the review screen shows the next card before IndexedDB has committed the
 * answer, and a phone may kill the tab in that moment (no `beforeunload` there). Each answer is
 * first written synchronously to a small key-value store (localStorage in the browser), removed
 * once its transaction commits, and replayed on the next start if it is still there.
 */
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

export class AnswerJournal {
	constructor(private readonly store: KeyValueStore | null) {}

	/** Note an answer before it is written; returns its key. Never throws (the journal is a safety net). */
	add(entry: JournalEntry): string {
		const key = `${PREFIX}${entry.result.log.review}:${entry.shown.cardId}`;
		try {
			this.store?.setItem(key, JSON.stringify(entry));
		} catch {
			// Storage full or blocked (private mode): the answer is still written, just without the net.
		}
		return key;
	}

	remove(key: string): void {
		try {
			this.store?.removeItem(key);
		} catch {
			// see add()
		}
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
		return out.sort((a, b) => (a.entry?.result?.log?.review ?? 0) - (b.entry?.result?.log?.review ?? 0));
	}
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
	for (const { key, entry } of journal.entries()) {
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
