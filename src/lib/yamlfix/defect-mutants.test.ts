/**
 * Semantic defects by kind (issue 13): broken copies of real files must get an error, the unmodified
 * files none. The tuning sets are asserted here; the measure set (tests/fixtures/yaml/mutation/measure)
 * is only reported by defect-report.ts, so that no rule is tuned on it.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defectMutants, MUTANT_KINDS, rerender } from './defect-mutants';
import { measureDefects, sourceName } from './defect-measure';
import { isComposeFileName } from './detect';
import { validateYaml } from './index';
import { isPatchFile, kustomizePatchFiles, kustomizePatchPaths } from './validate';

const errors = (text: string, file?: string, patch?: boolean) =>
	validateYaml(text, { file, patch }).diagnostics.filter((d) => d.severity === 'error');

describe('the mutation harness', () => {
	const compose = 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      - A=1\n    volumes:\n      - ./conf/nginx.conf:/etc/nginx/nginx.conf\n      - data:/data\n    depends_on: [db]\n  db:\n    image: postgres:16\nvolumes:\n  data: {}\n';
	const manifest = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports: [{containerPort: 80, protocol: TCP}]\n';

	it('makes mutants of the documented kinds, each different from the original', () => {
		const kinds = new Set([...defectMutants(compose, 'compose'), ...defectMutants(manifest, 'kubernetes')].map((m) => m.kind));
		for (const k of ['top-level-typo', 'bind-without-dot', 'env-list-map-item', 'wrong-parent', 'list-map-confusion', 'wrong-type', 'reference-typo', 'key-typo'] as const) expect(kinds).toContain(k);
		for (const k of ['api-version-kind', 'missing-required', 'port-type', 'enum-case', 'selector-mismatch'] as const) expect(kinds).toContain(k);
		expect([...kinds].every((k) => (MUTANT_KINDS as readonly string[]).includes(k))).toBe(true);
		for (const m of defectMutants(compose, 'compose')) expect(m.text).not.toBe(rerender(compose));
	});

	it('re-serialising an unmodified file keeps it valid', () => {
		expect(errors(rerender(compose))).toEqual([]);
		expect(errors(rerender(manifest))).toEqual([]);
	});

	it('reads the original file name from the source line', () => {
		expect(sourceName('# source: docker/awesome-compose/react-nginx/compose.yaml\nservices: {}\n')).toBe('compose.yaml');
	});
});

describe('tuning sets: semantic defects caught, no false alarm', () => {
	// one mutant per kind and document here (defect-report.ts runs three); several thousand validations
	for (const set of ['tune', 'real', 'real2'] as const) {
		it(set, { timeout: 180_000 }, () => {
			const r = measureDefects(set, 1);
			expect(r.falseAlarms).toEqual([]);
			expect(r.total).toBeGreaterThan(100);
			expect(r.missed).toEqual([]);
		});
	}
});

describe('compose recognised with a misspelt top-level key', () => {
	const body = '  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n';

	it('by its other keys: the unknown key is reported with a did-you-mean, at its line', () => {
		const text = `name: shop\nservice:\n${body}`;
		expect(validateYaml(text).target).toBe('compose');
		const d = errors(text);
		expect(d.map((x) => [x.rule, x.line])).toEqual([['compose-schema', 2]]);
		expect(d[0].message).toBe('unknown top-level key service (did you mean services?)');
		expect(d[0].message_ko).toContain('services');
	});

	it('by the file name when nothing else tells', () => {
		const text = 'servces:\n  web: {}\n';
		expect(validateYaml(text).target).toBe('unknown');
		for (const file of ['compose.yaml', 'docker-compose.yml', 'docker-compose.prod.yml', 'compose.dev.yaml', 'app.compose.yaml', 'deploy/docker-compose-dev.yml']) {
			expect(isComposeFileName(file), file).toBe(true);
			expect(errors(text, file)[0]?.message, file).toContain('did you mean services?');
		}
		for (const file of ['values.yaml', 'composer.yaml', 'kustomization.yaml']) expect(isComposeFileName(file), file).toBe(false);
	});

	it('a manifest named like a compose file is still a manifest; other YAML stays unknown', () => {
		expect(validateYaml('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n', { file: 'compose.yaml' }).target).toBe('kubernetes');
		expect(validateYaml('servers:\n  a: {host: x}\n').target).toBe('unknown');
	});
});

describe('a short volume source with a slash but no ./', () => {
	it('is an undeclared named volume, with the ./ path as the suggestion', () => {
		const text = 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - nginx/nginx.conf:/etc/nginx/nginx.conf\n';
		const d = errors(text);
		expect(d.map((x) => [x.rule, x.line])).toEqual([['compose-volume-source-path', 5]]);
		expect(d[0].message).toContain('did you mean ./nginx/nginx.conf?');
		expect(d[0].message_ko).toContain('./nginx/nginx.conf');
	});

	it('stays an error in an override file (no file can declare a volume name with a slash)', () => {
		const text = 'services:\n  web:\n    volumes: ["conf/app.ini:/app/app.ini"]\n';
		expect(errors(text, 'compose.override.yaml').map((x) => x.rule)).toEqual(['compose-volume-source-path']);
	});

	it('leaves paths, interpolations, Windows drives and named volumes alone', () => {
		const vols = ['./a/b:/x', '../a/b:/x', '/srv/a:/x', '~/a/b:/x', '${HOME}/a:/x', 'C:/data/x:/x', 'cache:/x', '/anon'];
		const text = `services:\n  web:\n    image: nginx:1.27\n    volumes: ${JSON.stringify(vols)}\nvolumes:\n  cache: {}\n`;
		expect(errors(text)).toEqual([]);
	});
});

describe('`- KEY: value` items in a list that takes KEY=value strings', () => {
	it('each map item is reported at its line, with the string form to write', () => {
		const text = 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      - A=1\n      - DB_HOST: db\n      - PASSWORD: "${DB_PASSWORD}"\n';
		const d = errors(text);
		expect(d.map((x) => [x.rule, x.line])).toEqual([['compose-schema', 6], ['compose-schema', 7]]);
		expect(d[0].message).toContain('"KEY=value" strings: write - DB_HOST=db');
		expect(d[1].message).toContain('- PASSWORD=${DB_PASSWORD}');
	});

	it('an interpolated value does not excuse a list or map where the other is needed', () => {
		const svc = (extra: string) => `services:\n  web:\n    image: nginx:1.27\n${extra}`;
		expect(errors(svc('    volumes: "${PWD}/conf:/conf"\n')).map((x) => x.rule)).toEqual(['compose-schema']);
		expect(errors(svc('    ports:\n      "${PORT}:80": null\n')).map((x) => x.rule)).toEqual(['compose-schema']);
		// a scalar that interpolation may turn into the right type stays excused
		expect(errors(svc('    healthcheck:\n      test: ["CMD", "true"]\n      retries: ${RETRIES}\n    ports: ["${PORT:-8080}:80"]\n'))).toEqual([]);
	});
});

describe('kustomize strategic-merge patches are partial by design', () => {
	const deletePatch = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - $patch: delete\n          name: memcached\n';
	const replicasPatch = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: web\n          resources: {limits: {memory: 512Mi}}\n';

	it('a $patch directive marks the file: no error for the directive or for missing required fields', () => {
		expect(errors(deletePatch)).toEqual([]);
	});

	it('a *.patch.yaml file, or a file a kustomization.yaml names under patches', () => {
		expect(errors(replicasPatch).map((d) => d.rule)).toContain('k8s-required-field');
		expect(errors(replicasPatch, 'overlays/prod/deployment.patch.yaml')).toEqual([]);
		expect(errors(replicasPatch, 'memory-patch.yml')).toEqual([]);
		expect(errors(replicasPatch, 'replicas.yaml', true)).toEqual([]);
		const k = { resources: ['../../base'], patches: [{ path: 'replicas.yaml' }, { patch: '- op: add' }], patchesStrategicMerge: ['memory.yaml'] };
		expect(kustomizePatchFiles(k)).toEqual(['replicas.yaml', 'memory.yaml']);
		expect(isPatchFile('deployment.yaml')).toBe(false);
	});

	it('a real overlay patch named by its kustomization (kubernetes-sigs/kustomize examples/ldap/overlays/production)', () => {
		const kustomization = 'resources:\n  - ../../base\npatches:\n  - path: deployment.yaml\nnamePrefix: production-\n';
		const patch = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ldap\nspec:\n  replicas: 6\n  template:\n    spec:\n      volumes:\n        - name: ldap-data\n          emptyDir: null\n          gcePersistentDisk:\n            pdName: ldap-persistent-storage\n';
		const named = kustomizePatchFiles(parse(kustomization));
		expect(named).toEqual(['deployment.yaml']);
		expect(kustomizePatchPaths('examples/ldap/overlays/production/kustomization.yaml', kustomization)).toEqual(['examples/ldap/overlays/production/deployment.yaml']);
		expect(kustomizePatchPaths('/k/overlays/dev/kustomization.yaml', 'patchesStrategicMerge:\n  - ../shared/./memory.yaml\n')).toEqual(['/k/overlays/shared/memory.yaml']);
		expect(kustomizePatchPaths('kustomization.yaml', 'patches: [\n')).toEqual([]);
		expect(errors(patch, 'deployment.yaml').length).toBeGreaterThan(0);
		expect(errors(patch, 'deployment.yaml', named.includes('deployment.yaml'))).toEqual([]);
	});

	it('what the patch does set is still checked', () => {
		expect(errors(replicasPatch.replace('replicas: 3', 'replicas: "3"'), 'deployment.patch.yaml').map((d) => d.rule)).toEqual(['k8s-field-type']);
		expect(errors(deletePatch.replace('name: api', 'name: API_server')).map((d) => d.rule)).toEqual(['k8s-name-format']);
	});
});

describe('classes found by breaking the tuning files', () => {
	const dep = (apiVersion: string, extra = '') =>
		`apiVersion: ${apiVersion}\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 2${extra}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: "nginx:1.27"}]\n`;

	it('a misspelt API group is reported with the group that serves the kind; CRD groups are left alone', () => {
		const d = errors(dep('app/v1'));
		expect(d.map((x) => [x.rule, x.line])).toEqual([['k8s-api-version', 1]]);
		expect(d[0].message).toBe('unknown API group app in apiVersion app/v1 (did you mean apps/v1?)');
		expect(errors(dep('apps/v1').replace('kind: Deployment', 'kind: Ingress').replace(/spec:[\s\S]*/, 'spec: {}\n').replace('apps/v1', 'networkin.k8s.io/v1'))[0]?.message).toContain('did you mean networking.k8s.io/v1?');
		expect(errors(dep('example.com/v1'))).toEqual([]);
		expect(errors(dep('argoproj.io/v1alpha1'))).toEqual([]);
		// tools' own config files that look like manifests
		expect(errors('apiVersion: skaffold/v4beta11\nkind: Config\nmetadata: {name: app}\nbuild:\n  artifacts: [{image: app}]\n')).toEqual([]);
	});

	it('numbers of the API are whole numbers', () => {
		const d = errors(dep('apps/v1').replace('replicas: 2', 'replicas: 1.5'));
		expect(d.map((x) => [x.rule, x.line, x.message])).toEqual([['k8s-field-type', 5, 'spec.replicas must be a whole number, got 1.5']]);
	});

	it('label values are checked in every label selector (affinity terms too)', () => {
		const affinity = '\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      affinity:\n        podAntiAffinity:\n          preferredDuringSchedulingIgnoredDuringExecution:\n            - weight: 1\n              podAffinityTerm: {topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: "web app"}}}\n      containers: [{name: web, image: "nginx:1.27"}]\n';
		const text = dep('apps/v1').replace(/\n {2}template:[\s\S]*/, affinity);
		expect(errors(text).map((x) => [x.rule, x.line])).toEqual([['k8s-name-format', 14]]);
		expect(errors(text.replace('web app', 'web'))).toEqual([]);
	});

	it('a secret or config the top level does not declare', () => {
		const text = 'services:\n  db:\n    image: postgres:16\n    secrets: [db-pasword]\nsecrets:\n  db-password: {file: ./password.txt}\n';
		const d = errors(text);
		expect(d.map((x) => [x.rule, x.line])).toEqual([['compose-undeclared-secret', 4]]);
		expect(d[0].message).toContain('did you mean db-password?');
		expect(validateYaml(text, { file: 'compose.override.yaml' }).diagnostics.map((x) => x.severity)).toEqual(['warning']);
	});

	it('ulimits in the docker run form ("soft:hard") are not numbers compose can read', () => {
		const svc = (u: string) => `services:\n  es:\n    image: elasticsearch:8.15.0\n    ulimits:\n${u}`;
		expect(errors(svc('      nofile: "65536:65536"\n')).map((x) => [x.rule, x.line])).toEqual([['compose-value-format', 5]]);
		expect(errors(svc('      nofile: 65536\n      memlock: {soft: -1, hard: "-1"}\n      nproc: "${NPROC}"\n'))).toEqual([]);
	});

	it('services written as a list is still a compose file, and the list is reported', () => {
		const text = 'services:\n  - web:\n      image: nginx:1.27\n';
		expect(validateYaml(text).target).toBe('compose');
		expect(errors(text)[0].message).toBe('services must be object, got a list');
	});
});
