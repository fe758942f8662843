/**
 * Small helpers shared by the validator and its rules.
 */
import type { KubeObject, YamlPath } from './types';
import { editDistance } from '../deck/edit-distance';

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function asObj(v: unknown): Obj {
	return isObj(v) ? v : {};
}

export function asArr(v: unknown): unknown[] {
	return Array.isArray(v) ? v : [];
}

export function asStr(v: unknown): string | undefined {
	return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** Whether a value contains a compose/shell interpolation such as `${PORT}` or `$VAR`. */
export function hasInterpolation(v: unknown): boolean {
	return typeof v === 'string' && /\$\{|\$[A-Za-z_]/.test(v);
}


/** The closest candidate to `word` (case-insensitive match first), or undefined. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
	const lower = word.toLowerCase();
	let best: string | undefined;
	let bestD = Infinity;
	for (const c of candidates) {
		if (c.toLowerCase() === lower) return c;
		const max = Math.max(1, Math.min(3, Math.floor(c.length / 4)));
		const d = editDistance(lower, c.toLowerCase(), max);
		if (d <= max && d < bestD) {
			best = c;
			bestD = d;
		}
	}
	return best;
}

/** Kubernetes Quantity → number (base units; cpu in cores, memory in bytes), or null when invalid. */
export function parseQuantity(v: unknown): number | null {
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v !== 'string') return null;
	const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/.exec(v.trim());
	if (!m) return null;
	const base = Number(m[1] + (m[2] ?? ''));
	const factors: Record<string, number> = {
		n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
		Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60
	};
	return base * (m[3] ? factors[m[3]] : 1);
}

/** API groups served by Kubernetes itself; any other group belongs to a CRD. */
export const BUILTIN_GROUPS = new Set([
	'', 'apps', 'batch', 'extensions', 'policy', 'autoscaling', 'networking.k8s.io', 'storage.k8s.io', 'rbac.authorization.k8s.io',
	'apiextensions.k8s.io', 'admissionregistration.k8s.io', 'scheduling.k8s.io', 'certificates.k8s.io', 'coordination.k8s.io',
	'discovery.k8s.io', 'events.k8s.io', 'node.k8s.io', 'apiregistration.k8s.io', 'flowcontrol.apiserver.k8s.io'
]);

/** The group of an apiVersion ("" for the core group v1). */
export function apiGroup(apiVersion: string): string {
	const i = apiVersion.indexOf('/');
	return i < 0 ? '' : apiVersion.slice(0, i);
}

/** A core v1 Service (not a Knative or other custom resource that is also called Service). */
/** An object of the core API group (`apiVersion: v1`) of this kind (not a CRD's kind of the same name). */
export function isCoreKind(obj: KubeObject, kind: string): boolean {
	return obj.kind === kind && obj.apiVersion === 'v1';
}

export function isCoreService(obj: KubeObject): boolean {
	return isCoreKind(obj, 'Service');
}

export const WORKLOAD_KINDS = new Set(['Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicationController']);

export interface PodSpecRef {
	obj: KubeObject;
	/** Path of the pod spec inside the document. */
	path: YamlPath;
	spec: Obj;
	/** Labels of the pods this object creates, and their path. */
	labels: Record<string, string>;
	labelsPath: YamlPath;
	/** Namespace of the pods (explicit namespace of the object). */
	namespace: string | undefined;
}

/** The pod spec of a workload object (Pod, Deployment, …, CronJob), or null. */
export function podSpecOf(obj: KubeObject): PodSpecRef | null {
	const v = obj.value;
	let templatePath: YamlPath;
	if (obj.kind === 'Pod') templatePath = [];
	else if (obj.kind === 'CronJob') templatePath = ['spec', 'jobTemplate', 'spec', 'template'];
	else if (WORKLOAD_KINDS.has(obj.kind)) templatePath = ['spec', 'template'];
	else return null;
	let cur: unknown = v;
	for (const seg of templatePath) cur = asObj(cur)[seg as string];
	const template = asObj(cur);
	const spec = template.spec;
	if (!isObj(spec)) return null;
	const labels: Record<string, string> = {};
	for (const [k, val] of Object.entries(asObj(asObj(template.metadata).labels))) {
		const s = asStr(val);
		if (s !== undefined) labels[k] = s;
	}
	return {
		obj,
		path: [...obj.path, ...templatePath, 'spec'],
		spec,
		labels,
		labelsPath: [...obj.path, ...templatePath, 'metadata', 'labels'],
		namespace: obj.namespace
	};
}

export interface ContainerRef {
	container: Obj;
	path: YamlPath;
	init: boolean;
}

export function containersOf(pod: PodSpecRef): ContainerRef[] {
	const out: ContainerRef[] = [];
	for (const field of ['initContainers', 'containers'] as const) {
		asArr(pod.spec[field]).forEach((c, i) => {
			if (isObj(c)) out.push({ container: c, path: [...pod.path, field, i], init: field === 'initContainers' });
		});
	}
	return out;
}

/** The names a container gives its ports (ports[].name), as probes and Service targetPorts refer to them. */
export function containerPortNames(container: Obj): string[] {
	return asArr(container.ports)
		.map((p) => asObj(p).name)
		.filter((n): n is string => typeof n === 'string');
}

/** Every container of every pod template in the file, with the object it belongs to. */
export function* podContainers(objects: readonly KubeObject[]): Generator<{ obj: KubeObject; pod: PodSpecRef; c: ContainerRef }> {
	for (const obj of objects) {
		const pod = podSpecOf(obj);
		if (!pod) continue;
		for (const c of containersOf(pod)) yield { obj, pod, c };
	}
}

/** Whether every key/value of `selector` is in `labels` (an empty selector matches nothing here). */
export function selectorMatches(selector: Record<string, unknown>, labels: Record<string, string>): boolean {
	const entries = Object.entries(selector);
	if (entries.length === 0) return false;
	return entries.every(([k, v]) => asStr(v) !== undefined && labels[k] === asStr(v));
}

/** Whether two explicit namespaces conflict (an absent namespace is compatible with any). */
export function namespacesDiffer(a: string | undefined, b: string | undefined): boolean {
	return a !== undefined && b !== undefined && a !== b;
}
