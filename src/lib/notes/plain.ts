/**
 * Plain notes with no card markup: paragraphs and bullet lists. Each line is tried as a command
 * with its explanation, a flag, a short-name pair or `term: definition`; a bullet term whose
 * children are short definitions becomes one card; a heading followed by a short definition or a
 * short list becomes one card. Whatever gives no card is reported, one diagnostic per block.
 */
import type { Token, Tokens } from 'marked';
import type { Compilation } from './context';
import { addCommandCard, addFlagCards, parseCommand, parseFlag, programFromHeadings, type ParsedCommand } from './commands';
import {
	HANGUL,
	cleanMarkdown,
	contextualTerm,
	headingTerm,
	isGeneric,
	isAside,
	isImageOnly,
	isLinkOnly,
	isMostlyLinks,
	isTermLike,
	plainText,
	short,
	splitTermDef,
	stripNumbering,
	tidyDef,
	tidyTerm
} from './inline';
import { addShortNameCards, parseShortNamePair } from './shortnames';
import { addChoiceCards, isNamedList, type NamedItem } from './states';

/** Walks nested blocks (code inside a list item, …); provided by the walker to avoid a cycle. */
export type BlockWalker = (tokens: Token[], from: number) => void;

/** Outcome of one line: a card (or a deliberate skip with its own diagnostic), or plain prose. */
type LineResult = 'card' | 'handled' | 'prose';

/** The command a flag list refers to: one seen in the last few blocks, else the heading's program. */
function flagBase(c: Compilation): string | null {
	if (c.lastCommand && c.seq - c.lastCommand.seq <= 3) return c.lastCommand.base;
	return programFromHeadings(c.crumbs);
}

/** Korean particles and connectives between a command and what it does ("`docker logs app` 으로 로그 확인"). */
const PARTICLE = '(?:으로|로|명령(?:어)?(?:으로|로)|명령(?:어)?)';

/**
 * What follows "`cmd` 로 …" must say what the command does: not a clause about its result ("얻은 주소로
 * 접속"), a condition ("재배포하면, …") or a question.
 */
function isParticleExplanation(text: string): boolean {
	const t = plainText(text);
	if (t.length < 3 || t.length > 60 || /[?？]$/.test(t)) return false;
	if (/^(?:이용|통해|사용|써서|가지고|얻은|나온|출력된|받은|확인한|이|그|해당)(?:\s|$)/.test(t)) return false;
	return !/(?:면|서|고|며|지만),/.test(t);
}

/**
 * `cmd # explanation`, `cmd -> explanation`, `` `cmd`: explanation ``, `` `cmd` # explanation ``,
 * `` `cmd` 으로 explanation ``, `explanation: `cmd``, `explanation → cmd`, `명령어 : cmd`, bare `cmd`.
 */
export function lineCommand(text: string): { cmd: ParsedCommand; explanation: string | null } | null {
	const t = text.trim().replace(/^[-*+]\s+/, '').replace(/^(?:e\.g\.|ex\)|예\))\s*/i, '');
	// A command line with its explanation is short; a long line is prose (and would make the patterns below slow).
	if (t.length > MAX_COMMAND_LINE) return null;
	const label = /^(?:명령어|명령|command|cmd)\s*[:：]\s*(.+)$/i.exec(t);
	if (label) {
		const cmd = parseCommand(label[1].replace(/^`|`$/g, ''));
		return cmd ? { cmd, explanation: null } : null;
	}
	const whole = parseCommand(t.replace(/^`([^`]+)`$/, '$1'));
	if (whole && whole.line.includes(' ')) return { cmd: whole, explanation: whole.comment ?? null };
	// A code span first: its own `:` (`nginx:1.25`) is not a separator.
	const span = /^`([^`]+)`\s*(.*)$/.exec(t);
	if (span) {
		const cmd = parseCommand(span[1]);
		if (!cmd || cmd.comment || !cmd.line.includes(' ')) return null;
		const rest = span[2].trim();
		const sep = /^(?:#|\/\/|[:：]|->|=>|→|[-–—](?=\s))\s*(.+)$/.exec(rest);
		if (sep) return { cmd, explanation: sep[1] };
		const particle = new RegExp(`^${PARTICLE}\\s+(.+)$`).exec(rest);
		if (particle && isParticleExplanation(particle[1])) return { cmd, explanation: particle[1] };
		return null;
	}
	const split = /^([^:：`]+?)\s*(?:[:：]|\s->|\s=>|\s→|\s[-–—]\s)\s*(.+)$/.exec(t);
	if (split) {
		const cmd = parseCommand(split[1]);
		if (cmd && !cmd.comment && cmd.line.includes(' ')) return { cmd, explanation: split[2] };
	}
	// `docker images 로 이미지가 생겼는지 확인`: a bare command, a spaced particle, then the explanation.
	const bare = new RegExp(`^([a-z][^\\uac00-\\ud7a3\`]*?)\\s+${PARTICLE}\\s+(.+)$`).exec(t);
	if (bare) {
		const cmd = parseCommand(bare[1]);
		if (cmd && !cmd.comment && cmd.line.includes(' ') && isParticleExplanation(bare[2])) return { cmd, explanation: bare[2] };
	}
	// `도커 허브 로그인: `docker login``, `컨테이너 중지 → docker stop app`: the explanation comes first.
	const reversed = /^(.+?)\s*(?:[:：]|->|=>|→|\s[-–—])\s*`?([^`]+?)`?\s*$/.exec(t);
	if (reversed && HANGUL_OR_WORD.test(reversed[1]) && !parseCommand(reversed[1].replace(/`/g, ''))) {
		const cmd = parseCommand(reversed[2]);
		if (cmd && !cmd.comment && cmd.line.includes(' ')) return { cmd, explanation: reversed[1] };
	}
	return null;
}

const HANGUL_OR_WORD = /[\p{L}]{2,}/u;
const MAX_COMMAND_LINE = 300;

function handleLine(c: Compilation, raw: string, line: number): LineResult {
	const text = raw.trim();
	if (!text) return 'handled';
	if (isImageOnly(text)) {
		c.diag(line, 'info', 'image skipped: cards are text only');
		return 'handled';
	}
	if (isLinkOnly(text)) {
		c.diag(line, 'info', `link skipped: "${short(plainText(text))}" is a reference, not a card`);
		return 'handled';
	}
	const bare = text.replace(/^[-*+]\s+/, '');
	// "`docker run` 의 주요 플래그:" introduces a flag list: remember the command, make no card.
	const intro = /^[^`]*`([^`]+)`[^`]*[:：]$/.exec(bare);
	const introCommand = intro ? parseCommand(intro[1]) : null;
	if (introCommand) {
		c.lastCommand = { base: introCommand.base, seq: c.seq };
		return 'handled';
	}
	if (/^`?-/.test(bare)) {
		const flag = parseFlag(bare);
		if (flag) {
			const base = flagBase(c);
			if (base) return addFlagCards(c, base, flag, line) ? 'card' : 'handled';
			c.diag(line, 'info', `flag \`${flag.flag}\` skipped: no command before it to attach it to`);
			return 'handled';
		}
	}
	const pair = parseShortNamePair(bare);
	if (pair) return addShortNameCards(c, pair, line) ? 'card' : 'handled';
	const command = lineCommand(bare);
	if (command) {
		if (command.explanation) return addCommandCard(c, command.explanation, command.cmd, line) ? 'card' : 'handled';
		c.lastCommand = { base: command.cmd.base, seq: c.seq };
		c.diag(line, 'info', `command \`${short(command.cmd.line)}\` skipped: no explanation to ask it by`);
		return 'handled';
	}
	const qa = questionAnswer(bare);
	if (qa) return c.add({ kind: 'concept', front: qa.q, back: qa.a }, line) ? 'card' : 'handled';
	const td = splitTermDef(bare);
	if (td) return addConcept(c, td.term, td.def, line) ? 'card' : 'handled';
	const bs = boldSentence(bare);
	if (bs) return addConcept(c, bs.term, bs.def, line) ? 'card' : 'handled';
	return 'prose';
}

/** `Q. 질문? A. 답` on one line (also `Q:`/`A:`). */
function questionAnswer(text: string): { q: string; a: string } | null {
	const m = /^Q\s*[.:：)]\s*(.+?)\s+A\s*[.:：)]\s*(.+)$/.exec(text.trim());
	if (!m) return null;
	const q = cleanMarkdown(m[1]);
	const a = tidyDef(m[2]);
	return plainText(q) && plainText(a) ? { q, a } : null;
}

/** The first sentence of a text (up to `.`/`。` followed by a space or the end). */
function leadSentence(text: string): string {
	const m = /^(.{8,}?(?:[.。](?=\s|$)|다\.?(?=\s|$)))/.exec(text.trim());
	return (m ? m[1] : text).trim();
}

/**
 * A sentence that opens with a bold term: "A **Pod** is the smallest deployable unit…",
 * "**etcd** is the key-value store…", "**kube-scheduler** assigns new pods to nodes", "**레플리카셋**은 …".
 */
function boldSentence(text: string): { term: string; def: string } | null {
	const t = text.trim();
	const en = /^(?:(?:an?|the)\s+)?(?:\*\*|__)([^*_]+)(?:\*\*|__)\s+(?:(?:is|are|means|refers to)\s+)?([a-z].+)$/i.exec(t);
	// Korean only when the sentence reads as a definition ("…이다", "…을 말한다"), not a step ("…에 저장").
	const ko = /^(?:\*\*|__)([^*_]+)(?:\*\*|__)\s?(?:은|는|이란|란)\s+(.+?(?:이다|입니다|된다|됩니다|말한다|말합니다|의미한다|의미합니다|뜻한다|뜻합니다)\.?)(?:\s.*)?$/.exec(t);
	const m = ko ?? (en && /^[a-z]/.test(en[2]) ? en : null);
	if (!m || !isTermLike(m[1])) return null;
	const def = leadSentence(m[2]).replace(/[.。]$/, '');
	if (plainText(def).length < 6 || plainText(def).length > 200 || /[?？]$/.test(def)) return null;
	return { term: m[1], def };
}

/** A concept card term → definition; a generic term ("장점") gets its heading as context. */
function addConcept(c: Compilation, term: string, def: string, line: number, heading = c.heading()): boolean {
	if (isAside(tidyTerm(term))) {
		c.diag(line, 'info', `"${short(plainText(term))}" skipped: a note label or page property, not a term`);
		return false;
	}
	if (isMostlyLinks(def)) {
		c.diag(line, 'info', `"${short(plainText(term))}" skipped: links are references, not a definition`);
		return false;
	}
	const front = contextualTerm(tidyTerm(term), heading);
	const back = tidyDef(def);
	if (!front) {
		c.diag(line, 'info', `"${short(plainText(term))}" skipped: generic word with no heading to give it meaning`);
		return false;
	}
	if (!plainText(back)) return false;
	// "volumes:" over "- 이름1:" / "- 이름2:": YAML keys copied as a list are an example, not a definition.
	if (back.split('\n').every(isYamlKeyOnly)) {
		c.diag(line, 'info', `"${short(plainText(term))}" skipped: its answer is YAML keys, not a definition`);
		return false;
	}
	return c.add({ kind: 'concept', front, back }, line);
}

/** A line that is only a bold/code term: `**Docker daemon**`, `` **`Docker Client`** ``, `__Deployment__`. */
function boldOnly(line: string): string | null {
	const m = /^(?:\*\*|__)`?([^*_`]+?)`?(?:\*\*|__)\s*:?$/.exec(line.trim()) ?? /^`([^`]+)`\s*:?$/.exec(line.trim());
	return m && (isTermLike(m[1]) || lineCommand(m[1])) ? m[1].trim() : null;
}

/** A definition-like sentence: not a tutorial step, a question or a contrast. */
function isDefinition(text: string): boolean {
	const t = plainText(text);
	if (t.length < 6 || t.length > 200) return false;
	if (/[?？!]|(?:보자|해보자|하자|봅시다|합시다|자)\.?$/.test(t)) return false;
	if (/^(?:이제|다시|그|이|여기서|그리고|하지만|또한|예를|예:|e\.g|ex\)|처음|먼저|마지막)/.test(t)) return false;
	if (/지만,|다고 한다|라고 한다/.test(t)) return false;
	// "…파드가 관리의 주체이기 때문에, 컨테이너의 상태는 비교적 단순하다": a reason, not what the term is.
	if (/기 때문에|이기에|므로,/.test(t)) return false;
	// Narrative past tense ("…해 보았는데 어려웠다.") is a diary line, not a definition.
	if (/(?:었|았|였|했)(?:다|는데|고)\.?$/.test(t) || /(?:었|았|였|했)는데/.test(t)) return false;
	// "These are my notes…", "I thought…", "In this post…": the writer talking, not a definition.
	if (/^(?:this|these|that|those|i|i'm|i've|we|you|my|our|in this|here|today|let's|so|now|first|then|next|finally)\b/i.test(t)) return false;
	// "안녕하세요! 오늘은…", "~해 보려고 합니다": a blog's opening.
	if (/^(?:안녕|오늘|이번|지난)|(?:려고 합니다|겠습니다|해요|에요|네요)\.?$/.test(t)) return false;
	// "…처음 겪는 일들을 기록하는 일종의 cheat sheet.", "강의를 보고 정리한 repository 입니다": the note describing itself.
	if (/(?:기록|정리)(?:하는|한|해 둔|해둔|해 놓은)\s|cheat\s?sheet|치트\s?시트|repository|레포지토리|블로그|포스팅/i.test(t)) return false;
	return true;
}

/** First sentence of a line, when the line is long. */
function firstSentence(text: string): string {
	const t = text.trim();
	if (t.length <= 150) return t;
	const m = /^(.{10,150}?[.。])\s/.exec(t);
	return m ? m[1] : t;
}

/** "bind mount는 호스트의 경로를 …" under `## bind mount`: the answer need not repeat the term. */
function withoutLeadingTerm(def: string, term: string): string {
	const name = plainText(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	if (!name) return def;
	const lead = new RegExp(`^(?:\\*\\*|__|\`)?${name}(?:\\*\\*|__|\`)?(?:\\s?(?:은|는|이란|란|에는)|\\s+(?:is|are)(?:\\s+(?:an?|the))?)\\s+`, 'i');
	const rest = def.replace(lead, '');
	return rest !== def && plainText(rest).length >= 6 ? rest : def;
}

/** Handles a paragraph; returns the number of prose lines nothing was made of. */
export function compileParagraph(c: Compilation, text: string, line: number, heading: string | null): void {
	const lines = text.split('\n');
	let cards = 0;
	let prose = 0;
	let firstProse = -1;
	let start = 0;
	// `**Term**` alone, definition on the next line(s).
	const bold = boldOnly(lines[0]);
	if (bold && lines.length > 1 && !splitTermDef(lines[1]) && !lineCommand(lines[1])) {
		const def = lines.slice(1).filter((l) => !isImageOnly(l)).join('\n');
		if (plainText(def) && addConcept(c, bold, firstSentence(def), line)) cards++;
		start = lines.length;
	}
	for (let i = start; i < lines.length; i++) {
		const next = lines[i + 1] ?? '';
		// Definition list (`Term` / `: definition`) and a two-line `Q.` / `A.` pair.
		const dd = /^\s*:\s+(\S.*)$/.exec(next);
		const qa = /^\s*Q\s*[.:：)]\s*(\S.*)$/.exec(lines[i]);
		const answer = /^\s*A\s*[.:：)]\s*(\S.*)$/.exec(next);
		if ((dd && isTermLike(lines[i]) && !/[:：]\s*$/.test(lines[i])) || (qa && answer)) {
			const ok = dd ? addConcept(c, lines[i].trim(), dd[1], line + i) : c.add({ kind: 'concept', front: cleanMarkdown(qa![1]), back: tidyDef(answer![1]) }, line + i);
			if (ok) cards++;
			i++;
			continue;
		}
		const r = handleLine(c, lines[i], line + i);
		if (r === 'card') cards++;
		else if (r === 'prose') {
			prose++;
			if (firstProse === -1) firstProse = i;
		}
	}
	// A heading followed by a definition sentence: "#### etcd" / "모든 클러스터 데이터를 저장하는 …".
	if (heading && firstProse === 0 && !cards) {
		const def = withoutLeadingTerm(firstSentence(cleanMarkdown(lines[0])), heading);
		if (isDefinition(def) && !HANGUL.test(def.slice(0, 0))) {
			if (addConcept(c, heading, def, line)) {
				cards++;
				prose--;
			}
		}
	}
	if (prose > 0 && !cards) c.diag(line, 'info', `paragraph skipped: prose, no term: definition or command (${plainText(text).length} chars)`);
	else if (prose > 0) c.diag(line + Math.max(firstProse, 0), 'info', `${prose} prose line(s) in paragraph skipped`);
}

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
		c.diag(listLine, 'info', `link list skipped (${items.length} item(s)): links are references, not cards`);
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
	if (quiet) return;
	if (proseItems.length === items.length && !cards) {
		c.diag(listLine, 'info', `list skipped (${items.length} item(s)): prose bullets, no term: definition`);
	} else if (proseItems.length) {
		c.diag(proseItems[0].line, 'info', `${proseItems.length} of ${items.length} list item(s) skipped: prose, no term: definition`);
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
			if (lineCommand(first) || parseShortNamePair(first) || /^`/.test(first.trim()) || /^`?-/.test(first.trim())) continue;
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

function isYamlKeyOnly(line: string): boolean {
	return /^(?:[-*+]\s+)?[^\s:]+:\s*$/.test(line.trim());
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
			if (cmd && !cmd.explanation) {
				if (addCommandCard(c, stripNumbering(first), cmd.cmd, it.line)) {
					made = true;
					return false;
				}
			}
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
