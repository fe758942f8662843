/**
 * Grading, hints and the shown answer of a command card as a whole — the one entry point for a
 * review screen: `gradeCard(card, typed)`, `hintCard(card, n)` / `hintSteps(card)` and
 * `exampleCommand(card)`. A card is a full-line drill (type the command) or a blank drill (type the
 * hidden part of `answer`), and may ask for one form of the hidden word (`form`: the short name
 * `svc`, the short flag `-t`, the long flag `--tag`).
 */
import { hintToken } from './hint';
import { explain } from './explain';
import { nodeOf, parseCommand } from './parse';
import { gradeCommand } from './grade';
import { tokenize } from './tokenize';
import type { CommandNode, FlagSpec } from './spec';
import type { GradeResult } from './types';

/** The form a drill asks for: the short name/flag, or the long flag. */
export type DrillForm = 'short' | 'long';

/** What the grader needs of a command card (a subset of `CommandCard`). */
export interface DrillCard {
	answer: string;
	/** 'line' (or absent) for a full-line drill; otherwise `hidden` is typed in place. */
	blank?: string;
	hidden?: string;
	form?: DrillForm;
}

function isBlank(card: DrillCard): card is DrillCard & { hidden: string } {
	return !!card.blank && card.blank !== 'line' && !!card.hidden && card.answer.includes(card.hidden);
}

function words(line: string): string[] {
	const result = tokenize(line);
	return result.ok ? result.tokens.map((t) => t.text) : line.split(/\s+/).filter((w) => w !== '');
}

/** The first grading of `candidates` that is right, else the one with the fewest differences. */
function best(expected: string, candidates: string[]): GradeResult {
	let pick: GradeResult | undefined;
	for (const line of candidates) {
		const result = gradeCommand(expected, line);
		if (result.correct) return result;
		if (!pick || result.differences.length < pick.differences.length) pick = result;
	}
	return pick ?? gradeCommand(expected, '');
}

/**
 * The typed text of a blank without the words the card already shows around it: a learner who types
 * the whole line (`docker build -t myapp:1.0`), the word before the blank (`pods -o wide` for
 * `kubectl get pods ____`) or the rest after it (`-f Dockerfile.dev .`) means the same as the blank alone.
 */
function withoutShownWords(text: string, before: string, after: string): string {
	const typedWords = text.split(/\s+/);
	const shownBefore = before.trim().split(/\s+/).filter(Boolean);
	const shownAfter = after.trim().split(/\s+/).filter(Boolean);
	let start = 0;
	for (let k = Math.min(shownBefore.length, typedWords.length - 1); k > 0; k--) {
		if (typedWords.slice(0, k).join(' ') === shownBefore.slice(-k).join(' ')) {
			start = k;
			break;
		}
	}
	let end = typedWords.length;
	for (let m = Math.min(shownAfter.length, typedWords.length - start - 1); m > 0; m--) {
		if (typedWords.slice(-m).join(' ') === shownAfter.slice(0, m).join(' ')) {
			end = typedWords.length - m;
			break;
		}
	}
	return typedWords.slice(start, end).join(' ');
}

/**
 * Grades a blank: `typed` takes the place of `hidden` in `answer`. A blank flag stands for the flag
 * with any sensible value or for the flag alone: for `docker build -t` (or `docker build ____ .`),
 * `-t`, `--tag`, `-t myapp:1.0` and `--tag=myapp:1.0` are right, `-T` is not; when the answer
 * shows the flag's value after the blank (`kubectl get pods ____ wide`), typing it again is right too.
 */
export function gradeBlank(answer: string, hidden: string, typed: string): GradeResult {
	const at = answer.indexOf(hidden);
	if (at < 0 || typed.trim() === '') return gradeCommand(answer, answer.replace(hidden, typed.trim()));
	const before = answer.slice(0, at);
	const after = answer.slice(at + hidden.length);
	const text = withoutShownWords(typed.trim(), before, after);
	if (!hidden.startsWith('-')) return gradeCommand(answer, `${before}${text}${after}`);
	// A flag at the end stands for the flag with whatever value it takes.
	const atEnd = after.trim() === '';
	const expected = atEnd ? `${answer} {value}` : answer;
	const candidates = [atEnd ? `${before}${text} {value}` : `${before}${text}${after}`];
	// Typed with its value (`-t myapp:1.0`) when the flag takes one; a boolean flag takes none.
	const takesValue = parseCommand(answer).issues.some((f) => f.code === 'flag-needs-value');
	if (atEnd && takesValue) candidates.push(`${before}${text}`);
	// A card that ends at the flag (`docker build -t`, `kubectl get -l`) is not yet a command the CLI
	// runs: the learner who completes it (`-t myapp:1.0 .`, the build context; `pods -l app=web`, the
	// resource before the flag) is right too. Only arguments, not other flags.
	const extra = argumentsBesideFlag(text, takesValue);
	let completed: GradeResult | null = null;
	if (atEnd && extra.length > 0 && extra.every((word) => !word.startsWith('-'))) {
		completed = best(`${answer}${takesValue ? ' {value}' : ''} ${extra.join(' ')}`, [`${before}${text}`]);
		if (completed.correct) return completed;
	}
	// `____ wide` answered `-o wide`: the value typed again is the value shown.
	const next = /^\s+(\S+)/.exec(after);
	if (next && text.split(/\s+|=/).length > 1) candidates.push(`${before}${text}${after.slice(next[0].length)}`);
	// The completed command, when it explains the answer better (`pods -l`: the value is missing, not the resource extra).
	const direct = best(expected, candidates);
	const result = completed && withoutFiller(completed).length < withoutFiller(direct).length ? completed : direct;
	const differences = withoutFiller(result);
	return { ...result, correct: result.correct || differences.length === 0, differences };
}

/** `{value}` is the grader's own filler for a flag's value, never something the learner typed: no difference names it. */
function withoutFiller(result: GradeResult): GradeResult['differences'] {
	return result.differences.filter((d) => !d.actual?.includes(FILLER));
}

const FILLER = '{value}';

/** The words of a typed blank other than its first flag and (when it takes one) that flag's value. */
function argumentsBesideFlag(text: string, takesValue: boolean): string[] {
	const typedWords = text.split(/\s+/).filter(Boolean);
	const at = typedWords.findIndex((word) => word.startsWith('-'));
	if (at < 0) return typedWords.slice(1);
	const flagWords = takesValue && !typedWords[at].includes('=') ? 2 : 1;
	return [...typedWords.slice(0, at), ...typedWords.slice(at + flagWords)];
}

/** Whether `word` is `hidden` in the form asked (`svc` for `svc`, `-t…`/`-it` for `-t`, `--tag[=…]`). */
function hasForm(word: string, hidden: string): boolean {
	if (hidden.startsWith('--')) return word === hidden || word.startsWith(`${hidden}=`);
	if (hidden.startsWith('-')) return word.startsWith('-') && !word.startsWith('--') && word.slice(1).includes(hidden.slice(1));
	const lower = word.toLowerCase();
	const h = hidden.toLowerCase();
	return lower === h || lower.startsWith(`${h}/`) || lower.split(',').includes(h);
}

/**
 * Grades a command card: a full line or a blank, and, when the card asks for a form, an answer right
 * in meaning but in another form is wrong with a difference that says which form is asked.
 */
export function gradeCard(card: DrillCard, typed: string): GradeResult {
	const blank = isBlank(card);
	const result = blank ? gradeBlank(card.answer, card.hidden, typed) : gradeCommand(card.answer, typed);
	if (!result.correct || !card.form || !card.hidden) return result;
	if (words(typed).some((w) => hasForm(w, card.hidden as string))) return result;
	const difference = explain({
		code: 'wrong-form',
		part: card.hidden.startsWith('-') ? 'flag' : 'resource',
		kind: 'mismatch',
		expected: card.hidden,
		actual: blank ? typed.trim() : undefined,
		subject: card.form
	});
	return { correct: false, differences: [difference] };
}

/** `-t` → `-_`, `svc` → `s__`: the hidden word with its first `shown` letters (dashes always shown). */
export function hintBlank(hidden: string, shown: number): string {
	const dashes = /^-*/.exec(hidden)?.[0] ?? '';
	const body = [...hidden.slice(dashes.length)];
	const n = Math.max(0, Math.min(body.length, Math.floor(shown)));
	return dashes + body.map((c, i) => (i < n ? c : '_')).join('');
}

/** How many hint steps a card has (the last one shows the whole answer). */
export function hintSteps(card: DrillCard): number {
	if (isBlank(card)) return [...card.hidden.replace(/^-*/, '')].length + 1;
	return words(card.answer).length;
}

/**
 * Hint number `n` (1-based) of a card: for a full line, its first `n` words shown and the others
 * as `___` (`docker run ___ ___`); for a blank, the hidden word's length and then its letters one
 * by one (`-_`, then `-t`; `___`, `s__`, `sv_`, `svc`).
 */
export function hintCard(card: DrillCard, n: number): string {
	if (isBlank(card)) return hintBlank(card.hidden, n - 1);
	return hintToken(card.answer, n);
}


/** Example values of flags by long name, for a runnable example of a flag drill. */
const FLAG_EXAMPLES: Record<string, string> = {
	tag: 'myapp:1.0',
	publish: '8080:80',
	name: 'web',
	volume: 'data:/data',
	mount: 'type=volume,source=data,target=/data',
	env: 'APP_ENV=prod',
	'env-file': '.env',
	output: 'wide',
	namespace: 'dev',
	container: 'app',
	restart: 'unless-stopped',
	network: 'mynet',
	replicas: '3',
	tail: '20',
	since: '10m',
	until: '1m',
	format: "'{{.Names}}'",
	filter: 'status=exited',
	label: 'app=web',
	selector: 'app=web',
	labels: 'app=web',
	workdir: '/app',
	user: '1000',
	hostname: 'db1',
	entrypoint: 'sh',
	image: 'nginx',
	port: '80',
	'target-port': '8080',
	type: 'NodePort',
	schedule: "'*/5 * * * *'",
	'from-literal': 'key=value',
	'from-file': 'config.json',
	for: 'condition=Ready',
	timeout: '60s',
	'grace-period': '30',
	context: 'prod',
	'build-arg': 'VERSION=1.0',
	target: 'build',
	platform: 'linux/amd64',
	scale: 'web=3',
	profile: 'debug',
	'project-name': 'shop',
	memory: '512m',
	cpus: '1.5',
	signal: 'SIGHUP',
	'stop-signal': 'SIGQUIT',
	'cap-add': 'NET_ADMIN',
	'cap-drop': 'ALL',
	ulimit: 'nofile=1024',
	device: '/dev/fuse',
	'sort-by': '.metadata.name',
	'field-selector': 'status.phase=Running',
	values: 'values.yaml',
	set: 'replicaCount=2',
	version: '1.2.3',
	'dry-run': 'client',
	kubeconfig: '$HOME/.kube/config',
	'to-revision': '2',
	'cpu-percent': '80',
	min: '2',
	max: '5',
	'max-surge': '1'
};

/** Example values by kind, when the flag is not in the table. */
const KIND_EXAMPLES: Record<string, string> = {
	image: 'nginx',
	port: '8080:80',
	volume: 'data:/data',
	mount: 'type=volume,source=data,target=/data',
	size: '512m',
	megabytes: '4096',
	decimal: '1.5',
	duration: '30s',
	signal: 'SIGTERM',
	capability: 'NET_ADMIN',
	jsonpath: '.metadata.name',
	ulimit: 'nofile=1024',
	device: '/dev/fuse',
	list: 'app=web',
	resources: 'pods',
	source: 'config.json',
	path: 'app.yaml',
	value: 'web'
};

function flagExample(spec: FlagSpec, program: string): string {
	if (spec.long === 'file' || spec.long === 'filename') {
		if (program === 'docker') return 'Dockerfile.dev';
		if (program === 'docker compose') return 'compose.prod.yaml';
		return 'app.yaml';
	}
	return (spec.long ? FLAG_EXAMPLES[spec.long] : undefined) ?? KIND_EXAMPLES[spec.kind] ?? 'web';
}

/** Example values of positional arguments by name. */
const ARG_EXAMPLES: Record<string, string> = {
	CONTEXT: '.',
	IMAGE: 'nginx',
	CONTAINER: 'web',
	NAME: 'web',
	TARGET: 'web',
	NODE: 'node-1',
	PATH: '.',
	SRC: 'web:/etc/nginx/nginx.conf',
	DEST: './nginx.conf',
	FILE: 'app.yaml',
	REPOSITORY: 'myapp:1.0',
	RELEASE: 'web',
	CHART: 'bitnami/nginx',
	NETWORK: 'mynet',
	VOLUME: 'data',
	RESOURCE: 'pods'
};

/** Arguments a command runs fine without (`docker compose up [SERVICE...]`). */
const OPTIONAL_ARGS = new Set(['SERVICE', 'PORT', 'COMMAND', 'ARG']);

/**
 * Flags that name the objects themselves (a file, a kustomization), so that no resource type is needed.
 * A selector, `--all` or `-A` only narrow a type: `kubectl get -l app=web` says "You must specify the
 * type of resource to get".
 */
const CHOOSING_FLAGS = ['--filename', '--kustomize'];
/** Flags that pick among the objects of a type: the example names the type, never one object. */
const NARROWING_FLAGS = ['--selector', '--all', '--all-namespaces', '--field-selector'];

function resourceExample(node: CommandNode, flags: Record<string, unknown>): string {
	const verb = node.path[0];
	if (verb === 'get' || verb === 'describe' || verb === 'top' || NARROWING_FLAGS.some((f) => f in flags)) return 'pods';
	if (node.args === 'resources+pairs') return 'pod/web app=web';
	return 'deployment/web';
}

/**
 * The answer of a card as a runnable example: a flag drill's `docker build -t` becomes
 * `docker build -t myapp:1.0 .` (a value for a flag that needs one, and the arguments the command
 * cannot run without). Lines that already run, and commands the grader does not know, are returned
 * as they are.
 */
export function exampleCommand(card: DrillCard | string): string {
	const answer = typeof card === 'string' ? card : card.answer;
	const cmd = parseCommand(answer);
	const node = nodeOf(cmd);
	if (!cmd.known || !node) return answer;
	const line = answer.trimEnd().split(/\s+/);
	for (const issue of cmd.issues) {
		if (issue.code !== 'flag-needs-value' || !issue.actual) continue;
		const name = issue.actual.replace(/^-+/, '');
		const spec = issue.actual.startsWith('--') ? node.byLong.get(name) : node.byShort.get(name);
		if (spec && line.at(-1) === issue.actual) line.push(flagExample(spec, cmd.program));
	}
	const args: string[] = [];
	if (cmd.positionals.length === 0 && cmd.command.length === 0) {
		if (typeof node.args === 'string') {
			if (!CHOOSING_FLAGS.some((f) => f in cmd.flags)) args.push(resourceExample(node, cmd.flags));
		} else {
			for (const arg of node.args) {
				if (OPTIONAL_ARGS.has(arg.name) || arg.flag) break;
				args.push(ARG_EXAMPLES[arg.name] ?? 'web');
				if (arg.variadic) break;
			}
		}
	}
	if (args.length === 0) return line.join(' ');
	// As the reference pages write them: kubectl puts the resource right after the verb
	// (`kubectl get pods -o wide`), docker the arguments last (`docker build -t app .`).
	const firstFlag = line.findIndex((w, i) => i > 0 && w.startsWith('-'));
	const at = cmd.program === 'kubectl' && firstFlag > 0 ? firstFlag : line.length;
	line.splice(at, 0, ...args);
	return line.join(' ');
}
