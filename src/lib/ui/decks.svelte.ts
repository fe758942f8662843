/** Decks screen state: every deck with its cards counted by kind. */
import { deckCards, listDecks, setDeckHidden, type DeckRow } from '$lib/db';
import type { CardKind } from '$lib/deck/types';
import { app } from './app.svelte';

export interface DeckOverview {
	deck: DeckRow;
	byKind: Record<CardKind, number>;
	total: number;
}

export class DecksState {
	decks = $state<DeckOverview[]>([]);
	loaded = $state(false);

	async load() {
		const rows = await listDecks(app.db);
		this.decks = await Promise.all(
			rows.map(async (deck) => {
				const cards = await deckCards(app.db, deck.id);
				const byKind: Record<CardKind, number> = { concept: 0, command: 0, choice: 0, yamlfix: 0 };
				for (const card of cards) byKind[card.kind]++;
				return { deck, byKind, total: cards.length };
			})
		);
		this.decks.sort((a, b) => a.deck.title.localeCompare(b.deck.title));
		this.loaded = true;
	}

	/** Hide a built-in deck or show it again (its history stays either way). */
	async setHidden(deckId: string, hidden: boolean) {
		await setDeckHidden(app.db, deckId, hidden);
		this.decks = this.decks.map((d) => (d.deck.id === deckId ? { ...d, deck: { ...d.deck, hidden: hidden || undefined } } : d));
	}
}
