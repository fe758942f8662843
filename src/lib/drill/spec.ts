/**
 * Command specifications: the data shape authored in `specs/*.ts`, and its compilation (once, at
 * module load) into lookup maps so that parsing a line costs only map look-ups.
 *
 * Flags are written in a small notation close to `--help` output, so that each spec file reads like
 * the tool's own documentation:
 *   '-d, --detach'                 boolean flag with a short name
 *   '--network|--net <value>'      flag taking a value, with an alias
 *   '-p, --publish <port>...'      repeatable flag; the kind in <> chooses how values are normalized
 *   '--verb <list>...'             repeatable, and each value is also a comma-separated list
 *                                  (pflag's StringSlice): `--verb get,list` = `--verb list --verb get`
 *   '-f, --filename <path>,...'    a StringSlice of another kind: split at commas, each item
 *                                  normalized by its kind (`-f a.yaml,b.yaml` = `-f a.yaml -f b.yaml`)
 *   '--dry-run[=client]'           value optional; written bare it means `client`
 *   '--sig-proxy=true'             boolean whose default is true (so `--sig-proxy` alone changes nothing)
 *   '--restart <value> (default no)'  a value that is the default is the same as no flag at all
 *                                  (`--restart no` = nothing); also after an optional value
 *   '-f, --file <path>... (ordered)'  repeatable where the order counts (later files override)
 * Positional arguments: 'IMAGE:image', 'NAME', 'FILE:path...' (NAME[:kind][...]). 'CONTAINER=--container'
 * is a positional that means the same as that flag (`kubectl logs web app` = `kubectl logs web -c app`).
 */

/** How a value is normalized before it is compared (see `normalize.ts`). */
export type ValueKind =
	| 'value'
	| 'port'
	| 'image'
	| 'list'
	| 'path'
	| 'volume'
	| 'mount'
	| 'size'
	| 'megabytes'
	/** A decimal number as Go's ParseFloat reads it: `.5` = `0.5`, `2.0` = `2`. */
	| 'decimal'
	/** `--from-file [key=]path`: the path part normalized like a path. */
	| 'source'
	/** A comma-separated list of kubectl resource types (`--resource=po,deploy` = `pods,deployments`). */
	| 'resources'
	/** A signal by name or number, `SIG` optional, any case: `HUP` = `SIGHUP` = `1`. */
	| 'signal'
	/** A Go duration (`60m` = `1h` = `3600s`); anything else (a timestamp) as written. */
	| 'duration'
	/** A Linux capability, any case, `CAP_` optional: `sys_ptrace` = `CAP_SYS_PTRACE`. */
	| 'capability'
	/** A kubectl relaxed JSONPath (`--sort-by`): `metadata.name` = `.metadata.name` = `{.metadata.name}`. */
	| 'jsonpath'
	/** `--ulimit name=soft[:hard]`: one number sets both. */
	| 'ulimit'
	/** `--device host[:container][:perms]`: the container path defaults to the host path, perms to rwm. */
	| 'device';
/**
 * Positional kinds add kubectl `TYPE/NAME` targets (pods by default, or nodes), `explain` field
 * paths, and `resource`: a type, `TYPE/NAME` or non-resource URL of `kubectl auth can-i`.
 */
export type ArgKind = ValueKind | 'target' | 'node' | 'explain' | 'resource';

export interface FlagSpec {
	/** Canonical key used in `ParsedCommand.flags`: `--long`, or `-x` when there is no long name. */
	key: string;
	long?: string;
	short?: string;
	aliases: string[];
	value: 'none' | 'required' | 'optional';
	kind: ValueKind;
	repeat: boolean;
	/** Each value is also split at commas (pflag StringSlice): `<kind>,...` in the notation. */
	split: boolean;
	/** For a boolean: true when the flag is on by default. */
	defaultTrue: boolean;
	/** For an optional value: the value meant when the flag is written bare. */
	implicit?: string;
	/** For a value: the value meant when the flag is not given (as written in the spec). */
	defaultValue?: string;
	/** For a repeatable flag: the order of the values counts (`compose -f a.yml -f b.yml`). */
	ordered: boolean;
	/** Inherited by every subcommand (kubectl/helm global flags). */
	persistent: boolean;
	/** How the flag is shown in messages, e.g. "-d (--detach)". */
	label: string;
}

export interface ArgSpec {
	name: string;
	kind: ArgKind;
	variadic: boolean;
	/** Canonical key of the flag this positional stands for (`CONTAINER=--container`). */
	flag?: string;
}

/** kubectl's resource argument forms (see `CommandDef.args`). */
export type ResourceArgs = 'resources' | 'resources+pairs' | 'resources+value';

/** Authored form of a command (one node of a program's command tree). */
export interface CommandDef {
	name: string;
	aliases?: readonly string[];
	flags?: readonly string[];
	/** Flags accepted here and by every subcommand below. */
	persistentFlags?: readonly string[];
	/**
	 * Positional arguments. 'resources' is kubectl's `TYPE [NAME...]` / `TYPE/NAME...` form;
	 * 'resources+pairs' also takes trailing `key=value` / `key-` words (label, annotate, set image);
	 * 'resources+value' ends with one plain value (`set serviceaccount deploy web SA`).
	 */
	args?: readonly string[] | ResourceArgs;
	/**
	 * Positionals are compared as a set (e.g. `docker rm a b` = `docker rm b a`); with fixed
	 * arguments before a variadic one, only the variadic ones (`port-forward pod/web 80 443`).
	 */
	unordered?: boolean;
	/** False when flags stop at the first positional (docker run/exec: later words go to the container). */
	interspersed?: boolean;
	/** Positionals after the first N (or after `--`) are the command run in the container/pod. */
	commandAfter?: number;
	/**
	 * The command after the positionals must follow `--`. `true` (kubectl exec): older notes write it
	 * without, so an expected command without `--` forgives the same answer; `'required'` (kubectl
	 * create deployment/job: "exactly one NAME is required") is never forgiven.
	 */
	commandAfterDash?: boolean | 'required';
	subcommands?: readonly CommandDef[];
	/** True when the command is also valid without a subcommand (`kubectl create -f x`). */
	standalone?: boolean;
	/** This name is a shortcut for another path of the same program (`docker ps` → container ls). */
	redirect?: readonly string[];
	/** This name switches to another program (`docker compose` → the compose spec). */
	program?: string;
	/** Everything after this command (and an optional `--`) is a command line of that program. */
	delegate?: string;
}

/** A program's spec plus the first words that invoke it. */
export interface ProgramDef extends CommandDef {
	invokedAs: readonly string[];
}

/** Compiled node of a command tree. */
export interface CommandNode {
	program: string;
	path: string[];
	byLong: Map<string, FlagSpec>;
	byShort: Map<string, FlagSpec>;
	/** Every flag usable here (own and inherited) by canonical key. */
	byKey: Map<string, FlagSpec>;
	/** Long names and aliases usable here, for "did you mean" suggestions. */
	longNames: string[];
	args: ArgSpec[] | ResourceArgs;
	unordered: boolean;
	interspersed: boolean;
	commandAfter?: number;
	commandAfterDash: boolean | 'required';
	children: Map<string, CommandNode>;
	/** Canonical names and aliases of the children, for suggestions. */
	childNames: string[];
	requiresSubcommand: boolean;
	delegate?: string;
}

const SHORT_RE = /^-([A-Za-z0-9])(?:,\s*|\s+|$)/;
const LONG_RE = /^--([A-Za-z0-9][\w-]*)((?:\|--[A-Za-z0-9][\w-]*)*)/;
const OPTIONAL_RE = /^\[=([^\]]*)\]/;
const KINDS = 'value|port|image|list|path|volume|mount|size|megabytes|decimal|source|resources|signal|duration|capability|jsonpath|ulimit|device';
const VALUE_RE = new RegExp(`^\\s*<(${KINDS})>(,)?(\\.\\.\\.)?$`);
const TRAILER_RE = /\s+\((?:default ([^)]*)|(ordered))\)$/;
const ARG_RE = new RegExp(`^([A-Za-z][\\w-]*)(?::(${KINDS}|target|node|explain|resource))?(\\.\\.\\.)?(?:=(--[\\w-]+))?$`);

/** Parses one flag written in the notation above. Throws on a malformed spec (a programming error). */
export function parseFlagSpec(src: string, persistent = false): FlagSpec {
	let rest = src.trim();
	let defaultValue: string | undefined;
	let ordered = false;
	for (let t = TRAILER_RE.exec(rest); t; t = TRAILER_RE.exec(rest)) {
		if (t[2]) ordered = true;
		else defaultValue = t[1];
		rest = rest.slice(0, t.index);
	}
	let short: string | undefined;
	let long: string | undefined;
	let aliases: string[] = [];
	let m = SHORT_RE.exec(rest);
	if (m) {
		short = m[1];
		rest = rest.slice(m[0].length);
	}
	m = LONG_RE.exec(rest);
	if (m) {
		long = m[1];
		aliases = m[2].split('|--').filter((a) => a !== '');
		rest = rest.slice(m[0].length);
	}
	let value: FlagSpec['value'] = 'none';
	let kind: ValueKind = 'value';
	let repeat = false;
	let split = false;
	let implicit: string | undefined;
	let defaultTrue = false;
	m = OPTIONAL_RE.exec(rest);
	if (m) {
		value = 'optional';
		implicit = m[1];
		rest = rest.slice(m[0].length);
	} else if (rest.startsWith('=true')) {
		defaultTrue = true;
		rest = rest.slice(5);
	}
	if (rest.trim() !== '') {
		const v = VALUE_RE.exec(rest);
		if (!v || value !== 'none') throw new Error(`bad flag spec "${src}"`);
		value = 'required';
		kind = v[1] as ValueKind;
		split = v[2] !== undefined;
		repeat = v[3] !== undefined;
		if (split && !repeat) throw new Error(`bad flag spec "${src}"`);
	}
	if (!short && !long) throw new Error(`bad flag spec "${src}"`);
	if ((defaultValue !== undefined && (value === 'none' || repeat)) || (ordered && !repeat)) throw new Error(`bad flag spec "${src}"`);
	const key = long ? `--${long}` : `-${short}`;
	const label = short && long ? `-${short} (--${long})` : key;
	return { key, long, short, aliases, value, kind, repeat, split, defaultTrue, implicit, defaultValue, ordered, persistent, label };
}

/** Parses one positional argument spec such as 'IMAGE:image' or 'NAME...'. */
export function parseArgSpec(src: string): ArgSpec {
	const m = ARG_RE.exec(src);
	if (!m) throw new Error(`bad argument spec "${src}"`);
	return { name: m[1], kind: (m[2] as ArgKind | undefined) ?? 'value', variadic: m[3] !== undefined, flag: m[4] };
}

function addFlag(node: CommandNode, flag: FlagSpec): void {
	node.byKey.set(flag.key, flag);
	if (flag.short) node.byShort.set(flag.short, flag);
	for (const name of flag.long ? [flag.long, ...flag.aliases] : []) node.byLong.set(name, flag);
}

interface PendingLink {
	node: CommandNode;
	name: string;
	def: CommandDef;
}

function compileNode(
	def: CommandDef,
	program: string,
	path: string[],
	inherited: FlagSpec[],
	pending: PendingLink[]
): CommandNode {
	const node: CommandNode = {
		program,
		path,
		byLong: new Map(),
		byShort: new Map(),
		byKey: new Map(),
		longNames: [],
		args: Array.isArray(def.args) ? def.args.map(parseArgSpec) : ((def.args as CommandNode['args'] | undefined) ?? []),
		unordered: def.unordered ?? false,
		interspersed: def.interspersed ?? true,
		commandAfter: def.commandAfter,
		commandAfterDash: def.commandAfterDash ?? false,
		children: new Map(),
		childNames: [],
		requiresSubcommand: (def.subcommands?.length ?? 0) > 0 && !def.standalone,
		delegate: def.delegate
	};
	const persistent = (def.persistentFlags ?? []).map((f) => parseFlagSpec(f, true));
	// Inherited first so that a command's own flag wins over a global one with the same letter.
	for (const flag of [...inherited, ...persistent, ...(def.flags ?? []).map((f) => parseFlagSpec(f))]) {
		addFlag(node, flag);
	}
	node.longNames = [...node.byLong.keys()];
	const childInherited = [...inherited, ...persistent];
	for (const sub of def.subcommands ?? []) {
		for (const name of [sub.name, ...(sub.aliases ?? [])]) node.childNames.push(name);
		if (sub.redirect || sub.program) {
			pending.push({ node, name: sub.name, def: sub });
			continue;
		}
		const child = compileNode(sub, program, [...path, sub.name], childInherited, pending);
		for (const name of [sub.name, ...(sub.aliases ?? [])]) node.children.set(name, child);
	}
	return node;
}

/** Follows a path of canonical names from a root; undefined when it does not exist. */
export function walk(root: CommandNode, path: readonly string[]): CommandNode | undefined {
	let node: CommandNode | undefined = root;
	for (const name of path) node = node?.children.get(name);
	return node;
}

/**
 * Compiles every program. Shortcuts (`redirect`) and program switches are linked after all trees
 * exist, so that `docker ps` is the very node of `docker container ls` (same path, same flags).
 */
export function compilePrograms(defs: readonly ProgramDef[]): {
	roots: Map<string, CommandNode>;
	byWord: Map<string, CommandNode>;
} {
	const roots = new Map<string, CommandNode>();
	const byWord = new Map<string, CommandNode>();
	const pending: PendingLink[] = [];
	for (const def of defs) {
		const root = compileNode(def, def.name, [], [], pending);
		roots.set(def.name, root);
		for (const word of def.invokedAs) byWord.set(word, root);
	}
	for (const { node, name, def } of pending) {
		const target = def.program
			? roots.get(def.program)
			: walk(roots.get(node.program) as CommandNode, def.redirect ?? []);
		if (!target) throw new Error(`bad link "${name}" in ${node.program}`);
		for (const alias of [name, ...(def.aliases ?? [])]) node.children.set(alias, target);
	}
	return { roots, byWord };
}
