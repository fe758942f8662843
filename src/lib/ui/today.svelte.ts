/** Today screen state: due counts per deck, capped at what today's limits still allow (as Anki shows them). */
import { dueCounts, listDecks, logsSince, type DeckCounts } from '$lib/db';
import { countDoneToday, remainingToday } from '$lib/srs/limits';
import { app } from './app.svelte';
import { studyDay } from './study-day';

export interface DeckSummary extends DeckCounts {
	title: string;
	builtin: boolean;
}

export class TodayState {
	decks = $state<DeckSummary[]>([]);
	loaded = $state(false);
	/** Totals for the whole collection: the collection limits apply on top of the decks' own. */
	totals = $state({ new: 0, due: 0 });

	async load() {
		const { now, dayStart, dayEnd, limits } = await studyDay(app.db);
		const done = countDoneToday(await logsSince(app.db, dayStart), dayStart);
		const remaining = remainingToday(limits, done);
		const [rows, counts] = await Promise.all([
			listDecks(app.db),
			dueCounts(app.db, now, dayEnd, { new: remaining.new, review: remaining.review })
		]);
		const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
		this.decks = counts
			.map((c) => {
				const cap = remainingToday(limits, done, c.deckId);
				return {
					...c,
					new: Math.min(c.new, cap.new),
					review: Math.min(c.review, cap.review),
					title: byId[c.deckId]?.title ?? c.deckId,
					builtin: !!byId[c.deckId]?.builtin
				};
			})
			.sort((a, b) => a.title.localeCompare(b.title));
		const sum = (pick: (d: DeckSummary) => number) => this.decks.reduce((total, d) => total + pick(d), 0);
		this.totals = {
			new: Math.min(sum((d) => d.new), remaining.new),
			due: sum((d) => d.learning) + Math.min(sum((d) => d.review), remaining.review)
		};
		this.loaded = true;
	}
}
