/**
 * Built-in decks ship as static JSON (compiled from `decks/*.md` at build time) and are merged into
 * IndexedDB on start when their version changed. Merging is by card id and never touches history;
 * a card the learner edited keeps the edit (see `keepEdits`).
 */
import type { Deck } from '../deck/types';
import type { DeckhandDb } from './schema';
import { getSetting, mergeDecks, setSetting, type MergeReport } from './repository';
import { editedCards } from './cards-admin';
import { keepEdits } from '../import/diff';

export interface BuiltinIndex {
	/** Hash of every built-in deck: changes whenever any built-in card changes. */
	version: string;
	decks: { id: string; file: string; title: string; cards: number }[];
}

const VERSION_KEY = 'builtinVersion';

/**
 * Load the built-in decks when the shipped version differs from the stored one.
 * `fetchJson` reads a path under the app root (injected so node tests can serve files).
 */
export async function syncBuiltinDecks(
	db: DeckhandDb,
	fetchJson: (path: string) => Promise<unknown>,
	now: number
): Promise<MergeReport | null> {
	const index = (await fetchJson('decks/index.json')) as BuiltinIndex;
	if ((await getSetting<string>(db, VERSION_KEY)) === index.version) return null;
	const shippedDecks = (await Promise.all(index.decks.map((entry) => fetchJson(`decks/${entry.file}`)))) as Deck[];
	const decks = await keepEditsOf(db, shippedDecks);
	const report = await mergeDecks(db, decks, now, { builtin: true, removeMissing: true });
	await setSetting(db, VERSION_KEY, index.version);
	return report;
}

/** Cards the learner edited stay edited; their `shipped` text becomes the new version's (for revert). */
async function keepEditsOf(db: DeckhandDb, decks: Deck[]): Promise<Deck[]> {
	const edited = await editedCards(
		db,
		decks.map((deck) => deck.id)
	);
	if (edited.size === 0) return decks;
	return decks.map((deck) => ({ ...deck, cards: keepEdits(deck.cards, edited) }));
}
