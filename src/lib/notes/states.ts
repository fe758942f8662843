/**
 * Named-term lists (Pending, Running, CrashLoopBackOff…; Deployment, StatefulSet, Job…) become
 * multiple-choice cards: "which one is <meaning>?" with sibling names as distractors.
 */
import { hashText } from '../deck/ids';
import type { Compilation } from './context';
import { cleanMarkdown, plainText } from './inline';

export interface NamedItem {
	term: string;
	def: string;
	line: number;
}

/** A capitalised name of one or two words: `Pending`, `CrashLoopBackOff`, `Load Balancer`. */
export function isNamedTerm(term: string): boolean {
	return /^[A-Z][A-Za-z0-9]*(?:[ -][A-Z][A-Za-z0-9]*)?$/.test(plainText(term));
}

/** At least three named terms, making up most of the list. */
export function isNamedList(items: NamedItem[], total: number): boolean {
	const named = items.filter((i) => isNamedTerm(i.term));
	return named.length >= 3 && named.length >= total * 0.6;
}

/** One choice card per item: prompt = meaning, options = the item and up to 3 siblings. */
export function addChoiceCards(c: Compilation, items: NamedItem[]): number {
	const named = items.filter((i) => isNamedTerm(i.term));
	let n = 0;
	for (const item of named) {
		const answer = plainText(item.term);
		const prompt = cleanMarkdown(item.def);
		const siblings = [...new Set(named.map((s) => plainText(s.term)))].filter((s) => s !== answer);
		const distractors = siblings.sort((a, b) => cmp(hashText(prompt + a), hashText(prompt + b))).slice(0, 3);
		if (!distractors.length) continue;
		const options = [answer, ...distractors].sort((a, b) => cmp(hashText(a + prompt), hashText(b + prompt)));
		if (c.add({ kind: 'choice', prompt, options, answer, explanation: `**${answer}**: ${prompt}` }, item.line)) n++;
	}
	return n;
}

function cmp(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
