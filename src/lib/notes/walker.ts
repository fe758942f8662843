/**
 * Walks marked's block tokens in order, keeping heading breadcrumbs and source lines, and hands
 * each block to the module that knows it (plain, commands, tables, yamlblocks).
 */
import type { Token, Tokens } from 'marked';
import type { Compilation } from './context';
import type { LineIndex } from './lines';
import { compileShellBlock, isShellLang, parseCommand } from './commands';
import { headingTag, headingTerm, isGeneric, isImageOnly, isTermLike, plainText } from './inline';
import { compileList, compileParagraph, type ListEnv } from './plain';
import { compileTable } from './tables';
import { addExercise, plainYamlBlock, readChecks, readTask, type PendingTask } from './yamlblocks';

interface WalkState {
	/** The heading just before the current block, when it can be a term ("etcd", "컨테이너란?"). */
	heading: { term: string; seq: number } | null;
	/** Text of the paragraph just before, with its block number (a bare command's explanation). */
	prevParagraph: { text: string; seq: number } | null;
	task: PendingTask | null;
	lastExercise: { seq: number; card: { solution?: string } } | null;
}

export function walkDocument(c: Compilation, tokens: Token[], index: LineIndex): void {
	const state: WalkState = { heading: null, prevParagraph: null, task: null, lastExercise: null };
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
			c.diag(line, 'error', `block skipped after an internal error: ${error instanceof Error ? error.message : String(error)}`);
		}
	};

	const headingFor = (): string | null => (state.heading && state.heading.seq === c.seq - 1 ? state.heading.term : null);

	const dispatch = (tok: Token, off: number, line: number): void => {
		switch (tok.type) {
			case 'heading': {
				const h = tok as Tokens.Heading;
				c.enterHeading(h.depth, headingTag(h.text));
				const task = readTask(h.text, line);
				if (task) state.task = task;
				const term = headingTerm(h.text);
				// A topic heading may head a list ("컨테이너를 사용하는 이유"); a definition needs a term (checked there).
				state.heading = term && term.length <= 40 && !/[.!。]$/.test(term) && !isGeneric(term) && !/^day\s*\.?\s*\d+|^(?:overview|review)\b|\svs\.?\s/i.test(term) ? { term, seq: c.seq } : null;
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
					c.diag(line, 'info', 'image skipped: cards are text only');
					return;
				}
				const h = headingFor();
				compileParagraph(c, p.text, line, h && isTermLike(h) ? h : null);
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
				walkNested((tok as Tokens.Blockquote).tokens, off);
				return;
			case 'html': {
				const html = tok.raw.trim();
				if (/^(?:<br\s*\/?>\s*)+$/i.test(html) || /^<!--[\s\S]*-->$/.test(html)) return;
				if (/^<img\b/i.test(html)) c.diag(line, 'info', 'image skipped: cards are text only');
				else c.diag(line, 'info', 'HTML block skipped');
				return;
			}
			case 'hr':
			case 'space':
			case 'def':
				return;
			default:
				if (tok.raw.trim()) c.diag(line, 'info', `${tok.type} block skipped`);
		}
	};

	const code = (tok: Tokens.Code, line: number): void => {
		const words = (tok.lang ?? '').trim().toLowerCase().split(/\s+/);
		const lang = words[0] ?? '';
		const role = words[1] ?? '';
		const fence = /^\s*(`{3,}|~{3,})/.exec(tok.raw);
		if (fence && !new RegExp(`\\n\\s*${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}\\s*$`).test(tok.raw.replace(/\n+$/, ''))) {
			c.diag(line, 'warning', 'unterminated code fence: the rest of the file was read as code');
		}
		const body = tok.text;
		if (lang === 'yaml' || lang === 'yml') {
			if (role === 'broken') {
				if (!state.task) {
					c.diag(line, 'warning', '```yaml broken block skipped: no `과제:` / `Exercise:` task before it');
					return;
				}
				const card = addExercise(c, state.task, body, line);
				state.task = null;
				state.lastExercise = card ? { seq: c.seq, card } : null;
				return;
			}
			if (role === 'solution') {
				if (state.lastExercise && c.seq - state.lastExercise.seq <= 2) state.lastExercise.card.solution = body;
				else c.diag(line, 'warning', '```yaml solution block skipped: no ```yaml broken block just before it');
				state.lastExercise = null;
				return;
			}
			plainYamlBlock(c, body, line);
			return;
		}
		if (!tok.codeBlockStyle && isShellLang(lang)) {
			if (!lang && looksLikeYaml(body)) {
				plainYamlBlock(c, body, line);
				return;
			}
			const introLine = state.prevParagraph && state.prevParagraph.seq === c.seq - 1 ? lastLine(state.prevParagraph.text) : null;
			// Only a short lead-in ("네트워크 목록 확인") explains a bare command; a long sentence is commentary.
			const intro = introLine && plainText(introLine).length <= 50 ? introLine : null;
			compileShellBlock(c, body, line, !lang, intro);
			return;
		}
		if (lang === 'dockerfile' || lang === 'docker') c.diag(line, 'info', 'Dockerfile block skipped: no cards from Dockerfile code');
		else c.diag(line, 'info', `code block skipped: ${lang ? `\`${lang}\`` : 'indented'} code is not a command or YAML`);
	};

	let at = 0;
	for (const tok of tokens) {
		// Top-level raws concatenate to the source, so offsets are exact here.
		const off = index.text.startsWith(tok.raw, at) ? at : index.find(tok.raw, at);
		if (tok.type !== 'space') block(tok, off);
		at = off + tok.raw.length;
	}
	if (state.task) c.diag(state.task.line, 'warning', `task "${plainText(state.task.task).slice(0, 40)}" skipped: no \`\`\`yaml broken block after it`);
}

/** An untagged block whose lines are `key: value` mappings and not commands. */
function looksLikeYaml(body: string): boolean {
	const lines = body.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
	if (lines.length < 2) return false;
	if (lines.some((l) => parseCommand(l))) return false;
	return /^[\w.-]+\s*:/.test(lines[0]) && lines.filter((l) => /^\s*(?:-\s+)?[\w.-]+\s*:|^\s*-\s+\S/.test(l)).length >= lines.length * 0.6;
}

/** The last non-empty line of a paragraph: what introduces the code block below it. */
function lastLine(text: string): string | null {
	const l = text.split('\n').filter((x) => x.trim() && !isImageOnly(x)).pop();
	return l ? l.trim() : null;
}
