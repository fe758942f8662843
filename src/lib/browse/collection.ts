/**
 * The in-memory collection Browse searches: every card's {@link BrowseRow}, sorted once per sort key
 * (a search filters the sorted rows, so a keystroke never re-sorts), and the helpers the screen
 * state needs that build plain maps and sets.
 */
import type { Query } from './query';
import { browseRow, ratedKey, ratedTerms, search, sortRows, type BrowseRow, type SearchContext, type SortKey } from './search';
import type { Card } from '../deck/types';
import type { CardState } from '../srs/types';
import { DAY_MS } from '../srs/day';

type CardLike = Card & { deckId: string; addedAt?: number };

export class BrowseIndex {
	private rows: BrowseRow[] = [];
	private sorted = new Map<string, BrowseRow[]>();
	private deckAdded: Map<string, number>;

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
	}

	/** Replace the rows of `ids` with `fresh` (ids missing from `fresh` were deleted; new ids are added). */
	replace(ids: readonly string[], fresh: readonly { card: CardLike; state: CardState | undefined }[]): void {
		const byId = new Map(fresh.map(({ card, state }) => [card.id, this.row(card, state)]));
		const gone = new Set(ids.filter((id) => !byId.has(id)));
		const kept = this.rows.filter((row) => !gone.has(row.id)).map((row) => {
			const next = byId.get(row.id);
			if (next) byId.delete(row.id);
			return next ?? row;
		});
		this.rows = [...kept, ...byId.values()];
		this.sorted.clear();
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
		return search(this.sortedBy(key, descending), query, { ...ctx, rated });
	}
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

/** Deck id → title. */
export function titlesById(decks: readonly { id: string; title: string }[]): Map<string, string> {
	return new Map(decks.map((d) => [d.id, d.title]));
}
