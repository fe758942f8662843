/**
 * The in-memory collection Browse searches: every card's {@link BrowseRow}, sorted once per sort key
 * (a search filters the sorted rows, so a keystroke never re-sorts), and the helpers the screen
 * state needs that build plain maps and sets.
 */
import type { Query } from './query';
import { browseRow, namesDeck, narrows, ratedKey, ratedTerms, rowOrder, search, sortRows, type BrowseRow, type SearchContext, type SortKey } from './search';
import type { Card } from '../deck/types';
import type { CardState } from '../srs/types';
import { DAY_MS } from '../srs/day';

type CardLike = Card & { deckId: string; addedAt?: number };

export class BrowseIndex {
	private rows: BrowseRow[] = [];
	private sorted = new Map<string, BrowseRow[]>();
	private deckAdded: Map<string, number>;
	/** The last search, which a query typed on from it may narrow. */
	private last: { query: Query; key: string; results: BrowseRow[] } | null = null;

	constructor(decks: readonly { id: string; addedAt: number }[]) {
		this.deckAdded = new Map(decks.map((d) => [d.id, d.addedAt]));
	}

	get size(): number {
		return this.rows.length;
	}

	/** The row of a card (its deck's `addedAt` filled in). */
	row(card: CardLike, state: CardState | undefined): BrowseRow {
		return browseRow(card, state, this.deckAdded.get(card.deckId) ?? 0);
	}

	add(cards: readonly CardLike[], states: ReadonlyMap<string, CardState>): void {
		for (const card of cards) this.rows.push(this.row(card, states.get(card.id)));
		this.sorted.clear();
		this.last = null;
	}

	/**
	 * Replace the rows of `ids` with `fresh` (ids missing from `fresh` were deleted; new ids are added).
	 * Sorted orders are patched, not redone: the changed rows are taken out and merged back in.
	 */
	replace(ids: readonly string[], fresh: readonly { card: CardLike; state: CardState | undefined }[]): void {
		const touched = new Set(ids);
		const rows = fresh.map(({ card, state }) => this.row(card, state));
		for (const row of rows) touched.add(row.id);
		this.rows = [...this.rows.filter((row) => !touched.has(row.id)), ...rows];
		for (const [cacheKey, sorted] of this.sorted) {
			const [key, descending] = cacheKey.split(':') as [SortKey, string];
			const order = rowOrder(key, descending === 'true');
			this.sorted.set(cacheKey, mergeSorted(sorted.filter((row) => !touched.has(row.id)), [...rows].sort(order), order));
		}
		this.last = null;
	}

	sortedBy(key: SortKey, descending: boolean): BrowseRow[] {
		const cacheKey = `${key}:${descending}`;
		let rows = this.sorted.get(cacheKey);
		if (!rows) this.sorted.set(cacheKey, (rows = sortRows(this.rows, key, descending)));
		return rows;
	}

	/**
	 * Run a query: `lookupRated(since, rating)` gives the ids answered since `since` (epoch ms) for each
	 * `rated:` term first.
	 */
	async search(
		query: Query,
		key: SortKey,
		descending: boolean,
		ctx: Omit<SearchContext, 'rated'>,
		lookupRated: (since: number, rating?: number) => Promise<ReadonlySet<string>>
	): Promise<BrowseRow[]> {
		const rated = new Map<string, ReadonlySet<string>>();
		for (const term of ratedTerms(query)) rated.set(ratedKey(term), await lookupRated(ctx.dayStart - (term.days - 1) * DAY_MS, term.rating));
		const cacheKey = `${key}:${descending}`;
		// Typing on narrows the last results (rated: sets are read anew, so only without rated:).
		// A query that names a deck reaches hidden decks, which the last results may have left out.
		const narrowing =
			this.last && this.last.key === cacheKey && rated.size === 0 && narrows(this.last.query, query) && (!namesDeck(query) || namesDeck(this.last.query));
		const results = search(narrowing ? this.last!.results : this.sortedBy(key, descending), query, { ...ctx, rated });
		this.last = { query, key: cacheKey, results };
		return results;
	}
}

/** Merge two lists sorted by `order` into one. */
function mergeSorted(a: readonly BrowseRow[], b: readonly BrowseRow[], order: (x: BrowseRow, y: BrowseRow) => number): BrowseRow[] {
	const out: BrowseRow[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) out.push(order(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
	while (i < a.length) out.push(a[i++]);
	while (j < b.length) out.push(b[j++]);
	return out;
}

/** `set` with `id` added or removed. */
export function toggled(set: ReadonlySet<string>, id: string): Set<string> {
	const next = new Set(set);
	if (next.has(id)) next.delete(id);
	else next.add(id);
	return next;
}

/** Ids of some rows as a set. */
export function idSet(rows: readonly { id: string }[]): Set<string> {
	return new Set(rows.map((row) => row.id));
}

/** Ids of the decks the learner hid. */
export function hiddenIds(decks: readonly { id: string; hidden?: boolean }[]): Set<string> {
	return new Set(decks.filter((d) => d.hidden).map((d) => d.id));
}

/** Deck id → title. */
export function titlesById(decks: readonly { id: string; title: string }[]): Map<string, string> {
	return new Map(decks.map((d) => [d.id, d.title]));
}
