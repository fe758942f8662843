/**
 * Input normalisation and offset → line mapping. marked's tokens carry no positions, so the walker
 * finds each token's text in the source and converts the offset with a `LineIndex`.
 */

/** Largest input compiled, in UTF-16 code units; notes are ~10–100 KB, a 5 MB file is not notes. */
export const MAX_INPUT_CHARS = 2_000_000;

export interface NormalizedInput {
	text: string;
	/** Why the input cannot be compiled at all (binary, too large), or null. */
	refusal: string | null;
}

/** Strip a BOM, turn CRLF/CR into LF, and refuse binary or oversized input (never throws). */
export function normalizeInput(raw: unknown): NormalizedInput {
	if (typeof raw !== 'string') return { text: '', refusal: 'input is not text' };
	if (raw.length > MAX_INPUT_CHARS) {
		const mb = (raw.length / 1_000_000).toFixed(1);
		return { text: '', refusal: `file too large (${mb} M chars > ${MAX_INPUT_CHARS / 1_000_000} M limit): not compiled` };
	}
	let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
	if (looksBinary(text)) return { text: '', refusal: 'binary data (NUL or control bytes): not compiled' };
	text = text.replace(/\r\n?/g, '\n');
	return { text, refusal: null };
}

/** NUL anywhere in the head, or more than 10% control characters, means this is not markdown. */
function looksBinary(text: string): boolean {
	const head = text.slice(0, 8192);
	let control = 0;
	for (let i = 0; i < head.length; i++) {
		const c = head.charCodeAt(i);
		if (c === 0) return true;
		if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
		if (c === 0xfffd) control++;
	}
	return head.length > 0 && control / head.length > 0.1;
}

/** Maps character offsets of one text to 1-based line numbers. */
export class LineIndex {
	private readonly starts: number[] = [0];
	constructor(readonly text: string) {
		for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
	}

	/** 1-based line of `offset` (clamped into the text). */
	lineOf(offset: number): number {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	}

	/** Offset where 1-based `line` starts (clamped). */
	offsetOfLine(line: number): number {
		return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
	}

	/**
	 * Offset of a token's text at or after `from`. Nested tokens (list children, blockquote content)
	 * lose their indentation or `>` prefix, so the first non-blank line is searched, trimmed.
	 */
	find(raw: string, from: number): number {
		const first = raw.split('\n').find((l) => l.trim() !== '');
		if (first === undefined) return from;
		const needle = first.trim().replace(/^>+\s*/, '');
		if (!needle) return from;
		const at = this.text.indexOf(needle, from);
		return at === -1 ? from : at;
	}
}
