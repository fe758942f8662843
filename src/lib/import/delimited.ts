/**
 * CSV / TSV import with papaparse, including Anki's plain-text export (`#separator:tab`, `#html:true`,
 * `#tags column:N`, `#deck column:N`, `#notetype column:N`, `#guid column:N`, `#columns:…` header lines).
 * Two steps so that the preview can let the learner pick columns: {@link parseDelimited} then
 * {@link delimitedToDeck}.
 */
import Papa from 'papaparse';
import type { ConceptCard, Deck, Diagnostic } from '$lib/deck/types';
import { cardId, hashText, slugify } from '$lib/deck/ids';
import { hasErrors, importDiag, lineIndex } from './diagnostics';
import { expandCloze } from './cloze';
import { LIMITS, deckLimitDiagnostics } from './limits';
import { htmlToText, type Sanitizer } from './sanitize';

export interface AnkiTextHeaders {
	html: boolean;
	/** 0-based column indexes (Anki writes them 1-based). */
	guidColumn?: number;
	notetypeColumn?: number;
	deckColumn?: number;
	tagsColumn?: number;
	/** `#tags:` — tags for every note. */
	tags: string[];
	deck?: string;
	notetype?: string;
}

export interface ParsedDelimited {
	file: string;
	/** Data rows (header row and `#` header lines excluded, blank rows skipped). */
	rows: string[][];
	/** 1-based line in the file where each row starts. */
	rowLines: number[];
	header: string[] | null;
	delimiter: string;
	diagnostics: Diagnostic[];
	/** 0-based column indexes the preview should pre-select. */
	suggestedColumns: { front: number; back: number; tags?: number };
	/** The `#…` header lines of an Anki plain-text export, when present. */
	anki: AnkiTextHeaders | null;
	/** Hash of the file text (for `Deck.source`). */
	hash: string;
}

export interface DelimitedOptions {
	/** Force the delimiter (default: `#separator:`, else detected from the first lines). */
	delimiter?: string;
	/** Force header detection on or off. */
	hasHeader?: boolean;
	/** Hint from the file extension, used when detection is undecided. */
	format?: 'csv' | 'tsv';
	/** Called every few thousand rows with the characters parsed so far and the text's length. */
	onProgress?: (done: number, total: number) => void;
}

/** Rows between two progress calls. */
const PROGRESS_ROWS = 20_000;

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' };
const FRONT_NAMES = ['front', 'question', 'q', 'term', 'word', 'prompt', 'text', 'expression', '질문', '앞면', '앞', '문제', '용어'];
const BACK_NAMES = ['back', 'answer', 'a', 'definition', 'meaning', 'explanation', '답', '뒷면', '뒤', '정답', '설명', '뜻'];
const TAG_NAMES = ['tags', 'tag', '태그'];

function detectDelimiter(lines: string[], hint?: 'csv' | 'tsv'): string {
	const candidates = ['\t', ',', ';', '|'];
	let best = hint === 'tsv' ? '\t' : ',';
	let bestScore = 0;
	for (const d of candidates) {
		const counts = lines.map((l) => l.split(d).length - 1).filter((_, i) => lines[i].trim() !== '');
		if (counts.length === 0 || counts[0] === 0) continue;
		const consistent = counts.filter((c) => c === counts[0]).length / counts.length;
		const score = consistent * 10 + Math.min(counts[0], 5) + (d === '\t' ? 0.5 : 0) + (hint === 'tsv' && d === '\t' ? 3 : 0);
		if (score > bestScore) {
			bestScore = score;
			best = d;
		}
	}
	return best;
}

function findColumn(header: string[], names: string[]): number {
	return header.findIndex((h) => names.includes(h.trim().toLowerCase()));
}

function readAnkiHeaders(lines: string[]): { headers: AnkiTextHeaders | null; count: number; separator?: string; columns?: string } {
	const headers: AnkiTextHeaders = { html: false, tags: [] };
	let count = 0;
	let separator: string | undefined;
	let columns: string | undefined;
	for (const raw of lines) {
		const m = /^#([a-z][a-z ]*):(.*)$/i.exec(raw.replace(/\r$/, ''));
		if (!m) break;
		count++;
		const key = m[1].trim().toLowerCase();
		const value = m[2];
		const col = () => {
			const n = parseInt(value.trim(), 10);
			return Number.isFinite(n) && n >= 1 ? n - 1 : undefined;
		};
		if (key === 'separator') {
			const v = value.trim().toLowerCase();
			separator = SEPARATORS[v] ?? (value.length === 1 ? value : v.charAt(0));
		} else if (key === 'html') headers.html = value.trim().toLowerCase() === 'true';
		else if (key === 'tags') headers.tags = value.trim().split(/\s+/).filter(Boolean);
		else if (key === 'deck') headers.deck = value.trim();
		else if (key === 'notetype') headers.notetype = value.trim();
		else if (key === 'guid column') headers.guidColumn = col();
		else if (key === 'notetype column') headers.notetypeColumn = col();
		else if (key === 'deck column') headers.deckColumn = col();
		else if (key === 'tags column') headers.tagsColumn = col();
		else if (key === 'columns') columns = value; // split once the separator is known
	}
	return { headers: count > 0 ? headers : null, count, separator, columns };
}

/**
 * Parse CSV/TSV text into rows. Never throws. Unbalanced quotes are errors located at the row and
 * line where the quoted field starts (a file with such an error yields no deck); the preview uses
 * `rows`, `header` and `suggestedColumns`.
 */
export function parseDelimited(text: string, file: string, options: DelimitedOptions = {}): ParsedDelimited {
	const diagnostics: Diagnostic[] = [];
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const allLines = src.split('\n', 200);
	const anki = readAnkiHeaders(allLines);
	let bodyStart = 0;
	for (let k = 0; k < anki.count; k++) bodyStart = src.indexOf('\n', bodyStart) + 1;
	const body = src.slice(bodyStart);
	const delimiter = options.delimiter ?? anki.separator ?? detectDelimiter(allLines.slice(anki.count, anki.count + 20), options.format);
	const lineOf = lineIndex(src);

	const rows: string[][] = [];
	const rowLines: number[] = [];
	let prevCursor = 0;
	let rowNo = 0;
	let fatal = false;
	Papa.parse<string[]>(body, {
		delimiter,
		quoteChar: '"',
		skipEmptyLines: false,
		step: (res) => {
			const start = prevCursor;
			prevCursor = res.meta.cursor;
			rowNo++;
			if (options.onProgress && rowNo % PROGRESS_ROWS === 0) options.onProgress(bodyStart + prevCursor, src.length);
			if (fatal) return;
			const line = lineOf(bodyStart + start);
			const quoteErrors = res.errors.filter((e) => e.type === 'Quotes');
			if (quoteErrors.length) {
				const unterminated = quoteErrors.some((e) => e.code === 'MissingQuotes');
				diagnostics.push(
					importDiag(file, line, 'error', unterminated ? 'csv-quote-unclosed' : 'csv-quote-malformed', { row: rowNo, line })
				);
				if (unterminated) fatal = true;
				return;
			}
			const data = res.data;
			if (data.length === 1 && data[0].trim() === '') return; // blank line
			rows.push(data.map((c) => c.replace(/\r$/, '')));
			rowLines.push(line);
		}
	});

	let header: string[] | null = null;
	if (anki.columns !== undefined) {
		header = anki.columns.split(delimiter).map((h) => h.trim());
	} else if (rows.length > 0) {
		const first = rows[0].map((c) => c.trim().toLowerCase());
		const looksLikeHeader =
			options.hasHeader ??
			(first.some((c) => FRONT_NAMES.includes(c) || BACK_NAMES.includes(c) || TAG_NAMES.includes(c)) && first.every((c) => c.length > 0 && c.length <= 40));
		if (looksLikeHeader) {
			header = rows.shift() ?? null;
			rowLines.shift();
		}
	}

	const h = anki.headers;
	const reserved = new Set([h?.guidColumn, h?.notetypeColumn, h?.deckColumn, h?.tagsColumn].filter((x) => x !== undefined));
	const width = Math.max(header?.length ?? 0, ...rows.slice(0, 50).map((r) => r.length));
	const fieldColumns = Array.from({ length: width }, (_, k) => k).filter((k) => !reserved.has(k));
	let front = fieldColumns[0] ?? 0;
	let back = fieldColumns[1] ?? 1;
	let tags: number | undefined = h?.tagsColumn;
	if (header) {
		const f = findColumn(header, FRONT_NAMES);
		const b = findColumn(header, BACK_NAMES);
		const t = findColumn(header, TAG_NAMES);
		if (f >= 0) front = f;
		if (b >= 0 && b !== front) back = b;
		if (t >= 0 && tags === undefined) tags = t;
	}
	if (rows.length === 0 && !hasErrors(diagnostics)) diagnostics.push(importDiag(file, 1, 'error', 'csv-no-rows'));
	else if (width < 2 && !hasErrors(diagnostics)) {
		diagnostics.push(importDiag(file, rowLines[0] ?? 1, 'warning', 'csv-one-column', { separator: JSON.stringify(delimiter) }));
	}
	const suggestedColumns: ParsedDelimited['suggestedColumns'] = { front, back };
	if (tags !== undefined) suggestedColumns.tags = tags;
	return { file, rows, rowLines, header, delimiter, diagnostics, suggestedColumns, anki: h, hash: hashText(src) };
}

export interface DelimitedDeckOptions {
	front: number;
	back: number;
	tags?: number;
	deckTitle: string;
	/** Default: slug of the title. */
	deckId?: string;
	/** Default: 'ko' when the text has Hangul, else 'en'. */
	lang?: string;
	/** Treat fields as HTML (default: the `#html:` header, else false). */
	html?: boolean;
	/** HTML → Markdown text (default: {@link htmlToText}; the browser passes the DOMPurify one). */
	sanitize?: Sanitizer;
}

/**
 * Build a deck of concept cards from parsed rows and the chosen columns. Never throws. All or
 * nothing: any error in `parsed` (e.g. unbalanced quotes) or no usable row → no deck. Rows that are
 * skipped (missing column, empty side, duplicate front) are reported with their line.
 */
export function delimitedToDeck(parsed: ParsedDelimited, options: DelimitedDeckOptions): { deck?: Deck; diagnostics: Diagnostic[] } {
	const diagnostics = [...parsed.diagnostics];
	const file = parsed.file;
	if (hasErrors(diagnostics)) return { diagnostics };
	if (parsed.rows.length > LIMITS.cards) {
		diagnostics.push(importDiag(file, 1, 'error', 'csv-too-many-rows', { rows: parsed.rows.length, limit: LIMITS.cards }));
		return { diagnostics };
	}
	const title = options.deckTitle.trim() || file;
	const deckId = options.deckId ?? slugify(title);
	const html = options.html ?? parsed.anki?.html ?? false;
	const sanitize = options.sanitize ?? htmlToText;
	const globalTags = parsed.anki?.tags ?? [];
	const deckColumn = parsed.anki?.deckColumn;
	const cards: ConceptCard[] = [];
	const seen = new Map<string, number>();
	let droppedImages = 0;
	const clean = (s: string) =>
		html
			? sanitize(s, {
					image: () => {
						droppedImages++;
						return '';
					}
				})
			: s.trim();

	parsed.rows.forEach((row, i) => {
		const line = parsed.rowLines[i] ?? 1;
		const need = Math.max(options.front, options.back);
		if (row.length <= need) {
			diagnostics.push(importDiag(file, line, 'warning', 'csv-column-missing', { row: i + 1, line, columns: row.length, need: need + 1 }));
			return;
		}
		const front = clean(row[options.front] ?? '');
		const back = clean(row[options.back] ?? '');
		if (!front) {
			diagnostics.push(importDiag(file, line, 'warning', 'csv-front-empty', { row: i + 1, line }));
			return;
		}
		const tags = [...globalTags];
		if (options.tags !== undefined && row[options.tags]) tags.push(...row[options.tags].trim().split(/\s+/).filter(Boolean));
		if (deckColumn !== undefined && row[deckColumn]) tags.push(...row[deckColumn].split('::').map((t) => t.trim()).filter(Boolean));
		const variants = /\{\{c\d+::/.test(front)
			? expandCloze(front).map((c) => ({ front: c.front, back: back ? `${c.back}\n\n${back}` : c.back }))
			: [{ front, back }];
		if (!back && variants.length === 1 && variants[0].front === front) {
			diagnostics.push(importDiag(file, line, 'warning', 'csv-back-empty', { row: i + 1, line }));
			return;
		}
		for (const v of variants) {
			const id = cardId(deckId, 'concept', v.front);
			const first = seen.get(id);
			if (first !== undefined) {
				diagnostics.push(importDiag(file, line, 'warning', 'csv-duplicate', { row: i + 1, line, first }));
				continue;
			}
			seen.set(id, line);
			cards.push({ id, kind: 'concept', tags: [...new Set(tags)], line, front: v.front, back: v.back });
		}
	});
	if (droppedImages > 0) diagnostics.push(importDiag(file, 1, 'info', 'csv-images-dropped', { count: droppedImages }));
	if (cards.length === 0) {
		diagnostics.push(importDiag(file, 1, 'error', 'csv-no-usable-rows'));
		return { diagnostics };
	}
	const lang = options.lang ?? (cards.some((c) => /[\uac00-\ud7a3]/.test(c.front + c.back)) ? 'ko' : 'en');
	const deck: Deck = { id: deckId, title, lang, source: { name: file, hash: parsed.hash }, cards };
	const over = deckLimitDiagnostics(deck, file);
	if (over.length) return { diagnostics: [...diagnostics, ...over] };
	return { deck, diagnostics };
}
