/**
 * Tell compose files from Kubernetes manifests.
 */
import type { DetectedTarget, KubeObject, ParsedDoc } from './types';
import { asArr, isObj, suggest, type Obj } from './util';

export const COMPOSE_TOP = new Set(['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models']);

/** Keys that only a compose service has, to tell a misspelt `services:` map from any other map. */
const SERVICE_MARKERS = new Set(['image', 'build', 'ports', 'environment', 'command', 'depends_on', 'restart', 'container_name', 'healthcheck', 'env_file', 'expose', 'entrypoint', 'deploy']);

/** `compose.yaml`, `docker-compose.yml`, `docker-compose.prod.yml`, `compose.dev.yaml`, `app.compose.yaml`, `docker-compose-dev.yml`. */
export function isComposeFileName(file: string | undefined): boolean {
	const base = (file ?? '').replace(/^.*[/\\]/, '');
	return /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i.test(base) || /\.compose\.ya?ml$/i.test(base);
}

/** A map of service definitions, whatever the key it sits under. */
function looksLikeServices(v: unknown): boolean {
	return isObj(v) && Object.values(v).some((svc) => isObj(svc) && Object.keys(svc).some((k) => SERVICE_MARKERS.has(k)));
}

/**
 * A Kubernetes object has a kind, or an apiVersion next to metadata or spec (a manifest whose kind
 * was lost). A bare apiVersion is not enough: Helm's Chart.yaml has `apiVersion: v2` and is no manifest.
 */
function looksKube(v: unknown): boolean {
	if (!isObj(v)) return false;
	if (typeof v.kind === 'string') return true;
	return typeof v.apiVersion === 'string' && (isObj(v.metadata) || isObj(v.spec));
}

function looksCompose(v: unknown): boolean {
	if (!isObj(v) || looksKube(v)) return false;
	if ('services' in v && (isObj(v.services) || v.services === null)) return true;
	// services written as a list of `- name: {…}` items (a list/map confusion): still a compose file
	if (Array.isArray(v.services) && v.services.some((item) => looksLikeServices(item))) return true;
	const keys = Object.keys(v);
	if (keys.length > 0 && 'version' in v && keys.every((k) => COMPOSE_TOP.has(k) || k.startsWith('x-'))) return true;
	// a misspelt top-level key (`service:`, `Services:`) holding service definitions
	return Object.entries(v).some(([k, x]) => !COMPOSE_TOP.has(k) && suggest(k, COMPOSE_TOP) !== undefined && looksLikeServices(x));
}

/** Compose file or Kubernetes manifests; `file` (the file's name) recognises a compose file whose keys are all misspelt. */
export function detectTarget(docs: ParsedDoc[], file?: string): DetectedTarget {
	const values = docs.filter((d) => !d.broken).map((d) => d.value);
	if (values.some(looksKube)) return 'kubernetes';
	if (values.some(looksCompose)) return 'compose';
	if (isComposeFileName(file) && values.some(isObj)) return 'compose';
	return 'unknown';
}

function toObject(doc: ParsedDoc, path: (string | number)[], v: Obj): KubeObject {
	const meta = isObj(v.metadata) ? v.metadata : {};
	return {
		doc,
		path,
		apiVersion: typeof v.apiVersion === 'string' ? v.apiVersion : '',
		kind: typeof v.kind === 'string' ? v.kind : '',
		name: typeof meta.name === 'string' ? meta.name : '',
		namespace: typeof meta.namespace === 'string' && meta.namespace ? meta.namespace : undefined,
		value: v
	};
}

/** Kubernetes objects of the file: top-level documents and the items of `kind: *List` documents. */
export function kubeObjects(docs: ParsedDoc[]): KubeObject[] {
	const out: KubeObject[] = [];
	for (const doc of docs) {
		if (doc.broken || !isObj(doc.value)) continue;
		const v = doc.value;
		if (typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items)) {
			asArr(v.items).forEach((item, i) => {
				if (isObj(item)) out.push(toObject(doc, ['items', i], item));
			});
		} else if (looksKube(v)) {
			out.push(toObject(doc, [], v));
		}
	}
	return out;
}
