/**
 * One import file's parse, as the import worker runs it (and node tests call it directly): read the
 * file with progress, hand it to the parser of its format, keep what a later request needs (the
 * CSV/TSV rows, for the learner's column choice) and return a result that crosses a postMessage
 * (plain data only). The page never parses: a 1,000,000-row CSV keeps the worker busy, not the tab,
 * and Cancel ends the worker.
 *
 * Off the main thread there is no DOM, so HTML (Anki fields, `#html:true` CSV) goes through the text
 * sanitiser {@link htmlToText}, which has the same output rules as the DOMPurify one.
 */
import type { Deck, Diagnostic } from '$lib/deck/types';
import type { Suggestion } from '$lib/notes/types';
import type { ApkgReview, SqlWasmOptions } from './apkg';
import type { ParsedDelimited } from './delimited';
import { deckLimitDiagnostics } from './limits';

/** The formats a parse job reads (backups go to the restore path, unknown files are refused before). */
export type ParseFormat = 'markdown' | 'json' | 'csv' | 'tsv' | 'apkg';

/** The columns a CSV/TSV deck is made from (`tags` -1 = none), and the deck they make. */
export interface TableChoice {
	front: number;
	back: number;
	tags: number;
	hasHeader: boolean;
	deckTitle: string;
	deckId: string;
}

/** What the page needs of a parsed CSV/TSV: the column picker, not the rows (those stay in the job). */
export interface TableSummary {
	header: string[] | null;
	/** Columns of the first rows (the picker's options). */
	width: number;
	delimiter: string;
	/** The deck name of an Anki text export (`#deck:`), when present. */
	ankiDeck?: string;
	/** The columns in use (first: the suggested ones; after a choice: the choice, kept within the width). */
	columns: { front: number; back: number; tags: number };
}

/** What the page asks: parse the picked file, or (CSV/TSV) make the deck from a column choice. */
export type ParseCall = { type: 'parse'; file: Blob; name: string; format: ParseFormat } | { type: 'table'; choice: TableChoice };

export interface ParseResult {
	deck?: Deck;
	diagnostics: Diagnostic[];
	/** Notes: candidate cards scored too low to make. */
	suggestions?: Suggestion[];
	/** .apkg: the package's review log. */
	reviews?: ApkgReview[];
	/** CSV/TSV: the column picker (the deck is then made with {@link ParseJob.table}). */
	table?: TableSummary;
}

/** Progress of the step under way: bytes read, then characters parsed, then rows written (`total` 0 = no measure). */
export interface ParseProgress {
	stage: 'read' | 'parse' | 'write';
	done: number;
	total: number;
}

export type OnParseProgress = (progress: ParseProgress) => void;

/** Read a file's bytes in chunks, reporting how many are in. */
export async function readBytes(file: Blob, onProgress: OnParseProgress): Promise<Uint8Array> {
	const out = new Uint8Array(file.size);
	let done = 0;
	const reader = file.stream().getReader();
	for (;;) {
		const { done: end, value } = await reader.read();
		if (end) break;
		out.set(value.subarray(0, Math.max(0, out.length - done)), done);
		done += value.length;
		onProgress({ stage: 'read', done: Math.min(done, out.length), total: out.length });
	}
	return done === out.length ? out : out.subarray(0, done);
}

/** Read a text file (UTF-8, a leading BOM dropped as `Blob.text()` does), reporting bytes read. */
export async function readText(file: Blob, onProgress: OnParseProgress): Promise<string> {
	const decoder = new TextDecoder();
	const parts: string[] = [];
	let done = 0;
	const reader = file.stream().getReader();
	for (;;) {
		const { done: end, value } = await reader.read();
		if (end) break;
		parts.push(decoder.decode(value, { stream: true }));
		done += value.length;
		onProgress({ stage: 'read', done, total: file.size });
	}
	parts.push(decoder.decode());
	return parts.join('');
}

/** The deck within the field limits (every importer's, the notes compiler's too), or none with why. */
function withinLimits(result: ParseResult, file: string): ParseResult {
	if (!result.deck) return result;
	const over = deckLimitDiagnostics(result.deck, file);
	return over.length ? { ...result, deck: undefined, diagnostics: [...result.diagnostics, ...over] } : result;
}

export interface ParseJobOptions {
	/** sql.js's wasm for .apkg (the browser passes where to fetch it). */
	sqlWasm?: SqlWasmOptions;
}

/** The parses of one picked file. */
export class ParseJob {
	private text = '';
	private name = '';
	private format: ParseFormat = 'csv';
	private parsed: ParsedDelimited | null = null;

	constructor(private readonly options: ParseJobOptions = {}) {}

	async run(request: ParseCall, onProgress: OnParseProgress): Promise<ParseResult> {
		if (request.type === 'table') return this.table(request.choice, onProgress);
		this.name = request.name;
		this.format = request.format;
		const { file, name, format } = request;
		if (format === 'apkg') {
			const bytes = await readBytes(file, onProgress);
			onProgress({ stage: 'parse', done: 0, total: 0 });
			const { readApkg } = await import('./apkg');
			const { htmlToText } = await import('./sanitize');
			const result = await readApkg(bytes, name, { sqlWasm: this.options.sqlWasm, sanitize: htmlToText });
			return withinLimits({ deck: result.deck, diagnostics: result.diagnostics, reviews: result.reviews }, name);
		}
		this.text = await readText(file, onProgress);
		if (format === 'json') {
			onProgress({ stage: 'parse', done: 0, total: 0 });
			const { parseDeckJson } = await import('./json');
			const result = parseDeckJson(this.text, name);
			// Its source, as notes, CSV and .apkg decks have: a re-import then keeps the learner's edits (or lists them as conflicts).
			const { hashText } = await import('$lib/deck/ids');
			const deck = result.deck && !result.deck.source ? { ...result.deck, source: { name, hash: hashText(this.text) } } : result.deck;
			return withinLimits({ deck, diagnostics: result.diagnostics }, name);
		}
		if (format === 'markdown') {
			onProgress({ stage: 'parse', done: 0, total: 0 });
			const { compileNotesWithExercises } = await import('$lib/notes/with-exercises');
			const result = compileNotesWithExercises(this.text, name);
			// A skipped block is reported on its line and the rest still imports; a note whose cards are
			// all suggestions still gets a preview, where the learner picks among them.
			const hasAny = result.deck.cards.length > 0 || result.suggestions.length > 0;
			return withinLimits({ deck: hasAny ? result.deck : undefined, diagnostics: result.diagnostics, suggestions: result.suggestions }, name);
		}
		const { parseDelimited } = await import('./delimited');
		this.parsed = parseDelimited(this.text, name, { format, onProgress: (done, total) => onProgress({ stage: 'parse', done, total }) });
		const p = this.parsed;
		return {
			diagnostics: p.diagnostics,
			table: {
				header: p.header,
				width: tableWidth(p),
				delimiter: p.delimiter,
				...(p.anki?.deck !== undefined ? { ankiDeck: p.anki.deck } : {}),
				columns: { front: p.suggestedColumns.front, back: p.suggestedColumns.back, tags: p.suggestedColumns.tags ?? -1 }
			}
		};
	}

	/** CSV/TSV: the deck from the chosen columns (re-read first when the header switch changed). */
	private async table(choice: TableChoice, onProgress: OnParseProgress): Promise<ParseResult> {
		if (!this.parsed || (this.format !== 'csv' && this.format !== 'tsv')) throw new Error('no table was parsed');
		const { parseDelimited, delimitedToDeck } = await import('./delimited');
		if ((this.parsed.header !== null) !== choice.hasHeader) {
			this.parsed = parseDelimited(this.text, this.name, {
				format: this.format,
				hasHeader: choice.hasHeader,
				delimiter: this.parsed.delimiter,
				onProgress: (done, total) => onProgress({ stage: 'parse', done, total })
			});
		}
		// A header switched on or off changes the width: a column past it falls back.
		const width = tableWidth(this.parsed);
		const columns = {
			front: choice.front < width ? choice.front : 0,
			back: choice.back < width ? choice.back : Math.min(1, width - 1),
			tags: choice.tags < width ? choice.tags : -1
		};
		const { htmlToText } = await import('./sanitize');
		const result = delimitedToDeck(this.parsed, {
			front: columns.front,
			back: columns.back,
			...(columns.tags >= 0 ? { tags: columns.tags } : {}),
			deckTitle: choice.deckTitle,
			deckId: choice.deckId,
			sanitize: htmlToText
		});
		return { deck: result.deck, diagnostics: result.diagnostics, table: { header: this.parsed.header, width, delimiter: this.parsed.delimiter, columns } };
	}
}

/** Columns shown in the picker: the header's, or the widest of the first 50 rows. */
function tableWidth(parsed: ParsedDelimited): number {
	return Math.max(parsed.header?.length ?? 0, ...parsed.rows.slice(0, 50).map((r) => r.length));
}
