/**
 * Notes compiler: one markdown file → one `Deck` plus diagnostics. Pure TypeScript (node and
 * browser), never throws: every failure becomes a located diagnostic.
 *
 * Result: `{ deck, diagnostics, suggestions }`. Inferred cards are scored (quality.ts, weights.json,
 * thresholds.ts); those below `THRESHOLDS.makeCard` are not in `deck.cards` but in `suggestions`
 * (`{ card, score, reasons: [{ feature, ko, en }] }`, source order) for the import preview to offer
 * unchecked. Cards the learner marked up explicitly are always made. Every diagnostic carries a
 * `code` and `params` from the catalogue (messages.ts): `diagnosticText(d, 'ko')` is its Korean text,
 * `d.message` its English one. Several files of one import: `compileMany` (many.ts) merges duplicates.
 */
import { Lexer } from 'marked';
import type { Card, Deck, Diagnostic } from '../deck/types';
import { hashText, slugify } from '../deck/ids';
import { Compilation } from './context';
import { compileExplicit } from './explicit';
import { readFrontMatter } from './frontmatter';
import { HANGUL, plainText, short } from './inline';
import { messageEn } from './messages';
import { isPlainIndent, scoreCard } from './quality';
import { THRESHOLDS } from './thresholds';
import { LineIndex, normalizeInput } from './lines';
import type { CompileOptions, NotesResult, Suggestion } from './types';
import { walkDocument } from './walker';
import { errorMessage } from '../errors';

export { diagnosticText, MESSAGES, type DiagnosticCode } from './messages';
export type { CompileOptions, NotesResult, Suggestion, YamlBlockContext, YamlBlockHandler } from './types';

/** Compiles one notes file. `file` names the source in diagnostics and gives the default deck id. */
export function compileNotes(text: string, file: string, options: CompileOptions = {}): NotesResult {
	const name = String(file ?? '').split(/[\\/]/).pop() || 'notes';
	const fallbackDeck = (): Deck => ({ id: slugify(name), title: name, lang: 'en', source: { name: String(file), hash: hashText(typeof text === 'string' ? text : '') }, cards: [] });
	try {
		return compile(text, String(file ?? ''), name, options ?? {});
	} catch (error) {
		const detail = errorMessage(error);
		const diagnostics: Diagnostic[] = [
			{ file: String(file), line: 1, severity: 'error', message: messageEn('internal-error', { error: detail }), code: 'internal-error', params: { error: detail } }
		];
		return { deck: fallbackDeck(), diagnostics, suggestions: [] };
	}
}

function compile(raw: string, file: string, name: string, options: CompileOptions): NotesResult {
	const input = normalizeInput(raw);
	const hash = hashText(typeof raw === 'string' ? raw : '');
	if (input.refusal) {
		return {
			deck: { id: slugify(name), title: name, lang: 'en', source: { name: file, hash }, cards: [] },
			diagnostics: [{ file, line: 1, severity: 'error', message: messageEn('notes-refused', { reason: input.refusal }), code: 'notes-refused', params: { reason: input.refusal } }],
			suggestions: []
		};
	}
	const fm = readFrontMatter(input.text);
	const lines = input.text.split('\n');
	// Front matter lines are blanked, not removed, so every later line keeps its number.
	for (let i = 0; i < fm.lineCount; i++) lines[i] = '';
	const body = lines.join('\n');

	const deckId = fm.data.deck ? slugify(fm.data.deck) : slugify(name);
	const c = new Compilation(file, deckId, fm.data.tags, options);
	for (const p of fm.problems) c.diag(p.line, 'warning', 'front-matter', { message: p.message });
	if (!body.trim()) c.diag(1, 'warning', 'empty-notes');

	const rest = compileExplicit(c, body);
	// Cards the learner marked up are made as written; only inferred cards are scored.
	const explicit = new Set(c.cards.map((card) => card.id));
	c.crumbs = [];
	const index = new LineIndex(rest);
	const tokens = new Lexer({ gfm: true }).lex(rest);
	walkDocument(c, tokens, index);

	const title = fm.data.title ?? firstHeading(tokens) ?? name;
	const lang = fm.data.lang ?? (HANGUL.test(input.text.slice(0, 20000)) ? 'ko' : 'en');
	const { made, suggestions } = triage(c, explicit, lines);
	// Cards in source order: explicit ones were collected in a pass of their own.
	const cards = made.map((card, i) => ({ card, i })).sort((a, b) => (a.card.line ?? 0) - (b.card.line ?? 0) || a.i - b.i).map((x) => x.card);
	const diagnostics = c.diagnostics.sort((a, b) => a.line - b.line);
	return { deck: { id: deckId, title, lang, source: { name: file, hash }, cards }, diagnostics, suggestions };
}

/** Splits the inferred cards by quality score: made, suggested, or dropped (with a diagnostic). */
function triage(c: Compilation, explicit: Set<string>, lines: string[]): { made: Card[]; suggestions: Suggestion[] } {
	const made: Card[] = [];
	const suggestions: Suggestion[] = [];
	const exerciseBlocks = new Map<number, number>();
	for (const card of c.cards) {
		const seq = c.origin.get(card.id)?.seq;
		if (card.kind === 'yamlfix' && seq !== undefined) exerciseBlocks.set(seq, (exerciseBlocks.get(seq) ?? 0) + 1);
	}
	// The first plain indentation exercise of the note: a later one repeats it on another file.
	const beside = (card: Card): boolean => {
		const seq = c.origin.get(card.id)?.seq;
		return seq !== undefined && (exerciseBlocks.get(seq) ?? 0) > 1;
	};
	const firstIndent = c.cards.find((card) => !explicit.has(card.id) && isPlainIndent(card) && !beside(card));
	const commandPrompts = new Set(c.cards.flatMap((card) => (card.kind === 'command' ? [plainText(card.prompt).trim()] : [])));
	for (const card of c.cards) {
		if (explicit.has(card.id)) {
			made.push(card);
			continue;
		}
		const origin = c.origin.get(card.id);
		const ctx = {
			card,
			source: (lines[(card.line ?? 1) - 1] ?? '').trim(),
			heading: origin?.heading,
			siblingExercise: card.kind === 'yamlfix' && beside(card),
			repeatedIndentExercise: firstIndent !== undefined && card !== firstIndent && isPlainIndent(card),
			commandPrompts
		};
		c.options.onCandidate?.(ctx);
		const { score, hits } = scoreCard(ctx);
		if (score >= THRESHOLDS.makeCard) {
			made.push(card);
			continue;
		}
		const reasons = hits.filter((h) => h.weight < 0).sort((a, b) => a.weight - b.weight).map((h) => ({ feature: h.name, ...h.reason }));
		if (score >= THRESHOLDS.offerSuggestion) suggestions.push({ card, score, reasons });
		else c.diag(card.line ?? 1, 'info', 'card-dropped', { kind: card.kind, key: short(cardKey(card)), reasons: reasons.map((r) => r.en).join('; '), reasonsKo: reasons.map((r) => r.ko).join('; ') });
	}
	return { made, suggestions: suggestions.sort((a, b) => (a.card.line ?? 0) - (b.card.line ?? 0)) };
}

function cardKey(card: Card): string {
	return card.kind === 'concept' ? card.front : card.kind === 'yamlfix' ? card.task : card.prompt;
}

function firstHeading(tokens: { type: string; depth?: number; text?: string }[]): string | undefined {
	const h = tokens.find((t) => t.type === 'heading' && t.depth === 1) ?? tokens.find((t) => t.type === 'heading');
	const text = h?.text ? plainText(h.text) : '';
	return text || undefined;
}
