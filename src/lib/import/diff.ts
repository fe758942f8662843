/** Re-import: what a new version of a deck adds, changes and removes, by card id. */
import type { Card } from '$lib/deck/types';

export interface DeckDiff {
	added: Card[];
	changed: { before: Card; after: Card }[];
	unchanged: Card[];
	removed: Card[];
}

/** Canonical content of a card: every field but `line` (moving a card is not changing it), keys sorted. */
export function cardContent(card: Card): string {
	const entries = Object.entries(card)
		.filter(([k, v]) => k !== 'line' && v !== undefined)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return JSON.stringify(entries);
}

/**
 * Compare two versions of a deck's cards by id. `changed` = same id, different content (a new
 * front gives a new id in generated ids, so it shows as removed + added). Order follows `newCards`
 * (and `oldCards` for `removed`).
 */
export function diffDecks(oldCards: readonly Card[], newCards: readonly Card[]): DeckDiff {
	const before = new Map(oldCards.map((c) => [c.id, c]));
	const seen = new Set<string>();
	const diff: DeckDiff = { added: [], changed: [], unchanged: [], removed: [] };
	for (const card of newCards) {
		if (seen.has(card.id)) continue;
		seen.add(card.id);
		const old = before.get(card.id);
		if (!old) diff.added.push(card);
		else if (cardContent(old) === cardContent(card)) diff.unchanged.push(card);
		else diff.changed.push({ before: old, after: card });
	}
	for (const card of oldCards) if (!seen.has(card.id)) diff.removed.push(card);
	return diff;
}
