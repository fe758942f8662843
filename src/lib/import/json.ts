/** Deckhand's own deck files (`"format": "deckhand/deck@1"`): parse with field-level messages, export. */
import type { Deck, DeckFile, Diagnostic } from '$lib/deck/types';
import { DECK_FORMAT, validateDeckFile } from '$lib/deck/schema';
import { deckLimitDiagnostics } from './limits';
import { hasErrors, importDiag, lineAt } from './diagnostics';
import { errorMessage } from '../errors';

export interface ParseDeckResult {
	/** The deck, only when the file has no error. */
	deck?: Deck;
	diagnostics: Diagnostic[];
}

/**
 * Map each JSON path (`cards[12].answer`) to the 1-based line where its value starts. A small
 * scanner that assumes valid JSON (it is only run after `JSON.parse` succeeded).
 */
export function jsonPathLines(text: string): Map<string, number> {
	const lines = new Map<string, number>();
	let i = 0;
	let line = 1;
	const ws = () => {
		while (i < text.length) {
			const c = text.charCodeAt(i);
			if (c === 10) line++;
			else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xfeff) break;
			i++;
		}
	};
	const str = (): string => {
		const start = i;
		i++;
		while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
		i++;
		return JSON.parse(text.slice(start, i)) as string;
	};
	const value = (path: string, depth: number): void => {
		ws();
		lines.set(path || '(root)', line);
		const c = text[i];
		if (depth > 64) return;
		if (c === '{') {
			i++;
			ws();
			if (text[i] === '}') return void i++;
			while (i < text.length) {
				ws();
				const key = str();
				ws();
				i++; // :
				const keyPath = /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
				value(keyPath, depth + 1);
				ws();
				if (text[i++] === '}') return;
			}
		} else if (c === '[') {
			i++;
			ws();
			if (text[i] === ']') return void i++;
			for (let k = 0; i < text.length; k++) {
				value(`${path}[${k}]`, depth + 1);
				ws();
				if (text[i++] === ']') return;
			}
		} else if (c === '"') str();
		else while (i < text.length && /[^\s,\]}]/.test(text[i])) i++;
	};
	try {
		value('', 0);
	} catch {
		// best effort: lines found so far
	}
	return lines;
}

/** Line of a path, or of its nearest parent that has one. */
function lineOf(lines: Map<string, number>, path: string): number {
	let p = path;
	while (p) {
		const l = lines.get(p);
		if (l !== undefined) return l;
		const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
		if (cut <= 0) break;
		p = p.slice(0, cut);
	}
	return lines.get(p) ?? 1;
}

/**
 * Offset of the first JSON syntax error (engines differ in whether their message has a position,
 * so we find it ourselves), or -1 when the scanner finds none.
 */
export function jsonErrorOffset(text: string): number {
	let i = 0;
	const ws = () => {
		while (i < text.length && /[ \t\r\n\ufeff]/.test(text[i])) i++;
	};
	const fail = (): never => {
		throw i;
	};
	const str = () => {
		i++;
		while (i < text.length && text[i] !== '"') {
			if (text.charCodeAt(i) < 0x20) fail();
			if (text[i] === '\\') {
				i++;
				if (text[i] === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
					i += 4;
				} else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
			}
			i++;
		}
		if (i >= text.length) fail();
		i++;
	};
	const value = (depth: number): void => {
		ws();
		if (depth > 512 || i >= text.length) fail();
		const c = text[i];
		if (c === '{' || c === '[') {
			const close = c === '{' ? '}' : ']';
			i++;
			ws();
			if (text[i] === close) return void i++;
			for (;;) {
				if (c === '{') {
					ws();
					if (text[i] !== '"') fail();
					str();
					ws();
					if (text[i] !== ':') fail();
					i++;
				}
				value(depth + 1);
				ws();
				if (text[i] === ',') i++;
				else if (text[i] === close) return void i++;
				else fail();
			}
		}
		if (c === '"') return str();
		const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
		if (!m) fail();
		else i += m[0].length;
	};
	try {
		value(0);
		ws();
		return i < text.length ? i : -1;
	} catch (at) {
		return typeof at === 'number' ? Math.min(at, text.length) : -1;
	}
}

/** Line and column of a JSON syntax error. */
function syntaxErrorPosition(text: string): { line: number; col?: number } {
	const offset = jsonErrorOffset(text);
	if (offset < 0) return { line: 1 };
	const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
	return { line: lineAt(text, offset), col: offset - lineStart + 1 };
}

/**
 * Parse a deck file. Never throws: syntax errors and every schema problem come back as diagnostics
 * (`cards[12].answer: expected string, got number`, with the line of that value), and no deck is
 * returned when there is any error.
 */
export function parseDeckJson(text: string, file: string): ParseDeckResult {
	let value: unknown;
	try {
		value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (e) {
		const message = errorMessage(e);
		const { line, col } = syntaxErrorPosition(text);
		return { diagnostics: [importDiag(file, line, 'error', 'json-syntax', { error: message }, col)] };
	}
	const { deck, issues } = validateDeckFile(value);
	const lines = issues.length ? jsonPathLines(text) : new Map<string, number>();
	const diagnostics = issues.map((x) => importDiag(file, lineOf(lines, x.path), x.severity, 'field-problem', { path: x.path, problem: x.message, problemKo: x.messageKo }));
	if (!deck || hasErrors(diagnostics)) return { diagnostics };
	const over = deckLimitDiagnostics(deck, file);
	if (over.length) return { diagnostics: [...diagnostics, ...over] };
	const { format: _format, ...plain } = deck;
	return { deck: plain, diagnostics };
}

/** A deck as a deck file: pretty-printed JSON with `"format"` first, ending in a newline. */
export function exportDeckJson(deck: Deck): string {
	const file: DeckFile = { format: DECK_FORMAT, ...deck };
	return JSON.stringify(file, null, '\t') + '\n';
}
