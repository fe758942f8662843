/**
 * Test support: break real compose files and manifests in the semantic ways people break them, by
 * kind, to measure how many of the broken copies the validator catches (defect-mutants.test.ts and
 * the report script defect-report.ts). Every mutant is a file that `docker compose config` or the API
 * server (strict field validation) refuses; sites where the change would still be valid are skipped,
 * using the compose-spec and Kubernetes OpenAPI field tables as ground truth.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, Scalar, type Document, type Pair } from 'yaml';
import { readFileSync } from 'node:fs';
import table from './generated/k8s-fields.json';

type Schema = { type?: string | string[]; $ref?: string; oneOf?: Schema[]; anyOf?: Schema[]; properties?: Record<string, Schema> };
/** The compose-spec JSON schema (dclint's copy, the one the validator is generated from). */
const composeSchema = JSON.parse(readFileSync(new URL('../../../node_modules/dclint/schemas/compose.schema.json', import.meta.url), 'utf8')) as {
	definitions: Record<string, Schema>;
};

function resolve(schema: Schema | undefined): Schema | undefined {
	return schema?.$ref ? composeSchema.definitions[schema.$ref.replace('#/definitions/', '')] : schema;
}

/** JSON types a compose schema node accepts. */
function allowedTypes(schema: Schema | undefined, depth = 0): Set<string> {
	const out = new Set<string>();
	const s = resolve(schema);
	if (!s || depth > 8) return out;
	for (const t of Array.isArray(s.type) ? s.type : s.type ? [s.type] : []) out.add(t === 'integer' ? 'number' : t);
	for (const b of [...(s.oneOf ?? []), ...(s.anyOf ?? [])]) for (const t of allowedTypes(b, depth + 1)) out.add(t);
	return out;
}

/** A value of a JSON type the field does not accept, or undefined. */
function wrongTypeValue(allowed: Set<string>, v: unknown): unknown {
	if (allowed.size === 0 || (typeof v === 'string' && v.includes('$'))) return undefined;
	if (!allowed.has('array')) return [v];
	if (!allowed.has('object') && (typeof v !== 'object' || v === null)) return { [String(v)]: null };
	if (!allowed.has('string') && !allowed.has('number') && typeof v === 'object' && v !== null) return JSON.stringify(v);
	return undefined;
}

export interface Mutant {
	kind: MutantKind;
	/** What was changed, for the report. */
	what: string;
	text: string;
}

export const MUTANT_KINDS = [
	'top-level-typo',
	'bind-without-dot',
	'env-list-map-item',
	'wrong-type',
	'list-map-confusion',
	'wrong-parent',
	'reference-typo',
	'key-typo',
	'api-version-kind',
	'missing-required',
	'port-type',
	'enum-case',
	'selector-mismatch',
	'kind-typo',
	'quantity-format',
	'port-range',
	'name-format',
	'wrong-type-sweep'
] as const;
export type MutantKind = (typeof MUTANT_KINDS)[number];

const fields = table as { roots: Record<string, string>; types: Record<string, Record<string, string>> };

/** Keys of a compose service (compose-spec service definition). */
const SERVICE_KEYS = new Set(
	('annotations attach blkio_config build cap_add cap_drop cgroup cgroup_parent command configs container_name cpu_count ' +
		'cpu_percent cpu_period cpu_quota cpu_rt_period cpu_rt_runtime cpu_shares cpus cpuset credential_spec depends_on deploy ' +
		'develop device_cgroup_rules devices dns dns_opt dns_search domainname entrypoint env_file environment expose extends ' +
		'external_links extra_hosts gpus group_add healthcheck hostname image init ipc isolation label_file labels links logging ' +
		'mac_address mem_limit mem_reservation mem_swappiness memswap_limit models network_mode networks oom_kill_disable ' +
		'oom_score_adj pid pids_limit platform ports post_start pre_stop privileged profiles provider pull_policy read_only ' +
		'restart runtime scale secrets security_opt shm_size stdin_open stop_grace_period stop_signal storage_opt sysctls tmpfs ' +
		'tty ulimits use_api_socket user userns_mode uts volumes volumes_from working_dir').split(' ')
);
const COMPOSE_TOP = new Set(['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models']);
/** Nested compose maps with a closed set of keys. */
const COMPOSE_NESTED = new Set(['healthcheck', 'build', 'deploy', 'logging']);
/** Maps of free keys whose values must be scalars. */
const COMPOSE_OPEN = new Set(['environment', 'labels', 'args', 'options', 'sysctls', 'extra_hosts']);

const TOP_TYPOS: Record<string, string> = { services: 'service', volumes: 'volume', networks: 'network', secrets: 'secret', configs: 'config' };

const WRONG_GROUP: Record<string, string> = {
	Pod: 'apps/v1', Service: 'apps/v1', ConfigMap: 'apps/v1', Secret: 'apps/v1', PersistentVolumeClaim: 'storage.k8s.io/v1',
	PersistentVolume: 'apps/v1', Namespace: 'apps/v1', ServiceAccount: 'apps/v1', Deployment: 'v1', StatefulSet: 'v1',
	DaemonSet: 'v1', ReplicaSet: 'v1', Job: 'apps/v1', CronJob: 'apps/v1', Ingress: 'v1', NetworkPolicy: 'v1',
	HorizontalPodAutoscaler: 'apps/v1', StorageClass: 'v1'
};
const REMOVED_VERSION: Record<string, string> = {
	Deployment: 'extensions/v1beta1', DaemonSet: 'extensions/v1beta1', ReplicaSet: 'extensions/v1beta1', StatefulSet: 'apps/v1beta1',
	Ingress: 'networking.k8s.io/v1beta1', CronJob: 'batch/v1beta1', HorizontalPodAutoscaler: 'autoscaling/v2beta2',
	NetworkPolicy: 'extensions/v1beta1', PodDisruptionBudget: 'policy/v1beta1'
};
const WORKLOADS_WITH_SELECTOR = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);
/** Enum-valued fields (case-sensitive in the API). */
const ENUM_FIELDS = new Set([
	'restartPolicy', 'imagePullPolicy', 'protocol', 'pathType', 'dnsPolicy', 'accessModes', 'policyTypes', 'completionMode',
	'operator', 'effect', 'volumeMode', 'concurrencyPolicy', 'externalTrafficPolicy', 'sessionAffinity', 'podManagementPolicy'
]);

type Path = (string | number)[];
type Op = (doc: Document) => boolean;
interface Site {
	kind: MutantKind;
	what: string;
	docIndex: number;
	op: Op;
}

const keyOf = (p: Pair): string => String(isScalar(p.key) ? p.key.value : p.key);

function pairAt(map: unknown, key: string): Pair | undefined {
	return isMap(map) ? (map.items as Pair[]).find((p) => keyOf(p) === key) : undefined;
}

function nodeAt(doc: Document, path: Path): unknown {
	return path.length ? doc.getIn(path, true) : doc.contents;
}

/** Rename the key of the pair at `path`. */
const renameKey = (path: Path, to: string): Op => (doc) => {
	const p = pairAt(nodeAt(doc, path.slice(0, -1)), String(path[path.length - 1]));
	if (!p) return false;
	p.key = new Scalar(to);
	return true;
};

const setValue = (path: Path, value: unknown): Op => (doc) => {
	if (!doc.hasIn(path)) return false;
	doc.setIn(path, doc.createNode(value));
	return true;
};

const deleteAt = (path: Path): Op => (doc) => doc.deleteIn(path);

/** Move the pair at `from` into the map at `to` (a dedent or an indent). */
const movePair = (from: Path, to: Path): Op => (doc) => {
	const parent = nodeAt(doc, from.slice(0, -1));
	const key = String(from[from.length - 1]);
	const target = nodeAt(doc, to);
	const p = pairAt(parent, key);
	if (!p || !isMap(parent) || !isMap(target) || pairAt(target, key)) return false;
	parent.items.splice(parent.items.indexOf(p), 1);
	target.items.push(p);
	return true;
};

function plain(node: unknown): unknown {
	return node && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node;
}

/** A realistic misspelling: the word without its second-to-last letter (`image` → `imae`). */
function typo(word: string): string {
	if (word.length < 4) return word + word[word.length - 1];
	return word.slice(0, -2) + word.slice(-1);
}

// ------------------------------------------------------------------ compose

function composeSites(doc: Document, docIndex: number): Site[] {
	const out: Site[] = [];
	const add = (kind: MutantKind, what: string, op: Op) => out.push({ kind, what, docIndex, op });
	const root = doc.contents;
	if (!isMap(root)) return out;
	for (const p of root.items as Pair[]) {
		const k = keyOf(p);
		if (TOP_TYPOS[k]) add('top-level-typo', `${k}: → ${TOP_TYPOS[k]}:`, renameKey([k], TOP_TYPOS[k]));
	}
	const services = pairAt(root, 'services')?.value;
	if (!isMap(services)) return out;
	const names = (services.items as Pair[]).map(keyOf);
	const topVolumes = pairAt(root, 'volumes')?.value;
	const topNetworks = pairAt(root, 'networks')?.value;
	const lastName = names[names.length - 1];
	for (const sp of services.items as Pair[]) {
		const name = keyOf(sp);
		const svc = sp.value;
		if (!isMap(svc)) continue;
		const base: Path = ['services', name];
		const items = svc.items as Pair[];
		for (const [i, p] of items.entries()) {
			const k = keyOf(p);
			const v = p.value;
			const at: Path = [...base, k];
			if (SERVICE_KEYS.has(k)) add('key-typo', `${name}.${k} → ${typo(k)}`, renameKey(at, typo(k)));
			// every field, and the fields of its nested map: a value of a type the compose-spec does not accept
			const fieldSchema = resolve(composeSchema.definitions.service.properties?.[k]);
			const sweep = (schema: Schema | undefined, path: Path, value: unknown) => {
				const wrong = wrongTypeValue(allowedTypes(schema), value);
				if (wrong !== undefined) add('wrong-type-sweep', `${path.slice(1).join('.')} as ${JSON.stringify(wrong)}`, setValue(path, wrong));
			};
			sweep(fieldSchema, at, plain(v));
			const nested = fieldSchema?.properties ? fieldSchema : (fieldSchema?.oneOf ?? []).map(resolve).find((b) => b?.properties);
			if (nested?.properties && isMap(v))
				for (const np of v.items as Pair[]) if (nested.properties[keyOf(np)]) sweep(nested.properties[keyOf(np)], [...at, keyOf(np)], plain(np.value));
			// the key one level too far left: a service named like the key, or a top-level key
			const value = plain(v);
			const looksLikeService = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).every((x) => SERVICE_KEYS.has(x));
			if (!names.includes(k) && !looksLikeService) add('wrong-parent', `${name}.${k} dedented to services`, movePair(at, ['services']));
			if (!COMPOSE_TOP.has(k) && !k.startsWith('x-')) add('wrong-parent', `${name}.${k} dedented to the top level`, movePair(at, []));
			// the key one level too far right, under the previous key's map
			const prev = items[i - 1];
			if (prev && isMap(prev.value)) {
				const pk = keyOf(prev);
				// a key that the nested map also takes (build.secrets, build.ulimits, x-…) is no defect there
				const prevSchema = resolve(composeSchema.definitions.service.properties?.[pk]);
				const prevProps = prevSchema?.properties ?? (prevSchema?.oneOf ?? []).map(resolve).find((b) => b?.properties)?.properties;
				const validThere = k.startsWith('x-') || !!prevProps?.[k];
				if ((COMPOSE_NESTED.has(pk) && !validThere) || (COMPOSE_OPEN.has(pk) && (isMap(v) || isSeq(v))))
					add('wrong-parent', `${name}.${k} indented under ${pk}`, movePair(at, [...base, pk]));
			}
			// keys of nested maps pulled up to the service
			if (COMPOSE_NESTED.has(k) && isMap(v))
				for (const np of v.items as Pair[]) {
					const nk = keyOf(np);
					if (!SERVICE_KEYS.has(nk)) add('wrong-parent', `${name}.${k}.${nk} dedented to the service`, movePair([...at, nk], base));
				}
			if (k === 'volumes' && isSeq(v)) {
				v.items.forEach((item, j) => {
					if (!isScalar(item) || typeof item.value !== 'string') return;
					const s = item.value;
					const m = /^\.\/([^:]+)(:.*)$/.exec(s);
					if (m && m[1] && !m[1].startsWith('.') && !m[1].includes('$'))
						add('bind-without-dot', `${name}: ${s} → ${m[1]}${m[2]}`, setValue([...at, j], m[1] + m[2]));
					const named = /^([a-zA-Z0-9][\w.-]*):/.exec(s);
					if (named && isMap(topVolumes) && pairAt(topVolumes, named[1]))
						add('reference-typo', `${name}: volume ${named[1]} → ${typo(named[1])}`, setValue([...at, j], typo(named[1]) + s.slice(named[1].length)));
				});
				add('wrong-type', `${name}.volumes as one string`, setValue(at, String(plain(v.items[0]))));
				add('list-map-confusion', `${name}.volumes as a map`, setValue(at, Object.fromEntries((plain(v) as unknown[]).map((x) => [String(typeof x === 'object' ? JSON.stringify(x) : x), null]))));
			}
			if (k === 'environment' && isSeq(v)) {
				v.items.forEach((item, j) => {
					if (!isScalar(item) || typeof item.value !== 'string') return;
					const eq = item.value.indexOf('=');
					if (eq > 0) add('env-list-map-item', `${name}: - ${item.value} → - KEY: value`, setValue([...at, j], { [item.value.slice(0, eq)]: item.value.slice(eq + 1) }));
				});
				add('wrong-type', `${name}.environment as one string`, setValue(at, String(plain(v.items[0]))));
			}
			if (k === 'environment' && isMap(v) && v.items.length) {
				const list = (v.items as Pair[]).filter((x) => !isScalar(x.key) || x.key.value !== '<<').map((x) => ({ [keyOf(x)]: plain(x.value) }));
				if (list.length && !(v.items as Pair[]).some((x) => keyOf(x) === '<<'))
					add('env-list-map-item', `${name}.environment map → list of KEY: value items`, setValue(at, list));
			}
			if ((k === 'ports' || k === 'expose') && isSeq(v) && v.items.length) {
				add('wrong-type', `${name}.${k} as one value`, setValue(at, plain(v.items[0])));
				add('list-map-confusion', `${name}.${k} as a map`, setValue(at, Object.fromEntries((plain(v) as unknown[]).map((x) => [String(x), null]))));
			}
			if (k === 'depends_on' && isSeq(v) && v.items.length) {
				add('wrong-type', `${name}.depends_on as one string`, setValue(at, String(plain(v.items[0]))));
				const first = String(plain(v.items[0]));
				if (names.includes(first)) add('reference-typo', `${name}.depends_on ${first} → ${typo(first)}`, setValue([...at, 0], typo(first)));
			}
			if (k === 'depends_on' && isMap(v)) {
				const first = keyOf((v.items as Pair[])[0]);
				if (names.includes(first)) add('reference-typo', `${name}.depends_on ${first} → ${typo(first)}`, renameKey([...at, first], typo(first)));
			}
			if (k === 'networks' && isSeq(v) && v.items.length) {
				add('wrong-type', `${name}.networks as one string`, setValue(at, String(plain(v.items[0]))));
				const first = String(plain(v.items[0]));
				if (isMap(topNetworks) && pairAt(topNetworks, first)) add('reference-typo', `${name}.networks ${first} → ${typo(first)}`, setValue([...at, 0], typo(first)));
			}
			if (k === 'restart' && isScalar(v)) add('wrong-type', `${name}.restart: true`, setValue(at, true));
			if (k === 'healthcheck' && isMap(v)) {
				if (pairAt(v, 'retries')) add('wrong-type', `${name}.healthcheck.retries: three`, setValue([...at, 'retries'], 'three'));
				if (pairAt(v, 'interval')) add('wrong-type', `${name}.healthcheck.interval: 10 (no unit)`, setValue([...at, 'interval'], 10));
			}
			if (k === 'deploy' && isMap(v) && pairAt(v, 'replicas')) add('wrong-type', `${name}.deploy.replicas: five`, setValue([...at, 'replicas'], 'five'));
			if (k === 'command' && (isScalar(v) || isSeq(v))) add('wrong-type', `${name}.command as a map`, setValue(at, { run: plain(v) }));
			if ((k === 'image' || k === 'restart' || k === 'container_name' || k === 'user' || k === 'working_dir') && isScalar(v)) add('wrong-type', `${name}.${k} as a list`, setValue(at, [plain(v)]));
			if (k === 'build' && isScalar(v)) add('wrong-type', `${name}.build as a list`, setValue(at, [plain(v)]));
			if (k === 'environment' && isMap(v)) {
				const first = (v.items as Pair[]).find((x) => keyOf(x) !== '<<');
				if (first) add('wrong-type', `${name}.environment.${keyOf(first)} as a list`, setValue([...at, keyOf(first)], [plain(first.value)]));
			}
			if (k === 'healthcheck' && isMap(v) && pairAt(v, 'test')) add('wrong-type', `${name}.healthcheck.test as a map`, setValue([...at, 'test'], { cmd: plain(pairAt(v, 'test')?.value) }));
			if (k === 'ulimits' && isMap(v)) {
				const first = (v.items as Pair[])[0];
				if (first && isMap(first.value)) add('wrong-type', `${name}.ulimits.${keyOf(first)} as "soft:hard"`, setValue([...at, keyOf(first)], `${String(plain(pairAt(first.value, 'soft')?.value))}:${String(plain(pairAt(first.value, 'hard')?.value))}`));
			}
			if (k === 'ports' && isSeq(v))
				v.items.forEach((item, j) => {
					if (!isScalar(item)) return;
					const str = String(item.value);
					const m = /^(?:(.*):)?(\d+)(\/\w+)?$/.exec(str);
					const n = m ? Number(m[2]) : 0;
					const big = n * 10 > 65535 ? n * 10 : n * 100 > 65535 ? n * 100 : n + 65536;
					if (m && !str.includes('$')) add('port-range', `${name}: port ${str} → container port ${big}`, setValue([...at, j], `${m[1] !== undefined ? m[1] + ':' : ''}${big}${m[3] ?? ''}`));
					if (m && !str.includes('$') && !m[3]) add('port-range', `${name}: port ${str}/tpc`, setValue([...at, j], `${str}/tpc`));
				});
			if ((k === 'secrets' || k === 'configs') && isSeq(v) && v.items.length) {
				const first = plain(v.items[0]);
				const ref = typeof first === 'string' ? first : typeof first === 'object' && first ? String((first as Record<string, unknown>).source) : '';
				const top = pairAt(root, k)?.value;
				if (ref && isMap(top) && pairAt(top, ref)) add('reference-typo', `${name}.${k} ${ref} → ${typo(ref)}`, setValue([...at, 0], typeof first === 'string' ? typo(ref) : { ...(first as object), source: typo(ref) }));
			}
			if ((k === 'links' || k === 'volumes_from') && isSeq(v) && v.items.length) {
				const first = String(plain(v.items[0])).split(':')[0];
				if (names.includes(first)) add('reference-typo', `${name}.${k} ${first} → ${typo(first)}`, setValue([...at, 0], typo(first)));
			}
			if (k === 'network_mode' && isScalar(v) && /^service:/.test(String(v.value))) {
				const ref = String(v.value).slice(8);
				if (names.includes(ref)) add('reference-typo', `${name}.network_mode service:${typo(ref)}`, setValue(at, `service:${typo(ref)}`));
			}
			if (k === 'extends' && isMap(v) && !pairAt(v, 'file')) {
				const ref = String(plain(pairAt(v, 'service')?.value));
				if (names.includes(ref)) add('reference-typo', `${name}.extends ${typo(ref)}`, setValue([...at, 'service'], typo(ref)));
			}
		}
		if (name === lastName) {
			if (isMap(topVolumes) && !pairAt(svc, 'volumes')) add('wrong-parent', 'top-level volumes: indented under the last service', movePair(['volumes'], base));
			if (isMap(topNetworks) && !pairAt(svc, 'networks') && topNetworks.items.length)
				add('wrong-parent', 'top-level networks: indented under the last service', movePair(['networks'], base));
		}
	}
	for (const section of ['volumes', 'networks', 'secrets', 'configs']) {
		const top = pairAt(root, section)?.value;
		const first = isMap(top) ? (top.items as Pair[])[0] : undefined;
		if (first && isMap(first.value) && first.value.items.length) add('wrong-type', `${section}.${keyOf(first)} as a string`, setValue([section, keyOf(first)], String(plain((first.value.items as Pair[])[0].value))));
	}
	if (isMap(topVolumes) && topVolumes.items.length) add('list-map-confusion', 'top-level volumes as a list', setValue(['volumes'], (topVolumes.items as Pair[]).map(keyOf)));
	if (isMap(topNetworks) && topNetworks.items.length) add('list-map-confusion', 'top-level networks as a list', setValue(['networks'], (topNetworks.items as Pair[]).map(keyOf)));
	add('list-map-confusion', 'services as a list', setValue(['services'], (services.items as Pair[]).map((p) => ({ [keyOf(p)]: plain(p.value) }))));
	return out;
}

// ------------------------------------------------------------------ kubernetes

const modelOf = (code: string) => (code && code[0] !== '[' && code[0] !== '{' ? fields.types[code] : undefined);

function kubeSites(doc: Document, docIndex: number): Site[] {
	const out: Site[] = [];
	const add = (kind: MutantKind, what: string, op: Op) => out.push({ kind, what, docIndex, op });
	const root = doc.contents;
	if (!isMap(root)) return out;
	const kindNode = pairAt(root, 'kind')?.value;
	const kind = isScalar(kindNode) ? String(kindNode.value) : '';
	const apiVersion = String(plain(pairAt(root, 'apiVersion')?.value) ?? '');
	if (!fields.roots[kind]) return out;
	if (WRONG_GROUP[kind]) add('api-version-kind', `${kind} with apiVersion ${WRONG_GROUP[kind]} (was ${apiVersion})`, setValue(['apiVersion'], WRONG_GROUP[kind]));
	if (REMOVED_VERSION[kind]) add('api-version-kind', `${kind} with the removed ${REMOVED_VERSION[kind]}`, setValue(['apiVersion'], REMOVED_VERSION[kind]));
	const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
	add('api-version-kind', `apiVersion ${apiVersion} misspelt`, setValue(['apiVersion'], group ? `${typo(group)}/${apiVersion.split('/')[1]}` : `${apiVersion}1`));
	add('kind-typo', `kind ${kind} → ${typo(kind)}`, setValue(['kind'], typo(kind)));
	add('kind-typo', `kind ${kind} → ${kind.toLowerCase()}`, setValue(['kind'], kind.toLowerCase()));
	const metaName = pairAt(pairAt(root, 'metadata')?.value, 'name')?.value;
	if (isScalar(metaName) && typeof metaName.value === 'string')
		add('name-format', `metadata.name ${metaName.value} → ${metaName.value.replace(/-/g, '_')}_App`, setValue(['metadata', 'name'], `${metaName.value.replace(/-/g, '_')}_App`));
	if (pairAt(pairAt(root, 'metadata')?.value, 'name')) add('missing-required', `${kind} without metadata.name`, deleteAt(['metadata', 'name']));
	const spec = pairAt(root, 'spec')?.value;
	if (WORKLOADS_WITH_SELECTOR.has(kind) && isMap(spec)) {
		if (pairAt(spec, 'selector')) add('missing-required', `${kind} without spec.selector`, deleteAt(['spec', 'selector']));
		const labels = pairAt(pairAt(pairAt(spec, 'template')?.value, 'metadata')?.value, 'labels')?.value;
		const selected = pairAt(pairAt(spec, 'selector')?.value, 'matchLabels')?.value;
		// a label the selector matches on (changing any other one is no defect)
		const first = isMap(labels) ? (labels.items as Pair[]).find((p) => pairAt(selected, keyOf(p))) : undefined;
		if (isMap(labels) && first) {
			const path: Path = ['spec', 'template', 'metadata', 'labels', keyOf(first)];
			add('selector-mismatch', `${kind} template label ${keyOf(first)} changed`, setValue(path, `${String(plain(first.value))}-v2`));
			add('missing-required', `${kind} without template labels`, deleteAt(['spec', 'template', 'metadata', 'labels']));
		}
	}
	// walk every map of the object, with its type
	const walk = (node: unknown, path: Path, code: string, parents: { path: Path; code: string }[]) => {
		if (isSeq(node)) {
			node.items.forEach((item, i) => walk(item, [...path, i], code.startsWith('[') ? code.slice(1) : '', parents));
			return;
		}
		if (!isMap(node)) return;
		const model = modelOf(code);
		const items = node.items as Pair[];
		for (const [i, p] of items.entries()) {
			const k = keyOf(p);
			const v = p.value;
			const at = [...path, k];
			const fieldCode = model?.[k] ?? (code.startsWith('{') ? code.slice(1) : '');
			if (model && model[k]) {
				add('key-typo', `${at.join('.')} → ${typo(k)}`, renameKey(at, typo(k)));
				// dedent: into the nearest enclosing map
				const up = parents[parents.length - 1];
				const upModel = up && modelOf(up.code);
				if (upModel && !upModel[k]) add('wrong-parent', `${at.join('.')} dedented`, movePair(at, up.path));
				// indent: under the previous key's map
				const prev = items[i - 1];
				const prevModel = prev && isMap(prev.value) ? modelOf(model[keyOf(prev)]) : undefined;
				if (prevModel && !prevModel[k]) add('wrong-parent', `${at.join('.')} indented under ${keyOf(prev)}`, movePair(at, [...path, keyOf(prev)]));
				// values of the wrong type and list/map confusions
				const fc = model[k];
				const kv = plain(v);
				const wrong =
					typeof kv === 'string' && kv.includes('$') ? undefined
					: fc === 's' || fc === 'q' || fc === 'i' ? (isScalar(v) ? [kv] : undefined)
					: fc === 'n' ? (isScalar(v) ? `${String(kv)} items` : undefined)
					: fc === 'b' ? (isScalar(v) ? 'yes' : undefined)
					: fc[0] === '[' ? (isSeq(v) && v.items.length ? (isMap(v.items[0]) ? plain(v.items[0]) : String(plain(v.items[0]))) : undefined)
					: fc[0] === '{' || fields.types[fc] ? (isMap(v) ? JSON.stringify(kv) : undefined)
					: undefined;
				if (wrong !== undefined) add('wrong-type-sweep', `${at.join('.')} as ${JSON.stringify(wrong).slice(0, 40)}`, setValue(at, wrong));
				if (fc === 'n' && isScalar(v) && typeof v.value === 'number' && !/port/i.test(k)) add('wrong-type', `${at.join('.')}: "${v.value}"`, setValue(at, String(v.value)));
				if (fc === 'b' && isScalar(v) && typeof v.value === 'boolean') add('wrong-type', `${at.join('.')}: "${v.value}"`, setValue(at, String(v.value)));
				if (fc === '[s' && isSeq(v) && v.items.length) add('wrong-type', `${at.join('.')} as one string`, setValue(at, (plain(v) as unknown[]).join(' ')));
				if (fc[0] === '[' && fc !== '[s' && isSeq(v) && isMap(v.items[0])) add('list-map-confusion', `${at.join('.')} as a map`, setValue(at, plain(v.items[0])));
				if (fc === '{s' && isMap(v) && v.items.length) add('list-map-confusion', `${at.join('.')} as a list`, setValue(at, (v.items as Pair[]).map((x) => ({ [keyOf(x)]: plain(x.value) }))));
				if (fc === '{s' && isMap(v) && v.items.length && /labels$/i.test(k)) {
					const first = (v.items as Pair[])[0];
					add('wrong-type', `${at.join('.')}.${keyOf(first)}: true`, setValue([...at, keyOf(first)], true));
				}
				if (k === 'value' && fc === 's' && isScalar(v) && /^\d+$/.test(String(v.value))) add('wrong-type', `${at.join('.')}: ${String(v.value)} (a number)`, setValue(at, Number(v.value)));
				if (k === 'value' && fc === 's' && isScalar(v) && /^(true|false)$/i.test(String(v.value))) add('wrong-type', `${at.join('.')}: ${String(v.value)} (a boolean)`, setValue(at, /^true$/i.test(String(v.value))));
				if (fc === 's' && isScalar(v) && typeof v.value === 'string' && ['image', 'mountPath', 'serviceAccountName', 'claimName', 'schedule', 'path'].includes(k))
					add('wrong-type', `${at.join('.')} as a list`, setValue(at, [v.value]));
				if (fc === 'n' && isScalar(v) && typeof v.value === 'number' && ['replicas', 'minReplicas', 'maxReplicas', 'backoffLimit', 'completions', 'parallelism'].includes(k))
					add('wrong-type', `${at.join('.')}: ${v.value + 0.5}`, setValue(at, v.value + 0.5));
				if ((k === 'containerPort' || (k === 'port' && code === 'V1ServicePort')) && isScalar(v) && typeof v.value === 'number')
					add('port-range', `${at.join('.')}: ${v.value * 100}`, setValue(at, v.value * 100 > 65535 ? v.value * 100 : 70000));
				if (/labels$/i.test(k) && fc === '{s' && isMap(v) && v.items.length) {
					const first = (v.items as Pair[])[0];
					add('name-format', `${at.join('.')}.${keyOf(first)} value with a space`, setValue([...at, keyOf(first)], `${String(plain(first.value))} app`));
				}
				if (/port$/i.test(k) && (fc === 'n' || fc === 'i') && isScalar(v) && typeof v.value === 'number') add('port-type', `${at.join('.')}: "${v.value}"`, setValue(at, String(v.value)));
				if (k === 'number' && fc === 'n' && isScalar(v) && typeof v.value === 'number') add('port-type', `${at.join('.')}: "${v.value}"`, setValue(at, String(v.value)));
				if (ENUM_FIELDS.has(k) || (k === 'type' && (code === 'V1ServiceSpec' || code === 'V1DeploymentStrategy'))) {
					const target = isSeq(v) ? v.items[0] : v;
					const idx: Path = isSeq(v) ? [...at, 0] : at;
					if (isScalar(target) && typeof target.value === 'string' && target.value !== target.value.toLowerCase())
						add('enum-case', `${at.join('.')}: ${target.value.toLowerCase()}`, setValue(idx, target.value.toLowerCase()));
				}
				if (k === 'containers' || k === 'image' || k === 'name') {
					const required = k === 'containers' ? code === 'V1PodSpec' : code === 'V1Container';
					if (required) add('missing-required', `${at.join('.')} removed`, deleteAt(at));
				}
				if (code === 'V1IngressServiceBackend' && k === 'name') add('missing-required', `${at.join('.')} removed`, deleteAt(at));
				if (code === 'V1HTTPIngressPath' && k === 'pathType') add('missing-required', `${at.join('.')} removed`, deleteAt(at));
				if (code === 'V1PersistentVolumeClaimSpec' && k === 'accessModes') add('missing-required', `${at.join('.')} removed`, deleteAt(at));
				if (code === 'V1HorizontalPodAutoscalerSpec' && (k === 'scaleTargetRef' || k === 'maxReplicas')) add('missing-required', `${at.join('.')} removed`, deleteAt(at));
			}
			if (fieldCode === 'q' && isScalar(v) && typeof v.value === 'string' && /^\d+(Mi|Gi)$/.test(v.value))
				add('quantity-format', `${at.join('.')}: ${v.value.replace(/i$/, 'B')}`, setValue(at, v.value.replace(/i$/, 'B')));
			if (fieldCode === 'q' && isScalar(v) && /^\d+(\.\d+)?(m|Mi|Gi|M|G)?$/.test(String(v.value)))
				add('quantity-format', `${at.join('.')}: "${String(v.value).replace(/^([\d.]+)/, '$1 ')}"`, setValue(at, String(v.value).replace(/^([\d.]+)/, '$1 ').trim() + (/[a-zA-Z]$/.test(String(v.value)) ? '' : ' cores')));
			const next = model ? [...parents, { path, code }] : parents;
			walk(v, at, fieldCode, next);
		}
	};
	walk(root, [], fields.roots[kind], []);
	return out;
}

// ------------------------------------------------------------------ driver

/** Evenly spread pick of at most `n` sites of each kind. */
function spread(sites: Site[], n: number): Site[] {
	const byKind = new Map<MutantKind, Site[]>();
	for (const s of sites) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s]);
	const out: Site[] = [];
	for (const list of byKind.values()) {
		if (list.length <= n) out.push(...list);
		else for (let i = 0; i < n; i++) out.push(list[Math.floor((i * list.length) / n)]);
	}
	return out;
}

const render = (docs: Document[]) => docs.map((d) => d.toString()).join('');

/** The file re-serialised unchanged (the control for false alarms of the rendering itself). */
export function rerender(text: string): string {
	const docs = parseAllDocuments(text) as Document[];
	return docs.some((d) => d.errors.length) ? text : render(docs);
}

/** Broken copies of a valid compose file or manifest, at most `perKind` per kind and document. */
export function defectMutants(text: string, target: 'compose' | 'kubernetes', perKind = 3): Mutant[] {
	const docs = parseAllDocuments(text) as Document[];
	if (docs.some((d) => d.errors.length)) return [];
	const sites: Site[] = [];
	docs.forEach((doc, i) => {
		const found = target === 'compose' ? composeSites(doc, i) : kubeSites(doc, i);
		sites.push(...spread(found, perKind));
	});
	const out: Mutant[] = [];
	const seen = new Set<string>();
	for (const site of sites) {
		const copy = parseAllDocuments(text) as Document[];
		if (!site.op(copy[site.docIndex])) continue;
		const broken = render(copy);
		if (seen.has(broken) || broken === rerender(text)) continue;
		seen.add(broken);
		out.push({ kind: site.kind, what: site.what, text: broken });
	}
	return out;
}

