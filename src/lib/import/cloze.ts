/** Anki cloze deletions `{{c1::answer}}` / `{{c1::answer::hint}}` → one question per cloze number. */

export interface ClozeCard {
	/** Cloze number (1 for `c1`). */
	n: number;
	/** The text with cloze `n` shown as `[...]` (or `[hint]`) and every other cloze revealed. */
	front: string;
	/** The hidden answer(s) of cloze `n`, joined with ", ". */
	back: string;
}

/** One `{{cN::answer}}` / `{{cN::answer::hint}}` found in a text: [start, end) and its parts. */
export interface ClozeMatch {
	start: number;
	end: number;
	/** The number as written (`"1"` for `c1`, `"01"` for `c01`). */
	n: string;
	answer: string;
	hint?: string;
}

/**
 * How a cloze is read. `anki` (Anki fields): answer and hint may be empty and span lines.
 * `line` (notes): answer and hint are non-empty and stay on one line.
 */
export type ClozeMode = 'anki' | 'line';

const isLineEnd = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * Every cloze of `text`, left to right, in one linear pass (no backtracking regex: a long text with
 * many `{{c1::` and no `}}` took minutes). Reads exactly what the former regexes matched:
 * `anki` = `/\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g`, `line` =
 * `/\{\{c(\d+)::((?:(?!\}\}).)+?)(?:::((?:(?!\}\}).)+?))?\}\}/g`. Returns the matches and the
 * characters visited (`steps`, at most a small multiple of the length: the fuzz test checks it).
 */
export function scanCloze(text: string, mode: ClozeMode): { matches: ClozeMatch[]; steps: number } {
	const matches: ClozeMatch[] = [];
	let steps = 0;
	let from = 0;
	while (from < text.length) {
		const s = text.indexOf('{{c', from);
		if (s < 0) break;
		steps += s - from + 3;
		let d = s + 3;
		while (d < text.length && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
		steps += d - s - 3;
		if (d === s + 3 || text.charCodeAt(d) !== 58 || text.charCodeAt(d + 1) !== 58) {
			from = s + 1;
			continue;
		}
		const a = d + 2;
		// The first `}}` from the answer on; in `line` mode a line end before it ends the attempt.
		let e = a;
		let firstColons = -1;
		let lineEnd = -1;
		for (; e < text.length - 1; e++) {
			steps++;
			const c = text.charCodeAt(e);
			if (c === 125 && text.charCodeAt(e + 1) === 125) break;
			if (mode === 'line' && isLineEnd(c)) {
				lineEnd = e;
				break;
			}
			// The answer is as short as it can be: it ends at the first `::` that leaves a hint before `}}`
			// (`line`: answer and hint non-empty, so the `::` is found from a + 1 and checked below).
			if (c === 58 && text.charCodeAt(e + 1) === 58 && firstColons < 0 && (mode === 'anki' || e > a)) firstColons = e;
		}
		if (e >= text.length - 1) {
			if (mode === 'anki') break; // no `}}` after here: no cloze can close any more
			lineEnd = text.length;
		}
		if (lineEnd >= 0) {
			// Every start before this line end would meet the same line end first.
			from = Math.max(s + 1, lineEnd);
			continue;
		}
		if (mode === 'line' && e === a) {
			from = s + 1; // empty answer
			continue;
		}
		let colons = firstColons;
		if (mode === 'line') {
			// A `::` leaving an empty hint (`::}}`) does not split: find the first that leaves one.
			if (colons + 2 >= e) colons = -1;
		}
		const m: ClozeMatch = { start: s, end: e + 2, n: text.slice(s + 3, d), answer: text.slice(a, colons >= 0 ? colons : e) };
		if (colons >= 0) m.hint = text.slice(colons + 2, e);
		matches.push(m);
		from = e + 2;
	}
	return { matches, steps };
}

/** `text` with each cloze replaced by `replace(match)`. */
export function replaceCloze(text: string, mode: ClozeMode, replace: (m: ClozeMatch) => string): string {
	const { matches } = scanCloze(text, mode);
	if (!matches.length) return text;
	let out = '';
	let at = 0;
	for (const m of matches) {
		out += text.slice(at, m.start) + replace(m);
		at = m.end;
	}
	return out + text.slice(at);
}

/** Distinct cloze numbers in `text`, ascending. */
export function clozeNumbers(text: string): number[] {
	const set = new Set<number>();
	for (const m of scanCloze(text, 'anki').matches) set.add(Number(m.n));
	return [...set].filter((n) => n > 0).sort((a, b) => a - b);
}

/** One {@link ClozeCard} per cloze number found in `text` (or only `only`, when given). */
export function expandCloze(text: string, only?: number[]): ClozeCard[] {
	const numbers = only ?? clozeNumbers(text);
	return numbers
		.map((n) => {
			const answers: string[] = [];
			const front = replaceCloze(text, 'anki', ({ n: num, answer, hint }) => {
				if (Number(num) !== n) return answer;
				answers.push(answer);
				return hint && hint.trim() ? `[${hint.trim()}]` : '[...]';
			});
			return { n, front, back: answers.join(', ') };
		})
		.filter((c) => c.back !== '');
}
