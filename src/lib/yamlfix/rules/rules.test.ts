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
