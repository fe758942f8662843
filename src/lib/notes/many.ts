/**
 * Several notes imported at once (a folder, an Obsidian vault, many files): each is compiled as
 * usual, then a card that an earlier file of the import already makes — same kind, same question
 * and answer once case, spacing and punctuation are ignored — is merged into the first one: it is
 * dropped from the later file (made card or suggestion) with a diagnostic naming where it stays.
 */
import { hashText, slugify } from '../deck/ids';
import type { Card } from '../deck/types';
import { cardText } from './card-text';
import { messageEn } from './messages';
import type { NotesResult } from './types';
import { short } from './inline';
import { compileNotesWithExercises } from './with-exercises';

export interface NotesFile {
	name: string;
	text: string;
}

export interface ManyResult extends NotesResult {
	file: string;
}

/** Normalized question and answer: two cards with the same key teach the same thing. */
export function sameCardKey(card: Card): string {
	const { q, a } = cardText(card);
	const norm = (s: string) => s.toLowerCase().replace(/[`*_~.,:;!?()[\]{}"'“”‘’·\s-]+/g, '');
	return `${card.kind}|${norm(q)}|${norm(a)}`;
}

export function compileMany(files: NotesFile[], compile: (text: string, file: string) => NotesResult = compileNotesWithExercises): ManyResult[] {
	const seen = new Map<string, { file: string; line: number }>();
	return files.map(({ name, text }) => {
		const result = compile(text, name);
		const keep = (card: Card): boolean => {
			const key = sameCardKey(card);
			const first = seen.get(key);
			if (!first) {
				seen.set(key, { file: name, line: card.line ?? 1 });
				return true;
			}
			const params = { kind: card.kind, key: short(cardText(card).q), other: first.file, line: first.line };
			result.diagnostics.push({ file: name, line: card.line ?? 1, severity: 'info', message: messageEn('duplicate-across-files', params), code: 'duplicate-across-files', params });
			return false;
		};
		const cards = result.deck.cards.filter(keep);
		const suggestions = result.suggestions.filter((s) => keep(s.card));
		return { ...result, file: name, deck: { ...result.deck, cards }, suggestions };
	});
}

/**
 * One deck from several notes of one import (a folder, many files): the cards and suggestions of
 * `compileMany`, in file order, under `title` (the folder's name). Card ids stay as each file made
 * them (they name their file), so they do not collide; the deck's source hash covers every file.
 */
export function mergeNotes(results: ManyResult[], title: string): NotesResult {
	const langs = results.map((r) => r.deck.lang);
	const ko = langs.filter((l) => l === 'ko').length;
	return {
		deck: {
			id: slugify(title),
			title,
			lang: ko * 2 >= langs.length && ko > 0 ? 'ko' : (langs[0] ?? 'en'),
			source: { name: title, hash: hashText(results.map((r) => `${r.file}\n${r.deck.source?.hash ?? ''}`).join('\n')) },
			cards: results.flatMap((r) => r.deck.cards)
		},
		diagnostics: results.flatMap((r) => r.diagnostics),
		suggestions: results.flatMap((r) => r.suggestions)
	};
}
