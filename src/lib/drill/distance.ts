/** "Did you mean" for flags and commands (`--detatch` → `--detach`, `dokcer` → `docker`). */
import { editDistance } from '../deck/edit-distance';

/**
 * The closest candidate to `word`, if close enough to be a typo: one edit for short words, two for
 * words of five letters or more. Ties go to the earlier candidate.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
	const limit = word.length >= 5 ? 2 : 1;
	let best: string | undefined;
	let bestDistance = limit + 1;
	for (const candidate of candidates) {
		if (candidate === word) continue;
		const d = editDistance(word, candidate, limit);
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	return best;
}
