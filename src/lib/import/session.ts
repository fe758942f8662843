/**
 * One import from pick to write, as the import worker runs it (node tests call it directly): the
 * parsed deck, its history and the stored version it replaces live HERE, never on the page. The
 * page gets an {@link ImportView} (counts, the first cards, bounded lists) and sends the learner's
 * choices back; the write runs here too, through the one `importDeck`. So a 200,000-card file never
 * crosses to the main thread, where unpacking it, diffing it and cloning it into IndexedDB stalled
 * the tab for seconds (issue 15).
 */
import { DeckhandError } from '$lib/db/errors';
import type { DeckhandDb } from '$lib/db/schema';
import { deckWithCards, importDeck, replayHistory, withFreeIds, withRenamedCards, type ImportedHistory, type ImportReport } from '$lib/db/transfer';
import { editedCards } from '$lib/db/cards-admin';
import { listDecks } from '$lib/db/repository';
import { bytesToWrite } from '$lib/db/space';
import type { Card, CardKind, Deck, Diagnostic } from '$lib/deck/types';
import type { Suggestion } from '$lib/notes/types';
import { importReplaySettings, type SrsSettings } from '$lib/srs/fsrs';
import { diffDecks, editConflicts, keepEdits, type EditConflict, type EditedCard } from './diff';
import { importDiag } from './diagnostics';
import { ParseJob, type OnParseProgress, type ParseCall, type ParseProgress, type ParseResult, type TableSummary } from './parse-job';

/** Cards (and list rows) the preview shows; past this a count stands for the rest. */
export const PREVIEW_CARDS = 100;

/** The deck to import as the preview shows it. */
export interface PreviewDeck {
	id: string;
	title: string;
	count: number;
	byKind: Record<CardKind, number>;
	/** The first {@link PREVIEW_CARDS} cards. */
	sample: Card[];
	/** Text hash of the source, when it is a file. */
	hash?: string;
}

/** A re-import's changes: counts, and the first rows of each list. */
export interface PreviewDiff {
	added: number;
	changed: { before: Card; after: Card }[];
	changedCount: number;
	unchanged: number;
	removed: Card[];
	removedCount: number;
}

/** What the page shows of the import under way. */
export interface ImportView {
	deck: PreviewDeck | null;
	diagnostics: Diagnostic[];
	/** Notes: candidate cards scored too low to make (a note has a few dozen at most). */
	suggestions: Suggestion[];
	table: TableSummary | null;
	/** Answers in the file (.apkg). */
	reviewCount: number;
	/** The stored deck this one replaces (its title), when there is one. */
	existingTitle: string | null;
	diff: PreviewDiff | null;
	/** Cards the learner edited since the last import that the file changed too (first rows). */
	conflicts: EditConflict[];
	/** The title of another of the learner's decks imported from the same text. */
	sameAs: string | null;
	/** Previewed cards the learner edited / added from the suggestions. */
	edited: string[];
	added: string[];
}

/** The learner's choices at Import. */
export interface WriteChoice {
	title: string;
	/** Cards of the stored deck the new version lacks that the learner ticked for deletion. */
	removeIds: string[];
	/** Conflicts where the learner took the file's text. */
	takeTheirs: string[];
	/** The FSRS settings imported answers are replayed with. */
	srs: SrsSettings;
	now?: number;
}

/** What the page asks of a session. */
export type SessionCall =
	| ParseCall
	| { type: 'notes'; files: { name: string; file: Blob }[]; title: string; diagnostics: Diagnostic[] }
	| { type: 'replace'; card: Card }
	| { type: 'remove'; cardId: string }
	| { type: 'add-suggestion'; cardId: string }
	| { type: 'conflicts'; takeTheirs: string[] }
	| { type: 'write'; choice: WriteChoice };

export type SessionResult = { view: ImportView } | { report: ImportReport; deckId: string };

/** Room on the device: `null` when it fits, else the learner's message (the page passes `roomProblem`). */
export type RoomCheck = (bytes: number) => Promise<string | null>;

const NO_EDITS: ReadonlyMap<string, EditedCard> = new Map();

export class ImportSession {
	private deck: Deck | null = null;
	private diagnostics: Diagnostic[] = [];
	private suggestions: Suggestion[] = [];
	private table: TableSummary | null = null;
	private reviews: ParseResult['reviews'] = undefined;
	private renamed = new Map<string, string>();
	private existing: Deck | null = null;
	private storedEdits: ReadonlyMap<string, EditedCard> = NO_EDITS;
	private takeTheirs = new Set<string>();
	private sameAs: string | null = null;
	private edited = new Set<string>();
	private added = new Set<string>();

	constructor(
		private readonly db: DeckhandDb,
		private readonly job: ParseJob = new ParseJob(),
		private readonly room: RoomCheck = async () => null
	) {}

	async run(call: SessionCall, onProgress: OnParseProgress, signal?: AbortSignal): Promise<SessionResult> {
		switch (call.type) {
			case 'parse':
			case 'table': {
				const result = await this.job.run(call, onProgress);
				this.table = result.table ?? null;
				this.reviews = result.reviews;
				await this.prepare(result.deck, result.diagnostics, result.suggestions ?? []);
				return { view: this.view() };
			}
			case 'notes': {
				const texts = await Promise.all(call.files.map(async (f) => ({ name: f.name, text: await f.file.text() })));
				const { compileMany, mergeNotes } = await import('$lib/notes/many');
				const result = mergeNotes(compileMany(texts), call.title);
				const hasAny = result.deck.cards.length > 0 || result.suggestions.length > 0;
				await this.prepare(hasAny ? result.deck : undefined, [...call.diagnostics, ...result.diagnostics], result.suggestions);
				return { view: this.view() };
			}
			case 'replace':
				this.withCards((cards) => (cards.some((c) => c.id === call.card.id) ? cards.map((c) => (c.id === call.card.id ? call.card : c)) : cards));
				this.edited.add(call.card.id);
				return { view: this.view() };
			case 'remove': {
				const card = this.deck?.cards.find((c) => c.id === call.cardId);
				if (card) {
					this.withCards((cards) => cards.filter((c) => c.id !== call.cardId));
					// Back among the suggestions, from where it can be added again.
					this.suggestions = [{ card, score: 0, reasons: [] }, ...this.suggestions];
					this.added.delete(call.cardId);
				}
				return { view: this.view() };
			}
			case 'add-suggestion': {
				const picked = this.suggestions.find((s) => s.card.id === call.cardId);
				if (picked && this.deck) {
					this.withCards((cards) => [...cards, picked.card]);
					this.suggestions = this.suggestions.filter((s) => s !== picked);
					this.added.add(call.cardId);
				}
				return { view: this.view() };
			}
			case 'conflicts':
				this.takeTheirs = new Set(call.takeTheirs);
				return { view: this.view() };
			case 'write':
				return this.write(call.choice, onProgress, signal);
		}
	}

	private withCards(change: (cards: Card[]) => Card[]) {
		if (this.deck) this.deck = { ...this.deck, cards: change(this.deck.cards) };
	}

	/** The parsed deck under free ids (a built-in deck's id gets `-mine`), its history renamed to match, and the stored version it replaces. */
	private async prepare(deck: Deck | undefined, diagnostics: Diagnostic[], suggestions: Suggestion[]) {
		this.diagnostics = diagnostics;
		this.suggestions = suggestions;
		this.edited.clear();
		this.added.clear();
		this.takeTheirs.clear();
		if (!deck) {
			this.deck = null;
			return;
		}
		const free = await withFreeIds(this.db, deck);
		if (free.deck.id !== deck.id) this.diagnostics.push(importDiag(deck.source?.name ?? '', 1, 'info', 'deck-id-builtin', { id: deck.id, newId: free.deck.id }));
		this.renamed = free.renamed;
		this.deck = free.deck;
		await this.loadExisting();
	}

	/** Read once per parse: an edit in the preview changes neither the deck's id nor its source (view() diffs again). */
	private async loadExisting() {
		const deck = this.deck;
		if (!deck) return;
		let stored: Deck | null = null;
		try {
			stored = await deckWithCards(this.db, deck.id);
		} catch (error) {
			if (!(error instanceof DeckhandError && error.code === 'not-found')) throw error;
		}
		this.existing = stored;
		this.storedEdits = stored ? await editedCards(this.db, [deck.id]) : NO_EDITS;
		// The same text under another deck id (its name came from another file name): said before a second copy is made.
		const hash = deck.source?.hash;
		this.sameAs = !stored && hash ? ((await listDecks(this.db)).find((d) => !d.builtin && d.source?.hash === hash)?.title ?? null) : null;
	}

	/** The cards as they will be written: the learner's earlier edits kept unless the file's text was chosen. */
	private cardsToWrite(): Card[] {
		const cards = this.deck?.cards ?? [];
		return this.storedEdits.size ? keepEdits(cards, this.storedEdits, [...this.takeTheirs]) : cards;
	}

	view(): ImportView {
		const deck = this.deck;
		let diff: PreviewDiff | null = null;
		let conflicts: EditConflict[] = [];
		if (deck && this.existing) {
			conflicts = editConflicts(deck.cards, this.storedEdits).slice(0, PREVIEW_CARDS);
			const d = diffDecks(this.existing.cards, this.cardsToWrite());
			diff = {
				added: d.added.length,
				changed: d.changed.slice(0, PREVIEW_CARDS),
				changedCount: d.changed.length,
				unchanged: d.unchanged.length,
				removed: d.removed.slice(0, PREVIEW_CARDS),
				removedCount: d.removed.length
			};
		}
		const byKind: Record<CardKind, number> = { concept: 0, command: 0, choice: 0, yamlfix: 0 };
		for (const card of deck?.cards ?? []) byKind[card.kind]++;
		return {
			deck: deck
				? { id: deck.id, title: deck.title, count: deck.cards.length, byKind, sample: deck.cards.slice(0, PREVIEW_CARDS), ...(deck.source?.hash ? { hash: deck.source.hash } : {}) }
				: null,
			diagnostics: this.diagnostics,
			suggestions: this.suggestions,
			table: this.table,
			reviewCount: this.reviews?.length ?? 0,
			existingTitle: this.existing?.title ?? null,
			diff,
			conflicts,
			sameAs: this.sameAs,
			edited: [...this.edited],
			added: [...this.added]
		};
	}

	/** Write the deck in one transaction (`importDeck`), refused first when the device says it will not fit. */
	private async write(choice: WriteChoice, onProgress: OnParseProgress, signal?: AbortSignal): Promise<SessionResult> {
		if (!this.deck) throw new DeckhandError('not-found', 'there is no deck to import');
		this.takeTheirs = new Set(choice.takeTheirs);
		const deck: Deck = { ...this.deck, title: choice.title.trim() || this.deck.title, cards: this.cardsToWrite() };
		const now = choice.now ?? Date.now();
		const settings = importReplaySettings(choice.srs);
		let history: Map<string, ImportedHistory> | undefined;
		if (this.reviews?.length) {
			history = await replayHistory(this.reviews, now, settings);
			if (this.renamed.size) history = withRenamedCards(history, this.renamed);
		}
		const logs = [...(history?.values() ?? [])].reduce((n, h) => n + h.logs.length, 0);
		let chars = 0;
		for (const card of deck.cards) chars += JSON.stringify(card).length;
		const tooBig = await this.room(bytesToWrite(chars + logs * 200, deck.cards.length * 2 + logs));
		if (tooBig) throw new DeckhandError('quota', tooBig);
		const report = await importDeck(this.db, deck, {
			reviews: history,
			removeIds: choice.removeIds,
			settings,
			signal,
			now,
			onProgress: (done, total) => onProgress({ stage: 'write', done, total })
		});
		return { report, deckId: deck.id };
	}
}

/** A call as it crosses to the worker (replies carry its id); `cancel` stops the write under way. */
export type SessionRequest = (SessionCall & { id: number }) | { type: 'cancel'; id: number };
/** The worker's answers: progress while a call runs, then one result or error. */
export type SessionReply =
	| { id: number; type: 'progress'; progress: ParseProgress }
	| { id: number; type: 'result'; result: SessionResult }
	| { id: number; type: 'error'; message: string; code?: string };
