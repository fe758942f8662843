/**
 * Parser: words → `ParsedCommand`, driven by the specifications. Mimics the flag rules of the real
 * tools (Go's pflag/cobra): `--flag=value`, `--flag value`, clustered short flags (`-it`,
 * `-dp 80:80`), a value glued to a short flag (`-p8080:80`, `-n=dev`), `--` ending the flags, and
 * no flags after the first positional for commands that pass the rest to a container (docker run).
 * Never throws: whatever is wrong becomes an issue in the result.
 */
import { suggest } from './distance';
import { normalizeArgs, normalizeResources, normalizeValue, splitList } from './normalize';
import type { CommandNode, FlagSpec } from './spec';
import { PROGRAM_BY_WORD, PROGRAM_WORDS } from './specs';
import { tokenize } from './tokenize';
import type { Finding, ParsedCommand, Token } from './types';

/** Shell operators end the command proper; what follows is compared word by word. */
const OPERATOR_RE = /^[|&;<>]+$/;
/** Words in front of the command that do not change what is asked. */
const IGNORED_PREFIXES = new Set(['$', 'sudo']);

const TRUE_WORDS = new Set(['1', 't', 'T', 'true', 'TRUE', 'True']);
const FALSE_WORDS = new Set(['0', 'f', 'F', 'false', 'FALSE', 'False']);

/** The spec node each parse ended on, kept out of the plain result so that it stays JSON-friendly. */
const nodes = new WeakMap<ParsedCommand, CommandNode>();

/** The command node that `cmd` was parsed against (undefined for an unknown program). */
export function nodeOf(cmd: ParsedCommand): CommandNode | undefined {
	return nodes.get(cmd);
}

function blank(program: string, words: string[], tail: string[]): ParsedCommand {
	return { program, path: [], flags: {}, unknownFlags: [], positionals: [], command: [], tail, issues: [], known: false, words };
}

/** Parse state of one command line. */
interface State {
	cmd: ParsedCommand;
	node: CommandNode;
	specs: Map<string, FlagSpec>;
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
	// A repeatable list flag (pflag StringSlice, helm `--set`) takes one item per comma as well.
	const values = spec.repeat && spec.kind === 'list' ? splitList(value) : [value];
	const list = cmd.flags[spec.key];
	if (list && spec.repeat) list.push(...values);
	else cmd.flags[spec.key] = values; // a flag given twice: the last one wins
	state.specs.set(spec.key, spec);
	return i;
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
		const spec = node.byLong.get(name);
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

/** Booleans equal to their default are dropped: `--rm=false` is no `--rm`, `--sig-proxy` changes nothing. */
function dropDefaultBooleans(state: State): void {
	for (const [key, spec] of state.specs) {
		const values = state.cmd.flags[key];
		if (spec.value !== 'none' || !values) continue;
		if (values[values.length - 1] === (spec.defaultTrue ? 'true' : 'false')) delete state.cmd.flags[key];
	}
}

/** Parses words already split by the tokenizer (the program name first). */
export function parseWords(words: string[], tail: string[] = []): ParsedCommand {
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
	const state: State = { cmd, node: root, specs: new Map() };
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
		} else raw.push(word);
		if (!node.interspersed) flagsOpen = false;
	}
	const node = state.node;
	cmd.path = node.path;
	cmd.positionals = typeof node.args === 'string' ? normalizeResources(raw, node.args === 'resources+pairs') : normalizeArgs(raw, node.args);
	dropDefaultBooleans(state);
	nodes.set(cmd, node);
	return cmd;
}

/** Splits off a `$ ` prompt, `sudo` and anything after a shell operator, then parses. */
export function parseTokens(tokens: readonly Token[]): ParsedCommand {
	let start = 0;
	while (start < tokens.length && !tokens[start].quoted && IGNORED_PREFIXES.has(tokens[start].text)) start++;
	let end = start;
	while (end < tokens.length && (tokens[end].quoted || !OPERATOR_RE.test(tokens[end].text))) end++;
	return parseWords(
		tokens.slice(start, end).map((t) => t.text),
		tokens.slice(end).map((t) => t.text)
	);
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
