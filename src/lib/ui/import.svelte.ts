/**
 * Import screen state: pick a file → size guard → detect → parse in a worker (progress, Cancel ends
 * the worker) → preview (editable title, cards by kind, sample cards, diagnostics, CSV columns,
 * re-import diff) → import in one transaction with progress and cancel. Nothing is written before
 * the learner taps Import. The deck itself stays in the worker ({@link ImportSession}): this class
 * holds what the page shows (an {@link ImportView}) and sends the learner's choices there.
 */
import { DeckhandError, type ImportReport } from '$lib/db';
import type { Card, Diagnostic } from '$lib/deck/types';
import type { ImportFormat } from '$lib/import/detect';
import type { ParseProgress, TableSummary } from '$lib/import/parse-job';
import type { ImportView, SessionCall } from '$lib/import/session';
import { checkFileSize } from '$lib/import/diagnostics';
import { app } from './app.svelte';
import { loadStudySettings } from './study-day';
import { requestPersistence } from './storage';
import { errorMessage } from '$lib/errors';
import { diagnosticText, messageEn } from '$lib/notes/messages';
import { i18n } from './i18n.svelte';
import { ImportWorker } from './import-worker';

export type ImportPhase = 'idle' | 'reading' | 'preview' | 'importing' | 'done' | 'failed';
/** Why nothing can be imported; the page words each kind in the learner's language. */
export type ImportErrorKind = 'size' | 'format' | 'read' | 'parse' | 'empty' | 'aborted' | 'quota' | 'write';

/** The file types the picker offers. */
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
	/** What the worker's session says of the file (see {@link ImportView}); null before a parse. */
	view = $state.raw<ImportView | null>(null);
	/** Several notes imported as one deck (a folder, many files): how many. 0 for one file. */
	noteFiles = $state(0);
	title = $state('');
	/** The learner typed a title: keep it over the file's or the stored deck's. */
	titleEdited = $state(false);
	/** CSV/TSV: the chosen columns (-1 = no tags column); the rows stay in the worker. */
	front = $state(0);
	back = $state(1);
	tags = $state(-1);
	hasHeader = $state(false);
	/** Re-import: conflicts where the learner takes the file's text. */
	takeTheirs = $state<Record<string, boolean>>({});
	/** Removed cards the learner chose to delete (default: keep every one). */
	remove = $state<Record<string, boolean>>({});
	progress = $state({ done: 0, total: 0 });
	/** While the worker reads and parses the file: which step, how far (total 0 = no measure). */
	parseProgress = $state<ParseProgress | null>(null);
	report = $state.raw<ImportReport | null>(null);
	importedDeckId = $state('');

	/** The picked file's session; ended on a new file, Cancel while reading, and leaving the page. */
	private worker: ImportWorker | null = null;
	/** Bumped by reset(): an answer about a file the learner left behind is dropped. */
	private generation = 0;
	private deckId = '';

	deck = $derived(this.view?.deck ?? null);
	diagnostics = $derived(this.view?.diagnostics ?? []);
	suggestions = $derived(this.view?.suggestions ?? []);
	table = $derived(this.view?.table ?? null);
	diff = $derived(this.view?.diff ?? null);
	conflicts = $derived(this.view?.conflicts ?? []);
	sameAs = $derived(this.view?.sameAs ?? null);
	reviewCount = $derived(this.view?.reviewCount ?? 0);
	edited = $derived(this.view?.edited ?? []);
	added = $derived(this.view?.added ?? []);
	byKind = $derived(this.deck?.byKind ?? { concept: 0, command: 0, choice: 0, yamlfix: 0 });
	/** The cards listed in the preview: all of a note's, the first ones of a big file (the count says the rest). */
	sample = $derived(this.deck?.sample ?? []);
	/** Columns of the CSV/TSV (header names, or numbers). */
	columns = $derived.by(() => {
		const d = this.table;
		if (!d) return [] as string[];
		return Array.from({ length: d.width }, (_, i) => d.header?.[i]?.trim() || `#${i + 1}`);
	});
	errorCount = $derived(this.diagnostics.filter((d) => d.severity === 'error').length);
	canImport = $derived(this.phase === 'preview' && !!this.deck && this.deck.count > 0 && this.title.trim() !== '');

	reset() {
		this.endWorker();
		this.generation++;
		this.phase = 'idle';
		this.fileName = '';
		this.format = null;
		this.error = null;
		this.view = null;
		this.noteFiles = 0;
		this.title = '';
		this.titleEdited = false;
		this.parseProgress = null;
		this.takeTheirs = {};
		this.remove = {};
		this.progress = { done: 0, total: 0 };
		this.report = null;
		this.importedDeckId = '';
	}

	/** End the session (a new file, leaving the page); a call still waiting ends as aborted. */
	private endWorker() {
		const worker = this.worker;
		this.worker = null;
		worker?.terminate();
	}

	/** Ask the session; `null` when the learner has since moved on to another file or started over. */
	private async ask(call: SessionCall, onProgress?: (progress: ParseProgress) => void) {
		const generation = this.generation;
		this.worker ??= new ImportWorker(app.db.name);
		try {
			const result = await this.worker.request(call, (progress) => {
				if (generation === this.generation) (onProgress ?? ((p) => (this.parseProgress = p)))(progress);
			});
			return generation === this.generation ? result : null;
		} catch (error) {
			if (generation !== this.generation) return null;
			throw error;
		}
	}

	/** Ask for a new view of the preview (a parse, a column choice, an edit). */
	private async askView(call: SessionCall): Promise<ImportView | null> {
		const result = await this.ask(call);
		return result && 'view' in result ? result.view : null;
	}

	private fail(kind: ImportErrorKind, detail?: string) {
		this.error = { kind, detail };
		this.phase = 'failed';
	}

	/** A failure while reading or parsing: the worker ends, the learner is told. */
	private readFailed(error: unknown) {
		this.parseProgress = null;
		this.endWorker();
		if (error instanceof DeckhandError && error.code === 'aborted') this.fail('aborted');
		else this.fail('read', errorMessage(error));
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
			this.view = emptyView([tooBig]);
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
			const view = await this.askView({ type: 'parse', file, name: file.name, format });
			if (!view) return null;
			this.parseProgress = null;
			if (view.table) {
				this.view = view;
				this.showTable(view.table, file.name);
				await this.recompute();
			} else this.show(view);
			return format;
		} catch (error) {
			this.readFailed(error);
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
			this.view = emptyView(diagnostics);
			this.fail('format');
			return null;
		}
		this.phase = 'reading';
		try {
			const view = await this.askView({ type: 'notes', files: notes.map((f) => ({ name: path(f), file: f })), title: folder || baseName(notes[0].name), diagnostics });
			if (!view) return null;
			this.parseProgress = null;
			this.noteFiles = notes.length;
			this.show(view);
			return 'markdown';
		} catch (error) {
			this.readFailed(error);
			return null;
		}
	}

	/** CSV/TSV parsed: the column picker, then the deck from the suggested columns. */
	private showTable(table: TableSummary, name: string) {
		this.hasHeader = table.header !== null;
		this.front = table.columns.front;
		this.back = table.columns.back;
		this.tags = table.columns.tags;
		this.deckId = '';
		this.title = table.ankiDeck ?? baseName(name);
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
		if (!this.view?.table) return;
		const { slugify } = await import('$lib/deck/ids');
		// The deck id is fixed by the file's first title: renaming the deck must not change card ids.
		if (!this.deckId) this.deckId = slugify(this.title || baseName(this.fileName));
		const choice = { front: this.front, back: this.back, tags: this.tags, hasHeader: this.hasHeader, deckTitle: this.title || baseName(this.fileName), deckId: this.deckId };
		try {
			const view = await this.askView({ type: 'table', choice });
			this.parseProgress = null;
			if (!view?.table) return;
			this.front = view.table.columns.front;
			this.back = view.table.columns.back;
			this.tags = view.table.columns.tags;
			this.show(view, true);
		} catch (error) {
			this.readFailed(error);
		}
	}

	/** Show the preview of the session's deck, or the failure when there is none. */
	private show(view: ImportView, keepTitle = false) {
		this.view = view;
		const deck = view.deck;
		if (!deck) {
			const first = view.diagnostics.find((d) => d.severity === 'error');
			this.fail(first ? 'parse' : 'empty', first ? `${first.file}:${first.line}: ${diagnosticText(first, i18n.lang)}` : undefined);
			return;
		}
		if (!keepTitle || !this.title) this.title = deck.title;
		// Re-import: the deck keeps the name the learner knows it by.
		if (view.existingTitle && !this.titleEdited) this.title = view.existingTitle;
		this.keepRemoveChoices(view);
		this.error = null;
		this.phase = 'preview';
	}

	/** The delete ticks of cards still listed as removed; a new removed card starts unticked (kept). */
	private keepRemoveChoices(view: ImportView) {
		const keep: Record<string, boolean> = {};
		for (const card of view.diff?.removed ?? []) keep[card.id] = this.remove[card.id] ?? false;
		this.remove = keep;
	}

	/** A change to the previewed deck (edit, remove, add), made in the session; the preview follows. */
	private async change(call: SessionCall) {
		try {
			const view = await this.askView(call);
			if (!view) return;
			this.view = view;
			this.keepRemoveChoices(view);
		} catch (error) {
			this.fail('read', errorMessage(error));
		}
	}

	/** Move a suggestion into the deck to import (one tap in the preview). */
	addSuggestion(cardId: string) {
		return this.change({ type: 'add-suggestion', cardId });
	}

	/** The learner's edit of a previewed card (same id): it replaces the card in the deck to import. */
	replaceCard(card: Card) {
		return this.change({ type: 'replace', card: $state.snapshot(card) as Card });
	}

	/** Leave a card out of the import; it goes back to the suggestions, from where it can be added again. */
	removeCard(cardId: string) {
		return this.change({ type: 'remove', cardId });
	}

	/** Re-import: take the file's text for an edited card (`on`), or keep the learner's; the changes list follows. */
	chooseTheirs(cardId: string, on: boolean) {
		this.takeTheirs = { ...this.takeTheirs, [cardId]: on };
		return this.change({ type: 'conflicts', takeTheirs: chosen(this.takeTheirs) });
	}

	/** Write the previewed deck in one transaction (in the worker), with progress; cancel() rolls it all back. */
	async runImport() {
		if (!this.deck || !this.canImport) return;
		this.phase = 'importing';
		this.error = null;
		this.progress = { done: 0, total: this.deck.count };
		try {
			const srs = $state.snapshot((await loadStudySettings(app.db)).srs);
			const result = await this.ask(
				{ type: 'write', choice: { title: this.title.trim(), removeIds: chosen(this.remove), takeTheirs: chosen(this.takeTheirs), srs } },
				(p) => (this.progress = { done: p.done, total: p.total })
			);
			if (!result || !('report' in result)) return;
			this.report = result.report;
			this.importedDeckId = result.deckId;
			this.phase = 'done';
			this.endWorker();
			void app.noteCollection();
			// The learner has data now: ask the browser to keep it.
			void requestPersistence();
		} catch (error) {
			if (error instanceof DeckhandError && (error.code === 'aborted' || error.code === 'quota')) this.fail(error.code, error.code === 'quota' ? error.message : undefined);
			else this.fail('write', errorMessage(error));
			// Back to the preview so the learner can try again (nothing was written).
			if (this.deck) this.phase = 'preview';
		}
	}

	/** Cancel what runs: the parse (the worker ends at once) or the import (rolled back in the worker). */
	cancel() {
		if (this.phase === 'reading') this.endWorker();
		else if (this.phase === 'importing') this.worker?.cancelWrite();
	}

	/** The page is left: end the session (a write under way rolls back with it). */
	dispose() {
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

/** The ids ticked in a choice record. */
function chosen(ticks: Record<string, boolean>): string[] {
	return Object.keys(ticks).filter((id) => ticks[id]);
}

/** A view with only diagnostics (a file refused before any parse). */
function emptyView(diagnostics: Diagnostic[]): ImportView {
	return { deck: null, diagnostics, suggestions: [], table: null, reviewCount: 0, existingTitle: null, diff: null, conflicts: [], sameAs: null, edited: [], added: [] };
}
