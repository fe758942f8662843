/**
 * Browse's screen state: the in-memory index of the collection (read once per visit, in parts), the
 * query and its results, the cursor and the selection, and the bulk actions on the selection.
 */
import {
	buryCards,
	cardsRatedSince,
	cardsWithStates,
	changeTag,
	deleteCards,
	firstDueCards,
	listDecks,
	moveCards,
	readBrowseCollection,
	resetToNew,
	restoreCards,
	setDueInDays,
	setSuspended,
	type DeckRow,
	type DeletedCards
} from '$lib/db';
import { parseQuery, type Query, type QueryError } from '$lib/browse/query';
import type { BrowseRow, SearchContext, SortKey } from '$lib/browse/search';
import { BrowseIndex, idSet, titlesById, toggled } from '$lib/browse/collection';
import { retrievability } from '$lib/srs/fsrs';
import type { CardState } from '$lib/srs/types';
import { app } from './app.svelte';
import { studyDay } from './study-day';

export type BulkAction = 'suspend' | 'unsuspend' | 'bury' | 'delete' | 'reset' | 'setDue' | 'move' | 'addTag' | 'removeTag';
export const BULK_ACTIONS: readonly BulkAction[] = ['suspend', 'unsuspend', 'bury', 'delete', 'reset', 'setDue', 'move', 'addTag', 'removeTag'];

/** The memory state of a row, enough for ts-fsrs' retrievability. */
function rowState(row: BrowseRow): CardState {
	return {
		cardId: row.id,
		deckId: row.deckId,
		due: row.due,
		stability: row.stability,
		difficulty: row.difficulty,
		elapsed_days: 0,
		scheduled_days: row.interval,
		learning_steps: 0,
		reps: row.reps,
		lapses: row.lapses,
		state: row.state,
		...(row.lastReview ? { last_review: row.lastReview } : {}),
		suspended: row.suspended ? 1 : 0,
		buriedUntil: row.buriedUntil
	};
}

export class BrowseState {
	query = $state('');
	error = $state<QueryError | null>(null);
	sortKey = $state<SortKey>('due');
	descending = $state(false);
	/** Rows on screen: the query's results (or the first due cards while the index loads). */
	results = $state.raw<BrowseRow[]>([]);
	/** Cards read so far, and whether the whole collection is indexed. */
	indexed = $state(0);
	ready = $state(false);
	decks = $state.raw<DeckRow[]>([]);
	/** Index of the active row in `results`. */
	cursor = $state(0);
	selected = $state.raw<ReadonlySet<string>>(idSet([]));
	/** The outcome of the last action, and the deleted cards it can put back. */
	status = $state<{ action: BulkAction; count: number } | null>(null);
	undoable = $state.raw<DeletedCards | null>(null);
	busy = $state(false);

	private index = new BrowseIndex([]);
	private ctx: Omit<SearchContext, 'rated'> | null = null;
	private parsed: Query = { groups: [] };
	private run = 0;

	/** Start reading the collection; the first due cards show at once. */
	async open(initialQuery = '') {
		this.query = initialQuery;
		const [day, decks, first] = await Promise.all([studyDay(app.db), listDecks(app.db), firstDueCards(app.db, 60)]);
		this.decks = decks;
		const index = new BrowseIndex(decks);
		if (this.query.trim() === '' && this.sortKey === 'due' && !this.descending) this.results = first.map(({ card, state }) => index.row(card, state));
		this.ctx = {
			now: day.now,
			dayStart: day.dayStart,
			dayEnd: day.dayEnd,
			deckTitles: titlesById(decks),
			retrievability: (row) => retrievability(rowState(row), day.now, day.settings.srs)
		};
		await readBrowseCollection(app.db, (part) => {
			index.add(part.cards, part.states);
			this.indexed = index.size;
		});
		this.index = index;
		this.ready = true;
		await this.setQuery(this.query);
	}

	/** Parse and run a query (every keystroke). */
	async setQuery(text: string) {
		this.query = text;
		const parsed = parseQuery(text);
		if (!parsed.ok) {
			this.error = parsed.error;
			return;
		}
		this.error = null;
		this.parsed = parsed.query;
		// A selection never reaches cards the new results do not show.
		if (this.selected.size) this.clearSelection();
		await this.refresh();
	}

	async setSort(key: SortKey, descending: boolean) {
		this.sortKey = key;
		this.descending = descending;
		await this.refresh();
	}

	/** Run the current query over the index (no-op until the index is ready). */
	private async refresh() {
		if (!this.ready || !this.ctx) return;
		const run = ++this.run;
		const results = await this.index.search(this.parsed, this.sortKey, this.descending, this.ctx, (since, rating) => cardsRatedSince(app.db, since, rating));
		if (run !== this.run) return;
		this.results = results;
		this.cursor = Math.min(this.cursor, Math.max(0, results.length - 1));
	}

	toggle(id: string) {
		this.selected = toggled(this.selected, id);
	}

	selectAll() {
		this.selected = idSet(this.results);
	}

	clearSelection() {
		this.selected = idSet([]);
	}

	moveCursor(to: number) {
		this.cursor = Math.max(0, Math.min(this.results.length - 1, to));
	}

	/** Re-read changed cards into the index and run the query again. */
	private async reindex(ids: readonly string[]) {
		this.index.replace(ids, await cardsWithStates(app.db, ids));
		await this.refresh();
	}

	/**
	 * Apply a bulk action to the selection. `arg` is the number of days (setDue), the tag (add/remove)
	 * or the deck id (move). Returns the number of cards changed.
	 */
	async apply(action: BulkAction, arg = ''): Promise<number> {
		const ids = [...this.selected];
		if (ids.length === 0 || !this.ctx) return 0;
		this.busy = true;
		try {
			const now = Date.now();
			let count = 0;
			this.undoable = null;
			switch (action) {
				case 'suspend':
				case 'unsuspend':
					count = await setSuspended(app.db, ids, action === 'suspend');
					break;
				case 'bury':
					count = await buryCards(app.db, ids, this.ctx.dayEnd);
					break;
				case 'reset':
					count = await resetToNew(app.db, ids, now);
					break;
				case 'setDue':
					count = await setDueInDays(app.db, ids, Number(arg), this.ctx.dayStart, now);
					break;
				case 'move':
					count = await moveCards(app.db, ids, arg);
					break;
				case 'addTag':
				case 'removeTag':
					count = await changeTag(app.db, ids, arg, action === 'addTag');
					break;
				case 'delete': {
					const deleted = await deleteCards(app.db, ids);
					this.undoable = deleted;
					count = deleted.cards.length;
					this.clearSelection();
					break;
				}
			}
			await this.reindex(ids);
			this.status = { action, count };
			return count;
		} finally {
			this.busy = false;
		}
	}

	/** Put back the cards of the last delete. */
	async undoDelete() {
		const deleted = this.undoable;
		if (!deleted) return;
		this.busy = true;
		try {
			await restoreCards(app.db, deleted);
			this.undoable = null;
			this.status = null;
			await this.reindex(deleted.cards.map((card) => card.id));
			this.selected = idSet(deleted.cards);
		} finally {
			this.busy = false;
		}
	}
}
