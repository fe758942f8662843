/**
 * One review session on screen. The queue lives in memory (`SessionQueue`) so the next card shows at
 * once; the database write of each answer runs behind it, and a failed write is shown and undone.
 * In practice mode nothing is written: the schedule stays as it was.
 */
import {
	activityRows,
	dueStates,
	getCards,
	getState,
	logsSince,
	recordAnswer,
	statesFor,
	undoAnswer,
	updateState,
	type CardRow
} from '$lib/db';
import { DEFAULT_START_HOUR, HOUR_MS } from '$lib/srs/day';
import { answer, defaultSrsSettings, previewDue, type SrsSettings } from '$lib/srs/fsrs';
import { leechOutcome } from '$lib/srs/leech';
import { countDoneToday, remainingToday } from '$lib/srs/limits';
import { buildQueue, SessionQueue } from '$lib/srs/queue';
import { streak } from '$lib/stats';
import type { CardState, Grade } from '$lib/srs/types';
import { app } from './app.svelte';
import { studyDay } from './study-day';

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
}

interface UndoEntry {
	before: CardState;
	/** The answer's log id (a pending write), or null for a suspend/bury. */
	logId: Promise<number> | null;
	/** The answer's journal key while its write may still be pending. */
	journalKey?: string;
	correct: boolean | null;
}

export class ReviewSession {
	// Raw: the state objects go to IndexedDB, and a deep proxy cannot be structured-cloned.
	current = $state.raw<QueueItem | null>(null);
	showingAnswer = $state(false);
	loaded = $state(false);
	reviewed = $state(0);
	correct = $state(0);
	error = $state<string | null>(null);
	/** A notice for the learner, e.g. a card became a leech and was suspended. */
	notice = $state<{ ko: string; en: string } | null>(null);
	/** Answers whose database write has not finished yet. */
	pending = $state(0);
	remaining = $state(0);
	canUndo = $state(false);
	readonly startedAt = Date.now();
	endedAt = $state<number | null>(null);
	/** Consecutive study days up to today, read when the session ends. */
	streakDays = $state<number | null>(null);

	private queue = new SessionQueue([]);
	// Not reactive on purpose: cards are looked up, never rendered from this map.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private cards = new Map<string, CardRow>();
	private undoStack: UndoEntry[] = [];
	private settings: SrsSettings = defaultSrsSettings;
	/** Read once at load: the next study day's start (epoch ms) and the hour study days start. */
	private dayEnd = 0;
	private dayStartHour = DEFAULT_START_HOUR;
	private shownAt = Date.now();

	constructor(readonly scope: SessionScope = {}) {}

	async load(): Promise<void> {
		const db = app.db;
		const { now, dayStart, dayEnd, settings } = await studyDay(db);
		this.settings = settings.srs;
		this.dayEnd = dayEnd;
		this.dayStartHour = settings.dayStartHour;
		const states = await this.candidates(now, dayStart, dayEnd, settings.limits);
		this.cards = await getCards(
			db,
			states.map((s) => s.cardId)
		);
		this.queue = new SessionQueue(
			states.filter((s) => this.cards.has(s.cardId)),
			{ dayEnd: this.scope.practice ? -Infinity : dayEnd }
		);
		this.show(this.queue.next(now));
		this.loaded = true;
	}

	private async candidates(now: number, dayStart: number, dayEnd: number, limits: Parameters<typeof remainingToday>[0]) {
		const db = app.db;
		if (this.scope.cardId) {
			const one = await getState(db, this.scope.cardId);
			return one ? [one] : [];
		}
		if (this.scope.practice) return statesFor(db, this.scope);
		const remaining = remainingToday(limits, countDoneToday(await logsSince(db, dayStart), dayStart), this.scope.deckId);
		const due = await dueStates(db, {
			now,
			dayEnd,
			newLimit: remaining.new,
			reviewLimit: remaining.review,
			deckId: this.scope.deckId
		});
		return buildQueue(due, { now, dayStart, dayEnd, remaining, deckId: this.scope.deckId, tag: this.scope.tag });
	}

	showAnswer() {
		this.showingAnswer = true;
	}

	/** Next due time (epoch ms) for each rating of the card on screen. */
	preview(now = Date.now()): Record<Grade, number> | null {
		return this.current ? previewDue(this.current.state, now, this.settings) : null;
	}

	/** Rate the card on screen; the next card is shown before the write finishes. */
	rate(rating: Grade, typed?: string, now = Date.now()) {
		const item = this.current;
		if (!item) return;
		this.reviewed++;
		if (rating > 1) this.correct++;
		if (this.scope.practice) {
			this.undoStack.push({ before: item.state, logId: null, correct: rating > 1 });
			this.show(this.queue.next(now));
			return;
		}
		const result = answer(item.state, rating, now, this.settings, { duration: now - this.shownAt, typed });
		const leech = leechOutcome(item.state.lapses, result.state.lapses);
		if (leech.tag) {
			result.state.tags = [...(result.state.tags ?? []).filter((tag) => tag !== 'leech'), 'leech'];
			if (leech.suspend) result.state.suspended = 1;
			this.notice = {
				ko: '자꾸 잊는 카드(leech)라서 태그를 붙이고 보류했습니다. 카드 내용을 다듬어 보세요.',
				en: 'This card keeps being forgotten (a leech): it was tagged and suspended. Consider rewording it.'
			};
		}
		this.pending++;
		const journalKey = app.journal.add({ shown: item.state, result });
		const logId = recordAnswer(app.db, item.state, result).finally(() => {
			this.pending--;
			app.journal.remove(journalKey);
		});
		const entry: UndoEntry = { before: item.state, logId, journalKey, correct: rating > 1 };
		this.undoStack.push(entry);
		logId.catch((error: unknown) => this.writeFailed(entry, error));
		// A learning step brings the card back later in this session (not when one card was opened on its own).
		const learning = result.state.state === 1 || result.state.state === 3;
		if (learning && !result.state.suspended && !this.scope.cardId) this.queue.requeue(result.state);
		this.show(this.queue.next(now));
	}

	/** Suspend the card on screen (until unsuspended) or bury it until the next study day. */
	async setAside(how: 'suspend' | 'bury') {
		const item = this.current;
		if (!item) return;
		const changed: CardState = how === 'suspend' ? { ...item.state, suspended: 1 } : { ...item.state, buriedUntil: this.dayEnd };
		this.undoStack.push({ before: item.state, logId: null, correct: null });
		this.show(this.queue.next());
		if (!this.scope.practice) await updateState(app.db, changed);
	}

	/** Take back the last answer (or suspend/bury): the card's old state returns and its log row is removed. */
	async undo(): Promise<void> {
		const entry = this.undoStack.pop();
		if (!entry) return;
		this.queue.undo();
		this.showItem(entry.before);
		this.endedAt = null;
		if (entry.correct !== null) {
			this.reviewed--;
			if (entry.correct) this.correct--;
		}
		if (this.scope.practice) return;
		if (entry.journalKey) app.journal.remove(entry.journalKey); // an undone answer is never replayed
		if (entry.logId) {
			const logId = await entry.logId.catch(() => null);
			if (logId !== null) await undoAnswer(app.db, logId, entry.before);
		} else {
			await updateState(app.db, entry.before);
		}
	}

	private writeFailed(entry: UndoEntry, error: unknown) {
		// Undo every answer given after the failed one too: their queue steps sit on top of it.
		const index = this.undoStack.indexOf(entry);
		if (index < 0) return;
		while (this.undoStack.length > index) void this.undo();
		this.error = error instanceof Error ? error.message : String(error);
	}

	private show(state: CardState | undefined) {
		if (state) this.showItem(state);
		else {
			this.current = null;
			this.endedAt = Date.now();
			this.sync();
			void this.loadStreak();
		}
	}

	private async loadStreak() {
		// IndexedDB runs this read after the answer writes already started, so today's last answer counts.
		const hours = (await activityRows(app.db)).map((row) => ({ review: row.hour * HOUR_MS }));
		this.streakDays = streak(hours, { now: Date.now(), startHour: this.dayStartHour }).days;
	}

	private showItem(state: CardState) {
		const card = this.cards.get(state.cardId);
		this.current = card ? { state, card } : null;
		this.showingAnswer = false;
		this.shownAt = Date.now();
		this.sync();
	}

	private sync() {
		const counts = this.queue.counts;
		this.remaining = counts.new + counts.learning + counts.review;
		this.canUndo = this.undoStack.length > 0;
	}
}
