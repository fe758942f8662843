/** Today screen state: due counts per deck, capped at the day's limits. */
import { dueCounts, listDecks, type DeckCounts } from '$lib/db';
import { app } from './app.svelte';
import { studyDay } from './study-day';

export interface DeckSummary extends DeckCounts {
	title: string;
	builtin: boolean;
}

export class TodayState {
	decks = $state<DeckSummary[]>([]);
	loaded = $state(false);
	totals = $derived.by(() =>
		this.decks.reduce((sum, d) => ({ new: sum.new + d.new, due: sum.due + d.learning + d.review }), { new: 0, due: 0 })
	);

	async load() {
		const { now, dayEnd, limits } = await studyDay(app.db);
		const [rows, counts] = await Promise.all([
			listDecks(app.db),
			dueCounts(app.db, now, dayEnd, { new: limits.newPerDay, review: limits.reviewsPerDay })
		]);
		const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
		this.decks = counts
			.map((c) => ({ ...c, title: byId[c.deckId]?.title ?? c.deckId, builtin: !!byId[c.deckId]?.builtin }))
			.sort((a, b) => a.title.localeCompare(b.title));
		this.loaded = true;
	}
}
