import { defineRule, report } from '../report';
import type { KubeObject, YamlDiagnostic, YamlPath } from '../types';
import { asArr, asObj, isCoreService, namespacesDiffer, suggest } from '../util';
import { subjectParticle } from '../../i18n/particle';

/** Every service backend of an Ingress (networking.k8s.io/v1 shape) with its path. */
export function ingressBackends(obj: KubeObject): { name: string; port: Record<string, unknown>; path: YamlPath }[] {
	const spec = asObj(obj.value.spec);
	const out: { name: string; port: Record<string, unknown>; path: YamlPath }[] = [];
	const add = (backend: unknown, path: YamlPath) => {
		const svc = asObj(asObj(backend).service);
		if (typeof svc.name === 'string') out.push({ name: svc.name, port: asObj(svc.port), path: [...path, 'service'] });
	};
	add(spec.defaultBackend, [...obj.path, 'spec', 'defaultBackend']);
	asArr(spec.rules).forEach((r, i) =>
		asArr(asObj(asObj(r).http).paths).forEach((p, j) => add(asObj(p).backend, [...obj.path, 'spec', 'rules', i, 'http', 'paths', j, 'backend']))
	);
	return out;
}

const rule = defineRule({
	id: 'k8s-ingress-backend',
	target: 'kubernetes',
	severity: 'warning',
	description: 'An Ingress backend names a Service (and port) that the file does not define (checked only when the file defines Services).',
	remediation: 'Use the metadata.name of the Service and one of its ports (number or name).',
	check(ctx) {
		const services = ctx.objects.filter(isCoreService);
		if (services.length === 0) return [];
		const out: YamlDiagnostic[] = [];
		for (const obj of ctx.objects) {
			if (obj.kind !== 'Ingress') continue;
			for (const b of ingressBackends(obj)) {
				const candidates = services.filter((s) => !namespacesDiffer(s.namespace, obj.namespace));
				const svc = services.find((s) => s.name === b.name);
				if (!svc) {
					const guess = suggest(b.name, candidates.map((s) => s.name));
					out.push(
						report(rule, ctx, obj.doc, [...b.path, 'name'],
							`Ingress ${obj.name}: backend service "${b.name}" is not defined in this file${guess ? ` (did you mean ${guess}?)` : ''}`,
							`Ingress ${obj.name}: 백엔드 서비스 "${b.name}"${subjectParticle(String(b.name))} 이 파일에 없습니다${guess ? ` (${guess}의 오타인가요?)` : ''}`)
					);
					continue;
				}
				const ports = asArr(asObj(svc.value.spec).ports).map(asObj);
				if (typeof b.port.number === 'number' && ports.length && !ports.some((p) => p.port === b.port.number)) {
					out.push(
						report(rule, ctx, obj.doc, [...b.path, 'port', 'number'],
							`Ingress ${obj.name}: service ${b.name} has no port ${b.port.number} (ports: ${ports.map((p) => String(p.port)).join(', ')})`,
							`Ingress ${obj.name}: 서비스 ${b.name}에 ${b.port.number} 포트가 없습니다 (포트: ${ports.map((p) => String(p.port)).join(', ')})`)
					);
				} else if (typeof b.port.name === 'string' && ports.length && !ports.some((p) => p.name === b.port.name)) {
					out.push(
						report(rule, ctx, obj.doc, [...b.path, 'port', 'name'],
							`Ingress ${obj.name}: service ${b.name} has no port named ${b.port.name}`,
							`Ingress ${obj.name}: 서비스 ${b.name}에 ${b.port.name}라는 이름의 포트가 없습니다`)
					);
				}
			}
		}
		return out;
	}
});
export default rule;
