/**
 * Notes compiler: one markdown file → one `Deck` plus diagnostics. Pure TypeScript (node and
 * browser), never throws: every failure becomes a located diagnostic.
 */
import { Lexer } from 'marked';
import type { Deck, Diagnostic } from '../deck/types';
import { hashText, slugify } from '../deck/ids';
import { Compilation } from './context';
import { compileExplicit } from './explicit';
import { readFrontMatter } from './frontmatter';
import { HANGUL, plainText } from './inline';
import { LineIndex, normalizeInput } from './lines';
import type { CompileOptions, NotesResult } from './types';
import { walkDocument } from './walker';

export type { CompileOptions, NotesResult, YamlBlockContext, YamlBlockHandler } from './types';

/** Compiles one notes file. `file` names the source in diagnostics and gives the default deck id. */
export function compileNotes(text: string, file: string, options: CompileOptions = {}): NotesResult {
	const name = String(file ?? '').split(/[\\/]/).pop() || 'notes';
	const fallbackDeck = (): Deck => ({ id: slugify(name), title: name, lang: 'en', source: { name: String(file), hash: hashText(typeof text === 'string' ? text : '') }, cards: [] });
	try {
		return compile(text, String(file ?? ''), name, options ?? {});
	} catch (error) {
		const diagnostics: Diagnostic[] = [
			{ file: String(file), line: 1, severity: 'error', message: `notes not compiled: internal error (${error instanceof Error ? error.message : String(error)})` }
		];
		return { deck: fallbackDeck(), diagnostics };
	}
}

function compile(raw: string, file: string, name: string, options: CompileOptions): NotesResult {
	const input = normalizeInput(raw);
	const hash = hashText(typeof raw === 'string' ? raw : '');
	if (input.refusal) {
		return {
			deck: { id: slugify(name), title: name, lang: 'en', source: { name: file, hash }, cards: [] },
			diagnostics: [{ file, line: 1, severity: 'error', message: input.refusal }]
		};
	}
	const fm = readFrontMatter(input.text);
	const lines = input.text.split('\n');
	// Front matter lines are blanked, not removed, so every later line keeps its number.
	for (let i = 0; i < fm.lineCount; i++) lines[i] = '';
	const body = lines.join('\n');

	const deckId = fm.data.deck ? slugify(fm.data.deck) : slugify(name);
	const c = new Compilation(file, deckId, fm.data.tags, options);
	for (const p of fm.problems) c.diag(p.line, 'warning', p.message);
	if (!body.trim()) c.diag(1, 'warning', 'empty notes: no cards');

	const rest = compileExplicit(c, body);
	c.crumbs = [];
	const index = new LineIndex(rest);
	const tokens = new Lexer({ gfm: true }).lex(rest);
	walkDocument(c, tokens, index);

	const title = fm.data.title ?? firstHeading(tokens) ?? name;
	const lang = fm.data.lang ?? (HANGUL.test(input.text.slice(0, 20000)) ? 'ko' : 'en');
	// Cards in source order: explicit ones were collected in a pass of their own.
	const cards = c.cards.map((card, i) => ({ card, i })).sort((a, b) => (a.card.line ?? 0) - (b.card.line ?? 0) || a.i - b.i).map((x) => x.card);
	const diagnostics = c.diagnostics.sort((a, b) => a.line - b.line);
	return { deck: { id: deckId, title, lang, source: { name: file, hash }, cards }, diagnostics };
}

function firstHeading(tokens: { type: string; depth?: number; text?: string }[]): string | undefined {
	const h = tokens.find((t) => t.type === 'heading' && t.depth === 1) ?? tokens.find((t) => t.type === 'heading');
	const text = h?.text ? plainText(h.text) : '';
	return text || undefined;
}
