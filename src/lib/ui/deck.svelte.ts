/**
 * One deck's page: its cards with their state (suspend / unsuspend), its own daily limits, and its
 * tags to practice.
 */
import { deckCardStates, listDecks, updateState, type CardRow, type DeckRow } from '$lib/db';
import type { CardState } from '$lib/srs/types';
import { app } from './app.svelte';
import { loadStudySettings, saveStudySettings } from './study-day';

export interface CardLine {
	card: CardRow;
	state: CardState | undefined;
}

export { cardTitle } from '$lib/browse/search';

export class DeckState {
	deck = $state<DeckRow | null>(null);
	lines = $state.raw<CardLine[]>([]);
	loaded = $state(false);
	/** The deck's own limits as typed ('' = the collection's limit). */
	newPerDay = $state('');
	reviewsPerDay = $state('');
	limitsError = $state(false);
	limitsSaved = $state(false);
	tags = $derived.by(() => {
		const counts: Record<string, number> = {};
		for (const { card } of this.lines) for (const tag of card.tags) counts[tag] = (counts[tag] ?? 0) + 1;
		return Object.entries(counts)
			.filter(([, n]) => n >= 3)
			.sort((a, b) => b[1] - a[1]);
	});
	suspended = $derived(this.lines.filter((line) => line.state?.suspended === 1).length);

	constructor(readonly deckId: string) {}

	async load() {
		const [decks, lines, settings] = await Promise.all([listDecks(app.db), deckCardStates(app.db, this.deckId), loadStudySettings(app.db)]);
		this.deck = decks.find((d) => d.id === this.deckId) ?? null;
		this.lines = lines;
		const own = settings.limits.perDeck?.[this.deckId];
		this.newPerDay = own?.newPerDay === undefined ? '' : String(own.newPerDay);
		this.reviewsPerDay = own?.reviewsPerDay === undefined ? '' : String(own.reviewsPerDay);
		this.loaded = true;
	}

	/** Suspend or unsuspend one card. */
	async toggleSuspended(line: CardLine) {
		if (!line.state) return;
		const state: CardState = { ...line.state, suspended: line.state.suspended ? 0 : 1 };
		await updateState(app.db, state);
		this.lines = this.lines.map((l) => (l.card.id === line.card.id ? { ...l, state } : l));
	}

	/** Save the deck's own limits; blank means "no own limit". Refuses anything but whole numbers ≥ 0. */
	async saveLimits(): Promise<boolean> {
		const parse = (text: string) => (text.trim() === '' ? undefined : /^\d{1,5}$/.test(text.trim()) ? Number(text) : NaN);
		const newPerDay = parse(this.newPerDay);
		const reviewsPerDay = parse(this.reviewsPerDay);
		this.limitsSaved = false;
		this.limitsError = Number.isNaN(newPerDay) || Number.isNaN(reviewsPerDay);
		if (this.limitsError) return false;
		const settings = await loadStudySettings(app.db);
		const perDeck = { ...settings.limits.perDeck };
		if (newPerDay === undefined && reviewsPerDay === undefined) delete perDeck[this.deckId];
		else perDeck[this.deckId] = { ...(newPerDay !== undefined ? { newPerDay } : {}), ...(reviewsPerDay !== undefined ? { reviewsPerDay } : {}) };
		await saveStudySettings(app.db, { ...settings, limits: { ...settings.limits, perDeck } });
		this.limitsSaved = true;
		return true;
	}
}
