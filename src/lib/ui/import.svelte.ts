/**
 * Import screen state: pick a file → size guard → detect → parse in a worker (progress, Cancel ends
 * the worker) → preview (editable title, cards by kind, sample cards, diagnostics, CSV columns,
 * re-import diff) → import in one transaction with progress and cancel. Nothing is written before
 * the learner taps Import.
 */
import { DeckhandError, deckWithCards, importDeck, listDecks, replayHistory, withFreeIds, withRenamedCards, type ImportedHistory, type ImportReport } from '$lib/db';
import type { Card, CardKind, Deck, Diagnostic } from '$lib/deck/types';
import type { ImportFormat } from '$lib/import/detect';
import type { ParseProgress, ParseResult, TableSummary } from '$lib/import/parse-job';
import type { Suggestion } from '$lib/notes/types';
import type { DeckDiff, EditConflict, EditedCard } from '$lib/import/diff';
import { checkFileSize, importDiag } from '$lib/import/diagnostics';
import { importReplaySettings } from '$lib/srs/fsrs';
import { app } from './app.svelte';
import { loadStudySettings } from './study-day';
import { requestPersistence, roomProblem } from './storage';
import { errorMessage } from '$lib/errors';
import { diagnosticText, messageEn } from '$lib/notes/messages';
import { i18n } from './i18n.svelte';
import { ImportWorker } from './import-worker';

const NO_EDITS: ReadonlyMap<string, EditedCard> = new Map();

export type ImportPhase = 'idle' | 'reading' | 'preview' | 'importing' | 'done' | 'failed';
/** Why nothing can be imported; the page words each kind in the learner's language. */
export type ImportErrorKind = 'size' | 'format' | 'read' | 'parse' | 'empty' | 'aborted' | 'quota' | 'write';

/** The file types the picker offers. */
/** Cards listed in the import preview; past this the count stands for the rest. */
export const PREVIEW_CARDS = 100;
export const IMPORT_ACCEPT = '.md,.markdown,.txt,.json,.csv,.tsv,.tab,.apkg,.colpkg';

/** Files imported together: the notes go on, the other files are left out. */
function splitNotes(files: File[]): { notes: File[]; others: File[] } {
	const isNote = (f: File) => /\.(?:md|markdown|txt)$/i.test(f.name);
	return { notes: files.filter(isNote), others: files.filter((f) => !isNote(f)) };
}

const baseName = (name: string) => name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || name;

export class ImportState {
	phase = $state<ImportPhase>('idle');
	fileName = $state('');
	format = $state<ImportFormat | null>(null);
	error = $state<{ kind: ImportErrorKind; detail?: string } | null>(null);
	diagnostics = $state<Diagnostic[]>([]);
	/** The parsed deck (content as imported; the title is edited apart). */
	deck = $state.raw<Deck | null>(null);
	/** Notes: candidate cards the compiler scored too low to make; the learner may add each. */
	suggestions = $state.raw<Suggestion[]>([]);
	/** Cards the learner edited in the preview (by id). */
	edited = $state<Record<string, boolean>>({});
	/** Cards the learner added from the suggestions (by id). */
	added = $state<Record<string, boolean>>({});
	/** Several notes imported as one deck (a folder, many files): how many. 0 for one file. */
	noteFiles = $state(0);
	title = $state('');
	/** The learner typed a title: keep it over the file's or the stored deck's. */
	titleEdited = $state(false);
	/** CSV/TSV: the column picker (the rows stay in the worker) and the chosen columns (-1 = no tags column). */
	table = $state.raw<TableSummary | null>(null);
	front = $state(0);
	back = $state(1);
	tags = $state(-1);
	hasHeader = $state(false);
	/** The stored version of the same deck, when there is one, and what the import changes. */
	existing = $state.raw<Deck | null>(null);
	diff = $state.raw<DeckDiff | null>(null);
	/** Re-import: cards the learner edited that the file changed too, and the ones to take from the file. */
	conflicts = $state.raw<EditConflict[]>([]);
	/** The title of another deck imported from exactly this text (a note pasted, then picked as a file). */
	sameAs = $state<string | null>(null);
	takeTheirs = $state<Record<string, boolean>>({});
	/** The stored deck's edited cards (with the text the file gave them then); read, never rendered. */
	private storedEdits: ReadonlyMap<string, EditedCard> = NO_EDITS;
	/** Removed cards the learner chose to delete (default: keep every one). */
	remove = $state<Record<string, boolean>>({});
	/** Imported answers per card (.apkg). */
	history = $state.raw<Map<string, ImportedHistory> | null>(null);
	reviewCount = $state(0);
	progress = $state({ done: 0, total: 0 });
	/** While the worker reads and parses the file: which step, how far (total 0 = no measure). */
	parseProgress = $state<ParseProgress | null>(null);
	report = $state.raw<ImportReport | null>(null);
	importedDeckId = $state('');

	private controller: AbortController | null = null;
	/** The picked file's parser; kept for a CSV/TSV preview (column changes), ended otherwise. */
	private worker: ImportWorker | null = null;
	/** Bumped by reset(): a parse of a file the learner left behind is dropped. */
	private generation = 0;
	private deckId = '';

	byKind = $derived.by(() => {
		const counts: Record<CardKind, number> = { concept: 0, command: 0, choice: 0, yamlfix: 0 };
		for (const card of this.deck?.cards ?? []) counts[card.kind]++;
		return counts;
	});
	/** The cards listed in the preview: all of a note's, the first ones of a big file (the count says the rest). */
	sample = $derived((this.deck?.cards ?? []).slice(0, PREVIEW_CARDS));
	/** Columns of the CSV/TSV (header names, or numbers). */
	columns = $derived.by(() => {
		const d = this.table;
		if (!d) return [] as string[];
		return Array.from({ length: d.width }, (_, i) => d.header?.[i]?.trim() || `#${i + 1}`);
	});
	errorCount = $derived(this.diagnostics.filter((d) => d.severity === 'error').length);
	canImport = $derived(this.phase === 'preview' && !!this.deck && this.deck.cards.length > 0 && this.title.trim() !== '');

	reset() {
		this.controller?.abort();
		this.endWorker();
		this.generation++;
		this.phase = 'idle';
		this.fileName = '';
		this.format = null;
		this.error = null;
		this.diagnostics = [];
		this.deck = null;
		this.suggestions = [];
		this.edited = {};
		this.added = {};
		this.noteFiles = 0;
		this.title = '';
		this.titleEdited = false;
		this.table = null;
		this.parseProgress = null;
		this.existing = null;
		this.diff = null;
		this.conflicts = [];
		this.takeTheirs = {};
		this.storedEdits = NO_EDITS;
		this.sameAs = null;
		this.remove = {};
		this.history = null;
		this.reviewCount = 0;
		this.progress = { done: 0, total: 0 };
		this.report = null;
		this.importedDeckId = '';
	}

	/** End the parser (Cancel, a new file, leaving the page); a request still waiting ends as aborted. */
	private endWorker() {
		const worker = this.worker;
		this.worker = null;
		worker?.terminate();
	}

	/** Ask the worker; `null` when the learner has since moved on to another file or started over. */
	private async ask(request: Parameters<ImportWorker['request']>[0]): Promise<ParseResult | null> {
		const generation = this.generation;
		this.worker ??= new ImportWorker();
		try {
			const result = await this.worker.request(request, (progress) => {
				if (generation === this.generation) this.parseProgress = progress;
			});
			return generation === this.generation ? result : null;
		} catch (error) {
			if (generation !== this.generation) return null;
			throw error;
		}
	}

	private fail(kind: ImportErrorKind, detail?: string) {
		this.error = { kind, detail };
		this.phase = 'failed';
	}

	/**
	 * Read and parse a picked file; ends in 'preview' or 'failed'. Returns the detected format
	 * ('backup' files are for the restore section: the caller hands them over).
	 */
	async pick(file: File): Promise<ImportFormat | null> {
		this.reset();
		this.fileName = file.name;
		const tooBig = checkFileSize(file.name, file.size);
		if (tooBig) {
			this.diagnostics = [tooBig];
			this.fail('size', diagnosticText(tooBig, i18n.lang));
			return null;
		}
		this.phase = 'reading';
		try {
			const { detectFormat } = await import('$lib/import/detect');
			const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
			const format = detectFormat(file.name, head);
			this.format = format;
			if (format === 'unknown') {
				this.fail('format');
				return format;
			}
			if (format === 'backup') {
				this.phase = 'idle';
				return format;
			}
			const result = await this.ask({ type: 'parse', file, name: file.name, format });
			if (!result) return null;
			this.parseProgress = null;
			if (result.table) await this.showTable(result.table, file.name);
			else {
				this.endWorker();
				if (result.reviews?.length && result.deck) {
					const settings = importReplaySettings((await loadStudySettings(app.db)).srs);
					this.history = await replayHistory(result.reviews, Date.now(), settings);
					this.reviewCount = result.reviews.length;
				}
				await this.show(result.deck, result.diagnostics);
				this.suggestions = result.suggestions ?? [];
			}
			return format;
		} catch (error) {
			this.parseProgress = null;
			this.endWorker();
			if (error instanceof DeckhandError && error.code === 'aborted') this.fail('aborted');
			else this.fail('read', errorMessage(error));
			return null;
		}
	}

	/**
	 * Several picked files (a folder, a multi-select): the notes among them are compiled together
	 * (`compileMany`: a card two files make is kept once) into one deck named after the folder, or
	 * after the first note. Other files are left out with a diagnostic each. One file goes the usual way.
	 */
	async pickMany(files: File[]): Promise<ImportFormat | null> {
		if (files.length <= 1) return files[0] ? this.pick(files[0]) : null;
		this.reset();
		const path = (f: File) => f.webkitRelativePath || f.name;
		const folder = files.find((f) => f.webkitRelativePath.includes('/'))?.webkitRelativePath.split('/')[0] ?? '';
		const picked = splitNotes(files);
		const diagnostics: Diagnostic[] = picked.others.map((f) => ({ file: path(f), line: 1, severity: 'info', message: messageEn('not-a-note'), code: 'not-a-note' }));
		const notes: File[] = [];
		for (const f of picked.notes) {
			const tooBig = checkFileSize(f.name, f.size);
			if (tooBig) diagnostics.push({ ...tooBig, file: path(f) });
			else notes.push(f);
		}
		this.fileName = folder || notes[0]?.name || files[0].name;
		this.format = 'markdown';
		if (!notes.length) {
			this.diagnostics = diagnostics;
			this.fail('format');
			return null;
		}
		this.phase = 'reading';
		try {
			const texts = await Promise.all(notes.map(async (f) => ({ name: path(f), text: await f.text() })));
			const { compileMany, mergeNotes } = await import('$lib/notes/many');
			const result = mergeNotes(compileMany(texts), folder || baseName(notes[0].name));
			this.noteFiles = notes.length;
			const hasAny = result.deck.cards.length > 0 || result.suggestions.length > 0;
			await this.show(hasAny ? result.deck : undefined, [...diagnostics, ...result.diagnostics]);
			this.suggestions = result.suggestions;
			return 'markdown';
		} catch (error) {
			this.fail('read', errorMessage(error));
			return null;
		}
	}

	/** CSV/TSV parsed: the column picker, then the deck from the suggested columns. */
	private async showTable(table: TableSummary, name: string) {
		this.table = table;
		this.hasHeader = table.header !== null;
		this.front = table.columns.front;
		this.back = table.columns.back;
		this.tags = table.columns.tags;
		this.deckId = '';
		this.title = table.ankiDeck ?? baseName(name);
		await this.recompute();
	}

	/** CSV/TSV: re-read with the header switch as set, then rebuild the deck from the chosen columns. */
	async setHeader(on: boolean) {
		if (!this.table) return;
		this.hasHeader = on;
		await this.recompute();
	}

	/** CSV/TSV: choose a column (`tags` -1 = none) and recompute the preview. */
	async setColumn(which: 'front' | 'back' | 'tags', index: number) {
		this[which] = index;
		await this.recompute();
	}

	/** CSV/TSV: the deck from the current columns, made in the worker (the preview recomputes on every change). */
	async recompute() {
		if (!this.table) return;
		const { slugify } = await import('$lib/deck/ids');
		// The deck id is fixed by the file's first title: renaming the deck must not change card ids.
		if (!this.deckId) this.deckId = slugify(this.title || baseName(this.fileName));
		const choice = { front: this.front, back: this.back, tags: this.tags, hasHeader: this.hasHeader, deckTitle: this.title || baseName(this.fileName), deckId: this.deckId };
		try {
			const result = await this.ask({ type: 'table', choice });
			this.parseProgress = null;
			if (!result?.table) return;
			this.table = result.table;
			this.front = result.table.columns.front;
			this.back = result.table.columns.back;
			this.tags = result.table.columns.tags;
			await this.show(result.deck, result.diagnostics, true);
		} catch (error) {
			this.parseProgress = null;
			this.endWorker();
			this.table = null;
			if (error instanceof DeckhandError && error.code === 'aborted') this.fail('aborted');
			else this.fail('read', errorMessage(error));
		}
	}

	/** Move suggestion `index` into the deck to import (one tap in the preview). */
	addSuggestion(index: number) {
		const picked = this.suggestions[index];
		if (!this.deck || !picked) return;
		this.deck = { ...this.deck, cards: [...this.deck.cards, picked.card] };
		this.suggestions = this.suggestions.filter((_, i) => i !== index);
		this.added = { ...this.added, [picked.card.id]: true };
		void this.loadExisting(this.deck);
	}

	/** The learner's edit of a previewed card (same id): it replaces the card in the deck to import. */
	replaceCard(card: Card) {
		if (!this.deck || !this.deck.cards.some((c) => c.id === card.id)) return;
		this.deck = { ...this.deck, cards: this.deck.cards.map((c) => (c.id === card.id ? card : c)) };
		this.edited = { ...this.edited, [card.id]: true };
		void this.loadExisting(this.deck);
	}

	/** Leave a card out of the import; it goes back to the suggestions, from where it can be added again. */
	removeCard(cardId: string) {
		if (!this.deck) return;
		const card = this.deck.cards.find((c) => c.id === cardId);
		if (!card) return;
		this.deck = { ...this.deck, cards: this.deck.cards.filter((c) => c.id !== cardId) };
		this.suggestions = [{ card, score: 0, reasons: [] }, ...this.suggestions];
		this.added = Object.fromEntries(Object.entries(this.added).filter(([id]) => id !== cardId));
		void this.loadExisting(this.deck);
	}

	/** Show the preview of `deck`, or the failure when there is none. */
	private async show(deck: Deck | undefined, diagnostics: Diagnostic[], keepTitle = false) {
		// The worker already held every importer's deck to the field limits (ParseJob).
		this.diagnostics = diagnostics;
		if (!deck) {
			this.deck = null;
			const first = diagnostics.find((d) => d.severity === 'error');
			this.fail(first ? 'parse' : 'empty', first ? `${first.file}:${first.line}: ${diagnosticText(first, i18n.lang)}` : undefined);
			return;
		}
		const free = await withFreeIds(app.db, deck);
		if (free.deck.id !== deck.id)
			this.diagnostics.push(importDiag(deck.source?.name ?? this.fileName, 1, 'info', 'deck-id-builtin', { id: deck.id, newId: free.deck.id }));
		if (free.renamed.size && this.history) this.history = withRenamedCards(this.history, free.renamed);
		deck = free.deck;
		this.deck = deck;
		if (!keepTitle || !this.title) this.title = deck.title;
		this.error = null;
		this.phase = 'preview';
		await this.loadExisting(deck);
	}

	private async loadExisting(deck: Deck) {
		let stored: Deck | null = null;
		try {
			stored = await deckWithCards(app.db, deck.id);
		} catch (error) {
			if (!(error instanceof DeckhandError && error.code === 'not-found')) throw error;
		}
		this.existing = stored;
		// Re-import: the deck keeps the name the learner knows it by.
		if (stored && !this.titleEdited) this.title = stored.title;
		if (!stored) {
			this.diff = null;
			this.conflicts = [];
			// The same text under another deck id (its name came from another file name): say so before a second copy is made.
			const hash = deck.source?.hash;
			this.sameAs = hash ? ((await listDecks(app.db)).find((d) => !d.builtin && d.source?.hash === hash)?.title ?? null) : null;
			return;
		}
		const { diffDecks, editConflicts, keepEdits } = await import('$lib/import/diff');
		const { editedCards } = await import('$lib/db/cards-admin');
		this.storedEdits = await editedCards(app.db, [deck.id]);
		this.conflicts = editConflicts(deck.cards, this.storedEdits);
		this.takeTheirs = {};
		const diff = diffDecks(stored.cards, keepEdits(deck.cards, this.storedEdits));
		this.diff = diff;
		const keep: Record<string, boolean> = {};
		for (const card of diff.removed) keep[card.id] = this.remove[card.id] ?? false;
		this.remove = keep;
	}

	/** Re-import: take the file's text for an edited card (`on`), or keep the learner's; the changes list follows. */
	async chooseTheirs(cardId: string, on: boolean) {
		this.takeTheirs = { ...this.takeTheirs, [cardId]: on };
		if (!this.deck || !this.existing) return;
		const { diffDecks } = await import('$lib/import/diff');
		this.diff = diffDecks(this.existing.cards, await this.cardsToWrite(this.deck.cards));
	}

	/** The previewed cards as they will be written: the learner's edits kept unless the file's text was chosen. */
	private async cardsToWrite(cards: Card[]): Promise<Card[]> {
		if (this.storedEdits.size === 0) return cards;
		const { keepEdits } = await import('$lib/import/diff');
		const theirs = Object.keys(this.takeTheirs).filter((id) => this.takeTheirs[id]);
		return keepEdits(cards, this.storedEdits, theirs);
	}

	/** Write the previewed deck in one transaction, with progress; cancel() rolls it all back. */
	async runImport() {
		if (!this.deck || !this.canImport) return;
		const deck: Deck = { ...this.deck, title: this.title.trim(), cards: await this.cardsToWrite(this.deck.cards) };
		const removeIds = Object.entries(this.remove)
			.filter(([, del]) => del)
			.map(([id]) => id);
		this.controller = new AbortController();
		this.phase = 'importing';
		this.error = null;
		this.progress = { done: 0, total: deck.cards.length };
		try {
			// Refuse before writing when the browser says it will not fit.
			const { bytesToWrite } = await import('$lib/db/space');
			const logs = [...(this.history?.values() ?? [])].reduce((n, h) => n + h.logs.length, 0);
			const tooBig = await roomProblem(bytesToWrite(JSON.stringify(deck.cards).length + logs * 200, deck.cards.length * 2 + logs));
			if (tooBig) throw new DeckhandError('quota', tooBig);
			const settings = importReplaySettings((await loadStudySettings(app.db)).srs);
			this.report = await importDeck(app.db, deck, {
				reviews: this.history ?? undefined,
				removeIds,
				settings,
				signal: this.controller.signal,
				onProgress: (done, total) => (this.progress = { done, total })
			});
			this.importedDeckId = deck.id;
			this.phase = 'done';
			void app.noteCollection();
			// The learner has data now: ask the browser to keep it.
			void requestPersistence();
		} catch (error) {
			if (error instanceof DeckhandError && (error.code === 'aborted' || error.code === 'quota')) this.fail(error.code, error.code === 'quota' ? error.message : undefined);
			else this.fail('write', errorMessage(error));
			// Back to the preview so the learner can try again (nothing was written).
			if (this.deck) this.phase = 'preview';
		} finally {
			this.controller = null;
		}
	}

	/** Cancel what runs: the parse (the worker ends at once) or the import (rolled back). */
	cancel() {
		if (this.phase === 'reading') this.endWorker();
		this.controller?.abort();
	}

	/** The page is left: end the parser. */
	dispose() {
		this.controller?.abort();
		this.endWorker();
	}

	/** The question and answer of a card as markdown, whatever its kind (for the preview). */
	static sides(card: Card): { front: string; back: string } {
		switch (card.kind) {
			case 'concept':
				return { front: card.front, back: card.back };
			case 'command':
				return { front: card.prompt, back: '```\n' + card.answer + '\n```' };
			case 'choice':
				return { front: card.prompt, back: card.answer };
			case 'yamlfix':
				return { front: card.task, back: '```yaml\n' + card.broken + '\n```' };
		}
	}
}
