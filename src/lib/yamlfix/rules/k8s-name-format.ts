import { defineRule, report } from '../report';
import type { KubeObject, YamlDiagnostic, YamlPath } from '../types';
import { BUILTIN_GROUPS, apiGroup, asArr, asObj, isObj, podContainers, podSpecOf } from '../util';
import { subjectParticle } from '../../i18n/particle';

/** Lower-case alphanumerics and '-', starting and ending alphanumeric (RFC 1123 label), ≤ 63. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Labels joined by dots (RFC 1123 subdomain), ≤ 253. */
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** RFC 1035 label: like a DNS label but starting with a letter (Service names). */
const DNS_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** A label value, or the name part of a label key: alphanumerics with '-', '_', '.' inside, ≤ 63. */
const LABEL_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

type Format = 'label' | 'subdomain' | 'dns1035' | 'portName';

function problem(value: string, format: Format): string | null {
	switch (format) {
		case 'label':
			return value.length > 63 ? 'longer than 63 characters' : DNS_LABEL.test(value) ? null : "only lower-case letters, digits and '-', starting and ending with a letter or digit";
		case 'dns1035':
			return value.length > 63 ? 'longer than 63 characters' : DNS_1035.test(value) ? null : "only lower-case letters, digits and '-', starting with a letter";
		case 'subdomain':
			return value.length > 253 ? 'longer than 253 characters' : DNS_SUBDOMAIN.test(value) ? null : "only lower-case letters, digits, '-' and '.', starting and ending with a letter or digit";
		case 'portName':
			return value.length > 15
				? 'longer than 15 characters'
				: DNS_LABEL.test(value) && /[a-z]/.test(value) && !value.includes('--')
					? null
					: "only lower-case letters, digits and single '-', with at least one letter";
	}
}

function labelProblem(key: string, value: unknown): string | null {
	const slash = key.lastIndexOf('/');
	const prefix = slash >= 0 ? key.slice(0, slash) : '';
	const name = key.slice(slash + 1);
	if (slash >= 0 && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) return `label key prefix "${prefix}" must be a DNS subdomain`;
	if (name.length > 63 || !LABEL_PART.test(name)) return `label key "${key}" must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit`;
	if (typeof value === 'string' && value !== '' && (value.length > 63 || !LABEL_PART.test(value)))
		return `label value "${value}" must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit`;
	return null;
}

/** Built-in kinds whose name the API server checks, and how. */
const NAME_FORMAT: Record<string, Format> = {
	Service: 'dns1035',
	Namespace: 'label',
	Pod: 'subdomain', Deployment: 'subdomain', ReplicaSet: 'subdomain', StatefulSet: 'subdomain', DaemonSet: 'subdomain',
	Job: 'subdomain', CronJob: 'subdomain', ReplicationController: 'subdomain', ConfigMap: 'subdomain', Secret: 'subdomain',
	PersistentVolume: 'subdomain', PersistentVolumeClaim: 'subdomain', StorageClass: 'subdomain', ServiceAccount: 'subdomain',
	Ingress: 'subdomain', IngressClass: 'subdomain', HorizontalPodAutoscaler: 'subdomain', PodDisruptionBudget: 'subdomain', NetworkPolicy: 'subdomain'
};

/** Placeholders of templates that were not rendered: not this rule's business. */
const templated = (s: string) => /\{\{|\$\{|\$\(/.test(s);

/** Paths of every `matchLabels` map inside a value. */
function matchLabelsPaths(v: unknown, path: YamlPath, depth = 0): YamlPath[] {
	if (depth > 40) return [];
	if (Array.isArray(v)) return v.flatMap((x, i) => matchLabelsPaths(x, [...path, i], depth + 1));
	if (!isObj(v)) return [];
	return Object.entries(v).flatMap(([k, x]) => (k === 'matchLabels' ? [[...path, k]] : matchLabelsPaths(x, [...path, k], depth + 1)));
}

const rule = defineRule({
	id: 'k8s-name-format',
	target: 'kubernetes',
	severity: 'error',
	description:
		'Names, label keys and label values must follow the formats the API server checks: lower-case DNS names for objects, containers and ports, at most 63 characters for labels.',
	remediation: 'Use lower-case letters, digits and "-" (e.g. my-app, not My_App); CronJob names at most 52 characters.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		const flag = (obj: KubeObject, path: YamlPath, what: string, value: string, why: string, atKey = false) =>
			out.push(report(rule, ctx, obj.doc, path, `${what} "${value}" is invalid: ${why}`, `${what} "${value}"${subjectParticle(String(value))} 올바르지 않습니다: ${why}`, { atKey }));
		const checkLabels = (obj: KubeObject, labels: unknown, path: YamlPath) => {
			if (!isObj(labels)) return;
			for (const [key, value] of Object.entries(labels)) {
				if (templated(key) || (typeof value === 'string' && templated(value))) continue;
				const why = labelProblem(key, value);
				if (why) out.push(report(rule, ctx, obj.doc, [...path, key], `${obj.kind} ${obj.name}: ${why}`, `${obj.kind} ${obj.name}: 레이블 형식이 잘못되었습니다 (${why})`, { atKey: !why.startsWith('label value') }));
			}
		};
		for (const obj of ctx.objects) {
			if (!BUILTIN_GROUPS.has(apiGroup(obj.apiVersion))) continue;
			const meta = asObj(obj.value.metadata);
			const format = NAME_FORMAT[obj.kind];
			if (format && typeof meta.name === 'string' && !templated(meta.name)) {
				const why = problem(meta.name, format) ?? (obj.kind === 'CronJob' && meta.name.length > 52 ? 'a CronJob name is at most 52 characters' : null);
				if (why) flag(obj, [...obj.path, 'metadata', 'name'], `${obj.kind} name`, meta.name, why);
			}
			if (typeof meta.namespace === 'string' && !templated(meta.namespace)) {
				const why = problem(meta.namespace, 'label');
				if (why) flag(obj, [...obj.path, 'metadata', 'namespace'], 'namespace', meta.namespace, why);
			}
			checkLabels(obj, meta.labels, [...obj.path, 'metadata', 'labels']);
			const pod = podSpecOf(obj);
			if (pod && obj.kind !== 'Pod') {
				// The pod template's labels, and the selector that must match them.
				let labels: unknown = obj.value;
				for (const seg of pod.labelsPath.slice(obj.path.length)) labels = asObj(labels)[seg as string];
				checkLabels(obj, labels, pod.labelsPath);
			}
			// every label selector of the object: the workload's, affinity terms, spread constraints, policies
			for (const path of matchLabelsPaths(obj.value, [])) {
				let labels: unknown = obj.value;
				for (const seg of path) labels = Array.isArray(labels) ? labels[seg as number] : asObj(labels)[seg as string];
				checkLabels(obj, labels, [...obj.path, ...path]);
			}
			if (obj.kind === 'Service') {
				const spec = asObj(obj.value.spec);
				checkLabels(obj, spec.selector, [...obj.path, 'spec', 'selector']);
				asArr(spec.ports).forEach((p, i) => {
					const name = asObj(p).name;
					if (typeof name !== 'string' || templated(name)) return;
					const why = problem(name, 'label');
					if (why) flag(obj, [...obj.path, 'spec', 'ports', i, 'name'], 'Service port name', name, why);
				});
			}
		}
		for (const { obj, c } of podContainers(ctx.objects)) {
			if (!BUILTIN_GROUPS.has(apiGroup(obj.apiVersion))) continue;
			const name = c.container.name;
			if (typeof name === 'string' && !templated(name)) {
				const why = problem(name, 'label');
				if (why) flag(obj, [...c.path, 'name'], 'container name', name, why);
			}
			asArr(c.container.ports).forEach((p, i) => {
				const portName = asObj(p).name;
				if (typeof portName !== 'string' || templated(portName)) return;
				const why = problem(portName, 'portName');
				if (why) flag(obj, [...c.path, 'ports', i, 'name'], 'container port name', portName, why);
			});
		}
		return out;
	}
});
export default rule;
