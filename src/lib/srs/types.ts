/**
 * Scheduling data as stored. Dates are epoch milliseconds so that IndexedDB indexes them and
 * structured clone keeps them exact; ts-fsrs `Card` objects are built from these at the edges.
 */

/** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
export type FsrsState = 0 | 1 | 2 | 3;
/** ts-fsrs Rating for an answer: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Grade = 1 | 2 | 3 | 4;

/** The card states by name (ts-fsrs `State`): compare with these, never with bare numbers. */
export const STATE_NEW = 0 satisfies FsrsState;
export const STATE_LEARNING = 1 satisfies FsrsState;
export const STATE_REVIEW = 2 satisfies FsrsState;
export const STATE_RELEARNING = 3 satisfies FsrsState;
/** The ratings by name (ts-fsrs `Rating`). */
export const AGAIN = 1 satisfies Grade;
export const HARD = 2 satisfies Grade;
export const GOOD = 3 satisfies Grade;
export const EASY = 4 satisfies Grade;

/** Whether a state is one of the two short-step states (learning or relearning). */
export function isLearningState(state: FsrsState): boolean {
	return state === STATE_LEARNING || state === STATE_RELEARNING;
}

/** The scheduling state of one card (the `states` table row). */
export interface CardState {
	cardId: string;
	deckId: string;
	/** Next due time, epoch ms. */
	due: number;
	stability: number;
	difficulty: number;
	/** Days elapsed at the last review (ts-fsrs `elapsed_days`). */
	elapsed_days: number;
	/** Interval in days scheduled at the last review. */
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	state: FsrsState;
	/** Last review time, epoch ms, or undefined for a new card. */
	last_review?: number;
	/** 1 when suspended, 0 otherwise (numbers index in IndexedDB; booleans do not). */
	suspended: 0 | 1;
	/** Buried until this epoch ms (0 = not buried). */
	buriedUntil: number;
	tags?: string[];
}

/** One review, append-only (the `revlog` table row). The log is the source of truth. */
export interface ReviewLog {
	/** Auto-increment key assigned by the database. */
	id?: number;
	cardId: string;
	deckId: string;
	rating: Grade;
	/** State before the answer. */
	state: FsrsState;
	/** Due before the answer, epoch ms. */
	due: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	last_elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	/** When the answer was given, epoch ms. */
	review: number;
	/** Time spent on the card, ms. */
	duration: number;
	/** What the learner typed (command drills, YAML-fix), if anything. */
	typed?: string;
	/** Auto-graded cards: 1 when the grader's first verdict was right, 0 when not (summary's 정답률). */
	firstTry?: 0 | 1;
	/** The answer's sync event id (clock + device, see `sync/hlc.ts`), once it was synced. */
	eid?: string;
}
