/**
 * The review queue: which cards to show today and in what order ({@link buildQueue}), and the
 * in-memory queue of a running session ({@link SessionQueue}). Pure: the database layer loads the
 * candidates and stores the answers; the next card never waits for a database write.
 */
import { DAY_MS, MINUTE_MS } from './day';
import type { Remaining } from './limits';
import { STATE_NEW, STATE_REVIEW, isLearningState, type CardState } from './types';

/** Queue sizes by kind (counts): new cards, learning + relearning cards, review cards. */
export interface QueueCounts {
	new: number;
	learning: number;
	review: number;
}

/** Options of {@link buildQueue}. Times are epoch ms. */
export interface BuildQueueOptions {
	/** Now, epoch ms. */
	now: number;
	/** Start of the current study day, epoch ms (see `dayStart` in `day.ts`). */
	dayStart: number;
	/**
	 * Start of the next study day, epoch ms; default `dayStart + DAY_MS`. Pass `nextDayStart(...)` to
	 * be exact on the 23 h / 25 h days of a DST change.
	 */
	dayEnd?: number;
	/** What today's limits still allow (counts), with optional per-deck caps (see `remainingToday`). */
	remaining: Remaining & { perDeck?: Record<string, Remaining> };
	/** Only cards of this deck. */
	deckId?: string;
	/** Only cards with this tag. */
	tag?: string;
	/**
	 * Show one new card after every `newMixEvery` reviews (a count). Default: spread new cards evenly
	 * through the reviews, in proportion to the two counts.
	 */
	newMixEvery?: number;
}

/** Default learn-ahead limit: a learning card due within 20 minutes may be shown early (ms). */
export const LEARN_AHEAD_MS = 20 * MINUTE_MS;

function isLearning(s: CardState): boolean {
	return isLearningState(s.state);
}

/** Whether the card may be shown at `now` (epoch ms): neither suspended nor buried. */
export function isAvailable(s: CardState, now: number): boolean {
	return s.suspended !== 1 && !(s.buriedUntil > now);
}

/** Whether a stored state is still the one the session queued (nothing answered, suspended or buried since). */
function sameSchedule(queued: CardState, stored: CardState | undefined): boolean {
	return !!stored && stored.reps === queued.reps && stored.due === queued.due && stored.state === queued.state && (stored.suspended ?? 0) === (queued.suspended ?? 0) && (stored.buriedUntil ?? 0) === (queued.buriedUntil ?? 0);
}

/** Interleave `reviews` and `news` (both already ordered). */
function mix(reviews: CardState[], news: CardState[], every: number | undefined): CardState[] {
	const r = reviews.length;
	const n = news.length;
	if (n === 0) return reviews;
	if (r === 0) return news;
	const out: CardState[] = [];
	let ri = 0;
	let ni = 0;
	if (every !== undefined && every >= 1) {
		const step = Math.floor(every);
		while (ri < r) {
			out.push(reviews[ri++]);
			if (ri % step === 0 && ni < n) out.push(news[ni++]);
		}
		while (ni < n) out.push(news[ni++]);
		return out;
	}
	// Even spread: the k-th card of a kind sits at fraction (k + ½) / count of the session; take
	// whichever kind's next card sits earlier (reviews first on a tie). Integer arithmetic only.
	while (ri < r || ni < n) {
		if (ni >= n || (ri < r && (2 * ri + 1) * n <= (2 * ni + 1) * r)) out.push(reviews[ri++]);
		else out.push(news[ni++]);
	}
	return out;
}

/** A predicate that accepts cards until the total `limit` or the card's deck cap (counts) is used up. */
function makeTaker(perDeck: Record<string, Remaining> | undefined, kind: keyof Remaining, limit: number) {
	let taken = 0;
	const byDeck = new Map<string, number>();
	return (s: CardState): boolean => {
		if (taken >= limit) return false;
		const cap = perDeck && Object.hasOwn(perDeck, s.deckId) ? perDeck[s.deckId][kind] : Infinity;
		if (cap !== Infinity) {
			const used = byDeck.get(s.deckId) ?? 0;
			if (used >= cap) return false;
			byDeck.set(s.deckId, used + 1);
		}
		taken++;
		return true;
	};
}

/**
 * Today's queue, in showing order, from candidate card states (any superset; ineligible ones are
 * dropped). Excludes suspended cards, cards buried past `now`, and cards outside `deckId` / `tag`.
 * Order:
 * 1. learning and relearning cards already due (`due ≤ now`), earliest first;
 * 2. review cards due today (`due < dayEnd`), most overdue relative to their interval first — by
 *    `(now − due) / max(scheduled_days, 1)` (ms per day of interval) — up to `remaining.review`;
 *    new cards (in `due` order, i.e. creation order) mixed in, up to `remaining.new`;
 * 3. learning and relearning cards due later today (`now < due < dayEnd`), earliest first — a
 *    {@link SessionQueue} shows these when they come due.
 * Per-deck caps in `remaining.perDeck` apply on top of the totals. Learning cards are not limited.
 */
export function buildQueue(candidates: readonly CardState[], opts: BuildQueueOptions): CardState[] {
	const { now, deckId, tag } = opts;
	const dayEnd = opts.dayEnd ?? opts.dayStart + DAY_MS;
	const learnNow: CardState[] = [];
	const learnLater: CardState[] = [];
	const reviews: CardState[] = [];
	const news: CardState[] = [];
	for (const s of candidates) {
		if (!isAvailable(s, now)) continue;
		if (deckId !== undefined && s.deckId !== deckId) continue;
		if (tag !== undefined && !s.tags?.includes(tag)) continue;
		if (s.state === STATE_NEW) news.push(s);
		else if (s.due >= dayEnd) continue;
		else if (s.state === STATE_REVIEW) reviews.push(s);
		else if (s.due <= now) learnNow.push(s);
		else learnLater.push(s);
	}
	const byDue = (a: CardState, b: CardState) => a.due - b.due || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);
	learnNow.sort(byDue);
	learnLater.sort(byDue);
	news.sort(byDue);

	// Overdueness, computed once per card rather than in the comparator.
	const keys = new Float64Array(reviews.length);
	const order = new Uint32Array(reviews.length);
	for (let i = 0; i < reviews.length; i++) {
		keys[i] = (now - reviews[i].due) / Math.max(reviews[i].scheduled_days, 1);
		order[i] = i;
	}
	order.sort((a, b) => keys[b] - keys[a] || byDue(reviews[a], reviews[b]));

	const takeReview = makeTaker(opts.remaining.perDeck, 'review', opts.remaining.review);
	const takenReviews: CardState[] = [];
	for (const i of order) if (takeReview(reviews[i])) takenReviews.push(reviews[i]);
	const takeNew = makeTaker(opts.remaining.perDeck, 'new', opts.remaining.new);
	const takenNews = news.filter(takeNew);

	return [...learnNow, ...mix(takenReviews, takenNews, opts.newMixEvery), ...learnLater];
}

/**
 * The counts to show on the home screen (counts): due counts from the database (which stops counting
 * at the day's limit rather than counting the whole index), capped at what today's limits still allow.
 * Learning cards are not limited.
 */
export function cappedDueCounts(dbCounts: QueueCounts, remaining: Remaining): QueueCounts {
	return {
		new: Math.max(0, Math.min(dbCounts.new, remaining.new)),
		learning: dbCounts.learning,
		review: Math.max(0, Math.min(dbCounts.review, remaining.review))
	};
}

/** Options of {@link SessionQueue}. */
export interface SessionQueueOptions {
	/** The clock, epoch ms; default `Date.now`. */
	clock?: () => number;
	/**
	 * Learn-ahead limit, ms (default 20 min, as Anki): when nothing else is left, a learning card due
	 * within this long is shown early. `Infinity` always shows the next one.
	 */
	learnAheadMs?: number;
	/** Start of the next study day, epoch ms: `requeue` refuses cards due at or after it. */
	dayEnd?: number;
}

type Pool = 'main' | 'timed';

interface Step {
	/** The card that was on screen and got answered (its state as shown). */
	answered: CardState | undefined;
	/** The card `next()` took, and where from. */
	took: CardState | undefined;
	from: Pool | undefined;
	/** Cards requeued after that answer, and any older copies they replaced. */
	requeued: CardState[];
	replaced: { card: CardState; pool: Pool; index: number }[];
}

/** Index of the first element of `arr` (sorted by due) whose due is > `due` (or ≥ when `before`). */
function insertionPoint(arr: CardState[], due: number, before: boolean): number {
	let lo = 0;
	let hi = arr.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (before ? arr[mid].due < due : arr[mid].due <= due) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * The in-memory queue of one review session. `main` holds new and review cards in the order of
 * {@link buildQueue}; learning cards wait in a pool sorted by due and are shown as they come due.
 * Answering is `requeue(newState)` (when the card is due again today) then `next()`; both are
 * synchronous, so the next card never waits for the database. `undo()` steps back one answer at a
 * time, any number of steps.
 */
export class SessionQueue {
	private readonly main: CardState[] = [];
	private head = 0;
	private readonly timed: CardState[] = [];
	private readonly history: Step[] = [];
	private pending: Pick<Step, 'requeued' | 'replaced'> = { requeued: [], replaced: [] };
	private shown: CardState | undefined;
	private readonly clock: () => number;
	private readonly learnAheadMs: number;
	private readonly dayEnd: number;

	constructor(cards: readonly CardState[], opts: SessionQueueOptions = {}) {
		this.clock = opts.clock ?? Date.now;
		this.learnAheadMs = opts.learnAheadMs ?? LEARN_AHEAD_MS;
		this.dayEnd = opts.dayEnd ?? Infinity;
		for (const c of cards) {
			if (isLearning(c)) this.timed.splice(insertionPoint(this.timed, c.due, false), 0, c);
			else this.main.push(c);
		}
	}

	/** The card on screen, or undefined before the first `next()` and when the session is over. */
	get current(): CardState | undefined {
		return this.shown;
	}

	/**
	 * Finish the current card and show the next one (returned, also as `current`): a learning card
	 * that is due (`due ≤ now`, epoch ms) first, then the next new or review card, then — when nothing
	 * else is left — a learning card due within the learn-ahead limit. Undefined when nothing is left
	 * to show now (see {@link nextLearningDue} for when to come back).
	 */
	next(now: number = this.clock()): CardState | undefined {
		let took: CardState | undefined;
		let from: Pool | undefined;
		// The card just answered never comes straight back while another card can be shown.
		const justShown = this.shown?.cardId;
		const timedIndex = (until: number) => {
			for (let i = 0; i < this.timed.length && this.timed[i].due <= until; i++) if (this.timed[i].cardId !== justShown) return i;
			return -1;
		};
		const dueNow = timedIndex(now);
		const ahead = timedIndex(now + this.learnAheadMs);
		if (dueNow >= 0) {
			took = this.timed.splice(dueNow, 1)[0];
			from = 'timed';
		} else if (this.head < this.main.length) {
			took = this.main[this.head++];
			from = 'main';
		} else if (ahead >= 0) {
			took = this.timed.splice(ahead, 1)[0];
			from = 'timed';
		} else if (this.timed.length > 0 && this.timed[0].due <= now + this.learnAheadMs) {
			took = this.timed.shift();
			from = 'timed';
		}
		this.history.push({ answered: this.shown, took, from, ...this.pending });
		this.pending = { requeued: [], replaced: [] };
		this.shown = took;
		return took;
	}

	/**
	 * Put an answered card back for later today, at its due time (epoch ms): learning steps (1 m,
	 * 10 m, …). Replaces any other copy of the same card. Returns false (and queues nothing) when it is
	 * due at or after the session's `dayEnd`.
	 */
	requeue(state: CardState): boolean {
		if (state.due >= this.dayEnd) return false;
		for (let i = this.head; i < this.main.length; i++) {
			if (this.main[i].cardId === state.cardId) {
				this.pending.replaced.push({ card: this.main[i], pool: 'main', index: i });
				this.main.splice(i--, 1);
			}
		}
		for (let i = 0; i < this.timed.length; i++) {
			if (this.timed[i].cardId === state.cardId) {
				this.pending.replaced.push({ card: this.timed[i], pool: 'timed', index: i });
				this.timed.splice(i--, 1);
			}
		}
		this.timed.splice(insertionPoint(this.timed, state.due, false), 0, state);
		this.pending.requeued.push(state);
		return true;
	}

	/** The cards still waiting in this session (not the one on screen), in no particular order. */
	waiting(): CardState[] {
		return [...this.main.slice(this.head), ...this.timed];
	}

	/**
	 * Take every waiting card that `matches` out of this session (siblings buried by an answer); the
	 * card on screen stays. Recorded with the pending answer, so `undo()` puts them back. Returns them.
	 */
	setAsideWhere(matches: (state: CardState) => boolean): CardState[] {
		const taken: CardState[] = [];
		for (let i = this.head; i < this.main.length; i++) {
			if (!matches(this.main[i])) continue;
			taken.push(this.main[i]);
			this.pending.replaced.push({ card: this.main[i], pool: 'main', index: i });
			this.main.splice(i--, 1);
		}
		for (let i = 0; i < this.timed.length; i++) {
			if (!matches(this.timed[i])) continue;
			taken.push(this.timed[i]);
			this.pending.replaced.push({ card: this.timed[i], pool: 'timed', index: i });
			this.timed.splice(i--, 1);
		}
		return taken;
	}

	/**
	 * Some cards were changed elsewhere (another tab answered, suspended or buried them): `fresh` holds
	 * their stored states (undefined: the card is gone). A waiting card whose stored state differs from
	 * the queued one takes the stored state when `keep` allows it (a learning card due again today),
	 * else it leaves the session. The card on screen always gives way (it was answered elsewhere): the
	 * next card takes its place within the same step (so undo still steps back over this tab's answers only). Returns the
	 * card now on screen when it changed (undefined: the session has nothing left to show now), or
	 * `null` when the card on screen stays as it was.
	 */
	refresh(fresh: ReadonlyMap<string, CardState | undefined>, keep: (state: CardState) => boolean, now: number = this.clock()): CardState | undefined | null {
		const changed = (queued: CardState) => fresh.has(queued.cardId) && !sameSchedule(queued, fresh.get(queued.cardId));
		const back: CardState[] = [];
		for (let i = this.head; i < this.main.length; i++) {
			if (!changed(this.main[i])) continue;
			const stored = fresh.get(this.main[i].cardId);
			if (stored && keep(stored) && !isLearning(stored)) this.main[i] = stored;
			else {
				if (stored && keep(stored)) back.push(stored);
				this.main.splice(i--, 1);
			}
		}
		for (let i = 0; i < this.timed.length; i++) {
			if (!changed(this.timed[i])) continue;
			const stored = fresh.get(this.timed[i].cardId);
			this.timed.splice(i--, 1);
			if (stored && keep(stored)) back.push(stored);
		}
		for (const state of back) {
			if (isLearning(state)) this.timed.splice(insertionPoint(this.timed, state.due, false), 0, state);
			else this.main.push(state);
		}
		const shown = this.shown;
		if (!shown || !changed(shown)) return null;
		// Another tab answered (or rescheduled) the card on screen: this tab moves on, never grading it a
		// second time as it was shown. The step that showed it takes the next card instead (same answer,
		// same requeues); a card still due today waits among the others with its stored state.
		const stored = fresh.get(shown.cardId);
		const last = this.history.pop();
		if (!last) return null;
		this.shown = last.answered;
		const saved = this.pending;
		this.pending = { requeued: last.requeued, replaced: last.replaced };
		if (stored && keep(stored)) this.requeueQuietly(stored);
		const next = this.next(now);
		this.pending = saved;
		return next;
	}

	/** Put a card among the waiting ones without recording it in any step. */
	private requeueQuietly(state: CardState) {
		if (isLearning(state)) this.timed.splice(insertionPoint(this.timed, state.due, false), 0, state);
		else this.main.push(state);
	}

	/** Whether there is an answer to undo. */
	get canUndo(): boolean {
		return this.pending.requeued.length > 0 || this.history.some((s) => s.answered !== undefined);
	}

	/**
	 * Undo the last answer: drop what it requeued, put the card shown after it back at the front, and
	 * show the answered card again, in the state it had before the answer (returned). When `requeue`
	 * was called but `next` not yet, only the requeue is undone and the current card stays. Undefined
	 * when there is nothing to undo. Restoring the database is the caller's business.
	 */
	undo(): CardState | undefined {
		if (this.pending.requeued.length > 0) {
			this.revertRequeues(this.pending);
			this.pending = { requeued: [], replaced: [] };
			return this.shown;
		}
		if (!this.history.some((s) => s.answered !== undefined)) return undefined;
		let step: Step | undefined;
		// A step with nothing answered (a `next()` after the queue ran dry) is undone on the way.
		while ((step = this.history.pop())) {
			if (step.took && step.from === 'main') {
				// Entries before `head` are never moved, so the taken card's slot is `head - 1`.
				this.main[--this.head] = step.took;
			} else if (step.took) {
				this.timed.splice(insertionPoint(this.timed, step.took.due, true), 0, step.took);
			}
			this.revertRequeues(step);
			this.shown = step.answered;
			if (step.answered !== undefined) return step.answered;
		}
		return undefined;
	}

	/**
	 * Drop what a step requeued and put back what it replaced or set aside, last removal first, so main
	 * cards return to the index they were taken from (a `next()` only moves `head`, never the array).
	 */
	private revertRequeues(step: Pick<Step, 'requeued' | 'replaced'>): void {
		for (let k = step.requeued.length - 1; k >= 0; k--) {
			const i = this.timed.indexOf(step.requeued[k]);
			if (i >= 0) this.timed.splice(i, 1);
		}
		for (let k = step.replaced.length - 1; k >= 0; k--) {
			const { card, pool, index } = step.replaced[k];
			if (pool === 'main') this.main.splice(index, 0, card);
			else this.timed.splice(insertionPoint(this.timed, card.due, true), 0, card);
		}
	}

	/** Epoch ms when the earliest waiting learning card is due, or undefined when none waits. */
	get nextLearningDue(): number | undefined {
		return this.timed.length > 0 ? this.timed[0].due : undefined;
	}

	/** Cards left, including the one on screen (count). */
	get size(): number {
		return this.main.length - this.head + this.timed.length + (this.shown ? 1 : 0);
	}

	/** Counts by kind of the cards left, including the one on screen (as Anki shows them). */
	get counts(): QueueCounts {
		const counts: QueueCounts = { new: 0, learning: 0, review: 0 };
		const add = (s: CardState) => {
			if (s.state === STATE_NEW) counts.new++;
			else if (s.state === STATE_REVIEW) counts.review++;
			else counts.learning++;
		};
		for (let i = this.head; i < this.main.length; i++) add(this.main[i]);
		for (const s of this.timed) add(s);
		if (this.shown) add(this.shown);
		return counts;
	}
}
