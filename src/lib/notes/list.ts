/**
 * Bullet and numbered lists of plain notes: named-term lists (choice cards), a term over its short
 * nested definitions, a bullet explaining the one command below it, and a heading over a short list.
 */
import type { Token, Tokens } from 'marked';
import type { Compilation } from './context';
import { addConcept, handleLine, isYamlKeyOnly, lineCommand } from './line';
import { boldOnly, firstSentence, isDefinition } from './paragraph';
import { addCommandCard } from './commands';
import { cleanMarkdown, contextualTerm, headingTerm, isGeneric, isImageOnly, isLinkOnly, isTermLike, plainText, splitTermDef, stripNumbering, tidyDef, tidyTerm } from './inline';
import { parseShortNamePair } from './shortnames';
import { addChoiceCards, isNamedList, type NamedItem } from './states';

/** Walks nested blocks (code inside a list item, …); provided by the walker to avoid a cycle. */
export type BlockWalker = (tokens: Token[], from: number) => void;

interface Item {
	token: Tokens.ListItem;
	line: number;
	lines: string[];
	children: Tokens.List[];
	blocks: Token[];
	blockFrom: number;
}

/** Items of a list with their lines and nested lists. */
function itemsOf(c: Compilation, list: Tokens.List, from: number, find: (raw: string, from: number) => number, lineOf: (o: number) => number): Item[] {
	let at = from;
	return list.items.map((token) => {
		const off = find(token.raw, at);
		const line = lineOf(off);
		at = off + 1;
		let textTok = token.tokens.find((t) => t.type === 'text' || t.type === 'paragraph') as Tokens.Text | Tokens.Paragraph | undefined;
		let children = token.tokens.filter((t): t is Tokens.List => t.type === 'list');
		// `- 1) 도커 기반 동작`: marked reads the "1)" as a nested one-item list; that item is the text.
		const head = token.tokens[0];
		if (head?.type === 'list' && (head as Tokens.List).items.length === 1 && (textTok === undefined || token.tokens.indexOf(textTok) > 0)) {
			const inner = (head as Tokens.List).items[0].tokens.find((t) => t.type === 'text') as Tokens.Text | undefined;
			if (inner && !(head as Tokens.List).items[0].tokens.some((t) => t.type === 'list')) {
				textTok = inner;
				children = children.filter((l) => l !== head);
			}
		}
		const blocks = token.tokens.filter((t) => t !== textTok && t.type !== 'list' && t.type !== 'space' && !(t.type === 'paragraph' && isImageOnly((t as Tokens.Paragraph).text)));
		return { token, line, lines: textTok ? textTok.text.split('\n') : [], children, blocks, blockFrom: off };
	});
}

export interface ListEnv {
	find: (raw: string, from: number) => number;
	lineOf: (offset: number) => number;
	walk: BlockWalker;
}

/** Handles a bullet/numbered list (recursively); `heading` is set when the list follows a heading directly. */
export function compileList(c: Compilation, list: Tokens.List, from: number, env: ListEnv, heading: string | null, quiet = false): void {
	const items = itemsOf(c, list, from, env.find, env.lineOf);
	const listLine = items[0]?.line ?? env.lineOf(from);
	if (!items.length) return;
	const allLinks = (l: Tokens.List): boolean =>
		l.items.every((it) => {
			const t = it.tokens.find((x) => x.type === 'text' || x.type === 'paragraph') as Tokens.Text | undefined;
			const kids = it.tokens.filter((x): x is Tokens.List => x.type === 'list');
			return (!t || isLinkOnly(t.text.split('\n')[0])) && kids.every(allLinks);
		});
	if (allLinks(list)) {
		c.diag(listLine, 'info', 'link-list-skipped', { count: items.length });
		return;
	}

	// Named-term list (Pending, Running…): choice cards from the sibling names.
	const named: NamedItem[] = [];
	for (const it of items) {
		const td = it.lines.length ? splitTermDef(stripNumbering(it.lines[0])) : null;
		if (td) named.push({ term: td.term, def: tidyDef(td.def), line: it.line });
	}
	if (isNamedList(named, items.length)) addChoiceCards(c, named);

	let cards = 0;
	const proseItems: Item[] = [];
	for (const it of items) {
		const before = c.cards.length;
		const prose = compileItem(c, it, env);
		cards += c.cards.length - before;
		if (prose) proseItems.push(it);
		for (const b of it.blocks) env.walk([b], it.blockFrom);
	}

	// A heading followed by a short flat list: "컨테이너를 사용하는 이유" → the reasons.
	if (heading && proseItems.length >= 2 && proseItems.length <= 8 && proseItems.length >= items.length - 1) {
		const texts = proseItems.map((it) => cleanMarkdown(it.lines.filter((l) => !isImageOnly(l)).join(' ')));
		const flat = proseItems.every((it) => !it.children.length);
		const front = headingTerm(heading);
		const topic = front.length <= 40 && !/[.!。]$/.test(front);
		if (flat && texts.every((t) => t && t.length <= 80) && front && !isGeneric(front) && topic) {
			if (c.add({ kind: 'concept', front, back: texts.map((t) => `- ${t}`).join('\n') }, listLine)) return;
			if (!cards) return;
		}
	}
	// No list card: "# DaemonSet" over "- 전체 노드에서 pod가 하나씩 실행되도록 보장": the first bullet defines the heading's term.
	const first = items[0];
	if (heading && isTermLike(heading) && proseItems[0] === first && !first.children.length) {
		const text = cleanMarkdown(first.lines.filter((l) => !isImageOnly(l)).join(' '));
		const subject = /^(\S+)\s?(?:은|는)\s/.exec(text);
		const aboutHeading = !subject || plainText(subject[1]).toLowerCase() === plainText(heading).toLowerCase();
		const isCode = /^`[^`]+`$/.test(text.trim()) || lineCommand(text) !== null;
		if (aboutHeading && !isCode && isDefinition(text) && !isLinkOnly(text) && addConcept(c, heading, text, first.line)) {
			cards++;
			proseItems.shift();
		}
	}
	if (quiet) return;
	if (proseItems.length === items.length && !cards) {
		c.diag(listLine, 'info', 'list-prose', { count: items.length });
	} else if (proseItems.length) {
		c.diag(proseItems[0].line, 'info', 'list-items-prose', { count: proseItems.length, total: items.length });
	}
}

/** Short prose children of a term: what the card's back lists. */
function definitionChildren(children: Tokens.List[]): string[] | null {
	const texts: string[] = [];
	for (const l of children) {
		for (const it of l.items) {
			if (it.tokens.some((t) => t.type === 'list')) return null;
			const t = it.tokens.find((x) => x.type === 'text' || x.type === 'paragraph') as Tokens.Text | undefined;
			if (!t) continue;
			const first = t.text.split('\n').filter((x) => !isImageOnly(x)).join(' ');
			if (!first.trim()) continue;
			// A child opening with code is a command or a flag, unless a Korean particle joins the code to a sentence ("`up`으로 생성한 …").
			if (lineCommand(first) || parseShortNamePair(first) || (/^`/.test(first.trim()) && !/^`[^`]+`(?:으로|로|을|를|이|가|은|는|의|에)\s/.test(first.trim())) || /^`?-/.test(first.trim())) continue;
			if (splitTermDef(first)) continue;
			texts.push(cleanMarkdown(first));
		}
	}
	// "- 이름1:" / "- 이름2:": YAML keys copied as a list are an example, not a definition.
	if (texts.length && texts.every(isYamlKeyOnly)) return null;
	return texts;
}

/** A term defined by its nested bullets (short ones only); returns whether the card was made. */
function addChildrenDefinition(c: Compilation, term: string, it: Item): boolean {
	const defs = definitionChildren(it.children);
	if (!defs || !defs.length) return false;
	const kept = defs.filter((d) => d.length <= 120).slice(0, 6);
	if (!kept.length || kept.length < defs.length / 2) return false;
	const back = kept.length === 1 ? kept[0] : kept.map((d) => `- ${d}`).join('\n');
	c.add({ kind: 'concept', front: term, back }, it.line);
	return true;
}

/** One list item; returns true when it gave nothing (prose). */
function compileItem(c: Compilation, it: Item, env: ListEnv): boolean {
	const lines = it.lines;
	if (!lines.length) return false;
	const first = lines[0];
	const rest = lines.slice(1);
	let made = false;
	let prose = false;
	let consumed = false;

	const bold = boldOnly(first);
	const restProse = rest.filter((l) => l.trim() && !isImageOnly(l) && !splitTermDef(l) && !lineCommand(l));
	const restStructured = rest.filter((l) => splitTermDef(l) || lineCommand(l));

	const boldCmd = bold ? lineCommand(bold) : null;
	if (boldCmd && !boldCmd.explanation) {
		const child = it.children[0]?.items[0]?.tokens.find((t) => t.type === 'text' || t.type === 'paragraph') as Tokens.Text | undefined;
		const explanation = restProse[0] ?? (it.children.length === 1 && it.children[0].items.length === 1 ? child?.text.split('\n')[0] : undefined);
		if (explanation) {
			addCommandCard(c, explanation, boldCmd.cmd, it.line);
			return false;
		}
	}
	// `- version: "3"` with `- Docker Compose 파일 포맷 버전 지정` under it: the value is an example of
	// the key, and the nested bullet says what the key is.
	const yamlKey = /^([A-Za-z_][\w.-]*)\s*:\s*("[^"]*"|'[^']*'|[\w./-]+)$/.exec(stripNumbering(first).replace(/`/g, ''));
	if (yamlKey && !bold && it.children.length && addChildrenDefinition(c, yamlKey[1], it)) {
		for (const child of it.children) compileList(c, child, env.find(child.raw, it.blockFrom), env, null, true);
		return false;
	}
	const r = bold ? 'prose' : handleLine(c, first, it.line);
	if (r === 'card' || r === 'handled') made = true;
	else {
		const candidate = bold ?? stripNumbering(first);
		const term = isTermLike(candidate) ? contextualTerm(tidyTerm(candidate), c.heading()) : null;
		if (term && restProse.length && !restStructured.length) {
			// `- pod` / continuation line: the continuation defines the term.
			if (addConcept(c, candidate, firstSentence(restProse[0]), it.line)) made = true;
		} else if (term && it.children.length && addChildrenDefinition(c, term, it)) {
			made = true;
			consumed = true;
		}
		if (!made && it.children.length === 1 && it.children[0].items.length === 1) {
			// `- 도커 이미지 배포` / `  - `docker pull …``: the parent explains the one command below it.
			const childText = (it.children[0].items[0].tokens.find((t) => t.type === 'text') as Tokens.Text | undefined)?.text ?? '';
			const cmd = lineCommand(childText.split('\n')[0]);
			// The child is the card's answer: it is not compiled again.
			if (cmd && !cmd.explanation && addCommandCard(c, stripNumbering(first), cmd.cmd, it.line)) return false;
		}
		if (!made && !it.children.length) prose = true;
	}
	for (let i = 0; i < rest.length; i++) {
		if (!bold && restProse.includes(rest[i]) && made) continue;
		if (bold && !restStructured.length) {
			if (i === 0 && plainText(rest.join(' ')) && addConcept(c, bold, firstSentence(restProse.join(' ') || rest.join(' ')), it.line)) made = true;
			break;
		}
		const res = handleLine(c, rest[i], it.line + 1 + i);
		if (res === 'card' || res === 'handled') made = true;
	}
	for (const child of it.children) {
		const childFrom = env.find(child.raw, it.blockFrom);
		compileList(c, child, childFrom, env, null, consumed);
	}
	return prose && !made;
}
