/**
 * One review session on screen. The queue lives in memory (`SessionQueue`) so the next card shows at
 * once; the database write of each answer runs behind it, and a failed write is shown and undone.
 * In practice mode nothing is written: the schedule stays as it was.
 */
import {
	dueStates,
	getCards,
	getState,
	getStates,
	listDecks,
	onTablesChanged,
	logsSince,
	recordAnswer,
	statesFor,
	undoAnswer,
	updateState,
	activityRows,
	DeckhandError,
	type CardRow
} from '$lib/db';
import { errorMessage } from '$lib/errors';
import { DAY_MS, DEFAULT_START_HOUR, HOUR_MS } from '$lib/srs/day';
import { answer, defaultSrsSettings, previewDue, type SrsSettings } from '$lib/srs/fsrs';
import { leechOutcome } from '$lib/srs/leech';
import { siblingsToBury } from '$lib/srs/siblings';
import { countDoneToday, normalizeLimits, remainingToday, withExtraNew, type RemainingToday } from '$lib/srs/limits';
import { buildQueue, isAvailable, SessionQueue, type QueueCounts } from '$lib/srs/queue';
import { sessionSummary, streak, type SessionSummary } from '$lib/stats';
import { AGAIN, isLearningState, STATE_LEARNING, STATE_NEW, STATE_REVIEW, type CardState, type Grade, type ReviewLog } from '$lib/srs/types';
import { app } from './app.svelte';
import { customStudyScope, extraNewToday, grantExtraNew, studyDay } from './study-day';

export interface QueueItem {
	state: CardState;
	card: CardRow;
}

export interface SessionScope {
	deckId?: string;
	tag?: string;
	/** One given card (an exercise opened directly). */
	cardId?: string;
	/** Quiz every card of the deck or tag without changing the schedule. */
	practice?: boolean;
	/** Review ahead: reviews due within this many days after today are served too (Anki's custom study). */
	aheadDays?: number;
}

/** Why a session has no card to show, and what can still be studied (counts, epoch ms). */
export interface EmptyReason {
	/** New cards in the scope that today's new-card limit holds back. */
	newHeldBack: number;
	/** Learning cards that come back later today, and when the first one does. */
	learningLater: number;
	learningDue: number | null;
	/** Reviews due after today, and when the first one is due. */
	reviewsLater: number;
	nextReviewDue: number | null;
	/** The scope has no card at all. */
	noCards: boolean;
}

interface UndoEntry {
	before: CardState;
	/** The answer's log id (a pending write), or null for a suspend/bury. */
	logId: Promise<number> | null;
	/** The answer's journal key while its write may still be pending. */
	journalKey?: string;
	/** Siblings this answer buried (their states before). */
	buried: CardState[];
	/** The answer's first-try verdict, or null for a suspend/bury. */
	right: boolean | null;
	/** What was done, for the toast after an undo. */
	what: 'answer' | 'suspend' | 'bury';
}

/** A short message that confirms an action, with an undo (Anki's tooltip after bury/suspend). */
export interface Toast {
	key: 'toastSuspended' | 'toastBuried' | 'toastUndone' | 'toastSiblingsBuried';
	undo: boolean;
	/** Values for the message's slots (`{n}`). */
	params?: Record<string, number>;
	/** Changes every time, so the same message shown twice still restarts its timer. */
	serial: number;
}

/** How long a card practised with 다시 waits before it comes back (ms), like a first learning step. */
const PRACTICE_AGAIN_MS = 60_000;

export class ReviewSession {
	// Raw: the state objects go to IndexedDB, and a deep proxy cannot be structured-cloned.
	current = $state.raw<QueueItem | null>(null);
	/** Counts up every time a card is put on screen (also the same card again): a face starts fresh on each. */
	showing = $state(0);
	showingAnswer = $state(false);
	/** The rating the grader suggests for the card on screen, and what was typed or picked. */
	suggested = $state<Grade | null>(null);
	loaded = $state(false);
	error = $state<string | null>(null);
	/** A notice for the learner (a catalogue key), e.g. a card became a leech and was suspended. */
	notice = $state<'leechSuspended' | 'leechTagged' | 'undoRefused' | null>(null);
	toast = $state<Toast | null>(null);
	/** Answers whose database write has not finished yet. */
	pending = $state(0);
	/** Cards left by kind, each falling as cards are answered (as Anki shows new / learning / review). */
	counts = $state<QueueCounts>({ new: 0, learning: 0, review: 0 });
	canUndo = $state(false);
	/** Deck titles by id, for the line above the card. */
	deckTitles = $state.raw<Record<string, string>>({});
	/** Set when the session ends: today's answers in this scope, read from the review log. */
	summary = $state.raw<SessionSummary | null>(null);
	/** New cards of this scope that today's limit holds back, read when the session ends (count). */
	heldBack = $state(0);
	/** Set when the session had nothing to show from the start. */
	empty = $state.raw<EmptyReason | null>(null);
	/** Consecutive study days up to today, read when the session ends. */
	streakDays = $state<number | null>(null);
	/** Practice mode: answers counted in memory only. */
	practiceAnswers = $state(0);
	practiceRight = $state(0);

	private queue = new SessionQueue([]);
	// Not reactive on purpose: cards are looked up, never rendered from this map.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private cards = new Map<string, CardRow>();
	private undoStack: UndoEntry[] = [];
	private settings: SrsSettings = defaultSrsSettings;
	private burySiblings = true;
	private limits: Parameters<typeof remainingToday>[0] = normalizeLimits();
	/** Read once at load: the study day's bounds (epoch ms) and the hour study days start. */
	private dayStart = 0;
	private dayEnd = 0;
	private dayStartHour = DEFAULT_START_HOUR;
	private shownAt = Date.now();
	private typed: string | undefined;
	private firstTry: 0 | 1 | undefined;
	private toastSerial = 0;
	/** Cards with a write of this tab in flight (their stored state is about to change): not refreshed. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private writing = new Map<string, number>();
	private queueEnd = Infinity;
	private stopWatching: (() => void) | null = null;
	private refreshTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(readonly scope: SessionScope = {}) {}

	get remaining(): number {
		return this.counts.new + this.counts.learning + this.counts.review;
	}

	async load(): Promise<void> {
		const db = app.db;
		const { now, dayStart, dayEnd, settings } = await studyDay(db);
		this.settings = settings.srs;
		this.burySiblings = settings.burySiblings;
		this.limits = settings.limits;
		this.dayStart = dayStart;
		this.dayEnd = dayEnd;
		this.dayStartHour = settings.dayStartHour;
		const todayLogs = await logsSince(db, dayStart);
		const remaining = await this.remainingToday(settings.limits, todayLogs);
		const candidates = await this.candidates(now, remaining);
		this.cards = await getCards(
			db,
			candidates.map((s) => s.cardId)
		);
		const states = await this.withoutSiblingsOf(todayLogs, candidates);
		this.deckTitles = Object.fromEntries((await listDecks(db)).map((deck) => [deck.id, deck.title]));
		// Practice has no day: a card practised with 다시 comes back whenever that is.
		const queueEnd = this.scope.practice ? Infinity : this.scope.aheadDays ? dayEnd + this.scope.aheadDays * DAY_MS : dayEnd;
		this.queueEnd = queueEnd;
		this.queue = new SessionQueue(
			states.filter((s) => this.cards.has(s.cardId)),
			{ dayEnd: queueEnd }
		);
		const first = this.queue.next(now);
		if (!first) this.empty = await this.whyEmpty(now, remaining);
		this.show(first);
		this.loaded = true;
		// Another tab's answers, suspensions and imports: re-read the queued cards (practice writes nothing).
		if (!this.scope.practice) this.stopWatching = onTablesChanged(app.db, ['states'], () => this.scheduleRefresh());
	}

	/** The session is left: stop following other tabs' writes. */
	dispose() {
		this.stopWatching?.();
		this.stopWatching = null;
		clearTimeout(this.refreshTimer);
	}

	private scheduleRefresh() {
		clearTimeout(this.refreshTimer);
		this.refreshTimer = setTimeout(() => void this.refresh(), 30);
	}

	/**
	 * Re-read the states of the cards this session holds. A card answered, suspended or buried
	 * elsewhere leaves the queue, or takes its new state when it is due again today; the card on
	 * screen is replaced when it left (so this tab never grades an answer another tab gave).
	 */
	async refresh(now = Date.now()): Promise<void> {
		const held = [...(this.queue.current ? [this.queue.current] : []), ...this.queue.waiting()].map((s) => s.cardId).filter((id) => !this.writing.has(id));
		if (held.length === 0) return;
		const fresh = await getStates(app.db, held);
		for (const id of this.writing.keys()) fresh.delete(id); // a write of ours started meanwhile
		const before = this.queue.current;
		const shown = this.queue.refresh(fresh, (s) => isAvailable(s, now) && s.due < this.queueEnd, now);
		if (shown === null) this.sync();
		else if (shown && before && shown.cardId === before.cardId && this.current) {
			this.current = { state: shown, card: this.current.card };
			this.sync();
		} else this.show(shown);
	}

	/**
	 * What today's limits still allow in this scope. Extra new cards granted for today raise the limit
	 * before today's answers are taken off, so they are used up like the limit's own (not granted anew on
	 * every load).
	 */
	private async remainingToday(limits: Parameters<typeof remainingToday>[0], todayLogs: ReviewLog[]): Promise<RemainingToday> {
		const extra = await extraNewToday(app.db, this.dayStart, customStudyScope(this.scope));
		return remainingToday(withExtraNew(limits, extra), countDoneToday(todayLogs, this.dayStart), this.scope.deckId);
	}

	/**
	 * Allow `count` more new cards today in this session's scope (kept across reloads until the day ends).
	 * When today's answers already went past the limit (it was lowered after studying), the grant covers
	 * that overshoot too, so the offer gives the cards it names.
	 */
	async addNewCardsToday(count: number): Promise<void> {
		const scope = customStudyScope(this.scope);
		const extra = await extraNewToday(app.db, this.dayStart, scope);
		const done = countDoneToday(await logsSince(app.db, this.dayStart), this.dayStart);
		const allowed = (more: number) => remainingToday(withExtraNew(this.limits, extra + more), done, this.scope.deckId).new;
		const before = allowed(0);
		// The smallest grant that gives `count` more (allowed() never falls as the grant grows).
		let [low, high] = [count, count + done.newCount];
		while (low < high) {
			const mid = Math.floor((low + high) / 2);
			if (allowed(mid) - before >= count) high = mid;
			else low = mid + 1;
		}
		await grantExtraNew(app.db, this.dayStart, scope, low);
	}

	private async candidates(now: number, remaining: RemainingToday) {
		const db = app.db;
		if (this.scope.cardId) {
			const one = await getState(db, this.scope.cardId);
			return one ? [one] : [];
		}
		if (this.scope.practice) return statesFor(db, this.scope);
		const dayEnd = this.scope.aheadDays ? this.dayEnd + this.scope.aheadDays * DAY_MS : this.dayEnd;
		// Reviewing ahead is asked for on purpose: the day's review limit does not hold it back.
		if (this.scope.aheadDays) remaining = { ...remaining, new: 0, review: Math.max(remaining.review, 200), perDeck: {} };
		// A tag's cards are read whole: the due index has no tag, and its first new cards may all be
		// another tag's (buildQueue then applies the limits to the tag's own cards).
		const due = this.scope.tag
			? await statesFor(db, this.scope)
			: await dueStates(db, {
					now,
					dayEnd,
					newLimit: remaining.new,
					reviewLimit: remaining.review,
					deckId: this.scope.deckId
				});
		return buildQueue(due, { now, dayStart: this.dayStart, dayEnd, remaining, deckId: this.scope.deckId, tag: this.scope.tag });
	}

	/** Why nothing is due in this scope now, read when the session starts empty. */
	private async whyEmpty(now: number, remaining: RemainingToday): Promise<EmptyReason> {
		const states = (await statesFor(app.db, this.scope)).filter((s) => isAvailable(s, now));
		const reason: EmptyReason = { newHeldBack: 0, learningLater: 0, learningDue: null, reviewsLater: 0, nextReviewDue: null, noCards: states.length === 0 };
		for (const s of states) {
			if (s.state === STATE_NEW) reason.newHeldBack++;
			else if (isLearningState(s.state)) {
				reason.learningLater++;
				reason.learningDue = Math.min(reason.learningDue ?? Infinity, s.due);
			} else if (s.state === STATE_REVIEW && s.due >= this.dayEnd) {
				reason.reviewsLater++;
				reason.nextReviewDue = Math.min(reason.nextReviewDue ?? Infinity, s.due);
			}
		}
		if (remaining.new > 0) reason.newHeldBack = 0;
		return reason;
	}

	/**
	 * Show the back. A face that grades by itself passes its suggested rating, what was typed or
	 * picked, and whether the first try was right.
	 */
	reveal(suggested?: Grade, typed?: string, firstTryRight?: boolean) {
		this.suggested = suggested ?? null;
		this.typed = typed;
		this.firstTry = firstTryRight === undefined ? undefined : firstTryRight ? 1 : 0;
		this.showingAnswer = true;
	}

	/** Next due time (epoch ms) for each rating of the card on screen; null in practice mode (nothing is scheduled). */
	preview(now = Date.now()): Record<Grade, number> | null {
		return this.current && !this.scope.practice ? previewDue(this.current.state, now, this.settings) : null;
	}

	/** Rate the card on screen; the next card is shown before the write finishes. */
	rate(rating: Grade, now = Date.now()) {
		const item = this.current;
		if (!item) return;
		const right = rating > AGAIN && this.firstTry !== 0;
		this.toast = null;
		if (this.scope.practice) {
			this.practiceAnswers++;
			if (right) this.practiceRight++;
			this.undoStack.push({ before: item.state, logId: null, buried: [], right, what: 'answer' });
			// 다시 in practice brings the card back a little later, as a learning step would (in memory only).
			if (rating === AGAIN) this.queue.requeue({ ...item.state, state: STATE_LEARNING, due: now + PRACTICE_AGAIN_MS });
			this.show(this.queue.next(now));
			return;
		}
		const result = answer(item.state, rating, now, this.settings, { duration: now - this.shownAt, typed: this.typed, firstTry: this.firstTry });
		const leech = leechOutcome(item.state.lapses, result.state.lapses);
		if (leech.tag) {
			result.state.tags = [...(result.state.tags ?? []).filter((tag) => tag !== 'leech'), 'leech'];
			if (leech.suspend) result.state.suspended = 1;
			this.notice = leech.suspend ? 'leechSuspended' : 'leechTagged';
		}
		const journalKey = app.journal.add({ shown: item.state, result });
		const logId = this.track(recordAnswer(app.db, item.state, result), item.state.cardId).finally(() => app.journal.remove(journalKey));
		// A learning step brings the card back later in this session (not when one card was opened on its own).
		if (isLearningState(result.state.state) && !result.state.suspended && !this.scope.cardId) this.queue.requeue(result.state);
		const buried = this.burySiblingsOf(item.card);
		// Say why the count fell by more than one: cards of the same fact wait until tomorrow.
		if (buried.length) this.toast = { key: 'toastSiblingsBuried', undo: false, params: { n: buried.length }, serial: ++this.toastSerial };
		const entry: UndoEntry = { before: item.state, logId, journalKey, buried, right, what: 'answer' };
		this.undoStack.push(entry);
		logId.catch((error: unknown) => this.writeFailed(entry, error));
		// The journal's put was issued above, before the next card is drawn: it is on disk a few ms later
		// (its own database), long before the learner can act on the next card. Waiting for it here was
		// measured: it queues behind the collection's writes and made answer → next card p95 100 ms.
		this.show(this.queue.next(now));
	}

	/**
	 * Candidates less the siblings of cards answered earlier today (a reload, or another session the
	 * same day): those are buried until the next study day, as they would have been at the answer.
	 */
	private async withoutSiblingsOf(todayLogs: ReviewLog[], candidates: CardState[]): Promise<CardState[]> {
		if (!this.burySiblings || this.scope.practice || this.scope.cardId || todayLogs.length === 0) return candidates;
		const answered = await getCards(
			app.db,
			todayLogs.map((log) => log.cardId)
		);
		const buried = siblingsToBury(answered.values(), candidates, (id) => this.cards.get(id));
		for (const s of buried) void this.track(updateState(app.db, { ...s, buriedUntil: this.dayEnd }));
		return candidates.filter((s) => !buried.includes(s));
	}

	/**
	 * Cards made from the same fact as `card` (same deck and source line) wait until the next study day,
	 * as Anki's "bury siblings": the `-t` drill and the card whose front is its answer never meet in a day.
	 * New and review siblings only; a sibling in its learning steps stays.
	 */
	private burySiblingsOf(card: CardRow): CardState[] {
		if (!this.burySiblings) return [];
		const siblings = siblingsToBury([card], this.queue.waiting(), (id) => this.cards.get(id));
		const buried = this.queue.setAsideWhere((s) => siblings.includes(s));
		for (const s of buried) void this.track(updateState(app.db, { ...s, buriedUntil: this.dayEnd }));
		return buried;
	}

	/** Suspend the card on screen (until unsuspended) or bury it until the next study day. */
	async setAside(how: 'suspend' | 'bury') {
		const item = this.current;
		if (!item) return;
		const changed: CardState = how === 'suspend' ? { ...item.state, suspended: 1 } : { ...item.state, buriedUntil: this.dayEnd };
		this.undoStack.push({ before: item.state, logId: null, buried: [], right: null, what: how });
		this.show(this.queue.next());
		this.toast = { key: how === 'suspend' ? 'toastSuspended' : 'toastBuried', undo: true, serial: ++this.toastSerial };
		if (!this.scope.practice) await this.track(updateState(app.db, changed), changed.cardId);
	}

	/** Take back the last answer (or suspend/bury): the card's old state returns and its log row is removed. */
	async undo(): Promise<void> {
		const entry = this.undoStack.pop();
		if (!entry) return;
		this.queue.undo();
		this.summary = null;
		this.showItem(entry.before);
		this.toast = { key: 'toastUndone', undo: false, serial: ++this.toastSerial };
		if (this.scope.practice) {
			if (entry.right !== null) {
				this.practiceAnswers--;
				if (entry.right) this.practiceRight--;
			}
			return;
		}
		if (entry.journalKey) app.journal.remove(entry.journalKey); // an undone answer is never replayed
		for (const sibling of entry.buried) void this.track(updateState(app.db, sibling));
		try {
			if (entry.logId) {
				const logId = await entry.logId.catch(() => null);
				if (logId !== null) await this.track(undoAnswer(app.db, logId, entry.before), entry.before.cardId);
			} else {
				await this.track(updateState(app.db, entry.before), entry.before.cardId);
			}
		} catch (error) {
			if (!(error instanceof DeckhandError && error.code === 'stale-state')) throw error;
			// Answered again in another tab since: that answer stays; the card shows as it is stored now.
			this.notice = 'undoRefused';
			await this.refresh();
		}
	}

	/**
	 * Count a write as pending until it settles, like an answer's: the page asks before leaving while
	 * one runs (IndexedDB aborts a transaction the page is torn down under), and tests wait for none.
	 */
	private track<T>(write: Promise<T>, cardId?: string): Promise<T> {
		this.pending++;
		if (cardId) this.writing.set(cardId, (this.writing.get(cardId) ?? 0) + 1);
		return write.finally(() => {
			this.pending--;
			if (!cardId) return;
			const left = (this.writing.get(cardId) ?? 1) - 1;
			if (left > 0) this.writing.set(cardId, left);
			else this.writing.delete(cardId);
		});
	}

	dismissToast() {
		this.toast = null;
	}

	private writeFailed(entry: UndoEntry, error: unknown) {
		// Undo every answer given after the failed one too: their queue steps sit on top of it.
		const index = this.undoStack.indexOf(entry);
		if (index < 0) return;
		while (this.undoStack.length > index) void this.undo();
		this.error = errorMessage(error);
		// Changed elsewhere (another tab answered it): show what is stored now, not the stale card again.
		if (error instanceof DeckhandError && error.code === 'stale-state') this.scheduleRefresh();
	}

	private show(state: CardState | undefined) {
		if (state) this.showItem(state);
		else {
			this.current = null;
			this.showing++;
			this.sync();
			void this.finish();
		}
	}

	/** The end of a session: today's summary for this scope from the review log, and the streak. */
	private async finish() {
		if (this.scope.practice) return;
		// The last answers may still be on their way to IndexedDB: the summary counts them too.
		await Promise.allSettled(this.undoStack.map((entry) => entry.logId));
		const [logs, hours, inScope] = await Promise.all([logsSince(app.db, this.dayStart), activityRows(app.db), this.scopeFilter()]);
		this.summary = sessionSummary(logs, this.dayStart, this.dayEnd, inScope);
		if (!this.scope.cardId) {
			// Only when today's limit is used up can new cards be held back: otherwise no scope read is needed.
			const remaining = await this.remainingToday(this.limits, logs);
			if (remaining.new === 0) this.heldBack = (await this.whyEmpty(Date.now(), remaining)).newHeldBack;
		}
		this.streakDays = streak(
			hours.map((row) => ({ review: row.hour * HOUR_MS })),
			{ now: Date.now(), startHour: this.dayStartHour }
		).days;
	}

	/** Which log rows belong to this session's scope. */
	private async scopeFilter(): Promise<(log: { cardId: string }) => boolean> {
		if (this.scope.cardId) return (log) => log.cardId === this.scope.cardId;
		if (!this.scope.deckId && !this.scope.tag) return () => true;
		// A lookup table read once, never rendered.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const ids = new Set((await statesFor(app.db, this.scope)).map((s) => s.cardId));
		return (log) => ids.has(log.cardId);
	}

	private showItem(state: CardState) {
		const card = this.cards.get(state.cardId);
		this.current = card ? { state, card } : null;
		this.showing++;
		this.showingAnswer = false;
		this.suggested = null;
		this.typed = undefined;
		this.firstTry = undefined;
		this.shownAt = Date.now();
		this.sync();
	}

	private sync() {
		this.counts = this.queue.counts;
		this.canUndo = this.undoStack.length > 0;
	}
}
