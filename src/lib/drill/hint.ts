/**
 * Progressive hints for command cards.
 */
import { normalizeTypography, tokenize } from './tokenize';

export const HINT_BLANK = '___';

/**
 * The expected command with its first `revealed` words shown as written (quotes kept) and every
 * other word as `___`, e.g. `hintToken('docker run -d nginx', 2)` → `docker run ___ ___`.
 * A line the tokenizer refuses is split on spaces instead; `revealed` is clamped to [0, words].
 */
export function hintToken(expected: string, revealed: number): string {
	const result = tokenize(expected);
	const line = normalizeTypography(String(expected ?? ''));
	const words = result.ok ? result.tokens.map((t) => line.slice(t.start, t.end)) : line.split(/\s+/).filter((w) => w !== '');
	const shown = Number.isFinite(revealed) ? Math.max(0, Math.min(words.length, Math.floor(revealed))) : revealed > 0 ? words.length : 0;
	return words.map((word, i) => (i < shown ? word : HINT_BLANK)).join(' ');
}
