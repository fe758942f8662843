/**
 * kubectl resource short names: `deployment` `deploy`, `services (svc)`, `| persistentvolumeclaims | pvc |`.
 * Each pair gives a drill (`kubectl get <full>` typed short) and, with a meaning, a concept card.
 */
import type { Compilation } from './context';
import { cardId } from '../deck/ids';
import { objectParticle } from '../i18n/particle';
import { canonicalResource } from '../drill/specs/kube-resources';
import { cleanMarkdown, plainText } from './inline';

export interface ShortNamePair {
	full: string;
	short: string;
	meaning?: string;
}

const BACKTICKS = /^`([a-z][a-z0-9.-]*)`\s*,?\s*`([a-z][a-z0-9.-]*)`\s*(?:[:：-]\s*(.+))?$/;
const PARENS = /^`?([a-z][a-z0-9.-]*)`?\s*\(`?([a-z][a-z0-9.-]*)`?\)\s*(?:[:：-]\s*(.+))?$/;

/** Parses one list item / table row; null unless the second name abbreviates the first. */
export function parseShortNamePair(text: string): ShortNamePair | null {
	const t = text.trim().replace(/^[-*+]\s+/, '');
	const m = BACKTICKS.exec(t) ?? PARENS.exec(t);
	if (!m) return null;
	const [, full, abbr, meaning] = m;
	// kubectl's own table knows pairs that share no letters in order (`resourcequotas` → `quota`).
	const known = canonicalResource(full) !== undefined && canonicalResource(full) === canonicalResource(abbr);
	if (abbr.length >= full.length || (!known && (abbr[0] !== full[0] || !isAbbreviation(abbr, full)))) return null;
	return { full, short: abbr, meaning: meaning ? cleanMarkdown(meaning) : undefined };
}

/** `deploy` ⊂ `deployment`, `pvc` ⊂ `persistentvolumeclaim` (letters in order). */
function isAbbreviation(abbr: string, full: string): boolean {
	let j = 0;
	for (const ch of full) if (ch === abbr[j]) j++;
	return j === abbr.length;
}

/**
 * The drill asks for the short name itself (`form: 'short'`): `services` is right in meaning but is
 * not what the card teaches. The particle follows the reading of the word (`services`를, `cronjob`을)
 * and sits on the word; the ids stay those of the earlier texts ("`…` 을/의 짧은 이름"), so that the
 * learner's history of the cards is kept.
 */
export function addShortNameCards(c: Compilation, pair: ShortNamePair, line: number): number {
	let n = 0;
	const command = `kubectl get ${pair.full}`;
	const prompt = `\`${command}\`${objectParticle(command)} 짧은 이름(short name)으로`;
	const id = cardId(c.deckId, 'command', `\`${command}\` 을 짧은 이름(short name)으로`);
	if (c.add({ kind: 'command', prompt, answer: `kubectl get ${pair.short}`, blank: 'resource', hidden: pair.short, form: 'short' }, line, undefined, id)) n++;
	const conceptId = cardId(c.deckId, 'concept', `\`${pair.full}\` 의 짧은 이름`);
	if (c.add({ kind: 'concept', front: `\`${pair.full}\`의 짧은 이름`, back: `\`${pair.short}\`` }, line, undefined, conceptId)) n++;
	if (pair.meaning && plainText(pair.meaning)) {
		if (c.add({ kind: 'concept', front: `\`${pair.full}\` (\`${pair.short}\`)`, back: pair.meaning }, line)) n++;
	}
	return n;
}
