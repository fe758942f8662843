import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { BUILTIN_GROUPS, apiGroup as group, suggest } from '../util';
import { objectParticle, topicParticle } from '../../i18n/particle';

/** Built-in kinds and the apiVersions a current cluster serves for them. */
const SERVED: Record<string, string[]> = {
	Pod: ['v1'], Service: ['v1'], ConfigMap: ['v1'], Secret: ['v1'], Namespace: ['v1'], ServiceAccount: ['v1'], Event: ['v1', 'events.k8s.io/v1'],
	PersistentVolume: ['v1'], PersistentVolumeClaim: ['v1'], ReplicationController: ['v1'], LimitRange: ['v1'],
	ResourceQuota: ['v1'], Endpoints: ['v1'], PodTemplate: ['v1'], Node: ['v1'], Binding: ['v1'],
	Deployment: ['apps/v1'], ReplicaSet: ['apps/v1'], StatefulSet: ['apps/v1'], DaemonSet: ['apps/v1'], ControllerRevision: ['apps/v1'],
	Job: ['batch/v1'], CronJob: ['batch/v1'],
	Ingress: ['networking.k8s.io/v1'], IngressClass: ['networking.k8s.io/v1'], NetworkPolicy: ['networking.k8s.io/v1'],
	StorageClass: ['storage.k8s.io/v1'], CSIDriver: ['storage.k8s.io/v1'], VolumeAttachment: ['storage.k8s.io/v1'],
	PodDisruptionBudget: ['policy/v1'],
	HorizontalPodAutoscaler: ['autoscaling/v2', 'autoscaling/v1'],
	Role: ['rbac.authorization.k8s.io/v1'], RoleBinding: ['rbac.authorization.k8s.io/v1'],
	ClusterRole: ['rbac.authorization.k8s.io/v1'], ClusterRoleBinding: ['rbac.authorization.k8s.io/v1'],
	CustomResourceDefinition: ['apiextensions.k8s.io/v1'], PriorityClass: ['scheduling.k8s.io/v1'],
	EndpointSlice: ['discovery.k8s.io/v1'], Lease: ['coordination.k8s.io/v1'], RuntimeClass: ['node.k8s.io/v1'],
	ValidatingWebhookConfiguration: ['admissionregistration.k8s.io/v1'], MutatingWebhookConfiguration: ['admissionregistration.k8s.io/v1'],
	CertificateSigningRequest: ['certificates.k8s.io/v1'], APIService: ['apiregistration.k8s.io/v1']
};

/**
 * apiVersion → Kubernetes minor release that stopped serving it, for the kinds it served then. Several of
 * these group versions came back later for new kinds (networking.k8s.io/v1beta1 IPAddress and ServiceCIDR,
 * storage.k8s.io/v1beta1 VolumeAttributesClass, admissionregistration.k8s.io/v1beta1 admission policies,
 * coordination.k8s.io/v1beta1 LeaseCandidate, certificates.k8s.io/v1beta1 ClusterTrustBundle…), so a
 * removal is only reported for a kind of SERVED or of GONE_KINDS.
 */
const REMOVED: Record<string, string> = {
	'extensions/v1beta1': '1.16 (Ingress: 1.22)',
	'apps/v1beta1': '1.16',
	'apps/v1beta2': '1.16',
	'policy/v1beta1': '1.25',
	'networking.k8s.io/v1beta1': '1.22',
	'batch/v1beta1': '1.25',
	'batch/v2alpha1': '1.21',
	'autoscaling/v2beta1': '1.25',
	'autoscaling/v2beta2': '1.26',
	'rbac.authorization.k8s.io/v1beta1': '1.22',
	'rbac.authorization.k8s.io/v1alpha1': '1.22',
	'storage.k8s.io/v1beta1': '1.22',
	'apiextensions.k8s.io/v1beta1': '1.22',
	'admissionregistration.k8s.io/v1beta1': '1.22',
	'scheduling.k8s.io/v1beta1': '1.22',
	'certificates.k8s.io/v1beta1': '1.22',
	'coordination.k8s.io/v1beta1': '1.22',
	'discovery.k8s.io/v1beta1': '1.25',
	'events.k8s.io/v1beta1': '1.25',
	'node.k8s.io/v1beta1': '1.25',
	'flowcontrol.apiserver.k8s.io/v1beta1': '1.26',
	'flowcontrol.apiserver.k8s.io/v1beta2': '1.29'
};

/** Built-in kinds that no apiVersion serves any more. */
const GONE_KINDS: Record<string, string> = {
	PodSecurityPolicy: '1.25 (use Pod Security Admission: pod-security.kubernetes.io labels on the namespace)'
};

const rule = defineRule({
	id: 'k8s-api-version',
	target: 'kubernetes',
	severity: 'error',
	description: 'apiVersion and kind must be a pair the cluster serves; old beta versions (extensions/v1beta1, apps/v1beta2, batch/v1beta1…) were removed.',
	remediation: 'Use the current apiVersion for the kind, e.g. apps/v1 for Deployment, networking.k8s.io/v1 for Ingress, batch/v1 for CronJob, policy/v1 for PodDisruptionBudget.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const obj of ctx.objects) {
			const { apiVersion, kind } = obj;
			if (!kind) {
				out.push(report(rule, ctx, obj.doc, [...obj.path, 'apiVersion'], 'missing kind', 'kind 필드가 없습니다', { atKey: true }));
				continue;
			}
			const served = SERVED[kind];
			if (!apiVersion) {
				out.push(
					report(rule, ctx, obj.doc, [...obj.path, 'kind'], `missing apiVersion${served ? ` (use ${served[0]})` : ''}`, `apiVersion 필드가 없습니다${served ? ` (${served[0]} 사용)` : ''}`, { atKey: true })
				);
				continue;
			}
			const g = group(apiVersion);
			if (!BUILTIN_GROUPS.has(g) || (g === '' && apiVersion !== 'v1')) {
				if (g === '' && apiVersion !== 'v1' && /^v\d/.test(apiVersion)) {
					out.push(report(rule, ctx, obj.doc, [...obj.path, 'apiVersion'], `unknown core apiVersion ${apiVersion}${served ? ` (use ${served[0]} for ${kind})` : ''}`, `알 수 없는 apiVersion ${apiVersion}${served ? ` (${kind}${topicParticle(String(kind))} ${served[0]})` : ''}`));
				}
				// A misspelt built-in group: for a built-in kind, a group without a dot (a CRD's group always has
				// one) or close to the group that serves the kind; for other kinds (skaffold/v4 Config, a CRD…),
				// only a dot-less group close to a built-in one.
				const servedGroups = (served ?? []).map(group).filter((x) => x !== '');
				const guess = suggest(g, g.includes('.') ? servedGroups : [...servedGroups, ...BUILTIN_GROUPS].filter((x) => x !== ''));
				if (g !== '' && (guess || (served && !g.includes('.')))) {
					const use = guess ? served?.find((v) => group(v) === guess) ?? `${guess}/${apiVersion.slice(g.length + 1)}` : served?.[0];
					out.push(
						report(rule, ctx, obj.doc, [...obj.path, 'apiVersion'],
							`unknown API group ${g} in apiVersion ${apiVersion}${use ? ` (did you mean ${use}?)` : ''}`,
							`알 수 없는 API 그룹 ${g} (apiVersion ${apiVersion})${use ? ` (${use}의 오타인가요?)` : ''}`)
					);
				}
				continue; // a CRD group or something we do not know: no opinion
			}
			if (served?.includes(apiVersion)) continue;
			const removed = REMOVED[apiVersion];
			if (served) {
				out.push(
					report(
						rule,
						ctx,
						obj.doc,
						[...obj.path, 'apiVersion'],
						removed
							? `${apiVersion} ${kind} was removed in Kubernetes ${removed}; use apiVersion: ${served[0]}`
							: `${kind} is not served by ${apiVersion}; use apiVersion: ${served[0]}`,
						removed
							? `${apiVersion}의 ${kind}${topicParticle(String(kind))} 쿠버네티스 ${removed}에서 제거되었습니다. apiVersion: ${served[0]}${objectParticle(String(served[0]))} 사용하세요`
							: `${kind}${topicParticle(String(kind))} ${apiVersion}에 없습니다. apiVersion: ${served[0]}${objectParticle(String(served[0]))} 사용하세요`
					)
				);
				continue;
			}
			const gone = GONE_KINDS[kind];
			if (gone) {
				out.push(report(rule, ctx, obj.doc, [...obj.path, 'kind'], `${kind} was removed in Kubernetes ${gone}`, `${kind}${topicParticle(String(kind))} 쿠버네티스 ${gone.split(' ')[0]}에서 제거되었습니다`));
				continue;
			}
			// A kind we do not know in a built-in group: newer than our table (no opinion) or a typo.
			const guess = suggest(kind, Object.keys(SERVED));
			if (guess && guess !== kind) {
				out.push(report(rule, ctx, obj.doc, [...obj.path, 'kind'], `unknown kind ${kind} (did you mean ${guess}?)`, `알 수 없는 kind ${kind} (${guess}의 오타인가요?)`));
			}
		}
		return out;
	}
});
export default rule;
