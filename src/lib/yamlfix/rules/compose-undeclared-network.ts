import { composeServices, topLevelNames } from '../compose-util';
import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { hasInterpolation, isObj, suggest } from '../util';
import { subjectParticle } from '../../i18n/particle';

const rule = defineRule({
	id: 'compose-undeclared-network',
	target: 'compose',
	severity: 'error',
	description: 'A service joins a network that is not declared under the top-level networks: key (only "default" is implicit).',
	remediation: 'Declare it at the top level: networks: { name: {} }, or fix the name.',
	check(ctx) {
		// an included file (include:) may declare it: its top-level networks join this model
		if (!ctx.compose || ctx.compose.value.include !== undefined) return [];
		const declared = topLevelNames(ctx, 'networks') ?? new Set<string>();
		const out: YamlDiagnostic[] = [];
		for (const { name, svc, path } of composeServices(ctx)) {
			const nets = Array.isArray(svc.networks) ? svc.networks.map((n, i) => [n, i] as const) : isObj(svc.networks) ? Object.keys(svc.networks).map((n) => [n, n] as const) : [];
			for (const [net, key] of nets) {
				if (typeof net !== 'string' || net === 'default' || declared.has(net) || hasInterpolation(net)) continue;
				const guess = suggest(net, declared);
				out.push(report(rule, ctx, ctx.compose!.doc, [...path, 'networks', key],
					`service ${name} uses network "${net}" which is not declared under the top-level networks:${guess ? ` (did you mean ${guess}?)` : ''}`,
					`서비스 ${name}${subjectParticle(String(name))} 쓰는 네트워크 "${net}"${subjectParticle(String(net))} 최상위 networks:에 선언되지 않았습니다${guess ? ` (${guess}의 오타인가요?)` : ''}`,
					{ atKey: typeof key === 'string' }));
			}
		}
		return out;
	}
});
export default rule;
