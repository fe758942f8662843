import { composeServices } from '../compose-util';
import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { isObj, suggest } from '../util';
import { topicParticle } from '../../i18n/particle';

/** depends_on entries of a service as [service name, path key]. */
export function dependsOn(svc: Record<string, unknown>): [string, string | number][] {
	const d = svc.depends_on;
	if (Array.isArray(d)) return d.flatMap((n, i) => (typeof n === 'string' ? [[n, i] as [string, number]] : []));
	if (isObj(d)) return Object.keys(d).map((n) => [n, n]);
	return [];
}

const rule = defineRule({
	id: 'compose-depends-on-unknown',
	target: 'compose',
	severity: 'error',
	description: 'depends_on names a service that the file does not define.',
	remediation: 'Use the name of a service under services: (the key, not the container_name).',
	check(ctx) {
		if (!ctx.compose || ctx.compose.value.include !== undefined) return [];
		const services = composeServices(ctx);
		const names = new Set(services.map((s) => s.name));
		const out: YamlDiagnostic[] = [];
		for (const { name, svc, path } of services) {
			if (svc.extends !== undefined) continue;
			for (const [dep, key] of dependsOn(svc)) {
				if (names.has(dep)) continue;
				const guess = suggest(dep, names);
				out.push(report(rule, ctx, ctx.compose.doc, [...path, 'depends_on', key],
					`service ${name} depends on "${dep}", which is not a service in this file${guess ? ` (did you mean ${guess}?)` : ''}`,
					`서비스 ${name}의 depends_on "${dep}"${topicParticle(String(dep))} 이 파일에 없는 서비스입니다${guess ? ` (${guess}의 오타인가요?)` : ''}`,
					{ atKey: typeof key === 'string' }));
			}
		}
		return out;
	}
});
export default rule;
