/**
 * Equivalent forms: after parsing, each command line is rewritten into one canonical form where the
 * real tools give two spellings the same effect, so that the comparer sees one form:
 *   docker run/create   `--mount` that `-v` can say = that `-v`; `--cpu-period P --cpu-quota Q` = `--cpus Q/P`
 *   docker build        `-f CONTEXT/Dockerfile` is the default file
 *   kubectl (any)       `-n` on cluster-scoped resources changes nothing; `-o go-template=T` =
 *                       `-o go-template --template=T`
 *   kubectl expose      `--target-port` equal to `--port` is the default
 *   kubectl patch       `patch node N -p '{"spec":{"unschedulable":true}}'` = `cordon N` (false: uncordon)
 * Each rewrite that changes the form the learner typed is recorded in `cmd.forms`, so that a right
 * answer in another form can be told which form the card teaches (see `formNote`).
 */
import { normalizeDecimal, normalizeMount, normalizePath } from './normalize';
import { walk, type CommandNode } from './spec';
import { CLUSTER_SCOPED } from './specs/kube-resources';
import type { FormCode, ParsedCommand } from './types';

function record(cmd: ParsedCommand, form: FormCode): void {
	if (!cmd.forms.includes(form)) cmd.forms.push(form);
}

/** `type=bind,source=./a,target=/b,readonly` → `./a:/b:ro` when `-v` can say the same. */
export function mountAsVolume(mount: string): string | undefined {
	const fields = new Map<string, string>();
	for (const part of normalizeMount(mount).split(',')) {
		const eq = part.indexOf('=');
		fields.set(eq < 0 ? part : part.slice(0, eq), eq < 0 ? 'true' : part.slice(eq + 1));
	}
	const type = fields.get('type');
	const source = fields.get('source');
	const target = fields.get('target');
	if (!target || [...fields.keys()].some((k) => !['type', 'source', 'target', 'readonly'].includes(k))) return undefined;
	const ro = fields.has('readonly') ? ':ro' : '';
	// A volume is named; a source that looks like a path is no volume `-v` could name.
	if (type === 'volume') return source ? (/^[./~$]/.test(source) ? undefined : `${source}:${target}${ro}`) : ro ? undefined : target;
	// A bind source must be a path; `-v name:/p` would be a named volume instead.
	if (type === 'bind' && source && /^[./~$]/.test(source)) return `${source}:${target}${ro}`;
	return undefined;
}

/** `-v ./a:/b:rw` → `./a:/b` (rw is the default); the bind source as a path (`./a/` = `./a`). */
function canonicalVolume(volume: string): string {
	const parts = volume.split(':');
	if (parts.length >= 2 && /^[./~$]/.test(parts[0])) parts[0] = parts[0].startsWith('./') ? `./${normalizePath(parts[0])}` : parts[0].replace(/(.)\/+$/, '$1');
	return parts.join(':');
}

function dockerContainer(cmd: ParsedCommand): void {
	const mounts = cmd.flags['--mount'];
	if (mounts) {
		const keep: string[] = [];
		for (const m of mounts) {
			const v = mountAsVolume(m);
			if (v === undefined) keep.push(m);
			else {
				(cmd.flags['--volume'] ??= []).push(v);
				record(cmd, 'mount-as-volume');
			}
		}
		if (keep.length > 0) cmd.flags['--mount'] = keep;
		else delete cmd.flags['--mount'];
	}
	if (cmd.flags['--volume']) cmd.flags['--volume'] = cmd.flags['--volume'].map(canonicalVolume);
	const period = cmd.flags['--cpu-period']?.at(-1);
	const quota = cmd.flags['--cpu-quota']?.at(-1);
	if (period !== undefined && quota !== undefined && Number(period) > 0 && Number(quota) > 0 && !cmd.flags['--cpus']) {
		cmd.flags['--cpus'] = [normalizeDecimal(String(Number(quota) / Number(period)))];
		delete cmd.flags['--cpu-period'];
		delete cmd.flags['--cpu-quota'];
		record(cmd, 'quota-as-cpus');
	}
}

function dockerBuild(cmd: ParsedCommand): void {
	const file = cmd.flags['--file']?.at(-1);
	const context = cmd.positionals[0];
	if (file === undefined || context === undefined || context === '-' || /^[a-z]+:\/\//i.test(context)) return;
	const dockerfile = normalizePath(context === '.' ? 'Dockerfile' : `${context}/Dockerfile`);
	if (normalizePath(file) === dockerfile) delete cmd.flags['--file'];
}

/** Output formats whose template may be glued to `-o` or given with `--template`. */
const TEMPLATE_FORMATS: Record<string, string> = {
	'go-template': 'go-template',
	template: 'go-template',
	'go-template-file': 'go-template-file',
	templatefile: 'go-template-file',
	jsonpath: 'jsonpath',
	'jsonpath-file': 'jsonpath-file',
	'jsonpath-as-json': 'jsonpath-as-json'
};

function typeOf(positional: string): string {
	const slash = positional.indexOf('/');
	return slash < 0 ? positional : positional.slice(0, slash);
}

const CLUSTER_SCOPED_CREATE = new Set(['namespace', 'clusterrole', 'clusterrolebinding', 'priorityclass']);

function kubectl(cmd: ParsedCommand, node: CommandNode, root: CommandNode): CommandNode {
	const output = cmd.flags['--output']?.at(-1);
	if (output !== undefined) {
		const eq = output.indexOf('=');
		const name = eq < 0 ? output : output.slice(0, eq);
		const format = TEMPLATE_FORMATS[name];
		if (format !== undefined) {
			cmd.flags['--output'] = [format];
			if (eq >= 0) cmd.flags['--template'] = [output.slice(eq + 1)];
		}
	}
	if (cmd.path[0] === 'expose' && cmd.flags['--target-port'] && cmd.flags['--target-port'].at(-1) === cmd.flags['--port']?.at(-1)) {
		delete cmd.flags['--target-port'];
	}
	let out = node;
	if (cmd.path[0] === 'patch' && cmd.positionals.length === 1 && cmd.positionals[0].startsWith('nodes/')) {
		const patch = cmd.flags['--patch']?.at(-1);
		const type = cmd.flags['--type']?.at(-1) ?? 'strategic';
		const others = Object.keys(cmd.flags).filter((k) => k !== '--patch' && k !== '--type' && k !== '--namespace');
		let value: unknown;
		try {
			value = patch === undefined ? undefined : JSON.parse(patch);
		} catch {
			value = undefined;
		}
		const spec = (value as { spec?: Record<string, unknown> } | undefined)?.spec;
		const only = value && typeof value === 'object' && Object.keys(value).length === 1 && spec && Object.keys(spec).length === 1;
		if (only && typeof spec.unschedulable === 'boolean' && (type === 'strategic' || type === 'merge') && others.length === 0) {
			const verb = spec.unschedulable ? 'cordon' : 'uncordon';
			const target = walk(root, [verb]);
			if (target) {
				cmd.path = target.path;
				delete cmd.flags['--patch'];
				delete cmd.flags['--type'];
				out = target;
				record(cmd, 'patch-as-cordon');
			}
		}
	}
	const clusterScoped =
		(cmd.positionals.length > 0 && cmd.positionals.every((p) => CLUSTER_SCOPED.has(typeOf(p)))) ||
		(cmd.path[0] === 'create' && CLUSTER_SCOPED_CREATE.has(cmd.path[1] ?? ''));
	if (clusterScoped) delete cmd.flags['--namespace'];
	return out;
}

/** Rewrites `cmd` into its canonical form; returns the node it now belongs to (patch → cordon). */
export function canonicalize(cmd: ParsedCommand, node: CommandNode, root: CommandNode): CommandNode {
	const path = cmd.path.join(' ');
	if (cmd.program === 'docker' && (path === 'container run' || path === 'container create')) dockerContainer(cmd);
	if (cmd.program === 'docker' && (path === 'image build' || path === 'buildx build')) dockerBuild(cmd);
	if (cmd.program === 'kubectl') return kubectl(cmd, node, root);
	return node;
}
