/**
 * Real-world files (tests/fixtures/yaml/real/, copied from public repositories; the first line names the
 * source) must get no error-severity diagnostic, and broken copies of some of them must be caught.
 */
import { describe, expect, it } from 'vitest';
import { errorsOf as errors, realFilesSuite, type Mutation } from './real-files-suite';

/** [fixture, text to replace, replacement, rule that must report an error]. */
const MUTATIONS: Mutation[] = [
	// a typo in a field name
	['k8s-website__zookeeper.yaml', 'imagePullPolicy: Always', 'imagePulPolicy: Always', 'k8s-unknown-field'],
	['k8s-website__emptydir-volume-mode.yaml', 'mode: 01777', 'mdoe: 01777', 'k8s-unknown-field'],
	['supabase__docker-compose.yaml', /^ {4}healthcheck:/m, '    healthchek:', 'compose-schema'],
	// a selector that no longer matches the pod template
	['k8s-website__deployment-sidecar.yaml', 'matchLabels:\n      app.kubernetes.io/name: myapp', 'matchLabels:\n      app.kubernetes.io/name: my-app', 'k8s-selector-matches-template'],
	['k8s-website__wordpress-deployment.yaml', 'matchLabels:\n      app.kubernetes.io/name: wordpress\n      tier: frontend', 'matchLabels:\n      app.kubernetes.io/name: wordpress\n      tier: backend', 'k8s-selector-matches-template'],
	// an apiVersion the cluster no longer serves / never served
	['ingress-nginx__cloud-deploy.yaml', 'apiVersion: apps/v1\nkind: Deployment', 'apiVersion: apps/v1beta1\nkind: Deployment', 'k8s-api-version'],
	['k8s-website__job-success-policy.yaml', 'apiVersion: batch/v1', 'apiVersion: batch/v1beta1', 'k8s-api-version'],
	['kube-prometheus__grafana-networkPolicy.yaml', 'apiVersion: networking.k8s.io/v1', 'apiVersion: extensions/v1', 'k8s-api-version'],
	// broken references and values
	['k8s-website__mysql-statefulset.yaml', '- name: conf\n          mountPath: /mnt/conf.d', '- name: cnof\n          mountPath: /mnt/conf.d', 'k8s-volume-mount-ref'],
	['k8s-website__pod-with-numeric-toleration.yaml', 'operator: "Gt"', 'operator: "Gte"', 'k8s-enum'],
	['microservices-demo__cartservice.yaml', 'cpu: 200m\n            memory: 64Mi', 'cpu: 2\n            memory: 64Mi', 'k8s-requests-exceed-limits'],
	['awesome-compose__react-java-mysql.yaml', 'depends_on:\n      - backend', 'depends_on:\n      - backnd', 'compose-depends-on-unknown'],
	['awesome-compose__gitea-postgres.yaml', '- db_data:/var/lib/postgresql/data', '- dbdata:/var/lib/postgresql/data', 'compose-undeclared-volume'],
	['awesome-compose__prometheus-grafana.yaml', 'restart: unless-stopped', 'restart: unless-stoped', 'compose-restart-value'],
	['example-voting-app__docker-compose.yaml', '"5001:80"', '"5001:80000"', 'compose-port-range'],
	// YAML-level breakage; \' is accepted (go-yaml does) but other unknown escapes are not
	['k8s-website__envars-file-container.yaml', "\\'address\\'", '\\qaddress', 'yaml-syntax'],
	['mastodon__docker-compose.yaml', '    restart: always\n    image: postgres:14-alpine', '\trestart: always\n    image: postgres:14-alpine', 'yaml-tab-indent']
];

const { files } = realFilesSuite('real-world files', new URL('../../../tests/fixtures/yaml/real/', import.meta.url), /^# Source: \S+\/\S+ \S+/, MUTATIONS);

describe('real-world files: the set', () => {
	it('has fixtures from several sources', () => {
		expect(files.length).toBeGreaterThanOrEqual(40);
		const repos = new Set(files.map((f) => f.split('__')[0]));
		expect(repos.size).toBeGreaterThanOrEqual(8);
	});
});

describe('real-world patterns found while collecting the fixtures', () => {
	it('newer kinds in group versions that came back are not "removed"; old kinds still are', () => {
		const obj = (apiVersion: string, kind: string) => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n`;
		for (const [v, k] of [
			['networking.k8s.io/v1beta1', 'IPAddress'],
			['networking.k8s.io/v1beta1', 'ServiceCIDR'],
			['storage.k8s.io/v1beta1', 'VolumeAttributesClass'],
			['admissionregistration.k8s.io/v1beta1', 'MutatingAdmissionPolicy'],
			['coordination.k8s.io/v1beta1', 'LeaseCandidate'],
			['certificates.k8s.io/v1beta1', 'ClusterTrustBundle'],
			['events.k8s.io/v1', 'Event']
		])
			expect(errors(obj(v, k))).toEqual([]);
		for (const [v, k] of [
			['networking.k8s.io/v1beta1', 'Ingress'],
			['storage.k8s.io/v1beta1', 'StorageClass'],
			['policy/v1beta1', 'PodSecurityPolicy'],
			['events.k8s.io/v1beta1', 'Event']
		])
			expect(errors(obj(v, k)).map((d) => d.rule)).toEqual(['k8s-api-version']);
	});

	it('a Windows drive path is a bind mount, not an undeclared named volume', () => {
		const text = 'services:\n  a:\n    image: nginx:1.27\n    volumes:\n      - C:\\data:/data\n      - c:/logs:/logs\n';
		expect(errors(text)).toEqual([]);
		expect(errors(text + '      - cache:/cache\n').map((d) => d.rule)).toEqual(['compose-undeclared-volume']);
	});

	it('an unknown compose key is reported even when the service uses ${VAR} values', () => {
		const text = 'services:\n  a:\n    image: nginx:${TAG}\n    environment:\n      A: ${A}\n    restrat: always\n';
		expect(errors(text).map((d) => d.message)).toEqual([expect.stringContaining('unknown field restrat')]);
	});
});
