/**
 * A card's markdown as one line of plain text, for the places a card is named in a list or a heading
 * (Browse, a deck's rows, card info). The markdown is read by marked's lexer, so only real markup is
 * dropped: `db_data`, `a[0]` or `#12` stay as written, `_em_` or `**bold**` lose their marks.
 */
import { Lexer, type Token } from 'marked';

/** Characters that can start markdown markup; text without any is already plain. */
const MARKUP = /[`*_#>[\]\\<&!~|=+-]|^\s*\d+[.)]/m;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', nbsp: ' ', '#39': "'" };

function decodeEntities(text: string): string {
	return text.replace(/&(lt|gt|amp|quot|nbsp|#39);/g, (m, e: string) => ENTITIES[e] ?? m);
}

function tokensText(tokens: readonly Token[]): string {
	let out = '';
	for (const token of tokens) out += tokenText(token);
	return out;
}

function tokenText(token: Token): string {
	switch (token.type) {
		case 'html':
		case 'image':
			return ' ';
		case 'space':
		case 'hr':
		case 'br':
			return ' ';
		case 'list':
			return token.items.map((item: Token) => tokenText(item)).join(' ');
		case 'codespan':
		case 'code':
		case 'escape':
			return token.text;
		case 'table':
			return decodeEntities(token.raw);
	}
	if ('tokens' in token && token.tokens) return tokensText(token.tokens) + (token.type === 'paragraph' || token.type === 'heading' ? ' ' : '');
	return 'text' in token ? decodeEntities(token.text) : '';
}

/** Markdown → one line of plain text (markup dropped, whitespace folded). */
export function plainTitle(markdown: string): string {
	const text = MARKUP.test(markdown) ? tokensText(Lexer.lex(markdown)) : markdown;
	return text.replace(/\s+/g, ' ').trim();
}
