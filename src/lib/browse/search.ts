/**
 * Search and sort over an in-memory index of the collection: one compact {@link BrowseRow} per card
 * (its searchable text folded once), so a keystroke filters 100,000 rows without touching storage.
 */
import type { Card, CardKind } from '../deck/types';
import { isLeech, LEECH_TAG, DEFAULT_LEECH_THRESHOLD } from '../srs/leech';
import { STATE_LEARNING, STATE_NEW, STATE_RELEARNING, STATE_REVIEW, type CardState, type FsrsState } from '../srs/types';
import { DAY_MS } from '../srs/day';
import type { IsValue, PropField, PropOp, Query, Term } from './query';
import { plainTitle } from './title';

export interface BrowseRow {
	id: string;
	deckId: string;
	kind: CardKind;
	/** The card's question as one line of plain text (what the list shows). */
	title: string;
	/** Front, back, prompt, answer, options, task, YAML and tags, folded (NFC, lower case), joined. */
	text: string;
	/** Tags folded. */
	tags: string[];
	state: FsrsState;
	suspended: boolean;
	buriedUntil: number;
	/** Epoch ms. */
	due: number;
	/** Interval in days (the last scheduled one; 0 for a new card). */
	interval: number;
	stability: number;
	difficulty: number;
	reps: number;
	lapses: number;
	/** Epoch ms, or 0 when never reviewed. */
	lastReview: number;
	/** Epoch ms the card entered the collection (see {@link addedAt}). */
	added: number;
}

/** Everything of a card a search can match, folded. */
export function searchText(card: Card): string {
	const parts: string[] = [...card.tags];
	switch (card.kind) {
		case 'concept':
			parts.push(card.front, card.back);
			break;
		case 'command':
			parts.push(card.prompt, card.answer);
			break;
		case 'choice':
			parts.push(card.prompt, ...card.options, card.explanation ?? '');
			break;
		case 'yamlfix':
			parts.push(card.task, card.broken, card.solution ?? '');
			break;
	}
	return parts.join('\n').normalize('NFC').toLowerCase();
}

/** The text a card is known by in a list: its question as plain text (only real markup dropped). */
export function cardTitle(card: Card): string {
	return plainTitle(card.kind === 'concept' ? card.front : card.kind === 'yamlfix' ? card.task : card.prompt);
}

/**
 * When a card entered the collection (epoch ms): its own `addedAt` when stored (cards added in the
 * app), else the due time it got as a new card (still its due while new), else its deck's `addedAt`.
 */
export function addedAt(card: { addedAt?: number }, state: CardState | undefined, deckAddedAt: number): number {
	if (card.addedAt !== undefined) return card.addedAt;
	if (state && state.state === STATE_NEW && state.reps === 0) return state.due;
	return deckAddedAt;
}

export function browseRow(card: Card & { deckId: string; addedAt?: number }, state: CardState | undefined, deckAddedAt: number): BrowseRow {
	return {
		id: card.id,
		deckId: card.deckId,
		kind: card.kind,
		title: cardTitle(card),
		text: searchText(card),
		tags: card.tags.map((t) => t.normalize('NFC').toLowerCase()),
		state: state?.state ?? STATE_NEW,
		suspended: state?.suspended === 1,
		buriedUntil: state?.buriedUntil ?? 0,
		due: state?.due ?? 0,
		interval: state?.scheduled_days ?? 0,
		stability: state?.stability ?? 0,
		difficulty: state?.difficulty ?? 0,
		reps: state?.reps ?? 0,
		lapses: state?.lapses ?? 0,
		lastReview: state?.last_review ?? 0,
		added: addedAt(card, state, deckAddedAt)
	};
}

/** What a search needs besides the rows. Times are epoch ms. */
export interface SearchContext {
	now: number;
	/** Start and end of the current study day. */
	dayStart: number;
	dayEnd: number;
	/** Deck id → title, for `deck:`. */
	deckTitles: ReadonlyMap<string, string>;
	/** Cards answered since the start of study day `today - N + 1`, per `rated:` term: see {@link ratedKey}. */
	rated: ReadonlyMap<string, ReadonlySet<string>>;
	/** Retrievability of a row now (0–1), for `prop:r`. */
	retrievability: (row: BrowseRow) => number;
	leechThreshold?: number;
	/** Decks the learner hid: their cards show only for a query that names a deck (`deck:`). */
	hiddenDecks?: ReadonlySet<string>;
}

/** The key of a `rated:` term in {@link SearchContext.rated}. */
export function ratedKey(term: { days: number; rating?: number }): string {
	return `${term.days}:${term.rating ?? ''}`;
}

/** The `rated:` terms of a query (the caller reads their card ids from the review log first). */
export function ratedTerms(query: Query): { days: number; rating?: 1 | 2 | 3 | 4 }[] {
	return query.groups.flat().flatMap(({ term }) => (term.type === 'rated' ? [term] : []));
}

/** `*` in deck:/tag: matches any run of characters; otherwise the whole value must match. */
function globMatcher(pattern: string): (value: string) => boolean {
	if (!pattern.includes('*')) return (value) => value === pattern;
	const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
	return (value) => re.test(value);
}

function compare(a: number, op: PropOp, b: number): boolean {
	switch (op) {
		case '<':
			return a < b;
		case '<=':
			return a <= b;
		case '>':
			return a > b;
		case '>=':
			return a >= b;
		case '=':
			return a === b;
		case '!=':
			return a !== b;
	}
}

function isMatcher(value: IsValue, ctx: SearchContext): (row: BrowseRow) => boolean {
	const active = (row: BrowseRow) => !row.suspended && row.buriedUntil === 0;
	switch (value) {
		case 'new':
			return (row) => row.state === STATE_NEW;
		case 'learn':
			return (row) => row.state === STATE_LEARNING || row.state === STATE_RELEARNING;
		case 'review':
			return (row) => row.state === STATE_REVIEW || row.state === STATE_RELEARNING;
		case 'due':
			// As Today counts them: reviews due by the end of the study day, learning cards due now.
			return (row) =>
				active(row) &&
				((row.state === STATE_REVIEW && row.due < ctx.dayEnd) || ((row.state === STATE_LEARNING || row.state === STATE_RELEARNING) && row.due <= ctx.now));
		case 'suspended':
			return (row) => row.suspended;
		case 'buried':
			return (row) => !row.suspended && row.buriedUntil > 0;
		case 'leech':
			return (row) => isLeech(row.lapses, ctx.leechThreshold ?? DEFAULT_LEECH_THRESHOLD) || row.tags.includes(LEECH_TAG);
	}
}

function propValue(field: PropField, ctx: SearchContext): (row: BrowseRow) => number | undefined {
	switch (field) {
		case 'due':
			// Whole days from today's study day (0 = due today); new cards have no due day.
			return (row) => (row.state === STATE_NEW ? undefined : Math.floor((row.due - ctx.dayStart) / DAY_MS));
		case 'ivl':
			return (row) => (row.state === STATE_NEW ? undefined : row.interval);
		case 'reps':
			return (row) => row.reps;
		case 'lapses':
			return (row) => row.lapses;
		case 's':
			return (row) => (row.state === STATE_NEW ? undefined : row.stability);
		case 'd':
			return (row) => (row.state === STATE_NEW ? undefined : row.difficulty);
		case 'r':
			return (row) => (row.state === STATE_NEW ? undefined : ctx.retrievability(row));
	}
}

function termMatcher(term: Term, ctx: SearchContext): (row: BrowseRow) => boolean {
	switch (term.type) {
		case 'text':
			return (row) => row.text.includes(term.value);
		case 'deck': {
			const match = globMatcher(term.value);
			const ids = new Set([...ctx.deckTitles].filter(([id, title]) => match(id.toLowerCase()) || match(title.normalize('NFC').toLowerCase())).map(([id]) => id));
			return (row) => ids.has(row.deckId);
		}
		case 'tag': {
			const match = globMatcher(term.value);
			return (row) => row.tags.some(match);
		}
		case 'kind':
			return (row) => row.kind === term.value;
		case 'is':
			return isMatcher(term.value, ctx);
		case 'prop': {
			const value = propValue(term.field, ctx);
			return (row) => {
				const v = value(row);
				return v !== undefined && compare(v, term.op, term.value);
			};
		}
		case 'rated': {
			const ids = ctx.rated.get(ratedKey(term)) ?? new Set<string>();
			return (row) => ids.has(row.id);
		}
		case 'added': {
			const since = ctx.dayStart - (term.days - 1) * DAY_MS;
			return (row) => row.added >= since;
		}
	}
}

/** One predicate for a whole query. */
export function matcher(query: Query, ctx: SearchContext): (row: BrowseRow) => boolean {
	const groups = query.groups.map((group) =>
		group.map(({ term, negated }) => {
			const match = termMatcher(term, ctx);
			return negated ? (row: BrowseRow) => !match(row) : match;
		})
	);
	if (groups.length === 0) return () => true;
	return (row) => groups.some((group) => group.every((match) => match(row)));
}

/** Added to a new card's due for the due sort: past every real due time, still an exact integer. */
const NEW_AFTER = 2 ** 50;

export const SORT_KEYS = ['due', 'added', 'interval', 'difficulty', 'lapses', 'lastReview'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The number a row sorts by under `key`. */
function sortValue(row: BrowseRow, key: SortKey): number {
	switch (key) {
		case 'due':
			// New cards have no due day: after every scheduled card, in their new-card order.
			return row.state === STATE_NEW ? NEW_AFTER + row.due : row.due;
		case 'added':
			return row.added;
		case 'interval':
			return row.interval;
		case 'difficulty':
			return row.difficulty;
		case 'lapses':
			return row.lapses;
		case 'lastReview':
			return row.lastReview;
	}
}

/** The order of {@link sortRows}: by `key`, ties by id (so the order is total and stable). */
export function rowOrder(key: SortKey, descending = false): (a: BrowseRow, b: BrowseRow) => number {
	const sign = descending ? -1 : 1;
	return (a, b) => sign * (sortValue(a, key) - sortValue(b, key)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Sort rows by `key` (new cards after scheduled ones for due; ties by id). */
export function sortRows(rows: readonly BrowseRow[], key: SortKey, descending = false): BrowseRow[] {
	const sign = descending ? -1 : 1;
	const keyed = rows.map((row) => ({ row, v: sortValue(row, key) }));
	keyed.sort((a, b) => sign * (a.v - b.v) || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
	return keyed.map((k) => k.row);
}

/**
 * Whether every card matching `next` also matches `previous` (so `next` may filter `previous`'s
 * results instead of the collection): both are one group, and each term of `previous` is implied
 * by a term of `next` — the same term, or a plain word that contains the previous word (typing on).
 */
export function narrows(previous: Query, next: Query): boolean {
	if (previous.groups.length !== 1 || next.groups.length !== 1) return false;
	return previous.groups[0].every((p) =>
		next.groups[0].some(
			(n) =>
				n.negated === p.negated &&
				(JSON.stringify(n.term) === JSON.stringify(p.term) || (!n.negated && n.term.type === 'text' && p.term.type === 'text' && n.term.value.includes(p.term.value)))
		)
	);
}

/**
 * Search: the rows matching `query`, in the order of `sorted` (pass rows already sorted by the chosen
 * key; filtering keeps that order, so a keystroke never re-sorts the collection).
 */
export function search(sorted: readonly BrowseRow[], query: Query, ctx: SearchContext): BrowseRow[] {
	const hidden = ctx.hiddenDecks;
	const shown = hidden?.size && !namesDeck(query) ? (row: BrowseRow) => !hidden.has(row.deckId) : null;
	if (query.groups.length === 0) return shown ? sorted.filter(shown) : sorted.slice();
	const matches = matcher(query, ctx);
	return sorted.filter(shown ? (row) => shown(row) && matches(row) : matches);
}

/** Whether a query asks for a deck by name (`deck:`, not negated): then hidden decks are searched too. */
export function namesDeck(query: Query): boolean {
	return query.groups.some((group) => group.some(({ term, negated }) => term.type === 'deck' && !negated));
}
