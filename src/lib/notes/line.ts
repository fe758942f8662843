/**
 * One line of plain notes: tried as a command with its explanation, a flag, a short-name pair, a
 * `Q. … A. …` pair, `term: definition` or a sentence opening with a bold term. Also the one place a
 * concept card is made from a term and its definition (`addConcept`).
 */
import type { Compilation } from './context';
import { addCommandCard, addFlagCards, parseCommand, parseFlag, programFromHeadings, type ParsedCommand } from './commands';
import { HANGUL, cleanMarkdown, contextualTerm, isAside, isImageOnly, isLinkOnly, isMostlyLinks, isTermLike, plainText, short, splitTermDef, tidyDef, tidyTerm } from './inline';
import { addShortNameCards, parseShortNamePair } from './shortnames';

/** Outcome of one line: a card (or a deliberate skip with its own diagnostic), or plain prose. */
export type LineResult = 'card' | 'handled' | 'prose';

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
		// "`docker-compose up -d`를 실행하면 모든 서비스가 시작됩니다": the rest of the sentence is the purpose.
		const use = USE_CLAUSE.exec(rest);
		// "… 시작됩니다" → "… 시작": the result it states is what the command is asked by.
		if (use && plainText(use[1]).length >= 4 && !/[?？]$/.test(use[1])) return { cmd, explanation: use[1].replace(/\s*(?:(?:할|될) 수 있(?:습니다|다)|됩니다|된다|합니다|한다|해요|돼요)$/, '') };
		return null;
	}
	// "모든 리소스를 보려면 `kubectl get all`을 실행합니다": the purpose comes first.
	const last = USE_LAST.exec(t);
	if (last) {
		const cmd = parseCommand(last[2]);
		if (cmd && !cmd.comment && cmd.line.includes(' ') && plainText(last[1]).length >= 4) return { cmd, explanation: last[1] };
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
/** "`cmd`를 실행하면 …", "`cmd`를 사용하여 …": a command written inline in Korean prose, then its purpose ("`cmd`을 이용해 …" is a means in a longer step, not read). */
const USE_CLAUSE = /^(?:을|를)\s*(?:실행하면|실행해서|사용하여|사용해서?|사용하면|입력하면)\s*,?\s*(.+?)\.?$/;
/** "…하려면 `cmd`를 실행합니다": the purpose, then the command. */
const USE_LAST = /^([^`]{4,}?)\s*,?\s*`([^`]+)`\s*(?:을|를)\s*(?:실행|입력|사용)(?:합니다|한다|하세요|해요|하면 된다|하면 됩니다)\.?$/;
const MAX_COMMAND_LINE = 300;

export function handleLine(c: Compilation, raw: string, line: number): LineResult {
	const text = raw.trim();
	if (!text) return 'handled';
	if (isImageOnly(text)) {
		c.diag(line, 'info', 'image-skipped');
		return 'handled';
	}
	if (isLinkOnly(text)) {
		c.diag(line, 'info', 'link-skipped', { text: short(plainText(text)) });
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
			c.diag(line, 'info', 'flag-no-command', { flag: flag.flag });
			return 'handled';
		}
	}
	const pair = parseShortNamePair(bare);
	if (pair) return addShortNameCards(c, pair, line) ? 'card' : 'handled';
	const command = lineCommand(bare);
	if (command) {
		if (command.explanation) return addCommandCard(c, command.explanation, command.cmd, line) ? 'card' : 'handled';
		c.lastCommand = { base: command.cmd.base, seq: c.seq };
		c.diag(line, 'info', 'command-no-explanation', { command: short(command.cmd.line) });
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
export function addConcept(c: Compilation, term: string, def: string, line: number, heading = c.heading()): boolean {
	if (isAside(tidyTerm(term))) {
		c.diag(line, 'info', 'term-aside', { term: short(plainText(term)) });
		return false;
	}
	if (isMostlyLinks(def)) {
		c.diag(line, 'info', 'term-links', { term: short(plainText(term)) });
		return false;
	}
	let front = contextualTerm(tidyTerm(term), heading);
	let back = tidyDef(def);
	// `spec.parallelism: 2 동시에 2개씩 실행`: the example value is not part of the definition.
	const valued = /^([\w."'/-]{1,20})\s+(\S.*)$/.exec(back);
	if (isFieldKey(term) && valued && !HANGUL.test(valued[1]) && HANGUL.test(valued[2].slice(0, 12))) back = valued[2];
	// `expression-operator : In, NotIn, Exists`: an enumeration asks for the kinds, of the heading's subject.
	if (front && isEnumeration(back) && heading && !front.toLowerCase().includes(heading.toLowerCase())) front = `${heading}의 ${front} 종류`;
	if (!front) {
		c.diag(line, 'info', 'term-generic', { term: short(plainText(term)) });
		return false;
	}
	if (!plainText(back)) return false;
	// "volumes:" over "- 이름1:" / "- 이름2:": YAML keys copied as a list are an example, not a definition.
	if (back.split('\n').every(isYamlKeyOnly)) {
		c.diag(line, 'info', 'term-yaml-keys', { term: short(plainText(term)) });
		return false;
	}
	return c.add({ kind: 'concept', front, back }, line);
}

export function isYamlKeyOnly(line: string): boolean {
	return /^(?:[-*+]\s+)?[^\s:]+:\s*$/.test(line.trim());
}

/** A manifest field written as a term: `spec.parallelism`, `backoffLimit`, `restartPolicy`. */
function isFieldKey(term: string): boolean {
	return /^`?[a-z][\w]*(?:\.[a-zA-Z]\w*)+`?$|^`?[a-z]+[A-Z]\w*`?$/.test(plainText(term).trim());
}

/** Three or more short names separated by commas (`In, NotIn, Exists`): the kinds of something. */
export function isEnumeration(text: string): boolean {
	const items = plainText(text).split(/\s*,\s*/);
	return items.length >= 3 && items.every((i) => /^[A-Za-z][\w-]{0,24}$/.test(i));
}
