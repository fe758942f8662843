/**
 * Normalization of values and positional arguments, so that spellings with the same meaning compare
 * equal: `nginx` = `nginx:latest` = `docker.io/library/nginx`, `-p 80:80/tcp` = `-p 80:80`,
 * `./app` = `app`, `deploy/web` = `deployments web`. Placeholders are left untouched.
 */
import { hasPlaceholder, isWholePlaceholder } from './placeholder';
import type { ArgKind, ArgSpec, ResourceArgs } from './spec';
import { canonicalResource } from './specs/kube-resources';

const DOCKER_HUB_PREFIXES = ['docker.io/', 'index.docker.io/', 'registry-1.docker.io/'];

/** Docker image reference: Docker Hub spelled out or not, `:latest` implied. */
export function normalizeImage(ref: string): string {
	if (isWholePlaceholder(ref)) return ref;
	let image = ref;
	for (const prefix of DOCKER_HUB_PREFIXES) {
		if (image.startsWith(prefix)) {
			image = image.slice(prefix.length);
			break;
		}
	}
	// `library/` is the namespace of official images on Docker Hub: `library/nginx` = `nginx`.
	if (image.startsWith('library/') && image.indexOf('/', 8) < 0) image = image.slice(8);
	if (image.includes('@')) return image; // pinned by digest: a tag adds nothing
	const last = image.slice(image.lastIndexOf('/') + 1);
	// A placeholder in the last part may itself stand for `name:tag`, so no tag is implied then.
	if (last === '' || last.includes(':') || hasPlaceholder(last)) return image;
	return `${image}:latest`;
}

/** `docker run -p`: TCP and all interfaces are the defaults, so `0.0.0.0:80:80/tcp` = `80:80`. */
export function normalizePort(port: string): string {
	let p = port.replace(/\/tcp$/i, '');
	if (p.startsWith('0.0.0.0:')) p = p.slice(8);
	return p;
}

/** `-v a:/b:rw` = `-v a:/b` (read-write is the default). The two sides are never swapped. */
export function normalizeVolume(volume: string): string {
	return volume.replace(/:rw$/, '');
}

const MOUNT_KEYS: Record<string, string> = {
	src: 'source',
	dst: 'target',
	destination: 'target',
	ro: 'readonly'
};

/**
 * `--mount type=bind,src=./a,dst=/b,ro` = `--mount type=bind,source=./a,target=/b,readonly`:
 * key aliases as docker reads them, key order free, `readonly=true` = `readonly`.
 */
export function normalizeMount(mount: string): string {
	const parts = mount
		.split(',')
		.map((part) => {
			const eq = part.indexOf('=');
			const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
			const value = eq < 0 ? '' : part.slice(eq + 1).trim();
			const canonical = MOUNT_KEYS[key] ?? key;
			if (canonical === 'readonly' && (value === '' || value === 'true' || value === '1')) return 'readonly';
			return value === '' ? canonical : `${canonical}=${value}`;
		})
		.filter((part) => part !== '');
	// `type=volume` is what docker assumes when no type is given.
	if (!parts.some((part) => part.startsWith('type='))) parts.push('type=volume');
	return parts.sort().join(',');
}

/** `./app` = `app`, `dir/` = `dir`, `./` = `.`. */
export function normalizePath(path: string): string {
	let p = path;
	while (p.startsWith('./')) p = p.slice(2);
	if (p.length > 1 && p.endsWith('/')) p = p.replace(/\/+$/, '');
	return p === '' ? '.' : p;
}

/**
 * Splits at the commas that separate items: not inside (), [] or {} (`env in (dev,qa)`, helm's
 * `--set list={a,b}`) and not escaped with a backslash (helm's `a=x\,y`). Items are trimmed; empty
 * ones are dropped.
 */
export function splitList(list: string): string[] {
	const items: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < list.length; i++) {
		const c = list[i];
		if (c === '\\') i++;
		else if (c === '(' || c === '[' || c === '{') depth++;
		else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
		else if (c === ',' && depth === 0) {
			items.push(list.slice(start, i));
			start = i + 1;
		}
	}
	items.push(list.slice(start));
	return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** A set-based selector requirement: `env in (qa, prod)` / `env notin (qa)`. */
const SET_REQUIREMENT_RE = /^([^\s()]+)\s+(in|notin)\s*\((.*)\)$/;

/**
 * Comma-separated sets (label selectors, `--tcp` ports): order and spaces do not matter, nor the
 * order of the values of a set-based requirement (`env in (qa,prod)` = `env in (prod, qa)`).
 */
export function normalizeList(list: string): string {
	return splitList(list)
		.map((item) => {
			const m = SET_REQUIREMENT_RE.exec(item);
			// A selector's `key==value` is its `key=value`.
			return m ? `${m[1]} ${m[2]} (${splitList(m[3]).sort().join(',')})` : item.replace(/^([^=!\s]+)==/, '$1=');
		})
		.sort()
		.join(',');
}

/** `--cpus .5` = `--cpus 0.5`, `2.0` = `2` (Go reads both with ParseFloat). Other words unchanged. */
export function normalizeDecimal(value: string): string {
	return /^(?:\d+\.?\d*|\.\d+)$/.test(value) ? String(Number(value)) : value;
}

/** `--from-file key=./dir/` = `--from-file key=dir`: the path after an optional key. */
export function normalizeSource(source: string): string {
	const eq = source.indexOf('=');
	return eq < 0 ? normalizePath(source) : `${source.slice(0, eq + 1)}${normalizePath(source.slice(eq + 1))}`;
}

/** One resource of `create role --resource`: a type in any spelling, with an optional `/subresource`. */
function normalizeResourceName(word: string): string {
	const slash = word.indexOf('/');
	const type = slash < 0 ? word : word.slice(0, slash);
	const canonical = type === '*' || hasPlaceholder(type) ? type : (canonicalResource(type) ?? type.toLowerCase());
	return slash < 0 ? canonical : `${canonical}${word.slice(slash)}`;
}

/**
 * `kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL]`: "shortcuts and groups will be
 * resolved" (`po` = `pods`, `jobs.batch/bar` = `jobs/bar`); `*` and URLs stay as written.
 */
function normalizeCanIResource(word: string): string {
	if (word.startsWith('/') || word === '*' || isWholePlaceholder(word)) return word;
	return word.includes('/') ? normalizeTarget(word) : normalizeResourceType(word);
}

const SIZE_RE = /^(\d+(?:\.\d+)?) ?([kmgtp])?i?b?$/i;
const SIZE_UNITS = ['', 'k', 'm', 'g', 't', 'p'];

/**
 * Docker memory sizes (`-m`, `--shm-size`…) as docker reads them (go-units `RAMInBytes`): units are
 * binary and case-insensitive, and `b`/`ib` is optional, so `512m` = `512M` = `512MiB` and
 * `1g` = `1024m`. Written back in the largest unit that divides the amount, e.g. `1g`. `-1`
 * (unlimited swap) and other words are left as they are.
 */
export function normalizeSize(size: string): string {
	const m = SIZE_RE.exec(size.trim());
	if (!m) return size;
	let unit = SIZE_UNITS.indexOf((m[2] ?? '').toLowerCase());
	let amount = Number(m[1]);
	// Down to a whole number first (`1.5g` → `1536m`), then up while it stays whole.
	while (!Number.isInteger(amount) && unit > 0) {
		amount *= 1024;
		unit--;
	}
	if (!Number.isInteger(amount)) return size;
	while (amount !== 0 && amount % 1024 === 0 && unit < SIZE_UNITS.length - 1) {
		amount /= 1024;
		unit++;
	}
	return `${amount}${SIZE_UNITS[unit]}`;
}

/** Linux signal numbers (signal(7), x86/arm) by name without `SIG`. */
const SIGNALS = ['HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM', 'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'IO', 'PWR', 'SYS'];
const SIGNAL_ALIASES: Record<string, string> = { IOT: 'ABRT', POLL: 'IO', CLD: 'CHLD' };

/** `HUP` = `SIGHUP` = `sighup` = `1` (docker's ParseSignal: upper-cased, `SIG` optional, or the number). */
export function normalizeSignal(signal: string): string {
	if (/^\d+$/.test(signal)) {
		const name = SIGNALS[Number(signal) - 1];
		return name ? `SIG${name}` : signal;
	}
	let name = signal.toUpperCase();
	if (name.startsWith('SIG')) name = name.slice(3);
	name = SIGNAL_ALIASES[name] ?? name;
	return SIGNALS.includes(name) || /^RTMIN|^RTMAX/.test(name) ? `SIG${name}` : signal;
}

const DURATION_UNITS: Record<string, number> = { ns: 1e-9, us: 1e-6, 'µs': 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
const DURATION_RE = /^(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h)/;

/** A Go duration (`time.ParseDuration`) → seconds (`60m` = `1h` = `3600s`); anything else unchanged. */
export function normalizeDuration(duration: string): string {
	let rest = duration.trim();
	if (rest === '0') return '0s';
	let seconds = 0;
	while (rest !== '') {
		const m = DURATION_RE.exec(rest);
		if (!m) return duration;
		const unit = /(ns|us|µs|ms|s|m|h)$/.exec(m[0])?.[1] ?? 's';
		seconds += Number(m[0].slice(0, m[0].length - unit.length)) * DURATION_UNITS[unit];
		rest = rest.slice(m[0].length);
	}
	return `${Number(seconds.toPrecision(12))}s`;
}

/** `sys_ptrace` = `SYS_PTRACE` = `CAP_SYS_PTRACE` (docker normalizes capabilities so). */
export function normalizeCapability(cap: string): string {
	if (hasPlaceholder(cap)) return cap;
	const upper = cap.toUpperCase();
	return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}

/** kubectl's relaxed JSONPath: `metadata.name` = `.metadata.name` = `{.metadata.name}`. */
export function normalizeJsonPath(path: string): string {
	let p = path.trim();
	if (p.startsWith('{') && p.endsWith('}')) p = p.slice(1, -1);
	if (!p.startsWith('.') && !p.startsWith('[')) p = `.${p}`;
	return `{${p}}`;
}

/** `nofile=1024` = `nofile=1024:1024` (one number sets the soft and the hard limit). */
export function normalizeUlimit(ulimit: string): string {
	const m = /^([A-Za-z]+)=(-?\d+)(?::(-?\d+))?$/.exec(ulimit.trim());
	return m ? `${m[1].toLowerCase()}=${m[2]}:${m[3] ?? m[2]}` : ulimit;
}

/** `--device /dev/snd` = `/dev/snd:/dev/snd:rwm`; a second part made of r/w/m letters is the mode. */
export function normalizeDevice(device: string): string {
	const parts = device.split(':');
	const isMode = (p: string | undefined): boolean => p !== undefined && /^[rwm]+$/.test(p);
	const host = parts[0];
	let target = host;
	let mode = 'rwm';
	if (parts.length === 2) {
		if (isMode(parts[1])) mode = parts[1];
		else target = parts[1];
	} else if (parts.length === 3) {
		target = parts[1];
		mode = parts[2];
	} else if (parts.length > 3) return device;
	const letters = ['r', 'w', 'm'].filter((c) => mode.includes(c)).join('');
	return `${host}:${target}:${letters}`;
}

/** A kubectl resource type in any spelling → its plural name; unknown types (CRDs) lower-cased. */
export function normalizeResourceType(word: string): string {
	if (hasPlaceholder(word)) return word;
	return canonicalResource(word) ?? word.toLowerCase();
}

/** A kubectl `TYPE/NAME`, or a bare name of the default type (pods for logs/exec/port-forward). */
export function normalizeTarget(word: string, defaultType = 'pods'): string {
	const slash = word.indexOf('/');
	if (slash <= 0) return `${defaultType}/${word}`;
	return `${normalizeResourceType(word.slice(0, slash))}/${word.slice(slash + 1)}`;
}

/** `kubectl explain po.spec` = `kubectl explain pods.spec`. */
function normalizeExplain(path: string): string {
	const dot = path.indexOf('.');
	const head = dot < 0 ? path : path.slice(0, dot);
	return normalizeResourceType(head) + (dot < 0 ? '' : path.slice(dot).toLowerCase());
}

export function normalizeValue(kind: ArgKind, value: string): string {
	switch (kind) {
		case 'image':
			return normalizeImage(value);
		case 'port':
			return normalizePort(value);
		case 'volume':
			return normalizeVolume(value);
		case 'mount':
			return normalizeMount(value);
		case 'path':
			return normalizePath(value);
		case 'list':
			return normalizeList(value);
		case 'size':
			return normalizeSize(value);
		case 'decimal':
			return normalizeDecimal(value);
		case 'source':
			return normalizeSource(value);
		case 'resources':
			return splitList(value).map(normalizeResourceName).sort().join(',');
		case 'resource':
			return normalizeCanIResource(value);
		case 'signal':
			return normalizeSignal(value);
		case 'duration':
			return normalizeDuration(value);
		case 'capability':
			return normalizeCapability(value);
		case 'jsonpath':
			return normalizeJsonPath(value);
		case 'ulimit':
			return normalizeUlimit(value);
		case 'device':
			return normalizeDevice(value);
		case 'megabytes':
			// minikube `--memory 4096` means MB: `4096` = `4096mb` = `4g`.
			return normalizeSize(/^\d+$/.test(value) ? `${value}m` : value);
		case 'target':
			return normalizeTarget(value);
		case 'node':
			return normalizeTarget(value, 'nodes');
		case 'explain':
			return normalizeExplain(value);
		default:
			return value;
	}
}

/** Positional arguments by their spec; the last spec covers extra words when it is variadic. */
export function normalizeArgs(words: readonly string[], specs: readonly ArgSpec[]): string[] {
	return words.map((word, i) => {
		const spec = specs[Math.min(i, specs.length - 1)] as ArgSpec | undefined;
		if (!spec || (i >= specs.length && !spec.variadic)) return word;
		return normalizeValue(spec.kind, word);
	});
}

function isPair(word: string): boolean {
	return word.includes('=') || (word.length > 1 && word.endsWith('-'));
}

/**
 * kubectl resource arguments: `TYPE[,TYPE…] [NAME…]` or `TYPE/NAME…` → `type/name` words with
 * canonical plural types (a type alone stays a type). With `pairs`, `key=value` and `key-` words
 * (label, annotate, set image, taint) are kept as they are; with `value`, so is the last word
 * (`set serviceaccount deployment web SA`).
 */
export function normalizeResources(words: readonly string[], mode: ResourceArgs): string[] {
	const pairs = mode === 'resources+pairs';
	const last = mode === 'resources+value' && words.length > 0 ? words.length - 1 : words.length;
	const resources = words.slice(0, last).filter((w) => !pairs || !isPair(w));
	const rest = [...(pairs ? words.filter(isPair) : []), ...words.slice(last)];
	if (resources.length === 0) return rest;
	let out: string[];
	if (resources[0].includes('/')) {
		out = resources.map((w) => (w.indexOf('/') > 0 ? normalizeTarget(w) : w));
	} else {
		const types = resources[0].split(',').filter((t) => t !== '').map(normalizeResourceType);
		const names = resources.slice(1);
		out = names.length === 0 ? types : types.flatMap((t) => names.map((name) => `${t}/${name}`));
	}
	return [...out, ...rest];
}
