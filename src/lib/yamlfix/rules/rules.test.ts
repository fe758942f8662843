/**
 * Table test: every rule fires on a broken example and stays quiet on the fixed one. Most pairs come
 * from decks/yaml-exercises.md (broken vs solution); the table below adds the rest.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateYaml } from '../index';
import { readExercises } from '../test-helpers';
import { rules } from './index';
import { cronProblem } from './k8s-cronjob-schedule';
import { imageReferenceProblem } from '../image-reference';

const deck = readFileSync(new URL('../../../../decks/yaml-exercises.md', import.meta.url), 'utf8');
const pairs: { rule: string; broken: string; fixed: string }[] = readExercises(deck).flatMap((e) =>
	e.checks.slice(0, 1).map((rule) => ({ rule, broken: e.broken, fixed: e.solution ?? '' }))
);

const DEP = (extra: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: nginx:1.25
${extra}`;

pairs.push(
	{ rule: 'yaml-limits', broken: '[' .repeat(600) + ']'.repeat(600), fixed: '[[1]]' },
	{ rule: 'compose-version-obsolete', broken: 'version: "3.8"\nservices:\n  a:\n    image: nginx:1\n', fixed: 'services:\n  a:\n    image: nginx:1\n' },
	{ rule: 'k8s-probes-missing', broken: DEP(''), fixed: DEP('          readinessProbe: {tcpSocket: {port: 80}}\n          livenessProbe: {tcpSocket: {port: 80}}') },
	{ rule: 'k8s-resources-missing', broken: DEP(''), fixed: DEP('          resources: {requests: {cpu: 100m, memory: 64Mi}}') },
	{ rule: 'k8s-field-type', broken: DEP('          env: [{name: A, value: 8080}]'), fixed: DEP('          env: [{name: A, value: "8080"}]') },
	{ rule: 'k8s-api-version', broken: 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: p}\nspec: {minAvailable: 1}\n', fixed: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: p}\nspec: {minAvailable: 1}\n' },
	{ rule: 'k8s-name-format', broken: 'apiVersion: v1\nkind: Service\nmetadata: {name: Web_App}\nspec: {selector: {app: web}, ports: [{port: 80}]}\n', fixed: 'apiVersion: v1\nkind: Service\nmetadata: {name: web-app}\nspec: {selector: {app: web}, ports: [{port: 80}]}\n' },
	{ rule: 'k8s-port-range', broken: DEP('          ports: [{containerPort: 70000}]'), fixed: DEP('          ports: [{containerPort: 8080}]') },
	{ rule: 'compose-depends-on-cycle', broken: 'services:\n  a:\n    image: x:1\n    depends_on: [b]\n  b:\n    image: x:1\n    depends_on: [a]\n', fixed: 'services:\n  a:\n    image: x:1\n    depends_on: [b]\n  b:\n    image: x:1\n' },
	{ rule: 'compose-value-format', broken: 'services:\n  a:\n    image: x:1\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 10 seconds\n', fixed: 'services:\n  a:\n    image: x:1\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 10s\n' },
	{ rule: 'k8s-container-name-duplicate', broken: DEP('        - name: web\n          image: redis:7'), fixed: DEP('        - name: cache\n          image: redis:7') },
	{ rule: 'k8s-env-value-conflict', broken: DEP('          env: [{name: A, value: x, valueFrom: {configMapKeyRef: {name: c, key: a}}}]'), fixed: DEP('          env: [{name: A, valueFrom: {configMapKeyRef: {name: c, key: a}}}]') },
	{ rule: 'k8s-negative-value', broken: DEP('').replace('spec:\n  selector', 'spec:\n  replicas: -1\n  selector'), fixed: DEP('').replace('spec:\n  selector', 'spec:\n  replicas: 0\n  selector') },
	{ rule: 'k8s-secret-base64', broken: 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  password: hunter2!\n', fixed: 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  password: aHVudGVyMiE=\nstringData:\n  user: admin\n' },
	{ rule: 'k8s-strategy-conflict', broken: DEP('').replace('spec:\n  selector', 'spec:\n  strategy: {type: Recreate, rollingUpdate: {maxSurge: 1}}\n  selector'), fixed: DEP('').replace('spec:\n  selector', 'spec:\n  strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 1}}\n  selector') },
	{ rule: 'k8s-image-reference', broken: DEP('').replace('image: nginx:1.25', 'image: Nginx:1.25'), fixed: DEP('').replace('image: nginx:1.25', 'image: registry.example.com:5000/team/nginx:1.25') },
	{ rule: 'compose-image-reference', broken: 'services:\n  a:\n    image: nginx:1.25:alpine\n', fixed: 'services:\n  a:\n    image: nginx:1.25-alpine\n' },
	{ rule: 'compose-volume-source-path', broken: 'services:\n  web:\n    image: nginx:1.27\n    volumes: ["nginx/nginx.conf:/etc/nginx/nginx.conf:ro"]\n', fixed: 'services:\n  web:\n    image: nginx:1.27\n    volumes: ["./nginx/nginx.conf:/etc/nginx/nginx.conf:ro", "/srv/www:/usr/share/nginx/html", "cache:/var/cache/nginx"]\nvolumes:\n  cache: {}\n' },
	{ rule: 'compose-undeclared-secret', broken: 'services:\n  db:\n    image: postgres:16\n    secrets: [db-pasword]\n    configs: [{source: initdb, target: /docker-entrypoint-initdb.d/init.sql}]\nsecrets:\n  db-password: {file: ./db/password.txt}\n', fixed: 'services:\n  db:\n    image: postgres:16\n    secrets: [db-password]\n    configs: [{source: initdb, target: /docker-entrypoint-initdb.d/init.sql}]\nsecrets:\n  db-password: {file: ./db/password.txt}\nconfigs:\n  initdb: {file: ./init.sql}\n' },
	{ rule: 'compose-port-range', broken: 'services:\n  a:\n    image: x:1\n    ports: ["0.0.0.0:70000-70001:80-81/udp"]\n', fixed: 'services:\n  a:\n    image: x:1\n    ports: ["0.0.0.0:7000-7001:80-81/udp", {target: 80, published: "8080"}]\n' }
);

describe('every rule: broken fires, fixed is quiet', () => {
	it('covers every rule', () => {
		const covered = new Set(pairs.map((p) => p.rule));
		expect(rules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
	});
	for (const [i, p] of pairs.entries()) {
		it(`${p.rule} #${i}`, () => {
			expect(validateYaml(p.broken).diagnostics.map((d) => d.rule)).toContain(p.rule);
			expect(validateYaml(p.fixed).diagnostics.filter((d) => d.rule === p.rule)).toEqual([]);
		});
	}
});

describe('cronProblem (CronJob schedules as robfig/cron v3 reads them)', () => {
	it('accepts 5-field expressions, names, steps, ranges, ? and macros', () => {
		for (const s of ['*/5 * * * *', '0 3 * * 1-5', '30 2 1,15 * ?', '0 0 * JAN-MAR SUN', '@daily', '@every 1h30m', 'CRON_TZ=Asia/Seoul 0 9 * * *', '0 0 * * 6'])
			expect(cronProblem(s), s).toBeNull();
	});
	it('refuses out-of-range values (day-of-week 7 included), wrong field counts and unknown macros', () => {
		for (const s of ['0 0 * * 7', '60 * * * *', '0 24 * * *', '0 0 0 * *', '0 0 * 13 *', '* * * *', '@fortnightly', '0 0 * * FUNDAY'])
			expect(cronProblem(s), s).not.toBeNull();
	});
});

describe('k8s-name-format and k8s-port-range details', () => {
	const rulesOf = (text: string) => validateYaml(text).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.severity}:${d.rule}`);
	const svc = (spec: string, name = 'web') => `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}}\nspec: ${spec}\n`;
	it('object, container and port names, label keys and values', () => {
		expect(rulesOf(DEP('').replace('name: web}', 'name: web.v2}'))).toEqual([]); // dots are fine in a Deployment name
		expect(rulesOf(svc('{ports: [{port: 80}]}', 'web.v2'))).toEqual(['error:k8s-name-format']); // not in a Service name
		expect(rulesOf(svc('{ports: [{port: 80}]}', '1web'))).toEqual(['error:k8s-name-format']);
		expect(rulesOf(DEP('').replace('- name: web', '- name: Web')).filter((r) => r.includes('name-format'))).toEqual(['error:k8s-name-format']);
		expect(rulesOf(DEP('          ports: [{name: http-metrics-port, containerPort: 80}]'))).toEqual(['error:k8s-name-format']); // > 15
		expect(rulesOf(DEP('          ports: [{name: metrics, containerPort: 80}]'))).toEqual([]);
		expect(rulesOf(DEP('').replace(/app: web\}/g, 'app: my web}'))).toContain('error:k8s-name-format');
		expect(rulesOf(DEP('').replace('labels: {app: web}', 'labels: {app: web, app.kubernetes.io/part-of: shop_v1.2}'))).toEqual([]);
		expect(rulesOf(`apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: ${'a'.repeat(53)}}\nspec: {schedule: "@daily", jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: a, image: "busybox:1"}]}}}}}\n`)).toContain('error:k8s-name-format');
	});
	it('ports are 1-65535; nodePort needs NodePort/LoadBalancer and warns outside 30000-32767', () => {
		expect(rulesOf(svc('{selector: {app: web}, ports: [{port: 80, targetPort: 0}]}'))).toEqual(['error:k8s-port-range']);
		expect(rulesOf(svc('{selector: {app: web}, ports: [{port: 80, targetPort: http}]}'))).toEqual([]);
		expect(rulesOf(svc('{selector: {app: web}, ports: [{port: 80, nodePort: 30080}]}'))).toEqual(['error:k8s-port-range']);
		expect(rulesOf(svc('{type: NodePort, selector: {app: web}, ports: [{port: 80, nodePort: 30080}]}'))).toEqual([]);
		expect(rulesOf(svc('{type: NodePort, selector: {app: web}, ports: [{port: 80, nodePort: 8080}]}'))).toEqual(['warning:k8s-port-range']);
		expect(rulesOf(DEP('          ports: [{containerPort: 80, hostPort: 0}]'))).toEqual([]);
	});
});

describe('compose-depends-on-cycle and compose-value-format details', () => {
	const rulesOf = (text: string) => validateYaml(text).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.severity}:${d.rule}@${d.line}`);
	const svc = (body: string) => `services:\n  a:\n    image: x:1\n${body}`;
	it('a cycle is reported once, at the edge that closes it; a chain or a diamond is no cycle', () => {
		const three = 'services:\n  a: {image: "x:1", depends_on: [b]}\n  b: {image: "x:1", depends_on: [c]}\n  c: {image: "x:1", depends_on: [a]}\n';
		expect(rulesOf(three)).toEqual(['error:compose-depends-on-cycle@4']);
		expect(validateYaml(three).diagnostics[0].message).toBe('dependency cycle: a → b → c → a');
		expect(rulesOf('services:\n  a: {image: "x:1", depends_on: [a]}\n')).toEqual(['error:compose-depends-on-cycle@2']);
		const diamond = 'services:\n  a: {image: "x:1", depends_on: [b, c]}\n  b: {image: "x:1", depends_on: [d]}\n  c: {image: "x:1", depends_on: [d]}\n  d: {image: "x:1"}\n';
		expect(rulesOf(diamond)).toEqual([]);
	});
	it('durations, whole numbers and short volume specs as compose-go reads them', () => {
		for (const ok of ['1m30s', '500ms', '1.5h', '0', '${INTERVAL:-10s}']) expect(rulesOf(svc(`    stop_grace_period: ${JSON.stringify(ok)}\n`)), ok).toEqual([]);
		for (const bad of ['10', '1d', '10 s', 'ten seconds']) expect(rulesOf(svc(`    stop_grace_period: ${JSON.stringify(bad)}\n`)), bad).toEqual(['error:compose-value-format@4']);
		expect(rulesOf(svc('    deploy:\n      replicas: "3"\n'))).toEqual([]);
		expect(rulesOf(svc('    deploy:\n      replicas: three\n'))).toEqual(['error:compose-value-format@5']);
		const vol = (v: string) => rulesOf(svc(`    volumes:\n      - ${JSON.stringify(v)}\n`));
		for (const ok of ['./data:/data:ro', 'C:\\data:/data', '/etc/tz:/etc/tz:ro,z', '${DATA_DIR}:/data:rw', '/data']) expect(vol(ok), ok).toEqual([]);
		expect(vol('./data:/data:rww')).toEqual(['warning:compose-value-format@5']);
		expect(vol('./data:/data:ro:z')).toEqual(['error:compose-value-format@5']);
		expect(vol('./data::/data')).toEqual(['error:compose-value-format@5']);
	});
});

describe('image references', () => {
	it('accepts what docker accepts and names what is wrong otherwise', () => {
		const valid = ['busybox', 'localhost:5000/app', 'ghcr.io/owner/repo@sha256:' + 'a'.repeat(64), 'my_registry/app', '[::1]:5000/app', 'Registry.Example.com/app', 'bitnami/postgresql:16.3.0-debian-12-r14', 'nginx:1.25@sha256:' + 'b'.repeat(64)];
		for (const image of valid) expect(imageReferenceProblem(image), image).toBeNull();
		expect(imageReferenceProblem('MyOrg/app')).toBe('repository names must be lower-case');
		expect(imageReferenceProblem('nginx:1.25:alpine')).toBe('more than one ":" after the name');
		expect(imageReferenceProblem('nginx: 1.25')).toBe('it contains a space');
		for (const image of ['nginx:', ':1.25', 'nginx@sha256:xyz', '-nginx', 'a//b']) expect(imageReferenceProblem(image), image).not.toBeNull();
	});
});
