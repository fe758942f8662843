/**
 * A second set of real-world files (tests/fixtures/yaml/real2/, copied intact from public repositories;
 * the first line names the source as `# source: <owner>/<repo>/<path>`): none may get an error-severity
 * diagnostic, broken copies of them must still be caught, and the patterns that were false alarms
 * while collecting them stay fixed.
 */
import { describe, expect, it } from 'vitest';
import { validateYaml } from './index';
import { errorsOf as errors, realFilesSuite, type Mutation } from './real-files-suite';

const ruleIds = (text: string) => errors(text).map((d) => d.rule);

/** [fixture, text to replace, replacement, rule that must report an error]. */
const MUTATIONS: Mutation[] = [
	// a typo in a field name
	['argo-cd__repo-server-deployment.yaml', 'imagePullPolicy: Always', 'imagePulPolicy: Always', 'k8s-unknown-field'],
	['istio__addons-jaeger.yaml', 'readinessProbe:', 'readynessProbe:', 'k8s-unknown-field'],
	['nextcloud__all-in-one.yaml', '    init: true', '    inti: true', 'compose-schema'],
	// a selector that no longer matches
	['istio__bookinfo.yaml', 'selector:\n    app: productpage', 'selector:\n    app: productpag', 'k8s-service-selector-matches-pod'],
	['k8s-website__php-apache.yaml', 'selector:\n    app.kubernetes.io/name: php-apache\n', 'selector:\n    app.kubernetes.io/name: php-apach\n', 'k8s-service-selector-matches-pod'],
	['istio__addons-kiali-helm.yaml', 'matchLabels:\n      app.kubernetes.io/name: kiali', 'matchLabels:\n      app.kubernetes.io/name: kialii', 'k8s-selector-matches-template'],
	// a port or number written as text, a value out of its set
	['kube-prometheus__nodeExporter-daemonset.yaml', 'containerPort: 9100', 'containerPort: "9100"', 'k8s-field-type'],
	['istio__addons-jaeger.yaml', 'targetPort: 16686', 'targetPort: "16686"', 'k8s-service-target-port'],
	['k8s-website__minimal-ingress.yaml', 'pathType: Prefix', 'pathType: prefix', 'k8s-enum'],
	['k8s-website__indexed-job-vol.yaml', 'restartPolicy: "Never"', 'restartPolicy: "Always"', 'k8s-restart-policy'],
	// broken references and removed API versions
	['k8s-website__my-scheduler.yaml', '- name: config-volume\n            mountPath', '- name: config-volum\n            mountPath', 'k8s-volume-mount-ref'],
	['k8s-website__dns-horizontal-autoscaler.yaml', 'apiVersion: apps/v1\nkind: Deployment', 'apiVersion: extensions/v1beta1\nkind: Deployment', 'k8s-api-version'],
	['k8s-examples__vllm-hpa.yaml', 'apiVersion: autoscaling/v2', 'apiVersion: autoscaling/v2beta2', 'k8s-api-version'],
	// compose: undeclared volumes and networks, unknown services, bad values
	['getsentry__self-hosted.yaml', '- "sentry-redis:/data"', '- "sentry-rediz:/data"', 'compose-undeclared-volume'],
	['docker__compose-for-agents-crew-ai-pipelock.yaml', '- agent-net\n      - default', '- agentnet\n      - default', 'compose-undeclared-network'],
	['n8n-io__self-hosted-ai-starter-kit.yaml', 'depends_on:\n      postgres:\n        condition: service_healthy\n\n  n8n:', 'depends_on:\n      postgress:\n        condition: service_healthy\n\n  n8n:', 'compose-depends-on-unknown'],
	['apache__airflow-docker-compose.yaml', 'condition: service_completed_successfully', 'condition: service_completed', 'compose-schema'],
	['open-telemetry__opentelemetry-demo.yaml', '- 10000:10000', '- 10000:100000', 'compose-port-range'],
	['goauthentik__authentik.yaml', 'restart: unless-stopped', 'restart: unless-stoped', 'compose-restart-value'],
	['docker__genai-stack.yaml', 'test: ["CMD-SHELL", "wget --no-verbose --tries=1 --spider', 'test: ["CMD_SHELL", "wget --no-verbose --tries=1 --spider', 'compose-healthcheck-test'],
	['docker__compose-for-agents-agno.yaml', 'model: ai/qwen3:8B-Q4_0', 'modle: ai/qwen3:8B-Q4_0', 'compose-schema'],
	['jitsi__docker-jitsi-meet.yaml', 'depends_on:\n            - jvb', 'depends_on:\n            - jvbb', 'compose-depends-on-unknown'],
	['istio__addons-loki-helm.yaml', 'targetPort: http-memberlist', 'targetPort: http-memberlst', 'k8s-service-target-port'],
	['podinfo__kustomize-deployment.yaml', 'requests:\n            cpu: 100m', 'requests:\n            cpu: 3', 'k8s-requests-exceed-limits'],
	// names and numbers the API server refuses
	['k8s-website__php-apache.yaml', 'metadata:\n  name: php-apache', 'metadata:\n  name: PHP_Apache', 'k8s-name-format'],
	['kube-prometheus__nodeExporter-daemonset.yaml', 'containerPort: 9100', 'containerPort: 91000', 'k8s-port-range'],
	['apache__airflow-docker-compose.yaml', 'interval: 10s', 'interval: 10 seconds', 'compose-value-format'],
	['goauthentik__authentik.yaml', '    image: docker.io/library/postgres:16-alpine\n', '    image: docker.io/library/postgres:16-alpine\n    depends_on: [server]\n', 'compose-depends-on-cycle'],
	// YAML-level breakage: an alias whose anchor was renamed
	['getsentry__self-hosted.yaml', 'x-restart-policy: &restart_policy', 'x-restart-policy: &restart-policy', 'yaml-syntax']
];

const { files, read } = realFilesSuite('real-world files (set 2)', new URL('../../../tests/fixtures/yaml/real2/', import.meta.url), /^# source: [\w.-]+\/[\w.-]+\/\S+$/, MUTATIONS);

describe('real-world files (set 2): the set', () => {
	it('has at least 40 fixtures from several sources, compose files and manifests', () => {
		expect(files.length).toBeGreaterThanOrEqual(40);
		expect(new Set(files.map((f) => f.split('__')[0])).size).toBeGreaterThanOrEqual(10);
		const targets = files.map((f) => validateYaml(read(f)).target);
		expect(targets.filter((t) => t === 'compose').length).toBeGreaterThanOrEqual(10);
		expect(targets.filter((t) => t === 'kubernetes').length).toBeGreaterThanOrEqual(20);
	});
});

describe('false alarms found while collecting set 2', () => {
	it('many small merge keys are not an alias bomb (getsentry/self-hosted); a real bomb still is', () => {
		const text = read('getsentry__self-hosted.yaml');
		expect((text.match(/\*[\w-]+/g) ?? []).length).toBeGreaterThan(100);
		expect(errors(text)).toEqual([]);
		const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
		for (let i = 1; i < 8; i++) bomb.push(`l${i}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
		expect(ruleIds(bomb.join('\n'))).toEqual(['yaml-limits']);
	});

	it('an alias without its anchor is a syntax error, not an alias bomb', () => {
		const d = errors('x-a: &a\n  restart: always\nservices:\n  w:\n    <<: *b\n    image: nginx:1\n');
		expect(d.map((x) => [x.rule, x.line])).toEqual([['yaml-syntax', 5]]);
		expect(d[0].message).toContain('*b');
	});

	it('volumes and networks may come from an included file (include:)', () => {
		const text = 'include:\n  - infra/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n    volumes: [shared:/data]\n    networks: [backend]\n';
		expect(errors(text)).toEqual([]);
		const plain = text.replace('include:\n  - infra/compose.yaml\n', '');
		expect(ruleIds(plain).sort()).toEqual(['compose-undeclared-network', 'compose-undeclared-volume']);
	});

	it('newer compose attributes: develop.watch initial_sync, build provenance and sbom', () => {
		const text =
			'services:\n  web:\n    build:\n      context: .\n      provenance: mode=max\n      sbom: true\n    develop:\n      watch:\n        - action: sync+restart\n          path: ./src\n          target: /app/src\n          initial_sync: true\n';
		expect(errors(text)).toEqual([]);
		expect(ruleIds(text.replace('initial_sync', 'inital_sync'))).toEqual(['compose-schema']);
	});

	it('an IPv6 host address without brackets is a valid port mapping', () => {
		const svc = (port: string) => `services:\n  db:\n    image: postgres:16\n    ports:\n      - "${port}"\n`;
		expect(errors(svc('::1:5432:5432'))).toEqual([]);
		expect(errors(svc('[::1]:5432:5432'))).toEqual([]);
		expect(ruleIds(svc('::1:5432:99999'))).toEqual(['compose-port-range']);
		expect(ruleIds(svc('a:b:5432'))).toEqual(['compose-port-range']);
	});

	it('a Service for pods an operator creates is a warning, not an error; plain files still error', () => {
		const dep = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: op}\nspec:\n  selector: {matchLabels: {app: op}}\n  template:\n    metadata: {labels: {app: op}}\n    spec: {containers: [{name: op, image: "op:1.0"}]}\n';
		const svc = '---\napiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec:\n  selector: {cluster: main}\n  ports: [{port: 5432}]\n';
		const cr = '---\napiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata: {name: main}\nspec: {instances: 3}\n';
		const diag = (text: string) => validateYaml(text).diagnostics.filter((d) => d.rule === 'k8s-service-selector-matches-pod');
		expect(diag(dep + svc).map((d) => d.severity)).toEqual(['error']);
		expect(diag(dep + svc + cr).map((d) => d.severity)).toEqual(['warning']);
		// a custom resource that never runs pods (a ServiceMonitor) does not excuse the Service
		const monitor = '---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: {name: db}\nspec: {selector: {matchLabels: {cluster: main}}, endpoints: [{port: db}]}\n';
		expect(diag(dep + svc + monitor).map((d) => d.severity)).toEqual(['error']);
		// pods of a custom resource with a pod template (an Argo Rollout) are matched like a Deployment's
		const rollout = '---\napiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: main}\nspec:\n  template:\n    metadata: {labels: {cluster: main}}\n    spec: {containers: [{name: db, image: "db:1.0"}]}\n';
		expect(diag(dep + svc + rollout)).toEqual([]);
		// a Knative Service is a custom resource with a pod template, not a core Service with a selector
		const knative = '---\napiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: hello}\nspec:\n  template:\n    metadata: {labels: {cluster: main}}\n    spec: {containers: [{image: "hello:1.0", ports: [{containerPort: 8080}]}]}\n';
		expect(errors(dep + knative)).toEqual([]);
		expect(diag(dep + svc + knative)).toEqual([]);
	});

	it("Helm's Chart.yaml (apiVersion: v2, no kind) is not a Kubernetes manifest; a manifest missing its kind is", () => {
		const chart = 'apiVersion: v2\nname: mychart\ntype: application\nversion: 0.1.0\nappVersion: "1.16.0"\n';
		expect(validateYaml(chart).target).toBe('unknown');
		expect(errors(chart)).toEqual([]);
		expect(ruleIds('apiVersion: apps/v1\nmetadata:\n  name: web\nspec: {}\n')).toContain('k8s-api-version');
	});
});
