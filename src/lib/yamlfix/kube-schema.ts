/**
 * Strict schema check of the Kubernetes kinds we know, driven by the field table generated from
 * @kubernetes/client-node (generated/k8s-fields.json) plus hand-written required fields and enums.
 * Other kinds (CRDs, other API versions) are not checked here.
 */
import table from './generated/k8s-fields.json';
import type { KubeObject, ParsedDoc, SchemaIssue, YamlPath } from './types';
import { isObj, parseQuantity, suggest } from './util';
import { subjectParticle } from '../i18n/particle';

const fields = table as { roots: Record<string, string>; types: Record<string, Record<string, string>> };

/** The API version whose schema we have, per kind. */
export const SCHEMA_API_VERSIONS: Record<string, string> = {
	Pod: 'v1',
	Service: 'v1',
	ConfigMap: 'v1',
	Secret: 'v1',
	PersistentVolume: 'v1',
	PersistentVolumeClaim: 'v1',
	Namespace: 'v1',
	ServiceAccount: 'v1',
	Deployment: 'apps/v1',
	ReplicaSet: 'apps/v1',
	StatefulSet: 'apps/v1',
	DaemonSet: 'apps/v1',
	Job: 'batch/v1',
	CronJob: 'batch/v1',
	Ingress: 'networking.k8s.io/v1',
	StorageClass: 'storage.k8s.io/v1'
};

/** Fields the API server rejects when missing. */
export const REQUIRED: Record<string, string[]> = {
	V1PodSpec: ['containers'],
	V1Container: ['name', 'image'],
	V1EphemeralContainer: ['name'],
	V1ContainerPort: ['containerPort'],
	V1ServicePort: ['port'],
	V1DeploymentSpec: ['selector', 'template'],
	V1ReplicaSetSpec: ['selector'],
	V1StatefulSetSpec: ['selector', 'template'],
	V1DaemonSetSpec: ['selector', 'template'],
	V1JobSpec: ['template'],
	V1CronJobSpec: ['schedule', 'jobTemplate'],
	V1EnvVar: ['name'],
	V1Volume: ['name'],
	V1VolumeMount: ['name', 'mountPath'],
	V1VolumeDevice: ['name', 'devicePath'],
	V1ConfigMapKeySelector: ['key'],
	V1SecretKeySelector: ['key'],
	V1ObjectFieldSelector: ['fieldPath'],
	V1ResourceFieldSelector: ['resource'],
	V1KeyToPath: ['key', 'path'],
	V1HTTPGetAction: ['port'],
	V1TCPSocketAction: ['port'],
	V1GRPCAction: ['port'],
	V1HTTPHeader: ['name', 'value'],
	V1LabelSelectorRequirement: ['key', 'operator'],
	V1NodeSelectorRequirement: ['key', 'operator'],
	V1NodeSelector: ['nodeSelectorTerms'],
	V1PreferredSchedulingTerm: ['weight', 'preference'],
	V1WeightedPodAffinityTerm: ['weight', 'podAffinityTerm'],
	V1PodAffinityTerm: ['topologyKey'],
	V1TopologySpreadConstraint: ['maxSkew', 'topologyKey', 'whenUnsatisfiable'],
	V1PersistentVolumeClaimVolumeSource: ['claimName'],
	V1HostPathVolumeSource: ['path'],
	V1NFSVolumeSource: ['server', 'path'],
	V1CSIVolumeSource: ['driver'],
	V1StorageClass: ['provisioner'],
	V1PersistentVolumeSpec: ['capacity', 'accessModes'],
	V1PersistentVolumeClaimSpec: ['accessModes'],
	V1HTTPIngressRuleValue: ['paths'],
	V1HTTPIngressPath: ['pathType', 'backend'],
	V1IngressServiceBackend: ['name', 'port']
};

const PULL = ['Always', 'IfNotPresent', 'Never'];
const PROTOCOL = ['TCP', 'UDP', 'SCTP'];
const ACCESS = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'];
const SEL_OP = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** Allowed values of string fields ("" is always accepted: the server applies the default). */
export const ENUMS: Record<string, Record<string, string[]>> = {
	// container restartPolicy: Always makes an init container a sidecar; Never/OnFailure come with restartPolicyRules (1.34+)
	V1Container: { imagePullPolicy: PULL, terminationMessagePolicy: ['File', 'FallbackToLogsOnError'], restartPolicy: ['Always', 'OnFailure', 'Never'] },
	V1EphemeralContainer: { imagePullPolicy: PULL },
	V1PodSpec: {
		restartPolicy: ['Always', 'OnFailure', 'Never'],
		dnsPolicy: ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None']
	},
	V1ServiceSpec: {
		type: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
		externalTrafficPolicy: ['Cluster', 'Local'],
		internalTrafficPolicy: ['Cluster', 'Local'],
		sessionAffinity: ['ClientIP', 'None'],
		ipFamilyPolicy: ['SingleStack', 'PreferDualStack', 'RequireDualStack']
	},
	V1ServicePort: { protocol: PROTOCOL },
	V1ContainerPort: { protocol: PROTOCOL },
	V1HTTPIngressPath: { pathType: ['Exact', 'Prefix', 'ImplementationSpecific'] },
	V1PersistentVolumeClaimSpec: { accessModes: ACCESS, volumeMode: ['Filesystem', 'Block'] },
	V1PersistentVolumeSpec: {
		accessModes: ACCESS,
		volumeMode: ['Filesystem', 'Block'],
		persistentVolumeReclaimPolicy: ['Retain', 'Delete', 'Recycle']
	},
	V1StorageClass: { reclaimPolicy: ['Retain', 'Delete'], volumeBindingMode: ['Immediate', 'WaitForFirstConsumer'] },
	V1CronJobSpec: { concurrencyPolicy: ['Allow', 'Forbid', 'Replace'] },
	V1JobSpec: { completionMode: ['NonIndexed', 'Indexed'], podReplacementPolicy: ['TerminatingOrFailed', 'Failed'] },
	V1DeploymentStrategy: { type: ['RollingUpdate', 'Recreate'] },
	V1StatefulSetSpec: { podManagementPolicy: ['OrderedReady', 'Parallel'] },
	V1StatefulSetUpdateStrategy: { type: ['RollingUpdate', 'OnDelete'] },
	V1DaemonSetUpdateStrategy: { type: ['RollingUpdate', 'OnDelete'] },
	// Gt/Lt: numeric comparison of taint values (1.35+)
	V1Toleration: { operator: ['Exists', 'Equal', 'Gt', 'Lt'], effect: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] },
	V1LabelSelectorRequirement: { operator: SEL_OP },
	V1NodeSelectorRequirement: { operator: [...SEL_OP, 'Gt', 'Lt'] },
	V1HTTPGetAction: { scheme: ['HTTP', 'HTTPS'] },
	V1TopologySpreadConstraint: { whenUnsatisfiable: ['DoNotSchedule', 'ScheduleAnyway'] },
	V1ContainerResizePolicy: { restartPolicy: ['NotRequired', 'RestartContainer'] },
	V1PodFailurePolicyRule: { action: ['FailJob', 'FailIndex', 'Ignore', 'Count'] },
	V1PodFailurePolicyOnExitCodesRequirement: { operator: ['In', 'NotIn'] },
	V1PodFailurePolicyOnPodConditionsPattern: { status: ['True', 'False', 'Unknown'] },
	V1ContainerRestartRule: { action: ['Restart', 'RestartAllContainers'] },
	V1ContainerRestartRuleOnExitCodes: { operator: ['In', 'NotIn'] }
};

const TYPE_NAMES: Record<string, [string, string]> = {
	s: ['a string', '문자열'],
	d: ['a date string', '날짜 문자열'],
	n: ['a number', '숫자'],
	b: ['a boolean (true/false)', '불리언(true/false)'],
	i: ['a number or a port name', '숫자 또는 포트 이름'],
	q: ['a quantity such as 500m, 128Mi or 1', '500m, 128Mi, 1 같은 수량'],
	'[': ['a list', '리스트'],
	'{': ['a map of key: value', 'key: value 맵']
};

function kindOf(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'object') return 'a map';
	if (typeof v === 'string') return `the string "${v.length > 30 ? v.slice(0, 30) + '…' : v}"`;
	return `${typeof v} ${String(v)}`;
}

function pathText(path: YamlPath): string {
	return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

const MAX_DEPTH = 64;

class Walker {
	issues: SchemaIssue[] = [];
	constructor(readonly doc: ParsedDoc, readonly base: YamlPath) {}

	add(category: SchemaIssue['category'], path: YamlPath, message: string, message_ko: string, atKey = false) {
		if (this.issues.length < 200) this.issues.push({ category, doc: this.doc, path, atKey, message, message_ko });
	}

	typeError(path: YamlPath, code: string, value: unknown) {
		const key = code[0] === '[' || code[0] === '{' ? code[0] : code.length > 1 ? '' : code;
		const [en, ko] = TYPE_NAMES[key] ?? ['a map (object)', '맵(오브젝트)'];
		const rel = pathText(path.slice(this.base.length));
		this.add(
			'field-type',
			path,
			`${rel} must be ${en}, got ${kindOf(value)}`,
			`${rel} 값은 ${ko}이어야 합니다 (현재: ${kindOf(value)})`
		);
	}

	walk(value: unknown, code: string, path: YamlPath, depth: number): void {
		if (value === null || value === undefined || code === 'a' || depth > MAX_DEPTH) return;
		switch (code) {
			case 's':
			case 'd':
				if (typeof value !== 'string') this.typeError(path, code, value);
				return;
			case 'n':
				if (typeof value !== 'number') this.typeError(path, code, value);
				// the numbers of the Kubernetes API are integers (int32/int64); fractions are quantities (strings)
				else if (!Number.isInteger(value)) {
					const rel = pathText(path.slice(this.base.length));
					this.add('field-type', path, `${rel} must be a whole number, got ${value}`, `${rel} 값은 정수여야 합니다 (현재: ${value})`);
				}
				return;
			case 'b':
				if (typeof value !== 'boolean') this.typeError(path, code, value);
				return;
			case 'i':
				if (typeof value !== 'number' && typeof value !== 'string') this.typeError(path, code, value);
				return;
			case 'q':
				if ((typeof value !== 'number' && typeof value !== 'string') || parseQuantity(value) === null)
					this.typeError(path, code, value);
				return;
		}
		if (code[0] === '[') {
			if (!Array.isArray(value)) return this.typeError(path, code, value);
			value.forEach((item, i) => this.walk(item, code.slice(1), [...path, i], depth + 1));
			return;
		}
		if (code[0] === '{') {
			if (!isObj(value)) return this.typeError(path, code, value);
			for (const [k, v] of Object.entries(value)) this.walk(v, code.slice(1), [...path, k], depth + 1);
			return;
		}
		const model = fields.types[code];
		if (!model) return;
		if (!isObj(value)) return this.typeError(path, code, value);
		const enums = ENUMS[code];
		for (const [k, v] of Object.entries(value)) {
			const fieldCode = model[k];
			if (fieldCode === undefined) {
				const guess = suggest(k, Object.keys(model));
				this.add(
					'unknown-field',
					[...path, k],
					`unknown field ${k}${guess ? ` (did you mean ${guess}?)` : ''}`,
					`알 수 없는 필드 ${k}${guess ? ` (${guess}의 오타인가요?)` : ''}`,
					true
				);
				continue;
			}
			const allowed = enums?.[k];
			if (allowed) {
				const values: [unknown, YamlPath][] = Array.isArray(v) ? v.map((x, i) => [x, [...path, k, i]]) : [[v, [...path, k]]];
				let bad = false;
				for (const [x, p] of values) {
					if (typeof x === 'string' && x !== '' && !allowed.includes(x)) {
						bad = true;
						const guess = suggest(x, allowed);
						this.add(
							'enum',
							p,
							`${k} must be one of ${allowed.join(', ')}, got "${x}"${guess ? ` (did you mean ${guess}?)` : ''}`,
							`${k} 값은 ${allowed.join(', ')} 중 하나여야 합니다 (현재: "${x}")`
						);
					}
				}
				if (bad) continue;
			}
			this.walk(v, fieldCode, [...path, k], depth + 1);
		}
		for (const req of REQUIRED[code] ?? []) {
			if (value[req] === undefined || value[req] === null) {
				this.add('required-field', path, `missing required field ${req}`, `필수 필드 ${req}${subjectParticle(String(req))} 없습니다`, path.length > 0);
			}
		}
	}
}

/** Schema issues of one object; none when its kind/apiVersion is not one we have a schema for. */
export function checkKubeObject(obj: KubeObject): SchemaIssue[] {
	const root = fields.roots[obj.kind];
	if (!root || SCHEMA_API_VERSIONS[obj.kind] !== obj.apiVersion) return [];
	const walker = new Walker(obj.doc, obj.path);
	walker.walk(obj.value, root, obj.path, 0);
	const meta = obj.value.metadata;
	if (!isObj(meta)) {
		walker.add('required-field', obj.path, 'missing required field metadata', '필수 필드 metadata가 없습니다');
	} else if (!meta.name && !meta.generateName) {
		walker.add('required-field', [...obj.path, 'metadata'], 'missing required field metadata.name', '필수 필드 metadata.name이 없습니다', true);
	}
	return walker.issues;
}

/** Whether we have a strict schema for this kind and apiVersion. */
export function hasKubeSchema(kind: string, apiVersion: string): boolean {
	return SCHEMA_API_VERSIONS[kind] === apiVersion;
}
