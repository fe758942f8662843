/**
 * Parser: words → `ParsedCommand`, driven by the specifications. Mimics the flag rules of the real
 * tools (Go's pflag/cobra): `--flag=value`, `--flag value`, clustered short flags (`-it`,
 * `-dp 80:80`), a value glued to a short flag (`-p8080:80`, `-n=dev`), `--` ending the flags, and
 * no flags after the first positional for commands that pass the rest to a container (docker run).
 * Never throws: whatever is wrong becomes an issue in the result.
 */
import { suggest } from './distance';
import { canonicalize } from './equivalents';
import { normalizeArgs, normalizeResources, normalizeValue, splitList } from './normalize';
import type { CommandNode, FlagSpec } from './spec';
import { PROGRAM_BY_WORD, PROGRAM_ROOTS, PROGRAM_WORDS } from './specs';
import { tokenize } from './tokenize';
import type { Finding, ParsedCommand, Token } from './types';

/** Shell operators end the command proper; what follows is compared word by word. */
const OPERATOR_RE = /^[|&;<>]+$/;
/** Operators after which a new command starts (a redirection is followed by a file name). */
const COMMAND_SEPARATORS = new Set(['|', '|&', '||', '&&', ';', '&']);
/** Words in front of the command that do not change what is asked. */
const IGNORED_PREFIXES = new Set(['$', 'sudo']);

/** Programs that read `_` in a flag name as `-` (kubectl: `WarnWordSepNormalizeFunc`). */
const UNDERSCORE_PROGRAMS = new Set(['kubectl']);

/**
 * Environment variables that stand for a flag (the flag wins when both are given), by program.
 * `split`: the variable holds several values (`COMPOSE_FILE=a.yml:b.yml`, `COMPOSE_PROFILES=a,b`).
 */
const ENV_FLAGS: Record<string, Record<string, { flag: string; split?: string }>> = {
	docker: { DOCKER_HOST: { flag: 'host' }, DOCKER_CONTEXT: { flag: 'context' }, DOCKER_CONFIG: { flag: 'config' } },
	'docker compose': {
		COMPOSE_PROJECT_NAME: { flag: 'project-name' },
		COMPOSE_FILE: { flag: 'file', split: ':' },
		COMPOSE_PROFILES: { flag: 'profile', split: ',' },
		COMPOSE_PROJECT_DIRECTORY: { flag: 'project-directory' },
		DOCKER_HOST: { flag: 'host' }
	},
	kubectl: { KUBECONFIG: { flag: 'kubeconfig' } },
	helm: { HELM_NAMESPACE: { flag: 'namespace' }, HELM_KUBECONTEXT: { flag: 'kube-context' }, KUBECONFIG: { flag: 'kubeconfig' } }
};

/** `NAME=value` before a command: an environment assignment for that command only. */
const ASSIGNMENT_RE = /^[A-Za-z_][A-Za-z0-9_]*=/;

const TRUE_WORDS = new Set(['1', 't', 'T', 'true', 'TRUE', 'True']);
const FALSE_WORDS = new Set(['0', 'f', 'F', 'false', 'FALSE', 'False']);

/** The spec node each parse ended on, kept out of the plain result so that it stays JSON-friendly. */
const nodes = new WeakMap<ParsedCommand, CommandNode>();

/** The spec of every flag read, including those of a parent command (`docker compose -f … up`). */
const flagSpecs = new WeakMap<ParsedCommand, Map<string, FlagSpec>>();

/** The command node that `cmd` was parsed against (undefined for an unknown program). */
export function nodeOf(cmd: ParsedCommand): CommandNode | undefined {
	return nodes.get(cmd);
}

/** The spec of a flag of `cmd` by canonical key, wherever in the command line it was read. */
export function flagSpecOf(cmd: ParsedCommand, key: string): FlagSpec | undefined {
	return flagSpecs.get(cmd)?.get(key);
}

function blank(program: string, words: string[], tail: string[]): ParsedCommand {
	return { program, path: [], flags: {}, unknownFlags: [], positionals: [], command: [], tail, issues: [], env: [], forms: [], known: false, words };
}

/** Parse state of one command line. */
interface State {
	cmd: ParsedCommand;
	node: CommandNode;
	specs: Map<string, FlagSpec>;
	/** Every node the parse went through (the program root first), for flags given by environment. */
	visited: CommandNode[];
}

function unknownFlag(state: State, written: string, inline: string | undefined, suggestion?: string): void {
	const { cmd } = state;
	if (!(written in cmd.flags)) cmd.unknownFlags.push(written);
	cmd.flags[written] = [inline ?? 'true'];
	cmd.issues.push({ code: 'unknown-flag', part: 'flag', kind: 'unknown', actual: written, suggestion });
}

/** Applies one flag occurrence; returns the index of the last word it used. */
function applyFlag(state: State, spec: FlagSpec, written: string, inline: string | undefined, words: string[], i: number): number {
	const { cmd } = state;
	let value: string;
	if (spec.value === 'none') {
		if (inline === undefined) value = 'true';
		else if (TRUE_WORDS.has(inline)) value = 'true';
		else if (FALSE_WORDS.has(inline)) value = 'false';
		else {
			cmd.issues.push({ code: 'flag-bad-boolean', part: 'flag', kind: 'invalid', subject: spec.label, actual: `${written}=${inline}` });
			return i;
		}
	} else if (inline !== undefined) {
		value = normalizeValue(spec.kind, inline);
	} else if (spec.value === 'optional') {
		value = spec.implicit ?? '';
	} else if (i + 1 < words.length) {
		// Like pflag, a flag that needs a value takes the next word whatever it looks like.
		value = normalizeValue(spec.kind, words[i + 1]);
		i++;
	} else {
		cmd.issues.push({ code: 'flag-needs-value', part: 'flag', kind: 'invalid', subject: spec.label, actual: written });
		cmd.flags[spec.key] ??= [];
		state.specs.set(spec.key, spec);
		return i;
	}
	if (spec.value === 'optional' && spec.implicit === 'true') {
		// An optional boolean-like value (`--namespaced[=true]`) is spelled as pflag reads booleans.
		if (TRUE_WORDS.has(value)) value = 'true';
		else if (FALSE_WORDS.has(value)) value = 'false';
	}
	// A repeatable list flag (pflag StringSlice, helm `--set`) takes one item per comma as well;
	// a StringSlice of another kind is split first and each item normalized by its kind.
	const raw = inline ?? (spec.value === 'required' ? words[i] : undefined);
	const values =
		spec.split && raw !== undefined
			? splitList(raw).map((item) => normalizeValue(spec.kind, item))
			: spec.repeat && (spec.kind === 'list' || spec.kind === 'resources')
				? splitList(value)
				: [value];
	const list = cmd.flags[spec.key];
	if (list && spec.repeat) list.push(...values);
	else cmd.flags[spec.key] = values; // a flag given twice: the last one wins
	state.specs.set(spec.key, spec);
	return i;
}

/** True when `word` (`--name[=v]` or `-x…`) is a flag of `node`. */
function isFlagOf(node: CommandNode, word: string): boolean {
	return word.startsWith('--') ? node.byLong.has(word.slice(2).split('=')[0]) : node.byShort.has(word[1]);
}

function swapCase(c: string): string {
	return c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
}

/** Reads the flag word at `i`; returns the index of the last word used. */
function readFlag(state: State, words: string[], i: number): number {
	const { node } = state;
	const word = words[i];
	if (word.startsWith('--')) {
		const eq = word.indexOf('=');
		const name = eq < 0 ? word.slice(2) : word.slice(2, eq);
		const inline = eq < 0 ? undefined : word.slice(eq + 1);
		let spec = node.byLong.get(name);
		if (!spec && name.includes('_') && UNDERSCORE_PROGRAMS.has(node.program)) {
			spec = node.byLong.get(name.replace(/_/g, '-'));
			if (spec && !state.cmd.forms.includes('underscore-flag')) state.cmd.forms.push('underscore-flag');
		}
		if (spec) return applyFlag(state, spec, `--${name}`, inline, words, i);
		const near = name.length === 1 && node.byShort.has(name) ? `-${name}` : suggest(name, node.longNames);
		unknownFlag(state, `--${name}`, inline, near && !near.startsWith('-') ? `--${near}` : near);
		return i;
	}
	const body = word.slice(1);
	for (let j = 0; j < body.length; j++) {
		const c = body[j];
		const spec = node.byShort.get(c);
		if (!spec) {
			const longName = body.split('=')[0];
			if (j === 0 && body.length > 1 && node.byLong.has(longName)) {
				// `-name web`: a long name written with one dash.
				unknownFlag(state, `-${longName}`, undefined, `--${longName}`);
			} else {
				const swapped = swapCase(c);
				unknownFlag(state, `-${c}`, undefined, swapped !== c && node.byShort.has(swapped) ? `-${swapped}` : undefined);
			}
			return i; // the rest of the cluster cannot be read reliably
		}
		if (spec.value === 'none') {
			if (body[j + 1] === '=') return applyFlag(state, spec, `-${c}`, body.slice(j + 2), words, i);
			applyFlag(state, spec, `-${c}`, undefined, words, i);
			continue;
		}
		let rest = body.slice(j + 1);
		if (rest.startsWith('=')) rest = rest.slice(1);
		return applyFlag(state, spec, `-${c}`, rest === '' ? undefined : rest, words, i);
	}
	return i;
}

/**
 * Flags equal to their default are dropped: `--rm=false` is no `--rm`, `--sig-proxy` changes
 * nothing, and neither does `--restart no` or `--replicas 1` where that is what the tool assumes.
 */
function dropDefaults(state: State): void {
	for (const [key, spec] of state.specs) {
		const values = state.cmd.flags[key];
		if (!values || values.length === 0) continue;
		const last = values[values.length - 1];
		if (spec.value === 'none') {
			if (last === (spec.defaultTrue ? 'true' : 'false')) delete state.cmd.flags[key];
		} else if (spec.defaultValue !== undefined && !spec.repeat && last === normalizeValue(spec.kind, spec.defaultValue)) {
			delete state.cmd.flags[key];
		}
	}
}

/**
 * A positional that stands for a flag (`kubectl logs web app` = `kubectl logs web -c app`) becomes
 * that flag, unless the flag is given too (kubectl refuses both; the words are then compared as is).
 */
function positionalsToFlags(state: State, raw: string[]): string[] {
	const { node, cmd } = state;
	if (!Array.isArray(node.args)) return raw;
	const out = [...raw];
	for (let i = Math.min(out.length, node.args.length) - 1; i >= 0; i--) {
		const arg = node.args[i];
		const spec = arg.flag ? node.byKey.get(arg.flag) : undefined;
		if (!spec || arg.variadic || spec.key in cmd.flags) continue;
		cmd.flags[spec.key] = [normalizeValue(spec.kind, out[i])];
		state.specs.set(spec.key, spec);
		out.splice(i, 1);
	}
	return out;
}

/** Spec of a long flag usable where the parse ended, or at a node it went through. */
function longFlag(state: State, name: string): FlagSpec | undefined {
	for (const node of [state.node, ...[...state.visited].reverse()]) {
		const spec = node.byLong.get(name);
		if (spec) return spec;
	}
	return undefined;
}

/**
 * `COMPOSE_PROJECT_NAME=x docker compose up` = `docker compose -p x up`: a variable that stands for
 * a flag sets it unless the flag is given; other assignments are kept in `env` and compared as words.
 */
function applyEnv(state: State, env: readonly string[]): void {
	const { cmd } = state;
	const table = ENV_FLAGS[cmd.program] ?? ENV_FLAGS[state.visited[0]?.program ?? ''] ?? {};
	const rest: string[] = [];
	for (const assignment of env) {
		const eq = assignment.indexOf('=');
		const name = assignment.slice(0, eq);
		const value = assignment.slice(eq + 1);
		const entry = table[name] as { flag: string; split?: string } | undefined;
		const spec = entry ? longFlag(state, entry.flag) : undefined;
		if (!entry || !spec) {
			rest.push(assignment);
			continue;
		}
		if (spec.key in cmd.flags) continue; // the flag wins over the variable
		for (const item of entry.split ? value.split(entry.split).filter((v) => v !== '') : [value]) {
			applyFlag(state, spec, `--${entry.flag}`, item, [], 0);
		}
		if (!cmd.forms.includes('env-as-flag')) cmd.forms.push('env-as-flag');
	}
	cmd.env = rest.sort();
}

/** Parses words already split by the tokenizer (the program name first). */
export function parseWords(words: string[], tail: string[] = [], env: readonly string[] = []): ParsedCommand {
	if (words.length === 0) {
		const cmd = blank('', words, tail);
		cmd.issues.push({ code: 'empty', part: 'syntax', kind: 'missing' });
		return cmd;
	}
	const root = PROGRAM_BY_WORD.get(words[0]);
	if (!root) {
		const cmd = blank(words[0], words, tail);
		cmd.issues.push({ code: 'unknown-program', part: 'command', kind: 'unknown', actual: words[0], suggestion: suggest(words[0], PROGRAM_WORDS) });
		return cmd;
	}
	const cmd = blank(root.program, words, tail);
	cmd.known = true;
	const state: State = { cmd, node: root, specs: new Map(), visited: [root] };
	const raw: string[] = [];
	let flagsOpen = true;
	for (let i = 1; i < words.length; i++) {
		const word = words[i];
		const node = state.node;
		if (flagsOpen && word === '--') {
			flagsOpen = false;
			if (node.delegate) {
				cmd.nested = parseWords([node.delegate, ...words.slice(i + 1)]);
				break;
			}
			continue;
		}
		if (flagsOpen && word.length > 1 && word[0] === '-') {
			i = readFlag(state, words, i);
			continue;
		}
		if (raw.length === 0 && cmd.command.length === 0 && node.children.size > 0) {
			const child = node.children.get(word);
			if (child) {
				state.node = child;
				state.visited.push(child);
				cmd.program = child.program;
				continue;
			}
			if (Array.isArray(node.args) && node.args.length === 0 && !node.delegate) {
				cmd.issues.push({ code: 'unknown-subcommand', part: 'verb', kind: 'unknown', actual: word, suggestion: suggest(word, node.childNames) });
				break;
			}
		}
		if (node.delegate) {
			cmd.nested = parseWords([node.delegate, ...words.slice(i)]);
			break;
		}
		if (node.commandAfter !== undefined && raw.length >= node.commandAfter) {
			// `kubectl exec web sh`: kubectl refuses a command not introduced by `--`.
			if (node.commandAfterDash && flagsOpen && cmd.command.length === 0) {
				cmd.issues.push({ code: 'command-needs-dash', part: 'argument', kind: 'invalid', actual: word });
			}
			cmd.command.push(word);
		} else {
			// `docker commit ID REPO --change …`: a command that stops reading flags at its first
			// argument takes the flag for one more argument, and refuses the line.
			if (!flagsOpen && node.commandAfter === undefined && word.length > 1 && word.startsWith('-') && isFlagOf(node, word)) {
				const name = Array.isArray(node.args) ? node.args[0]?.name : undefined;
				cmd.issues.push({ code: 'flag-after-args', part: 'flag', kind: 'invalid', actual: word, subject: name });
			}
			raw.push(word);
		}
		if (!node.interspersed) flagsOpen = false;
	}
	let node = state.node;
	cmd.path = node.path;
	const args = positionalsToFlags(state, raw);
	cmd.positionals = typeof node.args === 'string' ? normalizeResources(args, node.args) : normalizeArgs(args, node.args);
	applyEnv(state, env);
	dropDefaults(state);
	node = canonicalize(cmd, node, PROGRAM_ROOTS.get(node.program) ?? root);
	nodes.set(cmd, node);
	flagSpecs.set(cmd, state.specs);
	return cmd;
}

/** Splits off a `$ ` prompt, `sudo` and anything after a shell operator, then parses. */
export function parseTokens(tokens: readonly Token[]): ParsedCommand {
	let start = 0;
	const env: string[] = [];
	for (;;) {
		const t = tokens[start] as Token | undefined;
		if (!t) break;
		if (!t.quoted && IGNORED_PREFIXES.has(t.text)) start++;
		else if (ASSIGNMENT_RE.test(t.text) && start + 1 < tokens.length) {
			env.push(t.text);
			start++;
		} else break;
	}
	let end = start;
	while (end < tokens.length && (tokens[end].quoted || !OPERATOR_RE.test(tokens[end].text))) end++;
	const cmd = parseWords(
		tokens.slice(start, end).map((t) => t.text),
		tokens.slice(end).map((t) => t.text),
		env
	);
	// A command follows a separator (not a redirection, another operator or the end: `cmd &`).
	const after = tokens[end + 1] as Token | undefined;
	if (after && COMMAND_SEPARATORS.has(tokens[end].text) && (after.quoted || !OPERATOR_RE.test(after.text))) {
		cmd.next = { operator: tokens[end].text, command: parseTokens(tokens.slice(end + 1)) };
	}
	return cmd;
}

/**
 * Parses a command line into its normalized form (program, canonical subcommand path, flags by
 * canonical key, normalized positionals). A line that cannot be tokenized gives an unknown command
 * whose issue says why.
 */
export function parseCommand(line: string): ParsedCommand {
	const result = tokenize(line);
	if (result.ok) return parseTokens(result.tokens);
	const cmd = blank('', [], []);
	const { code, index } = result.error;
	const finding: Finding = { code, part: 'syntax', kind: code === 'empty' ? 'missing' : 'invalid', at: index };
	cmd.issues.push(finding);
	return cmd;
}
