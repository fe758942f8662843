/**
 * Shared helpers of the import layer: diagnostics and the size guard.
 * Every importer returns problems as data (`Diagnostic[]`) and never throws on bad input.
 */
import type { Diagnostic, Severity } from '$lib/deck/types';
import type { Params } from '$lib/notes/messages';
import { IMPORT_MESSAGES, type ImportMessageCode } from './messages';

export function diag(file: string, line: number, severity: Severity, message: string, col?: number): Diagnostic {
	const d: Diagnostic = { file, line: Math.max(1, line), severity, message };
	if (col !== undefined) d.col = col;
	return d;
}

/** An importer's diagnostic with its catalogue code: English in `message`, both languages via `diagnosticText`. */
export function importDiag(file: string, line: number, severity: Severity, code: ImportMessageCode, params: Params = {}, col?: number): Diagnostic {
	const d = diag(file, line, severity, IMPORT_MESSAGES[code].en(params), col);
	d.code = code;
	d.params = params;
	return d;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
	return diagnostics.some((d) => d.severity === 'error');
}

/** 1-based line of a 0-based character offset in `text`. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	const end = Math.min(offset, text.length);
	for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

/** Builds a fast offset → line lookup for many offsets into the same text. */
export function lineIndex(text: string): (offset: number) => number {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
	return (offset) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	};
}

/** Largest file the importer accepts, in bytes (50 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * The size guard, run before reading or parsing a file: `size` in bytes (e.g. `File.size`).
 * Returns an error diagnostic for files over `max` bytes, else null.
 */
/** Bytes as megabytes with one decimal, for messages. */
export const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);

export function checkFileSize(file: string, size: number, max = MAX_IMPORT_BYTES): Diagnostic | null {
	if (size <= max) return null;
	return importDiag(file, 1, 'error', 'file-too-large', { size: mb(size), limit: mb(max) });
}


