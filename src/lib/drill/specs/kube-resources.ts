/**
 * Kubernetes resource names as `kubectl api-resources` lists them (built-in APIs): plural name,
 * singular, short names, API group. kubectl accepts any of these spellings, in any case, and also
 * `plural.group` / `plural.version.group` forms such as `deployments.apps` or `deploy.v1.apps`.
 */

/** [plural, singular, short names, group ('' for the core group)] */
type ResourceRow = readonly [string, string, readonly string[], string];

export const KUBE_RESOURCES: readonly ResourceRow[] = [
	['bindings', 'binding', [], ''],
	['componentstatuses', 'componentstatus', ['cs'], ''],
	['configmaps', 'configmap', ['cm'], ''],
	['endpoints', 'endpoints', ['ep'], ''],
	['events', 'event', ['ev'], ''],
	['limitranges', 'limitrange', ['limits'], ''],
	['namespaces', 'namespace', ['ns'], ''],
	['nodes', 'node', ['no'], ''],
	['persistentvolumeclaims', 'persistentvolumeclaim', ['pvc'], ''],
	['persistentvolumes', 'persistentvolume', ['pv'], ''],
	['pods', 'pod', ['po'], ''],
	['podtemplates', 'podtemplate', [], ''],
	['replicationcontrollers', 'replicationcontroller', ['rc'], ''],
	['resourcequotas', 'resourcequota', ['quota'], ''],
	['secrets', 'secret', [], ''],
	['serviceaccounts', 'serviceaccount', ['sa'], ''],
	['services', 'service', ['svc'], ''],
	['mutatingwebhookconfigurations', 'mutatingwebhookconfiguration', [], 'admissionregistration.k8s.io'],
	['validatingwebhookconfigurations', 'validatingwebhookconfiguration', [], 'admissionregistration.k8s.io'],
	['validatingadmissionpolicies', 'validatingadmissionpolicy', [], 'admissionregistration.k8s.io'],
	['validatingadmissionpolicybindings', 'validatingadmissionpolicybinding', [], 'admissionregistration.k8s.io'],
	['customresourcedefinitions', 'customresourcedefinition', ['crd', 'crds'], 'apiextensions.k8s.io'],
	['apiservices', 'apiservice', [], 'apiregistration.k8s.io'],
	['controllerrevisions', 'controllerrevision', [], 'apps'],
	['daemonsets', 'daemonset', ['ds'], 'apps'],
	['deployments', 'deployment', ['deploy'], 'apps'],
	['replicasets', 'replicaset', ['rs'], 'apps'],
	['statefulsets', 'statefulset', ['sts'], 'apps'],
	['selfsubjectreviews', 'selfsubjectreview', [], 'authentication.k8s.io'],
	['tokenreviews', 'tokenreview', [], 'authentication.k8s.io'],
	['localsubjectaccessreviews', 'localsubjectaccessreview', [], 'authorization.k8s.io'],
	['selfsubjectaccessreviews', 'selfsubjectaccessreview', [], 'authorization.k8s.io'],
	['selfsubjectrulesreviews', 'selfsubjectrulesreview', [], 'authorization.k8s.io'],
	['subjectaccessreviews', 'subjectaccessreview', [], 'authorization.k8s.io'],
	['horizontalpodautoscalers', 'horizontalpodautoscaler', ['hpa'], 'autoscaling'],
	['cronjobs', 'cronjob', ['cj'], 'batch'],
	['jobs', 'job', [], 'batch'],
	['certificatesigningrequests', 'certificatesigningrequest', ['csr'], 'certificates.k8s.io'],
	['leases', 'lease', [], 'coordination.k8s.io'],
	['endpointslices', 'endpointslice', [], 'discovery.k8s.io'],
	['flowschemas', 'flowschema', [], 'flowcontrol.apiserver.k8s.io'],
	['prioritylevelconfigurations', 'prioritylevelconfiguration', [], 'flowcontrol.apiserver.k8s.io'],
	['ingressclasses', 'ingressclass', [], 'networking.k8s.io'],
	['ingresses', 'ingress', ['ing'], 'networking.k8s.io'],
	['networkpolicies', 'networkpolicy', ['netpol'], 'networking.k8s.io'],
	['ipaddresses', 'ipaddress', ['ip'], 'networking.k8s.io'],
	['servicecidrs', 'servicecidr', [], 'networking.k8s.io'],
	['runtimeclasses', 'runtimeclass', [], 'node.k8s.io'],
	['poddisruptionbudgets', 'poddisruptionbudget', ['pdb'], 'policy'],
	['clusterrolebindings', 'clusterrolebinding', [], 'rbac.authorization.k8s.io'],
	['clusterroles', 'clusterrole', [], 'rbac.authorization.k8s.io'],
	['rolebindings', 'rolebinding', [], 'rbac.authorization.k8s.io'],
	['roles', 'role', [], 'rbac.authorization.k8s.io'],
	['priorityclasses', 'priorityclass', ['pc'], 'scheduling.k8s.io'],
	['csidrivers', 'csidriver', [], 'storage.k8s.io'],
	['csinodes', 'csinode', [], 'storage.k8s.io'],
	['csistoragecapacities', 'csistoragecapacity', [], 'storage.k8s.io'],
	['storageclasses', 'storageclass', ['sc'], 'storage.k8s.io'],
	['volumeattachments', 'volumeattachment', [], 'storage.k8s.io'],
	['volumeattributesclasses', 'volumeattributesclass', ['vac'], 'storage.k8s.io'],
	// `kubectl get all` is a category, not a resource, but it is written where a resource goes.
	['all', 'all', [], '']
];

/** Lower-cased spelling → [plural, group]. Built once; `events` keeps its core-group entry. */
const BY_NAME = new Map<string, readonly [string, string]>();
for (const [plural, singular, shorts, group] of KUBE_RESOURCES) {
	for (const name of [plural, singular, ...shorts]) {
		if (!BY_NAME.has(name)) BY_NAME.set(name, [plural, group]);
	}
}

/** Every spelling, for "did you mean" suggestions. */
export const KUBE_RESOURCE_NAMES: readonly string[] = [...BY_NAME.keys()];

const VERSION_RE = /^v\d+((alpha|beta)\d+)?$/;

/**
 * The plural name of a resource type written in any accepted spelling, or undefined if unknown.
 * `deployments.apps`, `deploy.v1.apps` and `Deployment` all give `deployments`.
 */
export function canonicalResource(word: string): string | undefined {
	const lower = word.toLowerCase();
	const direct = BY_NAME.get(lower);
	if (direct) return direct[0];
	const dot = lower.indexOf('.');
	if (dot <= 0) return undefined;
	const entry = BY_NAME.get(lower.slice(0, dot));
	if (!entry) return undefined;
	let rest = lower.slice(dot + 1);
	const nextDot = rest.indexOf('.');
	const head = nextDot < 0 ? rest : rest.slice(0, nextDot);
	if (VERSION_RE.test(head)) rest = nextDot < 0 ? '' : rest.slice(nextDot + 1);
	// A core resource may be written `pods.v1.` style only with an empty group.
	return rest === entry[1] ? entry[0] : undefined;
}

/** Cluster-scoped resources (`kubectl api-resources --namespaced=false`): `-n` changes nothing for them. */
export const CLUSTER_SCOPED: ReadonlySet<string> = new Set([
	'componentstatuses',
	'namespaces',
	'nodes',
	'persistentvolumes',
	'mutatingwebhookconfigurations',
	'validatingwebhookconfigurations',
	'validatingadmissionpolicies',
	'validatingadmissionpolicybindings',
	'customresourcedefinitions',
	'apiservices',
	'selfsubjectreviews',
	'tokenreviews',
	'selfsubjectaccessreviews',
	'selfsubjectrulesreviews',
	'subjectaccessreviews',
	'certificatesigningrequests',
	'flowschemas',
	'prioritylevelconfigurations',
	'ingressclasses',
	'ipaddresses',
	'servicecidrs',
	'runtimeclasses',
	'clusterrolebindings',
	'clusterroles',
	'priorityclasses',
	'csidrivers',
	'csinodes',
	'storageclasses',
	'volumeattachments',
	'volumeattributesclasses'
]);
