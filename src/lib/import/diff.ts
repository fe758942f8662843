/** Re-import: what a new version of a deck adds, changes and removes, by card id. */
import type { Card } from '$lib/deck/types';

export interface DeckDiff {
	added: Card[];
	changed: { before: Card; after: Card }[];
	unchanged: Card[];
	removed: Card[];
}

/** Fields of a stored card that are not its content: where it sits, when it came, the text it came with. */
const NOT_CONTENT = new Set(['line', 'deckId', 'addedAt', 'shipped']);

/** Canonical content of a card: every field but `line` (moving a card is not changing it) and storage fields, keys sorted. */
export function cardContent(card: Card): string {
	const entries = Object.entries(card)
		.filter(([k, v]) => !NOT_CONTENT.has(k) && v !== undefined)
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

/** A stored card the learner edited: `shipped` is the text its source (built-in deck or imported file) gave it. */
export type EditedCard = Card & { shipped?: Card };

/** An edited card whose source changed it too: the learner picks one. */
export interface EditConflict {
	/** The learner's text. */
	mine: Card;
	/** The new version from the source. */
	theirs: Card;
	/** What the source said when the learner edited it. */
	before: Card;
}

/** The learner's text of an edited card, without its storage fields. */
function ownText(edited: EditedCard): Card {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { shipped, deckId, addedAt, ...text } = edited as EditedCard & { deckId?: string; addedAt?: number };
	return text as Card;
}

/**
 * A new version of a deck's cards that keeps the learner's edits: an edited card keeps its text and
 * takes the new version as its `shipped` text (so a later update or a revert knows it); the ids in
 * `takeTheirs` take the new version, and the edit is dropped.
 */
export function keepEdits(cards: readonly Card[], edited: ReadonlyMap<string, EditedCard>, takeTheirs: readonly string[] = []): Card[] {
	return cards.map((card) => {
		const own = edited.get(card.id);
		if (!own?.shipped || takeTheirs.includes(card.id)) return card;
		const kept: EditedCard = { ...ownText(own), shipped: card };
		return kept;
	});
}

/** Edited cards that the new version changes too (it no longer says what it said when the learner edited them). */
export function editConflicts(cards: readonly Card[], edited: ReadonlyMap<string, EditedCard>): EditConflict[] {
	const out: EditConflict[] = [];
	for (const card of cards) {
		const own = edited.get(card.id);
		if (own?.shipped && cardContent(own.shipped) !== cardContent(card)) out.push({ mine: ownText(own), theirs: card, before: own.shipped });
	}
	return out;
}
