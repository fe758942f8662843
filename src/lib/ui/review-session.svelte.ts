/**
 * One review session on screen. The queue lives in memory so the next card shows at once; the
 * database write of each answer runs behind it, and a failed write is shown and undone.
 */
import { dueStates, getCards, getSetting, recordAnswer, undoAnswer, type CardRow } from '$lib/db';
import { answer, defaultSrsSettings, previewDue, type SrsSettings } from '$lib/srs/fsrs';
import type { CardState, Grade } from '$lib/srs/types';
import { app } from './app.svelte';
import { studyDay } from './study-day';

export interface QueueItem {
	state: CardState;
	card: CardRow;
}

interface UndoEntry {
	item: QueueItem;
	after: CardState;
	logId: Promise<number>;
	correct: boolean;
}

export class ReviewSession {
	current = $state<QueueItem | null>(null);
	showingAnswer = $state(false);
	loaded = $state(false);
	reviewed = $state(0);
	correct = $state(0);
	error = $state<string | null>(null);
	/** Cards left in this session, the one on screen included. */
	remaining = $derived(this.countRemaining());
	readonly startedAt = Date.now();
	endedAt = $state<number | null>(null);

	private queue = $state<QueueItem[]>([]);
	private learning = $state<QueueItem[]>([]);
	private undoStack: UndoEntry[] = [];
	private settings: SrsSettings = defaultSrsSettings;
	private dayEnd = 0;
	private shownAt = Date.now();

	constructor(private readonly deckId?: string) {}

	get canUndo(): boolean {
		return this.undoStack.length > 0;
	}

	async load(): Promise<void> {
		const db = app.db;
		const { now, dayEnd, limits } = await studyDay(db);
		this.dayEnd = dayEnd;
		this.settings = { ...defaultSrsSettings, ...(await getSetting<Partial<SrsSettings>>(db, 'srs')) };
		const states = await dueStates(db, {
			now,
			dayEnd,
			newLimit: limits.newPerDay,
			reviewLimit: limits.reviewsPerDay,
			deckId: this.deckId
		});
		const cards = await getCards(
			db,
			states.map((s) => s.cardId)
		);
		this.queue = states.flatMap((state) => {
			const card = cards.get(state.cardId);
			return card ? [{ state, card }] : [];
		});
		this.advance();
		this.loaded = true;
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
		const result = answer(item.state, rating, now, this.settings, { duration: now - this.shownAt, typed });
		const logId = recordAnswer(app.db, item.state, result);
		const entry: UndoEntry = { item, after: result.state, logId, correct: rating > 1 };
		this.undoStack.push(entry);
		logId.catch((error: unknown) => this.writeFailed(entry, error));
		this.reviewed++;
		if (entry.correct) this.correct++;
		if ((result.state.state === 1 || result.state.state === 3) && result.state.due < this.dayEnd) {
			this.learning = [...this.learning, { state: result.state, card: item.card }].sort((a, b) => a.state.due - b.state.due);
		}
		this.advance(now);
	}

	/** Take back the last answer: the card's old state returns and its log row is removed. */
	async undo(): Promise<void> {
		const entry = this.undoStack.pop();
		if (!entry) return;
		this.learning = this.learning.filter((l) => l.card.id !== entry.item.card.id);
		if (this.current) this.queue = [this.current, ...this.queue];
		this.current = entry.item;
		this.showingAnswer = false;
		this.endedAt = null;
		this.reviewed--;
		if (entry.correct) this.correct--;
		this.shownAt = Date.now();
		const logId = await entry.logId.catch(() => null);
		if (logId !== null) await undoAnswer(app.db, logId, entry.item.state);
	}

	private writeFailed(entry: UndoEntry, error: unknown) {
		const index = this.undoStack.indexOf(entry);
		if (index >= 0) this.undoStack.splice(index, 1);
		this.learning = this.learning.filter((l) => l.card.id !== entry.item.card.id);
		this.queue = [entry.item, ...this.queue.filter((q) => q.card.id !== entry.item.card.id)];
		this.reviewed--;
		if (entry.correct) this.correct--;
		this.error = error instanceof Error ? error.message : String(error);
		if (!this.current) this.advance();
	}

	/** Learning cards due now come first; else the queue; else learn ahead on the earliest learning card. */
	private advance(now = Date.now()) {
		this.showingAnswer = false;
		this.shownAt = now;
		const dueLearning = this.learning[0] && this.learning[0].state.due <= now;
		if (dueLearning || (this.queue.length === 0 && this.learning.length > 0)) {
			const [first, ...rest] = this.learning;
			this.current = first ?? null;
			this.learning = rest;
			return;
		}
		const [next, ...rest] = this.queue;
		this.current = next ?? null;
		this.queue = rest;
		if (!next) this.endedAt = now;
	}

	private countRemaining(): number {
		return this.queue.length + this.learning.length + (this.current ? 1 : 0);
	}
}
