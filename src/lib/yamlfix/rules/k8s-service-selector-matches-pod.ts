import { defineRule, report } from '../report';
import type { KubeObject, YamlDiagnostic } from '../types';
import { BUILTIN_GROUPS, apiGroup, asObj, asStr, isCoreService, isObj, podSpecOf, selectorMatches, suggest, type PodSpecRef } from '../util';
import { subjectParticle } from '../../i18n/particle';

function show(labels: Record<string, unknown>): string {
	return Object.entries(labels).map(([k, v]) => `${k}: ${String(v)}`).join(', ');
}

/**
 * Custom resource kinds that never create pods (monitoring, certificates, routing, policy, secrets).
 * Any other custom resource may run pods (an operator's Prometheus, Kafka, Postgres cluster…) that a
 * Service of the same file selects.
 */
const NO_PODS = new Set([
	'ServiceMonitor', 'PodMonitor', 'Probe', 'PrometheusRule', 'AlertmanagerConfig', 'ScrapeConfig',
	'Certificate', 'CertificateRequest', 'Issuer', 'ClusterIssuer',
	'IngressRoute', 'IngressRouteTCP', 'IngressRouteUDP', 'Middleware', 'MiddlewareTCP', 'TraefikService', 'ServersTransport', 'TLSOption', 'TLSStore',
	'Gateway', 'GatewayClass', 'HTTPRoute', 'GRPCRoute', 'TCPRoute', 'TLSRoute', 'UDPRoute', 'ReferenceGrant', 'BackendTLSPolicy',
	'VirtualService', 'DestinationRule', 'ServiceEntry', 'Sidecar', 'EnvoyFilter', 'PeerAuthentication', 'RequestAuthentication', 'AuthorizationPolicy', 'Telemetry', 'WorkloadEntry',
	'ExternalSecret', 'ClusterExternalSecret', 'SecretStore', 'ClusterSecretStore', 'SealedSecret',
	'VerticalPodAutoscaler', 'ScaledObject', 'TriggerAuthentication', 'ClusterTriggerAuthentication',
	'BackendConfig', 'FrontendConfig', 'ManagedCertificate', 'CiliumNetworkPolicy', 'CiliumClusterwideNetworkPolicy', 'NetworkAttachmentDefinition',
	'GrafanaDashboard', 'GrafanaDatasource', 'GrafanaFolder'
]);

/** A custom resource (not a CRD itself) that may create pods. */
function mayCreatePods(obj: KubeObject): boolean {
	return !BUILTIN_GROUPS.has(apiGroup(obj.apiVersion)) && !NO_PODS.has(obj.kind);
}

/** Pod labels of a custom resource with a pod template (Argo Rollout, OpenKruise CloneSet…), or null. */
function templateLabels(obj: KubeObject): Record<string, string> | null {
	const labels = asObj(asObj(asObj(asObj(obj.value.spec).template).metadata).labels);
	if (!isObj(asObj(obj.value.spec).template)) return null;
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(labels)) {
		const s = asStr(v);
		if (s !== undefined) out[k] = s;
	}
	return out;
}

const rule = defineRule({
	id: 'k8s-service-selector-matches-pod',
	target: 'kubernetes',
	severity: 'error',
	description:
		'A Service whose selector matches no pod template in the file sends traffic nowhere (checked only when the file defines workloads; a warning when a custom resource of the file may create the pods).',
	remediation: 'Copy the pod template labels (spec.template.metadata.labels) into the Service spec.selector.',
	check(ctx) {
		const pods = ctx.objects.map(podSpecOf).filter((p): p is PodSpecRef => p !== null);
		if (pods.length === 0) return [];
		const custom = ctx.objects.filter(mayCreatePods);
		const customLabels = custom.map(templateLabels).filter((l): l is Record<string, string> => l !== null);
		const out: YamlDiagnostic[] = [];
		for (const obj of ctx.objects) {
			if (!isCoreService(obj)) continue;
			const spec = asObj(obj.value.spec);
			const selector = spec.selector;
			if (!isObj(selector) || Object.keys(selector).length === 0 || spec.type === 'ExternalName') continue;
			if (pods.some((p) => selectorMatches(selector, p.labels))) continue;
			if (customLabels.some((l) => selectorMatches(selector, l))) continue;
			// Point at the first selector entry no pod has, and suggest a value pods do have.
			const missing = Object.entries(selector).find(([k, v]) => !pods.some((p) => p.labels[k] === String(v)));
			const key = missing?.[0] ?? Object.keys(selector)[0];
			const values = [...new Set(pods.map((p) => p.labels[key]).filter((v): v is string => v !== undefined))];
			const guess = missing ? suggest(String(missing[1]), values) ?? (values.length === 1 ? values[0] : undefined) : undefined;
			const known = pods.map((p) => `{${show(p.labels)}}`).slice(0, 3).join(' ');
			const operator = custom.length > 0 ? ` (unless ${custom[0].kind} ${custom[0].name} creates them)` : '';
			out.push(
				report(
					rule,
					ctx,
					obj.doc,
					[...obj.path, 'spec', 'selector', key],
					`Service ${obj.name}: selector {${show(selector)}} matches no pod template in this file${operator} (pod labels: ${known})${guess ? `; did you mean ${key}: ${guess}?` : ''}`,
					`Service ${obj.name}: selector {${show(selector)}}와 일치하는 파드 템플릿이 이 파일에 없습니다 (파드 레이블: ${known})${guess ? ` — ${key}: ${guess}${subjectParticle(String(guess))} 맞나요?` : ''}`,
					{ severity: custom.length > 0 ? 'warning' : 'error' }
				)
			);
		}
		return out;
	}
});
export default rule;
