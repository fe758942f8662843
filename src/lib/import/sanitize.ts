/**
 * HTML (from Anki fields, or CSV exported with `#html:true`) → safe Markdown text.
 *
 * Deck cards hold Markdown, and Markdown lets raw HTML through, so the output of a sanitiser here
 * contains **no HTML at all**: tags are dropped (their text kept), `<` is written `&lt;`, entity-like
 * `&` is written `&amp;`, block elements become line breaks, `<b>`/`<i>`/`<code>` become Markdown
 * emphasis, and `javascript:`-style schemes are broken with a zero-width space so that no Markdown
 * link can carry them. Images are the only thing carried over, through the `image` callback, which
 * decides (from the package's media) whether `![](name)` is emitted.
 *
 * Two implementations with the same output rules: {@link createDomSanitizer} runs DOMPurify over a
 * real DOM (browser, or happy-dom in tests) and walks the purified tree; {@link htmlToText} is a
 * small tokenizer for node (no DOM). {@link defaultSanitizer} picks one by environment.
 */
import createDOMPurify, { type WindowLike } from 'dompurify';

export interface SanitizeOptions {
	/** Called for each `<img>`; returns the Markdown to put in its place ('' to drop it). */
	image?: (src: string, alt: string) => string;
}

/** HTML → safe Markdown text. Must never throw. */
export type Sanitizer = (html: string, options?: SanitizeOptions) => string;

/** Elements dropped with everything inside them. */
const DROP_WITH_CONTENT = new Set([
	'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript',
	'noembed', 'noframes', 'textarea', 'title', 'xmp', 'svg', 'math', 'select', 'head', 'audio', 'video',
	'canvas', 'plaintext', 'button', 'form'
]);
/** Elements that break the line. */
const BLOCK = new Set([
	'p', 'div', 'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt',
	'dd', 'table', 'thead', 'tbody', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'figure', 'figcaption'
]);
const EMPHASIS: Record<string, string> = { b: '**', strong: '**', i: '*', em: '*', code: '`' };

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
	ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“',
	rdquo: '”', middot: '·', bull: '•', times: '×', divide: '÷', copy: '©', reg: '®', trade: '™',
	deg: '°', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', rArr: '⇒', lArr: '⇐', shy: ''
};

export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (m, body: string) => {
		if (body[0] === '#') {
			const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
			return String.fromCodePoint(code);
		}
		const named = NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()];
		return named ?? m;
	});
}

const ZWSP = '\u200B';

/** Escape decoded text so that Markdown renders it as text (no tag, no entity can form). */
export function escapeMarkdownText(text: string): string {
	return text.replace(/&(?=#?[a-z0-9]+;?)/gi, '&amp;').replace(/</g, '&lt;');
}

/**
 * Break `javascript:`-style schemes and `onerror=`-style handler text with a zero-width space (run on
 * the whole output, as tags may split them). The output holds no tag, so this is defence in depth
 * for whatever renders the Markdown later.
 */
export function defangSchemes(text: string): string {
	return text
		.replace(/\b(on[a-z]+)(\s*)=/gi, `$1$2${ZWSP}=`)
		.replace(/(java|vb|live)(\s*)(script)(\s*):/gi, `$1$2$3$4${ZWSP}:`)
		.replace(/data(\s*):(\s*)text\/html/gi, `data$1${ZWSP}:$2text/html`);
}

/** Tidy the text: collapse spaces, trim lines, at most one blank line in a row. */
function tidy(text: string): string {
	return defangSchemes(text)
		.replace(/[ \t\f\v\u00a0]+/g, ' ')
		.split('\n')
		.map((l) => l.trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** A file name is usable as an image source only when it is a plain relative name. */
export function isSafeMediaName(src: string): boolean {
	return src.length > 0 && src.length < 256 && !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('/') && !src.split(/[\\/]/).includes('..') && ![...src].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '<' || ch === '>' || ch === '"');
}

/** Markdown for an image whose name is known to be in the media store. */
export function markdownImage(name: string, alt = ''): string {
	return `![${alt.replace(/[[\]\\]/g, '').replace(/</g, '&lt;')}](${markdownImageUrl(name)})`;
}

/** The URL {@link markdownImage} writes for `name`. */
export function markdownImageUrl(name: string): string {
	return encodeURI(name).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

interface Tag {
	name: string;
	closing: boolean;
	attrs: Record<string, string>;
	end: number;
}

/** Parse a tag starting at `html[i] === '<'`; null when it is not a tag (then `<` is text). */
function readTag(html: string, i: number): Tag | null {
	const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(i, i + 64));
	if (!m) return null;
	let j = i + m[0].length;
	const attrs: Record<string, string> = {};
	while (j < html.length && html[j] !== '>') {
		const rest = html.slice(j, j + 4096);
		const a = /^[\s/]*([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?/.exec(rest);
		if (!a || a[0].length === 0) {
			j++;
			continue;
		}
		attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
		j += a[0].length;
	}
	return { name: m[2].toLowerCase(), closing: m[1] === '/', attrs, end: Math.min(j + 1, html.length) };
}

/** Position after the closing tag of a dropped element (or the end of the text). */
function skipElement(html: string, name: string, from: number): number {
	const re = new RegExp(`</${name}\\s*>`, 'gi');
	re.lastIndex = from;
	const m = re.exec(html);
	return m ? m.index + m[0].length : html.length;
}

/**
 * Sanitiser without a DOM: a small HTML tokenizer that keeps only text (see the module comment).
 * Linear in the input length apart from the search for the end of dropped elements.
 */
export const htmlToText: Sanitizer = (html, options = {}) => {
	let out = '';
	let text = '';
	const flush = () => {
		out += escapeMarkdownText(decodeEntities(text).replace(/\s+/g, ' '));
		text = '';
	};
	let i = 0;
	const n = html.length;
	while (i < n) {
		const c = html[i];
		if (c !== '<') {
			const next = html.indexOf('<', i);
			const end = next < 0 ? n : next;
			text += html.slice(i, end);
			i = end;
			continue;
		}
		if (html.startsWith('<!--', i)) {
			const close = html.indexOf('-->', i + 4);
			i = close < 0 ? n : close + 3;
			continue;
		}
		if (html[i + 1] === '!' || html[i + 1] === '?') {
			const close = html.indexOf('>', i);
			i = close < 0 ? n : close + 1;
			continue;
		}
		const tag = readTag(html, i);
		if (!tag) {
			text += '<';
			i++;
			continue;
		}
		flush();
		i = tag.end;
		if (DROP_WITH_CONTENT.has(tag.name)) {
			if (!tag.closing) i = skipElement(html, tag.name, i);
			continue;
		}
		if (tag.name === 'br') out += '\n';
		else if (tag.name === 'img' && !tag.closing) {
			out += options.image ? options.image(decodeEntities(tag.attrs.src ?? ''), decodeEntities(tag.attrs.alt ?? '')) : '';
		} else if (tag.name === 'li') out += tag.closing ? '' : '\n- ';
		else if (BLOCK.has(tag.name)) out += '\n';
		else if (tag.name in EMPHASIS) out += EMPHASIS[tag.name];
		else if ((tag.name === 'td' || tag.name === 'th') && tag.closing) out += ' | ';
	}
	flush();
	return tidy(out.replace(/ \| (?=\n|$)/g, ''));
};

interface DomNodeLike {
	nodeType: number;
	nodeName: string;
	textContent: string | null;
	childNodes: ArrayLike<DomNodeLike>;
	getAttribute?: (name: string) => string | null;
}

/**
 * Sanitiser over a DOM window (the browser's `window`, or happy-dom's `Window` in tests): DOMPurify
 * removes what is dangerous, then the purified tree is written out as Markdown text.
 */
export function createDomSanitizer(win: unknown): Sanitizer {
	const purify = createDOMPurify(win as WindowLike);
	const config = {
		ALLOWED_TAGS: ['b', 'strong', 'i', 'em', 'u', 'code', 'sub', 'sup', 'br', 'img', 'span', 'font', 'small', 'big', ...BLOCK, 'td', 'th'],
		ALLOWED_ATTR: ['src', 'alt'],
		ALLOWED_URI_REGEXP: /^(?![a-z][a-z0-9+.-]*:)[^/\\]/i,
		RETURN_DOM_FRAGMENT: true as const
	};
	return (html, options = {}) => {
		try {
			// The wrapper keeps leading text: without it happy-dom (tests) drops text before the first tag.
			const fragment = purify.sanitize(`<div>${html}</div>`, config) as unknown as DomNodeLike;
			let out = '';
			const walk = (node: DomNodeLike) => {
				if (node.nodeType === 3) {
					out += escapeMarkdownText((node.textContent ?? '').replace(/\s+/g, ' '));
					return;
				}
				if (node.nodeType !== 1 && node.nodeType !== 11) return;
				const name = node.nodeName.toLowerCase();
				if (DROP_WITH_CONTENT.has(name)) return;
				if (name === 'br') out += '\n';
				else if (name === 'img') {
					const src = node.getAttribute?.('src') ?? '';
					out += options.image ? options.image(src, node.getAttribute?.('alt') ?? '') : '';
				}
				const open = name === 'li' ? '\n- ' : BLOCK.has(name) ? '\n' : (EMPHASIS[name] ?? '');
				const close = name === 'li' ? '' : BLOCK.has(name) ? '\n' : name === 'td' || name === 'th' ? ' | ' : (EMPHASIS[name] ?? '');
				out += open;
				for (let k = 0; k < node.childNodes.length; k++) walk(node.childNodes[k]);
				out += close;
			};
			walk(fragment);
			return tidy(out.replace(/ \| (?=\n|$)/g, ''));
		} catch {
			return htmlToText(html, options);
		}
	};
}

let cached: Sanitizer | undefined;

/** DOMPurify when a DOM window exists (the browser), else {@link htmlToText}. */
export function defaultSanitizer(): Sanitizer {
	if (cached) return cached;
	const g = globalThis as { window?: { document?: unknown } };
	cached = g.window && g.window.document ? createDomSanitizer(g.window) : htmlToText;
	return cached;
}
