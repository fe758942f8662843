/**
 * Browse's screen state: the in-memory index of the collection (read once per visit, in parts), the
 * query and its results, the cursor and the selection, and the bulk actions on the selection.
 */
import {
	buryCards,
	cardsRatedSince,
	cardsWithStates,
	changeTag,
	changedIds,
	deleteCards,
	firstDueCards,
	listDecks,
	moveCards,
	readBrowseCollection,
	resetToNew,
	setDueInDays,
	setSuspended,
	undoBulk,
	type BulkResult,
	type BulkUndo,
	type DeckRow
} from '$lib/db';
import { parseQuery, type Query, type QueryError } from '$lib/browse/query';
import type { BrowseRow, SearchContext, SortKey } from '$lib/browse/search';
import { BrowseIndex, hiddenIds, idSet, titlesById, toggled } from '$lib/browse/collection';
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
	/** The outcome of the last action, and how to undo it (until the next action). */
	status = $state<{ action: BulkAction; count: number; undone?: boolean } | null>(null);
	undoable = $state.raw<BulkUndo | null>(null);
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
		const hidden = hiddenIds(decks);
		if (this.query.trim() === '' && this.sortKey === 'due' && !this.descending)
			this.results = first.filter(({ card }) => !hidden.has(card.deckId)).map(({ card, state }) => index.row(card, state));
		this.ctx = {
			now: day.now,
			dayStart: day.dayStart,
			dayEnd: day.dayEnd,
			deckTitles: titlesById(decks),
			hiddenDecks: hidden,
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
			let result: BulkResult;
			this.undoable = null;
			switch (action) {
				case 'suspend':
				case 'unsuspend':
					result = await setSuspended(app.db, ids, action === 'suspend');
					break;
				case 'bury':
					result = await buryCards(app.db, ids, this.ctx.dayEnd);
					break;
				case 'reset':
					result = await resetToNew(app.db, ids, now);
					break;
				case 'setDue':
					result = await setDueInDays(app.db, ids, Number(arg), this.ctx.dayStart, now);
					break;
				case 'move':
					result = await moveCards(app.db, ids, arg);
					break;
				case 'addTag':
				case 'removeTag':
					result = await changeTag(app.db, ids, arg, action === 'addTag');
					break;
				case 'delete':
					result = await deleteCards(app.db, ids);
					this.clearSelection();
					break;
			}
			if (result.count > 0) this.undoable = result.undo;
			await this.reindex(ids);
			this.status = { action, count: result.count };
			return result.count;
		} finally {
			this.busy = false;
		}
	}

	/** Undo the last bulk action: its cards as they were (deleted ones back, and selected again). */
	async undo() {
		const undo = this.undoable;
		if (!undo || !this.status) return;
		this.busy = true;
		try {
			await undoBulk(app.db, undo);
			this.undoable = null;
			this.status = { ...this.status, undone: true };
			await this.reindex(changedIds(undo));
			if (this.status.action === 'delete') this.selected = idSet(undo.cardsBefore);
		} finally {
			this.busy = false;
		}
	}
}
