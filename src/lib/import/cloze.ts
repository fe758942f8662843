/** Anki cloze deletions `{{c1::answer}}` / `{{c1::answer::hint}}` → one question per cloze number. */

export interface ClozeCard {
	/** Cloze number (1 for `c1`). */
	n: number;
	/** The text with cloze `n` shown as `[...]` (or `[hint]`) and every other cloze revealed. */
	front: string;
	/** The hidden answer(s) of cloze `n`, joined with ", ". */
	back: string;
}

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

/** Distinct cloze numbers in `text`, ascending. */
export function clozeNumbers(text: string): number[] {
	const set = new Set<number>();
	for (const m of text.matchAll(CLOZE)) set.add(Number(m[1]));
	return [...set].filter((n) => n > 0).sort((a, b) => a - b);
}

/** One {@link ClozeCard} per cloze number found in `text` (or only `only`, when given). */
export function expandCloze(text: string, only?: number[]): ClozeCard[] {
	const numbers = only ?? clozeNumbers(text);
	return numbers
		.map((n) => {
			const answers: string[] = [];
			const front = text.replace(CLOZE, (_m, num: string, answer: string, hint?: string) => {
				if (Number(num) !== n) return answer;
				answers.push(answer);
				return hint && hint.trim() ? `[${hint.trim()}]` : '[...]';
			});
			return { n, front, back: answers.join(', ') };
		})
		.filter((c) => c.back !== '');
}
