/** Today screen state: due counts per deck, capped at what today's limits still allow (as Anki shows them). */
import { dueCounts, logsSince, type DeckCounts } from '$lib/db';
import { countDoneToday, remainingToday } from '$lib/srs/limits';
import { cappedDueCounts } from '$lib/srs/queue';
import { app } from './app.svelte';
import { studyDay } from './study-day';

export class TodayState {
	decks = $state<DeckCounts[]>([]);
	loaded = $state(false);
	/** Totals for the whole collection: the collection limits apply on top of the decks' own. */
	totals = $state({ new: 0, due: 0 });
	/** New cards the collection may still introduce today (count), shared by all decks. */
	newLimit = $state(0);

	async load() {
		const { now, dayStart, dayEnd, limits } = await studyDay(app.db);
		const done = countDoneToday(await logsSince(app.db, dayStart), dayStart);
		const remaining = remainingToday(limits, done);
		const counts = await dueCounts(app.db, now, dayEnd, { new: remaining.new, review: remaining.review });
		// Each deck is capped by its own limit too (the smaller wins, see `remainingToday`).
		this.decks = counts
			.map((c) => ({ ...c, ...cappedDueCounts(c, remainingToday(limits, done, c.deckId)) }))
			.sort((a, b) => a.title.localeCompare(b.title));
		const sum = (pick: (d: DeckCounts) => number) => this.decks.reduce((total, d) => total + pick(d), 0);
		this.newLimit = remaining.new;
		this.totals = {
			new: Math.min(sum((d) => d.new), remaining.new),
			due: sum((d) => d.learning) + Math.min(sum((d) => d.review), remaining.review)
		};
		this.loaded = true;
	}
}
