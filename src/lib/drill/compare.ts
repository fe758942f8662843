/**
 * Comparer: expected vs answer, both parsed, → findings (what differs, in which part). It stops at
 * the first structural difference (program, then subcommand path), since flags of another command
 * cannot be compared meaningfully; after that every flag, argument and command word is checked.
 */
import { suggest } from './distance';
import { flagSpecOf, nodeOf } from './parse';
import { matchesValue } from './placeholder';
import type { CommandNode } from './spec';
import type { DifferencePart, Finding, FindingCode, ParsedCommand } from './types';

type Match = (expected: string, actual: string) => boolean;

/** Pairs of indexes into the expected and actual lists; -1 where one side has nothing. */
type Pair = [number, number];

/** Above this many cells the alignment falls back to position by position (bounded work). */
const ALIGN_LIMIT = 4096;

/**
 * Aligns two ordered lists on their longest common subsequence, so that one missing word is
 * reported once instead of shifting every later word. Unmatched runs are paired up in order.
 */
export function align(expected: readonly string[], actual: readonly string[], match: Match = matchesValue): Pair[] {
	const n = expected.length;
	const m = actual.length;
	const pairs: Pair[] = [];
	if (n * m > ALIGN_LIMIT) {
		for (let i = 0; i < Math.max(n, m); i++) pairs.push([i < n ? i : -1, i < m ? i : -1]);
		return pairs;
	}
	// lcs[i][j]: length of the LCS of expected[i..] and actual[j..].
	const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			lcs[i][j] = match(expected[i], actual[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
		}
	}
	let i = 0;
	let j = 0;
	let gapE: number[] = [];
	let gapA: number[] = [];
	const flush = (): void => {
		for (let k = 0; k < Math.max(gapE.length, gapA.length); k++) pairs.push([gapE[k] ?? -1, gapA[k] ?? -1]);
		gapE = [];
		gapA = [];
	};
	while (i < n || j < m) {
		if (i < n && j < m && match(expected[i], actual[j]) && lcs[i][j] === lcs[i + 1][j + 1] + 1) {
			flush();
			pairs.push([i++, j++]);
		} else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
			gapE.push(i++);
		} else {
			gapA.push(j++);
		}
	}
	flush();
	return pairs;
}

/**
 * Multiset comparison: each expected value takes one equal actual value, exact matches first and
 * placeholder matches second. Returns what is left on each side.
 */
export function unmatched(expected: readonly string[], actual: readonly string[], match: Match = matchesValue): { missing: string[]; extra: string[] } {
	const left = [...actual];
	const pending: string[] = [];
	for (const e of expected) {
		const k = left.indexOf(e);
		if (k >= 0) left.splice(k, 1);
		else pending.push(e);
	}
	const missing: string[] = [];
	for (const e of pending) {
		const k = left.findIndex((a) => match(e, a));
		if (k >= 0) left.splice(k, 1);
		else missing.push(e);
	}
	return { missing, extra: left };
}

interface Codes {
	missing: FindingCode;
	extra: FindingCode;
	mismatch: FindingCode;
}
const ARG_CODES: Codes = { missing: 'missing-arg', extra: 'unexpected-arg', mismatch: 'arg-mismatch' };
const COMMAND_CODES: Codes = { missing: 'missing-command-arg', extra: 'unexpected-command-arg', mismatch: 'command-arg-mismatch' };
const ENV_CODES: Codes = { missing: 'missing-env', extra: 'unexpected-env', mismatch: 'missing-env' };
const VALUE_CODES: Codes = { missing: 'flag-value-missing', extra: 'flag-value-unexpected', mismatch: 'flag-value-mismatch' };

function finding(code: FindingCode, part: DifferencePart, expected: string | undefined, actual: string | undefined, subject?: string): Finding {
	const kind = expected === undefined ? 'unexpected' : actual === undefined ? 'missing' : 'mismatch';
	const f: Finding = { code, part, kind, subject };
	if (expected !== undefined) f.expected = expected;
	if (actual !== undefined) f.actual = actual;
	return f;
}

/** Findings for two sets: leftovers paired as mismatches, the rest missing or unexpected. */
function compareSets(expected: string[], actual: string[], part: DifferencePart, codes: Codes, subject?: string): Finding[] {
	const { missing, extra } = unmatched(expected, actual);
	const out: Finding[] = [];
	for (let k = 0; k < Math.max(missing.length, extra.length); k++) {
		const e = missing[k] as string | undefined;
		const a = extra[k] as string | undefined;
		out.push(finding(e === undefined ? codes.extra : a === undefined ? codes.missing : codes.mismatch, part, e, a, subject));
	}
	return out;
}

function compareLists(expected: string[], actual: string[], part: DifferencePart | ((i: number) => DifferencePart), codes: Codes, subject?: (i: number) => string | undefined): Finding[] {
	const out: Finding[] = [];
	for (const [i, j] of align(expected, actual)) {
		if (i >= 0 && j >= 0 && matchesValue(expected[i], actual[j])) continue;
		const index = i >= 0 ? i : j;
		const e = i >= 0 ? expected[i] : undefined;
		const a = j >= 0 ? actual[j] : undefined;
		const code = e === undefined ? codes.extra : a === undefined ? codes.missing : codes.mismatch;
		out.push(finding(code, typeof part === 'function' ? part(index) : part, e, a, subject?.(index)));
	}
	return out;
}

function flagWithValue(key: string, value: string | undefined): string {
	return value === undefined || value === 'true' ? key : `${key}=${value}`;
}

function compareFlags(exp: ParsedCommand, act: ParsedCommand, node: CommandNode): Finding[] {
	const out: Finding[] = [];
	// A flag of a parent command (compose `-f` before `up`) is not in this node's table.
	const specOf = (key: string) => node.byKey.get(key) ?? flagSpecOf(exp, key) ?? flagSpecOf(act, key);
	const label = (key: string): string => specOf(key)?.label ?? key;
	for (const [key, expValues] of Object.entries(exp.flags)) {
		const actValues = act.flags[key];
		const spec = specOf(key);
		if (!actValues) {
			const value = expValues.length > 0 ? expValues.join(', ') : undefined;
			const f = finding('missing-flag', 'flag', flagWithValue(key, value), undefined, label(key));
			f.value = value;
			f.flag = key;
			out.push(f);
		} else if (actValues.length === 0 || expValues.length === 0) {
			// A value was missing on one side: already reported by the parser as `flag-needs-value`.
		} else if (spec?.repeat && spec.ordered) {
			const { missing, extra } = unmatched(expValues, actValues);
			const sameValues = missing.length === 0 && extra.length === 0;
			// Same files in another order: one difference that shows both orders.
			if (sameValues && compareLists(expValues, actValues, 'flag', VALUE_CODES).length > 0) {
				out.push(finding('flag-value-mismatch', 'flag', expValues.join(' '), actValues.join(' '), label(key)));
			} else if (!sameValues) {
				out.push(...compareLists(expValues, actValues, 'flag', VALUE_CODES, () => label(key)));
			}
		} else if (spec?.repeat) {
			out.push(...compareSets(expValues, actValues, 'flag', VALUE_CODES, label(key)));
		} else {
			const e = expValues[expValues.length - 1];
			const a = actValues[actValues.length - 1];
			if (!matchesValue(e, a)) out.push({ ...finding('flag-value-mismatch', 'flag', e, a, label(key)), flag: key });
		}
	}
	for (const [key, actValues] of Object.entries(act.flags)) {
		if (key in exp.flags || act.unknownFlags.includes(key)) continue;
		const value = actValues.length > 0 ? actValues.join(', ') : undefined;
		const f = finding('unexpected-flag', 'flag', undefined, flagWithValue(key, value), label(key));
		f.value = value;
		out.push(f);
	}
	return out;
}

function comparePositionals(exp: ParsedCommand, act: ParsedCommand, node: CommandNode): Finding[] {
	if (typeof node.args === 'string') return compareSets(exp.positionals, act.positionals, 'resource', ARG_CODES);
	const specs = node.args;
	const spec = (i: number) => specs[Math.min(i, specs.length - 1)];
	const part = (i: number): DifferencePart => (spec(i)?.kind === 'target' || spec(i)?.kind === 'explain' ? 'resource' : 'argument');
	if (node.unordered) {
		// Fixed arguments before a variadic one keep their order; the variadic ones are a set.
		const fixed = specs.length > 0 && specs[specs.length - 1].variadic ? specs.length - 1 : 0;
		return [
			...compareLists(exp.positionals.slice(0, fixed), act.positionals.slice(0, fixed), part, ARG_CODES, (i) => spec(i)?.name),
			...compareSets(exp.positionals.slice(fixed), act.positionals.slice(fixed), part(fixed), ARG_CODES, spec(fixed)?.name)
		];
	}
	return compareLists(exp.positionals, act.positionals, part, ARG_CODES, (i) => spec(i)?.name);
}

/** Words of the container command that are flags of this command were meant to be flags. */
function compareCommandWords(exp: ParsedCommand, act: ParsedCommand, node: CommandNode): Finding[] {
	const before = Array.isArray(node.args) ? node.args[0]?.name : undefined;
	return compareLists(exp.command, act.command, 'argument', COMMAND_CODES).map((f) => {
		const word = f.actual;
		if (f.code !== 'unexpected-command-arg' || !word || !word.startsWith('-')) return f;
		const isFlag = word.startsWith('--') ? node.byLong.has(word.slice(2).split('=')[0]) : node.byShort.has(word[1]);
		return isFlag ? { ...f, code: 'flag-after-positional', part: 'flag', subject: before } : f;
	});
}

/** Commands of unknown programs (or both unreadable) are compared word by word. */
function compareLiterally(exp: ParsedCommand, act: ParsedCommand): Finding[] {
	const expWords = [...exp.words, ...exp.tail];
	const actWords = [...act.words, ...act.tail];
	return compareLists(expWords, actWords, 'argument', ARG_CODES).map((f) =>
		f.expected === expWords[0] && f.actual === actWords[0] && f.kind === 'mismatch' ? { ...f, code: 'wrong-program', part: 'command' } : f
	);
}

function comparePaths(exp: ParsedCommand, act: ParsedCommand): Finding[] {
	const unknown = act.issues.find((f) => f.code === 'unknown-subcommand');
	if (unknown) return [unknown];
	let k = 0;
	while (k < exp.path.length && k < act.path.length && exp.path[k] === act.path[k]) k++;
	const expected = exp.path.slice(k).join(' ');
	const actual = act.path.slice(k).join(' ');
	if (actual === '') {
		// The answer stopped early; a typo of the next subcommand was read as an argument.
		const typo = act.positionals[0] ?? act.command[0];
		if (typo !== undefined && suggest(typo, [exp.path[k]]) !== undefined) {
			return [{ code: 'unknown-subcommand', part: 'verb', kind: 'unknown', actual: typo, suggestion: exp.path[k] }];
		}
		return [finding('missing-subcommand', 'verb', expected, undefined)];
	}
	return [finding('wrong-subcommand', 'verb', expected === '' ? exp.path.join(' ') || exp.program : expected, actual)];
}

/** Canonical key of a flag written `--name` or `-x` at this node. */
function keyOf(node: CommandNode, written: string): string | undefined {
	return (written.startsWith('--') ? node.byLong.get(written.slice(2)) : node.byShort.get(written.slice(1)))?.key;
}

const SYNTAX_CODES = new Set<FindingCode>(['empty', 'too-long', 'control-char', 'unbalanced-single-quote', 'unbalanced-double-quote', 'trailing-backslash']);

function syntaxIssues(cmd: ParsedCommand): Finding[] {
	return cmd.issues.filter((f) => SYNTAX_CODES.has(f.code));
}

/**
 * Everything that differs between the parsed expected command and the parsed answer; empty when the
 * answer is right. `expectedLine`/`answerLine` are the raw lines, used only when the expected
 * command itself cannot be read.
 */
export function compareCommands(exp: ParsedCommand, act: ParsedCommand, expectedLine = '', answerLine = ''): Finding[] {
	const answerSyntax = syntaxIssues(act);
	if (answerSyntax.length > 0) return answerSyntax;
	if (syntaxIssues(exp).length > 0) {
		return expectedLine.trim() === answerLine.trim() ? [] : [{ code: 'bad-expected', part: 'syntax', kind: 'invalid', expected: expectedLine }];
	}
	if (!exp.known) return compareLiterally(exp, act);
	if (!act.known) return act.issues.filter((f) => f.code === 'unknown-program');
	if (exp.program !== act.program) return [finding('wrong-program', 'command', exp.program, act.program)];
	// A subcommand the spec does not know (a plugin, a newer verb) in the expected command: the
	// parse stopped there, so only the words can be compared, lest any answer pass.
	if (exp.issues.some((f) => f.code === 'unknown-subcommand')) return compareLiterally(exp, act);
	if (exp.path.join(' ') !== act.path.join(' ')) return comparePaths(exp, act);
	const node = nodeOf(exp) ?? nodeOf(act);
	if (!node) return [];
	// An unknown flag that the expected command has too is a gap in the spec, not a mistake.
	// So is a command without `--` when the expected command is written the same (older notes).
	// kubectl exec without `--` is forgiven when the card writes it so; create deployment/job never.
	const expDash = node.commandAfterDash === true && exp.issues.some((f) => f.code === 'command-needs-dash');
	const out: Finding[] = act.issues.filter(
		(f) => f.code !== 'unknown-subcommand' && !(f.code === 'unknown-flag' && f.actual !== undefined && f.actual in exp.flags) && !(f.code === 'command-needs-dash' && expDash)
	);
	// "unknown --detatch (did you mean --detach?)" already says that --detach is missing.
	const suggested = new Set(out.map((f) => (f.code === 'unknown-flag' && f.suggestion ? keyOf(node, f.suggestion) : undefined)));
	// `docker commit ID REPO -c X`: the flag and its value were read as arguments; that is said once.
	const refused = act.issues.some((f) => f.code === 'flag-after-args');
	const positionals = comparePositionals(exp, act, node).filter((f) => !refused || f.code !== 'unexpected-arg');
	out.push(...compareFlags(exp, act, node).filter((f) => f.code !== 'missing-flag' || !suggested.has(f.expected?.split('=')[0])), ...positionals, ...compareCommandWords(exp, act, node));
	out.push(...compareSets(exp.env, act.env, 'argument', ENV_CODES));
	if (exp.nested && act.nested) out.push(...compareCommands(exp.nested, act.nested));
	else if (exp.nested || act.nested) {
		out.push(...compareLists(exp.nested?.words ?? [], act.nested?.words ?? [], 'argument', COMMAND_CODES));
	}
	// After the same operator, the next command is compared as a command (`| kubectl apply -f -` =
	// `| kubectl apply --filename=-`); otherwise the rest of the line word by word.
	if (exp.next && act.next && exp.next.operator === act.next.operator) out.push(...compareCommands(exp.next.command, act.next.command));
	else out.push(...compareLists(exp.tail, act.tail, 'argument', ARG_CODES));
	return out;
}
