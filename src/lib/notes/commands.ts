/**
 * Command lines: recognising docker/kubectl/… commands in code blocks and prose, turning
 * `# comment` + command into command drills, and flag lists (`-d : detached`) into flag drills.
 */
import type { Compilation } from './context';
import { checkCommand } from './command-check';
import { HANGUL, cleanMarkdown, plainText, short } from './inline';
import { THRESHOLDS } from './thresholds';

/** Programs worth drilling (the ones the grader knows). Other shell lines are not flashcards. */
const PROGRAMS = new Set([
	'docker', 'docker-compose', 'kubectl', 'minikube', 'helm', 'kubeadm', 'kind', 'podman', 'crictl',
	'docker-machine', 'kustomize', 'k3d', 'kubectx', 'kubens', 'nerdctl', 'ctr', 'buildah', 'skopeo'
]);

/** `docker <group> <verb>`: these docker subcommands take a second verb. */
const DOCKER_GROUPS = new Set([
	'builder', 'buildx', 'compose', 'config', 'container', 'context', 'image', 'manifest', 'network', 'node',
	'plugin', 'secret', 'service', 'stack', 'swarm', 'system', 'trust', 'volume'
]);
/** kubectl subcommands: what may follow the `k` alias. */
const KUBECTL_VERBS = new Set([
	'get', 'describe', 'create', 'apply', 'delete', 'edit', 'run', 'expose', 'scale', 'autoscale', 'rollout', 'set', 'logs', 'exec', 'cp',
	'port-forward', 'proxy', 'label', 'annotate', 'taint', 'drain', 'cordon', 'uncordon', 'top', 'config', 'explain', 'patch', 'replace',
	'auth', 'api-resources', 'api-versions', 'cluster-info', 'version', 'diff', 'wait', 'attach', 'debug', 'certificate', 'kustomize',
	'events', 'plugin', 'completion', 'alpha', 'options', 'convert', 'rolling-update', 'help'
]);
const KUBECTL_GROUPS = new Set(['config', 'rollout', 'set', 'auth', 'certificate', 'top', 'create', 'apply']);

export interface ParsedCommand {
	/** The command as the learner should type it: no `$`/`>` prompt, no `sudo`, no trailing comment. */
	line: string;
	program: string;
	/** Program and subcommand(s), e.g. "docker run", "docker network inspect", "kubectl get". */
	base: string;
	/** Trailing `# comment`, if any. */
	comment?: string;
}

/** Recognises one command line, or null. Placeholders (`{image}`, `<pod>`, `[이미지명]`) are kept. */
export function parseCommand(input: string): ParsedCommand | null {
	let text = input.trim();
	if (!text) return null;
	text = text.replace(HOST_PROMPT, '').replace(/^(?:\$|>|#\s*\$)\s*/, '');
	let comment: string | undefined;
	const hash = findComment(text);
	if (hash !== -1) {
		comment = text.slice(hash + 1).trim() || undefined;
		text = text.slice(0, hash).trim();
	}
	text = text.replace(/^sudo\s+(?:-\S+\s+)*/, '').replace(/\s+/g, ' ').trim();
	// `k get po`: the `alias k=kubectl` of CKA notes; the answer is written out for the grader.
	const alias = /^k (?:\[\[)?([a-z][a-z-]*)/.exec(text);
	if (alias && KUBECTL_VERBS.has(alias[1])) text = `kubectl${text.slice(1)}`;
	// A `[[blank]]` stays in `line` (the card asks it) but is read as its word here.
	const tokens = bracketless(text).split(' ');
	const program = tokens[0];
	if (!PROGRAMS.has(program)) return null;
	// Hangul outside placeholders means prose that merely mentions a program ("kubectl 로 생성").
	const outside = text.replace(/<[^>]*>|\{[^}]*\}|\[[^\]]*\]|"[^"]*"|'[^']*'/g, '');
	if (HANGUL.test(outside)) return null;
	const verb = tokens[1];
	if (verb !== undefined && !/^(?:-|[a-z][a-z0-9-]*$)/.test(verb)) return null;
	return { line: text, program, base: commandBase(tokens), comment };
}

/**
 * The prompt of a terminal copied with its host: `controlplane $ `, `user@host:~/app$ `, `root@master:~# `.
 * A bare word needs `$` (a `word #` is a command with a comment); `#` needs `user@host`.
 */
const HOST_PROMPT = /^(?:[\w.-]+@[\w.-]+(?::[^\s$#]*)?\s*[$#]|[\w.-]+(?::[^\s$#]*)?\s*\$)\s+(?=\S)/;

/** A line that starts with a shell prompt (`$ `, `controlplane $ `, `user@host:~# `): typed, not printed. */
export function hasPrompt(text: string): boolean {
	return /^\s*\$\s+\S/.test(text) || HOST_PROMPT.test(text.trim());
}

/**
 * A usage synopsis (`docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`, `kubectl get [TYPE] [NAME] [flags]`):
 * the shape of a command from its help page, not a command a learner types.
 */
export function isSynopsis(line: string): boolean {
	return /\[(?:options?|flags?)\]|\w\.{2,}\]|\[[^\]\s]*\|[^\]\s]*\]/i.test(line);
}

/**
 * A line of a transcript that is a command although it has no prompt. "kubectl controls the
 * Kubernetes cluster manager." (the first line `kubectl --help` prints) is not: no such subcommand.
 */
function readsAsCommand(text: string): boolean {
	const cmd = parseCommand(text);
	if (!cmd) return false;
	const verb = cmd.line.split(' ')[1];
	return cmd.program !== 'kubectl' || verb === undefined || verb.startsWith('-') || KUBECTL_VERBS.has(verb);
}

/** Index of a `#` that starts a shell comment (preceded by whitespace, not inside quotes). */
function findComment(text: string): number {
	let quote = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quote) {
			if (c === quote) quote = '';
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '#' && i > 0 && /\s/.test(text[i - 1])) return i;
	}
	return -1;
}

function commandBase(tokens: string[]): string {
	const [program, a, b] = tokens;
	const word = (t: string | undefined) => t !== undefined && /^[a-z][a-z0-9-]*$/.test(t);
	if (!word(a)) return program;
	const groups = program === 'kubectl' ? KUBECTL_GROUPS : program === 'docker' || program === 'podman' ? DOCKER_GROUPS : null;
	if (groups?.has(a) && word(b)) return `${program} ${a} ${b}`;
	if (program === 'minikube' || program === 'helm') return `${program} ${a}`;
	return `${program} ${a}`;
}

/** The program of the nearest heading that names one ("kubectl 커맨드 치트 시트" → kubectl). */
export function programFromHeadings(crumbs: { text: string }[]): string | null {
	for (let i = crumbs.length - 1; i >= 0; i--) {
		// "docker run 플래그" → `docker run`: keep an ascii subcommand written right after the program.
		const m = /\b(docker-compose|docker compose|docker|kubectl|minikube|helm|podman)\b(\s+[a-z][a-z-]*(?![\w가-힣]))?/i.exec(crumbs[i].text);
		if (m) return (m[1] + (m[2] ?? '')).toLowerCase();
	}
	return null;
}

export interface FlagItem {
	flag: string;
	/** Value written after the flag in the notes (`--name redis`), if any. */
	value?: string;
	meaning: string;
}

// A colon right after a value with no space is part of it (`-v [HOST]:[CONTAINER]`, `--tmpfs /run:rw`), not a separator.
const FLAG_LINE = /^`?(--?[A-Za-z][\w-]*)(?:(=|\s)([^\s:`#]+))?`?(?:\s*,\s*`?(--?[A-Za-z][\w-]*)`?)?(?:\s*[:：](?=\s)|(?<=^`?--?[A-Za-z][\w-]*`?)[:：]|\s[-–—]\s|\s#\s|\s*=>|\s*->)\s*(.+)$/;

/** `-d : detached`, `` `-p` — publish ``, `-n {namespace} # scope`, `--all-namespaces -A # all`. */
export function parseFlag(line: string): FlagItem | null {
	const text = line.trim().replace(/^[-*+]\s+(?=-)/, '');
	let m = FLAG_LINE.exec(text);
	if (!m) {
		// `--all-namespaces -A # 모든 ns 대상`: long and short form side by side.
		const pair = /^(--?[A-Za-z][\w-]*)\s+(--?[A-Za-z][\w-]*)\s+#\s*(.+)$/.exec(text);
		if (!pair) return null;
		m = [pair[0], pair[1], undefined, undefined, pair[2], pair[3]] as unknown as RegExpExecArray;
	}
	const meaning = cleanMarkdown(m[5] ?? '').trim();
	if (!meaning || meaning.length < 2) return null;
	// "`-v 볼륨이름:컨테이너경로` 형식으로 쓰면 됩니다…": the colon was inside a code span, and the rest is prose.
	if ((meaning.match(/`/g)?.length ?? 0) % 2 === 1 || plainText(meaning).length > 150) return null;
	const value = m[3] ? `${m[2] === '=' ? '=' : ' '}${m[3]}` : undefined;
	return { flag: m[1], value, meaning };
}

/** Emits the two drills of one flag: which flag does X (command, blank flag) and what does it do. */
export function addFlagCards(c: Compilation, base: string, item: FlagItem, line: number): number {
	const meaning = plainText(item.meaning) ? cleanMarkdown(item.meaning) : item.meaning;
	const answer = `${base} ${item.flag}${item.value ?? ''}`;
	let n = 0;
	if (c.add({ kind: 'command', prompt: `\`${base}\` 옵션: ${meaning}`, answer, blank: 'flag', hidden: item.flag }, line)) n++;
	// `-o wide`, `-o yaml`: one flag, several values; the second one's card names its value.
	const plain = `\`${base} ${item.flag}\``;
	const front = item.value && c.has('concept', plain) ? `\`${base} ${item.flag}${item.value}\`` : plain;
	if (c.add({ kind: 'concept', front, back: meaning }, line)) n++;
	return n;
}

/** A command card from an explanation and a command line; returns whether a card was added. */
export function addCommandCard(c: Compilation, prompt: string, cmd: ParsedCommand, line: number): boolean {
	let p = cleanMarkdown(prompt).replace(/^[-*+]\s+/, '').replace(/[.。]\s*$/, '').trim();
	// "# 롤백" (one action word) after `kubectl rollout undo daemonset web`: the action's object is in the command.
	// "목록 조회 (ClusterIP, 포트 확인)" over `kubectl get services`: the remark in brackets names no object either.
	const object = objectOf(cmd);
	const word = plainText(p).replace(/\s*\([^()]*\)\s*$/, '').trim();
	const bareAction = (!/\s/.test(word) && word.length <= THRESHOLDS.shortActionPrompt) || /^목록\s*(?:조회|확인|보기|출력)$/.test(word);
	if (object && bareAction && HANGUL.test(word)) p = `${object} ${p}`;
	if (plainText(p).length < 3) {
		c.diag(line, 'info', 'command-too-short', { command: short(cmd.line), explanation: short(p) });
		return false;
	}
	if (isSynopsis(cmd.line)) {
		c.diag(line, 'info', 'command-synopsis', { command: short(cmd.line) });
		return false;
	}
	// "# apply" over `kubectl apply -f …`: the prompt only names the command, so it asks nothing.
	const named = plainText(p).toLowerCase().replace(/^(?:usage|사용법|형식|syntax)$/, cmd.base.split(' ').pop() ?? '');
	if (!/\s/.test(named) && bracketless(cmd.line).toLowerCase().split(' ').includes(named)) {
		c.diag(line, 'info', 'command-only-named', { command: short(cmd.line), explanation: short(p) });
		return false;
	}
	// A drill's answer is checked by the grader's specs: spacing debris and clear typos are repaired.
	const blank = blankOf(cmd.line);
	const checked = blank.blank ? { line: bracketless(cmd.line), problems: [] } : checkCommand(cmd.line);
	const ok = c.add({ kind: 'command', prompt: p, answer: checked.line, ...blank }, line);
	if (ok) for (const problem of checked.problems) c.diag(line, 'warning', problem.code, problem.params);
	if (ok) c.lastCommand = { base: cmd.base, seq: c.seq };
	return ok;
}

/** The words after a command's base and before its first flag: what it acts on ("daemonset web"). */
function objectOf(cmd: ParsedCommand): string | null {
	const words = bracketless(cmd.line).split(' ').slice(cmd.base.split(' ').length);
	const end = words.findIndex((w) => w.startsWith('-') || /^[|&;>]/.test(w));
	const object = (end === -1 ? words : words.slice(0, end)).join(' ');
	// `docker restart <컨테이너>`: one placeholder names what the command acts on.
	const placeholder = /^[<{]([^<>{}\s]+)[>}]$/.exec(object);
	if (placeholder) return placeholder[1];
	return object && !/[<{[]/.test(object) ? object : null;
}

/** `docker run [[-d]] nginx`: the `[[…]]` part is asked; the answer has no brackets. */
function bracketless(line: string): string {
	return line.replace(/\[\[([^\]]+)\]\]/g, '$1');
}

function blankOf(line: string): { blank?: 'flag' | 'verb' | 'resource' | 'value'; hidden?: string } {
	const m = /\[\[([^\]]+)\]\]/.exec(line);
	if (!m) return {};
	const hidden = m[1];
	if (hidden.startsWith('-')) return { blank: 'flag', hidden };
	const at = line.slice(0, m.index).trim().split(/\s+/).length;
	// Words of the command's base ("docker compose down", "kubectl rollout undo") are verbs.
	const baseWords = commandBase(bracketless(line).split(' ')).split(' ').length;
	if (at < baseWords) return { blank: 'verb', hidden };
	if (line.startsWith('kubectl ') && at === baseWords) return { blank: 'resource', hidden };
	return { blank: 'value', hidden };
}

const SHELL_LANGS = new Set(['', 'bash', 'sh', 'shell', 'console', 'zsh', 'terminal', 'cmd', 'powershell', 'ps', 'text', 'plaintext', 'shell-session', 'shellsession']);

export function isShellLang(lang: string): boolean {
	return SHELL_LANGS.has(lang.toLowerCase());
}

/**
 * A shell code block: `# comment` + one command → a drill; `cmd # comment` → a drill; flag lines
 * (`-n {ns} # …`) → flag drills. In an untagged block a prose line plays the role of a comment.
 * `intro` is the paragraph just before the block, used when the block is a single bare command.
 */
export function compileShellBlock(c: Compilation, code: string, startLine: number, untagged: boolean, intro: string | null): void {
	const lines = code.split('\n');
	let pending: { text: string; line: number } | null = null;
	const unexplained: number[] = [];
	const foreign: number[] = [];
	const output: number[] = [];
	let commands = 0;
	let cards = 0;
	// A terminal transcript (`$ cmd` then what it printed): only prompt lines are commands, the rest is output.
	const prompted = lines.some((l) => hasPrompt(l));
	// Output rarely reads as a command: a non-prompt command line in a transcript is still a command.
	const isOutput = (text: string): boolean => prompted && !/^(?:\$|#)/.test(text) && !hasPrompt(text) && !readsAsCommand(text);
	const commandLines = prompted ? lines.filter((l) => l.trim() && !isOutput(l.trim()) && !/^\s*#/.test(l)).length : lines.filter((l) => l.trim()).length;
	lines.forEach((raw, i) => {
		const line = startLine + 1 + i;
		const text = raw.trim().replace(/^\d+\.\s+(?=\S)/, '');
		if (!text) {
			pending = null;
			return;
		}
		if (isOutput(text)) {
			pending = null;
			output.push(line);
			return;
		}
		if (/^#(?!!)/.test(text) && !/^#\s*\$/.test(text)) {
			pending = { text: text.replace(/^#+\s*/, ''), line };
			return;
		}
		const cmd = parseCommand(text);
		if (!cmd) {
			const flag = /^-/.test(text) ? parseFlag(text) : null;
			if (flag) {
				const base = c.lastCommand?.base ?? programFromHeadingsOf(c);
				if (base) cards += addFlagCards(c, base, flag, line);
				else c.diag(line, 'info', 'flag-no-command', { flag: flag.flag });
			} else if (untagged && HANGUL.test(text) && !/^[>$]/.test(text)) {
				pending = { text, line };
			} else if (/^[>$]/.test(text)) {
				// A prompt line we could not read: its explanation must not slide onto the next command.
				pending = null;
				foreign.push(line);
			} else if (!/^[)}\]]/.test(text)) foreign.push(line);
			return;
		}
		commands++;
		const explanation = cmd.comment ?? pending?.text ?? (commands === 1 && commandLines === 1 ? intro : null);
		pending = null;
		if (explanation && addCommandCard(c, explanation, cmd, line)) cards++;
		else {
			c.lastCommand = { base: cmd.base, seq: c.seq };
			if (!explanation) unexplained.push(line);
		}
	});
	for (const l of unexplained) c.diag(l, 'info', 'command-no-explanation');
	if (output.length) c.diag(output[0], 'info', 'transcript-output', { count: output.length });
	if (foreign.length && !cards && !commands) {
		c.diag(startLine, 'info', 'code-no-commands', { count: foreign.length });
	} else if (foreign.length) {
		c.diag(foreign[0], 'info', 'code-foreign-lines', { count: foreign.length });
	}
}

function programFromHeadingsOf(c: Compilation): string | null {
	return programFromHeadings(c.crumbs);
}
