/**
 * POSIX-shell-like word splitting: single quotes, double quotes (with `\` escaping `"`, `\`, `$`, `` ` ``
 * and newline), backslash escapes, `\`-newline continuations and `#` comments. Never throws: bad input
 * gives a coded error with the offset.
 *
 * Before splitting, typography that phone keyboards insert is undone (curly quotes, an em dash for
 * `--`, no-break spaces), since learners type answers on phones and the shell would not see them so.
 */
import { syntaxMessage } from './explain';
import type { Token, TokenizeError, TokenizeErrorCode, TokenizeResult } from './types';

/** Longer lines are refused: no real command needs this, and it bounds the work per answer. */
export const MAX_LINE_LENGTH = 4096;

/** Unquoted characters that end a word and are words by themselves, like a shell's operators. */
const OPERATOR_CHARS = new Set(['|', '&', ';', '<', '>']);
/**
 * Placeholders of expected answers (`<pod>`, `{image name}`, `[이미지명]`) are kept as one piece of a
 * word, even with spaces inside, and `<…>` is then no redirection.
 */
const PLACEHOLDER_AT = /<[\p{L}\p{N}_][\p{L}\p{N}_ .-]*>|\{[\p{L}\p{N}_][\p{L}\p{N}_ .-]*\}|\[[\p{L}\p{N}_][\p{L}\p{N}_ .-]*\]/uy;

function placeholderAt(line: string, i: number): string | undefined {
	const c = line[i];
	if (c !== '<' && c !== '{' && c !== '[') return undefined;
	PLACEHOLDER_AT.lastIndex = i;
	const m = PLACEHOLDER_AT.exec(line);
	return m ? m[0] : undefined;
}

const TYPOGRAPHY: Record<string, string> = {
	'\u201c': '"',
	'\u201d': '"',
	'\u201e': '"',
	'\u2018': "'",
	'\u2019': "'",
	'\u2014': '--',
	'\u2013': '--',
	'\u00a0': ' ',
	'\u3000': ' '
};
const TYPOGRAPHY_RE = /[\u201c\u201d\u201e\u2018\u2019\u2014\u2013\u00a0\u3000]/g;

/**
 * Parameter expansions and command substitutions are kept as one piece of a word, never split at
 * the blanks or operators inside them (`$(docker ps -aq)`), with one spelling for one meaning:
 * `${HOME}` is `$HOME` (so is a leading `~`, see `tokenize`), and `$(pwd)`, `` `pwd` `` and `${PWD}` are all `$PWD`, since the shell
 * expands them to the same directory. Returns undefined when there is no expansion at `i`, or when
 * it is not closed (the characters are then read one by one).
 */
function expansionAt(line: string, i: number): { text: string; end: number } | undefined {
	const c = line[i];
	if (c === '`') {
		const close = line.indexOf('`', i + 1);
		if (close < 0) return undefined;
		return { text: substitution(line.slice(i + 1, close)), end: close + 1 };
	}
	if (c !== '$') return undefined;
	const next = line[i + 1];
	// The host shell's positional parameters are empty in an interactive shell: `"$2"` reaches the
	// command as an empty word (single quotes keep it, see `literalDollars`).
	if (next !== undefined && /[1-9@*]/.test(next)) return { text: '', end: i + 2 };
	if (next === '{') {
		const m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(line.slice(i));
		if (!m) return undefined;
		const end = i + m[0].length;
		// `${A}B` cannot be written `$AB`: the braces stay when a name character follows.
		return { text: /[A-Za-z0-9_]/.test(line[end] ?? '') ? m[0] : `$${m[1]}`, end };
	}
	if (next !== '(') return undefined;
	let depth = 0;
	for (let j = i + 1; j < line.length; j++) {
		const d = line[j];
		if (d === "'" || d === '"') {
			const close = line.indexOf(d, j + 1);
			if (close < 0) return undefined;
			j = close;
		} else if (d === '\\') {
			j++;
		} else if (d === '(') {
			depth++;
		} else if (d === ')' && --depth === 0) {
			return { text: substitution(line.slice(i + 2, j)), end: j + 1 };
		}
	}
	return undefined;
}

/** `$(…)` with its blanks collapsed; `$(pwd)` is `$PWD` (see `expansionAt`). */
function substitution(inner: string): string {
	const body = inner.trim().replace(/\s+/g, ' ');
	return body === 'pwd' ? '$PWD' : `$(${body})`;
}

/** A `$` the host shell would expand (`$HOME`, `$(…)`, `${…}`, `$1`). */
const EXPANDABLE_DOLLAR = /\$(?=[A-Za-z_0-9@*#?{(])/g;

/**
 * A `$` kept literal by single quotes or a backslash is written `\$`, so that `'echo $HOME'` (the
 * container's `$HOME`) and `"echo $HOME"` (expanded by the host before the CLI sees it) differ.
 */
function literalDollars(text: string): string {
	return text.replace(EXPANDABLE_DOLLAR, '\\$');
}

/** The character at `i`, escaped by a backslash: a `$` that would expand stays literal (`\$`). */
function escapedChar(line: string, i: number): string {
	return line[i] === '$' ? literalDollars(line.slice(i, i + 2)).slice(0, -1) || '$' : line[i];
}

function fail(code: TokenizeErrorCode, index: number): TokenizeResult {
	const error: TokenizeError = { code, index, message: syntaxMessage(code, index) };
	return { ok: false, error };
}

/** Replaces phone-keyboard typography with what a shell expects (see the module comment). */
export function normalizeTypography(line: string): string {
	return line.replace(TYPOGRAPHY_RE, (c) => TYPOGRAPHY[c] ?? c);
}

function isControl(code: number): boolean {
	return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
}

function isSpace(c: string): boolean {
	return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/**
 * Splits a command line into words. Returns `{ok: false, error}` for an empty line, a line longer
 * than `MAX_LINE_LENGTH`, control characters, an unclosed quote or a final lone backslash.
 */
export function tokenize(input: string): TokenizeResult {
	if (typeof input !== 'string') return fail('empty', 0);
	if (input.length > MAX_LINE_LENGTH) return fail('too-long', MAX_LINE_LENGTH);
	const line = normalizeTypography(input);
	for (let i = 0; i < line.length; i++) {
		if (isControl(line.charCodeAt(i))) return fail('control-char', i);
	}
	const tokens: Token[] = [];
	let i = 0;
	const n = line.length;
	while (i < n) {
		const c = line[i];
		if (isSpace(c)) {
			i++;
			continue;
		}
		if (c === '#') break; // a comment runs to the end of the line
		const start = i;
		if (OPERATOR_CHARS.has(c) && !placeholderAt(line, i)) {
			// `&&`, `||`, `>>`, `2>&1` style runs are kept whole; they only need to be recognised.
			while (i < n && OPERATOR_CHARS.has(line[i])) i++;
			tokens.push({ text: line.slice(start, i), quoted: false, start, end: i });
			continue;
		}
		let text = '';
		let quoted = false;
		while (i < n) {
			const ch = line[i];
			if (i === start && ch === '~' && (i + 1 >= n || line[i + 1] === '/' || isSpace(line[i + 1]) || OPERATOR_CHARS.has(line[i + 1]))) {
				// Tilde expansion: an unquoted `~` that starts a word, alone or before `/`, is `$HOME`.
				text += '$HOME';
				i++;
				continue;
			}
			const expansion = expansionAt(line, i);
			if (expansion) {
				text += expansion.text;
				i = expansion.end;
				continue;
			}
			const placeholder = placeholderAt(line, i);
			if (placeholder) {
				text += placeholder;
				i += placeholder.length;
				continue;
			}
			if (isSpace(ch) || OPERATOR_CHARS.has(ch)) break;
			if (ch === "'") {
				const close = line.indexOf("'", i + 1);
				if (close < 0) return fail('unbalanced-single-quote', i);
				text += literalDollars(line.slice(i + 1, close));
				quoted = true;
				i = close + 1;
			} else if (ch === '"') {
				const open = i;
				i++;
				let closed = false;
				while (i < n) {
					const d = line[i];
					if (d === '"') {
						closed = true;
						i++;
						break;
					}
					const inner = d === '$' || d === '`' ? expansionAt(line, i) : undefined;
					if (inner) {
						text += inner.text;
						i = inner.end;
						continue;
					}
					if (d === '\\' && i + 1 < n && '"\\$`\n'.includes(line[i + 1])) {
						if (line[i + 1] !== '\n') text += escapedChar(line, i + 1);
						i += 2;
						continue;
					}
					text += d;
					i++;
				}
				if (!closed) return fail('unbalanced-double-quote', open);
				quoted = true;
			} else if (ch === '\\') {
				if (i + 1 >= n) return fail('trailing-backslash', i);
				const next = line[i + 1];
				if (next === '\n') {
					i += 2; // line continuation
					continue;
				}
				if (next === '\r' && line[i + 2] === '\n') {
					i += 3;
					continue;
				}
				text += escapedChar(line, i + 1);
				quoted = true;
				i += 2;
			} else {
				text += ch;
				i++;
			}
		}
		// A word made only of a continuation (`\` + newline) is no word.
		if (text !== '' || quoted) tokens.push({ text, quoted, start, end: i });
	}
	if (tokens.length === 0) return fail('empty', 0);
	return { ok: true, tokens };
}
