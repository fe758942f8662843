/** Today screen state: due counts per deck, capped at what today's limits still allow (as Anki shows them). */
import { dueCounts, learningLater, logsSince, onTablesChanged, type DeckCounts } from '$lib/db';
import { countDoneToday, remainingToday, withExtraNew } from '$lib/srs/limits';
import { cappedDueCounts } from '$lib/srs/queue';
import { app } from './app.svelte';
import { customStudyScope, extraNewToday, studyDay } from './study-day';

export class TodayState {
	decks = $state<DeckCounts[]>([]);
	loaded = $state(false);
	/** Totals for the whole collection: the collection limits apply on top of the decks' own. */
	totals = $state({ new: 0, due: 0 });
	/** New cards the collection may still introduce today (count), shared by all decks. */
	newLimit = $state(0);
	/** Learning cards that come back later today (count) and when the first does (epoch ms). */
	later = $state<{ count: number; first: number | null }>({ count: 0, first: null });

	/** Count again after every write, this tab's or another's (an answer, a suspension, an import); returns the stop. */
	follow(): () => void {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const stop = onTablesChanged(app.db, ['states', 'revlog', 'decks', 'settings'], () => {
			clearTimeout(timer);
			timer = setTimeout(() => void this.load(), 50);
		});
		return () => {
			clearTimeout(timer);
			stop();
		};
	}

	async load() {
		const { now, dayStart, dayEnd, limits } = await studyDay(app.db);
		const done = countDoneToday(await logsSince(app.db, dayStart), dayStart);
		// Extra new cards granted for today's session ("새 카드 N장 더") count here too.
		const daily = withExtraNew(limits, await extraNewToday(app.db, dayStart, customStudyScope({})));
		const remaining = remainingToday(daily, done);
		const counts = await dueCounts(app.db, now, dayEnd, { new: remaining.new, review: remaining.review });
		// Each deck is capped by its own limit too (the smaller wins, see `remainingToday`).
		this.decks = counts
			.map((c) => ({ ...c, ...cappedDueCounts(c, remainingToday(daily, done, c.deckId)) }))
			.sort((a, b) => a.title.localeCompare(b.title));
		const sum = (pick: (d: DeckCounts) => number) => this.decks.reduce((total, d) => total + pick(d), 0);
		this.newLimit = remaining.new;
		this.later = await learningLater(app.db, now, dayEnd);
		this.totals = {
			new: Math.min(sum((d) => d.new), remaining.new),
			due: sum((d) => d.learning) + Math.min(sum((d) => d.review), remaining.review)
		};
		this.loaded = true;
	}
}
