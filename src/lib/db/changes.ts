/**
 * Which tables a committed write changed, in this tab or in another one of the same origin: Dexie
 * fires `storagemutated` after every commit and carries it to the other tabs over a BroadcastChannel.
 * Screens that hold data read earlier (the review queue, Today's counts) re-read what changed, so a
 * tab never serves a card another tab already answered.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { DeckhandDb } from './schema';

/** Every table (Dexie says `all` when it cannot tell, e.g. a page restored from the back/forward cache). */
export const ALL_TABLES = '*';

/** The tables named in a set of changed parts (`idb://<db>/<table>/<index>` keys). */
export function changedTables(dbName: string, parts: ObservabilitySet): Set<string> {
	const prefix = `idb://${dbName}/`;
	const tables = new Set<string>();
	for (const key of Object.keys(parts)) {
		if (key === 'all') tables.add(ALL_TABLES);
		else if (key.startsWith(prefix)) tables.add(key.slice(prefix.length).split('/')[0]);
	}
	return tables;
}

/** Call `listener` after each committed write that touched one of `tables`; returns the unsubscribe. */
export function onTablesChanged(db: DeckhandDb, tables: readonly string[], listener: () => void): () => void {
	const handler = (parts: ObservabilitySet) => {
		const changed = changedTables(db.name, parts);
		if (changed.has(ALL_TABLES) || tables.some((t) => changed.has(t))) listener();
	};
	Dexie.on('storagemutated', handler);
	return () => Dexie.on('storagemutated').unsubscribe(handler);
}
