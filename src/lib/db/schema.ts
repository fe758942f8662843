/**
 * Dexie schema. Every version change adds a `version(n)` with an upgrade function and a test that
 * upgrades real data; never edit a shipped version.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Card, Deck } from '../deck/types';
import { STATE_LEARNING, STATE_NEW, STATE_RELEARNING, STATE_REVIEW, type CardState, type ReviewLog } from '../srs/types';

/** Deck metadata row: the deck without its cards (cards live in their own table). */
export type DeckRow = Omit<Deck, 'cards'> & {
	builtin?: boolean;
	addedAt: number;
	/** A built-in deck the learner hid: out of Today, the daily session and Browse's default view (history kept). */
	hidden?: boolean;
};
/** A card row: the card plus its deck id. */
export type CardRow = Card & { deckId: string };
/**
 * A state row: the scheduling state plus `queue`, the indexed sort key Anki also keeps:
 * 0 new, 1 learning, 2 review, 3 relearning, -1 suspended, -2 buried. Deriving it on write lets
 * the due query read one index range instead of filtering.
 */
export type StateRow = CardState & { queue: Queue };
/** The queues by name: the four card states, then the two set-aside queues. Compare with these, never with bare numbers. */
export const QUEUE = {
	new: STATE_NEW,
	learning: STATE_LEARNING,
	review: STATE_REVIEW,
	relearning: STATE_RELEARNING,
	suspended: -1,
	buried: -2
} as const;
export type Queue = (typeof QUEUE)[keyof typeof QUEUE];
/** Every queue, in the order the stats show them. */
export const QUEUES: readonly Queue[] = Object.values(QUEUE);
/**
 * Answers summed per hour (`hour` = epoch ms / 3,600,000, floored), kept in the answer transaction:
 * the stats page reads a few thousand of these instead of the whole review log.
 */
export interface ActivityRow {
	hour: number;
	/** Every answer. */
	answers: number;
	/** Answers given in state Review (2), and of those the ones rated above Again. */
	reviewAnswers: number;
	reviewPassed: number;
}
/** Cards per queue and due hour (`hour` -1 = the queue's total); see `tallies.ts`. */
export interface TallyRow {
	queue: Queue;
	hour: number;
	count: number;
}
export interface SettingRow {
	key: string;
	value: unknown;
}

export class DeckhandDb extends Dexie {
	decks!: EntityTable<DeckRow, 'id'>;
	cards!: EntityTable<CardRow, 'id'>;
	states!: EntityTable<StateRow, 'cardId'>;
	revlog!: EntityTable<ReviewLog, 'id'>;
	settings!: EntityTable<SettingRow, 'key'>;
	activity!: EntityTable<ActivityRow, 'hour'>;
	tallies!: Table<TallyRow, [number, number]>;

	constructor(name = 'deckhand') {
		super(name);
		this.version(1).stores({
			decks: 'id',
			cards: 'id, deckId',
			states: 'cardId, deckId, due, [queue+due], [deckId+queue+due]',
			revlog: '++id, cardId, review, [cardId+review]',
			settings: 'key',
			activity: 'hour',
			tallies: '[queue+hour]'
		});
	}
}

/** The queue a state belongs in (see `StateRow`). */
export function queueOf(state: CardState): Queue {
	if (state.suspended) return QUEUE.suspended;
	if (state.buriedUntil > 0) return QUEUE.buried;
	return state.state;
}

export function toStateRow(state: CardState): StateRow {
	return { ...state, queue: queueOf(state) };
}

/** Strip the storage-only `queue` field. */
export function fromStateRow(row: StateRow): CardState {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { queue, ...state } = row;
	return state;
}
