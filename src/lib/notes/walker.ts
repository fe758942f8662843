/**
 * Walks marked's block tokens in order, keeping heading breadcrumbs and source lines, and hands
 * each block to the module that knows it (plain, commands, tables, yamlblocks).
 */
import type { Token, Tokens } from 'marked';
import type { Compilation } from './context';
import type { LineIndex } from './lines';
import { compileShellBlock, isShellLang, parseCommand } from './commands';
import { HANGUL, cleanMarkdown, headingTag, headingTerm, isGeneric, isImageOnly, isTermLike, plainText } from './inline';
import { compileList, type ListEnv } from './list';
import { compileParagraph } from './paragraph';
import { compileRows, compileTable } from './tables';
import { addExercise, plainYamlBlock, readChecks, readTask, type PendingTask } from './yamlblocks';
import { errorMessage } from '../errors';

interface WalkState {
	/** The heading just before the current block, when it can be a term ("etcd", "컨테이너란?"). */
	heading: { term: string; seq: number } | null;
	/** Text of the paragraph just before, with its block number (a bare command's explanation). */
	prevParagraph: { text: string; seq: number } | null;
	task: PendingTask | null;
	/** The last heading, with its block number: it captions a one-command block right below it. */
	lastHeading: { text: string; seq: number } | null;
	lastExercise: { seq: number; card: { solution?: string } } | null;
}

export function walkDocument(c: Compilation, tokens: Token[], index: LineIndex): void {
	const state: WalkState = { heading: null, prevParagraph: null, task: null, lastHeading: null, lastExercise: null };
	const env: ListEnv = {
		find: (raw, from) => index.find(raw, from),
		lineOf: (o) => index.lineOf(o),
		walk: (toks, from) => walkNested(toks, from)
	};

	const walkNested = (toks: Token[], from: number): void => {
		let at = from;
		for (const tok of toks) {
			if (tok.type === 'space') continue;
			const off = index.find(tok.raw, at);
			block(tok, off);
			// Continue after this token's last line, so the next sibling is found after it.
			at = index.offsetOfLine(index.lineOf(off) + Math.max(0, tok.raw.replace(/\n+$/, '').split('\n').length - 1));
		}
	};

	const block = (tok: Token, off: number): void => {
		const line = index.lineOf(off);
		c.seq++;
		try {
			dispatch(tok, off, line);
		} catch (error) {
			// One odd block must not cost the learner the rest of the file.
			c.diag(line, 'error', 'block-internal-error', { error: errorMessage(error) });
		}
	};

	const headingFor = (): string | null => (state.heading && state.heading.seq === c.seq - 1 ? state.heading.term : null);

	const dispatch = (tok: Token, off: number, line: number): void => {
		switch (tok.type) {
			case 'heading': {
				const h = tok as Tokens.Heading;
				c.enterHeading(h.depth, headingTag(h.text));
				state.lastHeading = { text: headingTerm(h.text), seq: c.seq };
				const task = readTask(h.text, line);
				if (task) state.task = task;
				// "# Namespaces" / "## 역할": a definitional sub-heading defines its parent's term ("Namespaces의 역할").
				const parent = c.crumbs.length > 1 ? headingTerm(c.crumbs[c.crumbs.length - 2].text) : '';
				const own = headingTerm(h.text);
				const term = DEFINING_HEADINGS.test(own) && parent && !isGeneric(parent) ? `${parent}의 ${own}` : own;
				// A topic heading may head a list ("컨테이너를 사용하는 이유"); a definition needs a term (checked there).
				state.heading =
					term && term.length <= 40 && !/[.!。]$/.test(term) && !isGeneric(term) && !isQuestionHeading(term) && !/^day\s*\.?\s*\d+|^(?:overview|review)\b|\svs\.?\s/i.test(term) && !isTopicHeading(term)
						? { term, seq: c.seq }
						: null;
				return;
			}
			case 'paragraph': {
				const p = tok as Tokens.Paragraph;
				const task = readTask(p.text, line);
				if (task) {
					state.task = task;
					return;
				}
				const checks = readChecks(p.text);
				if (checks && state.task && /^checks\s*[:：]/i.test(p.text.trim())) {
					state.task.checks = checks;
					return;
				}
				if (p.text.split('\n').every((l) => !l.trim() || isImageOnly(l))) {
					c.diag(line, 'info', 'image-skipped');
					return;
				}
				// `**Probe**` alone on its line is how Notion/GitHub notes write a small heading: it heads
				// the definition or bullets below it, like `#### Probe` would.
				const pseudo = /^(?:\*\*|__)([^*_\n]{2,40})(?:\*\*|__)\s*$/.exec(p.text.trim());
				if (pseudo && isTermLike(pseudo[1]) && !isQuestionHeading(headingTerm(pseudo[1]))) {
					const term = headingTerm(pseudo[1]);
					state.heading = term && !isGeneric(term) && !/\s(?:vs\.?|및|와|과)\s/i.test(term) ? { term, seq: c.seq } : null;
					state.prevParagraph = { text: p.text, seq: c.seq };
					return;
				}
				const h = headingFor();
				compileParagraph(c, p.text, line, h && isTermLike(h) && !isTaskHeading(h) ? h : null);
				state.prevParagraph = { text: p.text, seq: c.seq };
				return;
			}
			case 'list':
				compileList(c, tok as Tokens.List, off, env, headingFor());
				return;
			case 'table':
				compileTable(c, tok as Tokens.Table, line);
				return;
			case 'code':
				code(tok as Tokens.Code, line);
				return;
			case 'blockquote':
				// Notes that write their body as `> …` under each heading: the quote's first block still
				// follows the heading (same block number), so "## FROM" / "> FROM은 …" is a definition.
				c.seq--;
				walkNested((tok as Tokens.Blockquote).tokens, off);
				return;
			case 'html': {
				const html = tok.raw.trim();
				if (/^(?:<br\s*\/?>\s*)+$/i.test(html) || /^<!--[\s\S]*-->$/.test(html)) return;
				if (htmlBlock(c, tok.raw, line)) return;
				if (/^<img\b/i.test(html)) c.diag(line, 'info', 'image-skipped');
				else c.diag(line, 'info', 'html-skipped');
				return;
			}
			case 'hr':
			case 'space':
			case 'def':
				return;
			default:
				if (tok.raw.trim()) c.diag(line, 'info', 'block-skipped', { type: tok.type });
		}
	};

	const code = (tok: Tokens.Code, line: number): void => {
		const words = (tok.lang ?? '').trim().toLowerCase().split(/\s+/);
		const lang = words[0] ?? '';
		const role = words[1] ?? '';
		const fence = /^\s*(`{3,}|~{3,})/.exec(tok.raw);
		if (fence && !new RegExp(`\\n\\s*${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}\\s*$`).test(tok.raw.replace(/\n+$/, ''))) {
			c.diag(line, 'warning', 'fence-unterminated');
		}
		const body = tok.text;
		if (lang === 'yaml' || lang === 'yml') {
			if (role === 'broken') {
				if (!state.task) {
					c.diag(line, 'warning', 'yaml-broken-no-task');
					return;
				}
				const card = addExercise(c, state.task, body, line);
				state.task = null;
				state.lastExercise = card ? { seq: c.seq, card } : null;
				return;
			}
			if (role === 'solution') {
				if (state.lastExercise && c.seq - state.lastExercise.seq <= 2) state.lastExercise.card.solution = body;
				else c.diag(line, 'warning', 'yaml-solution-no-broken');
				state.lastExercise = null;
				return;
			}
			plainYamlBlock(c, body, line);
			return;
		}
		// An indented block is often a quoted paragraph; it is a shell block when a line in it is a command.
		const indentedCommands = tok.codeBlockStyle === 'indented' && body.split('\n').some((l) => parseCommand(l) !== null);
		if ((!tok.codeBlockStyle && isShellLang(lang)) || indentedCommands) {
			if (!lang && looksLikeYaml(body)) {
				plainYamlBlock(c, body, line);
				return;
			}
			const introLine = state.prevParagraph && state.prevParagraph.seq === c.seq - 1 ? lastLine(state.prevParagraph.text) : null;
			// Only a short lead-in ("네트워크 목록 확인") explains a bare command; a long sentence is commentary.
			// "### 실행 중인 컨테이너 확인" right above a one-command block captions it like a lead-in sentence.
			const caption = state.lastHeading && state.lastHeading.seq === c.seq - 1 && HANGUL.test(state.lastHeading.text) ? leadIn(state.lastHeading.text) : null;
			const intro = introLine ? leadIn(introLine) : caption;
			compileShellBlock(c, body, line, !lang, intro);
			return;
		}
		if (lang === 'dockerfile' || lang === 'docker') c.diag(line, 'info', 'dockerfile-skipped');
		else c.diag(line, 'info', 'code-skipped', { lang });
	};

	let at = 0;
	for (const tok of tokens) {
		// Top-level raws concatenate to the source, so offsets are exact here.
		const off = index.text.startsWith(tok.raw, at) ? at : index.find(tok.raw, at);
		if (tok.type !== 'space') block(tok, off);
		at = off + tok.raw.length;
	}
	if (state.task) c.diag(state.task.line, 'warning', 'task-no-broken', { task: plainText(state.task.task).slice(0, 40) });
}

/** Sub-headings that say what their parent heading's term is (its role, its definition). */
const DEFINING_HEADINGS = /^(?:역할|정의|개념|의미)$/;

/** `<pre>` holding commands and a two-column `<table>`: read like a code block and a markdown table. */
function htmlBlock(c: Compilation, raw: string, line: number): boolean {
	const pre = /^\s*<pre\b[^>]*>(\n?)([\s\S]*?)<\/pre>\s*$/i.exec(raw);
	if (pre) {
		const body = cleanMarkdown(pre[2].replace(/<[^>]*>/g, '')) ? decodeEntities(pre[2].replace(/<\/?[a-z][^>]*>/gi, '')) : '';
		if (!body.trim()) return false;
		compileShellBlock(c, body, pre[1] ? line : line - 1, true, null);
		return true;
	}
	if (!/^\s*<table\b/i.test(raw)) return false;
	const rows: { cells: string[]; line: number; header: boolean }[] = [];
	for (const m of raw.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)) {
		const cells = [...m[1].matchAll(/<t([hd])\b[^>]*>([\s\S]*?)<\/t[hd]>/gi)];
		if (!cells.length) continue;
		const at = line + raw.slice(0, m.index).split('\n').length - 1;
		rows.push({ cells: cells.map((x) => cleanMarkdown(x[2]).replace(/\s+/g, ' ')), line: at, header: cells.every((x) => x[1].toLowerCase() === 'h') });
	}
	if (!rows.length) return false;
	const header = rows[0].header ? rows[0].cells : rows[0].cells.map(() => '');
	compileRows(c, { header, rows: rows.filter((r) => !r.header) }, line);
	return true;
}

function decodeEntities(text: string): string {
	return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
}

/** An untagged block whose lines are `key: value` mappings and not commands. */
function looksLikeYaml(body: string): boolean {
	const lines = body.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
	if (lines.length < 2) return false;
	if (lines.some((l) => parseCommand(l))) return false;
	return /^[\w.-]+\s*:/.test(lines[0]) && lines.filter((l) => /^\s*(?:-\s+)?[\w.-]+\s*:|^\s*-\s+\S/.test(l)).length >= lines.length * 0.6;
}

/**
 * A question heading ("왜 볼륨이 필요할까?", "How does it work?") asks for an explanation; it is not a
 * term whose definition follows.
 */
function isQuestionHeading(term: string): boolean {
	return /^(?:왜|어떻게|언제|어디|무엇을|뭘|why|how|when|where|what|which)\s/i.test(term) || /(?:할까|일까|을까|는가|인가|나요|까요|될까|했을까)$/.test(term);
}

/** "Dockerfile detail", "도커 정리", "Docker basics": a page or chapter title, not a term to define. */
function isTopicHeading(term: string): boolean {
	return /\s(?:details?|정리|요약|basics|notes?|summary|cheat\s?sheet|치트\s?시트|총정리|기초)$/i.test(plainText(term));
}

/** A task heading ("볼륨 만들기", "YAML 빠르게 만들기", "Setting up …"): steps follow, not a definition. */
function isTaskHeading(term: string): boolean {
	const t = plainText(term);
	return (/\s[\uac00-\ud7a3]*[\uac00-\ud7a3](?:하기|기)$/.test(t) && !/(?:크기|무기|공기|용기|전기|주기|분기)$/.test(t)) || /^(?:setting up|creating|installing|running|using|getting started)\b/i.test(t);
}

/**
 * The lead-in of a code block as a prompt: the last sentence of the line before it, without the
 * blog's connectives ("먼저", "이제"); null when it is too long or not an instruction.
 */
function leadIn(line: string): string | null {
	const sentences = line.split(/(?<=[.!?。])\s+/).filter((x) => x.trim());
	let s = (sentences.pop() ?? '').trim();
	// "또는 아래와 같은 방법으로도 …": another way to do what came before, which this line does not say.
	if (/^(?:또는|혹은|or|alternatively)(?:[\s,]|$)/i.test(s)) return null;
	s = s.replace(/^(?:먼저|우선|이제|그럼|그러면|다음으로|마지막으로|이번에는|자,?)\s+/, '').replace(/^(?:now|first|then|next|finally),?\s+/i, '');
	// "이 첫 번째 명령은 …", "위 명령어로 …": the sentence names the block; what it does follows.
	s = s.replace(/^(?:이|위의?|아래의?|다음의?)\s*(?:(?:첫|두|세|네|다섯)\s*번째\s*)?명령(?:어)?(?:은|는|으로|로)\s+/, '');
	// "아래 명령으로 …": a pointer to the block, not what the command does.
	s = s.replace(/(?:아래|다음)(?:와 같은| 같은)?\s*(?:명령어?|방법)(?:으로|로)도?\s+/, '');
	// "네임스페이스를 보려면 아래 명령어를 사용하면 됩니다", "… 아래와 같이 조회합니다": the pointer goes, the goal stays.
	s = s.replace(/\s*(?:아래|다음)(?:의)?\s*(?:명령어?|방법)(?:을|를)\s*(?:사용|입력|실행)하(?:시)?면\s*됩니다\.?$/, '');
	s = s.replace(/\s*(?:아래|다음)와\s*같이\s*(?:하시면|하면)\s*됩니다\.?$/, '').replace(/(?:아래|다음)와\s*같이\s+/, '');
	s = s.replace(/\s*[:：,，]$/, '');
	const plain = plainText(s);
	if (!plain || plain.length > 50 || /[?？]$/.test(plain)) return null;
	return s;
}

/** The last non-empty line of a paragraph: what introduces the code block below it. */
function lastLine(text: string): string | null {
	const l = text.split('\n').filter((x) => x.trim() && !isImageOnly(x)).pop();
	return l ? l.trim() : null;
}
