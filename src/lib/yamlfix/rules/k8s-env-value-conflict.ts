import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asArr, asObj, isObj, podContainers } from '../util';

const rule = defineRule({
	id: 'k8s-env-value-conflict',
	target: 'kubernetes',
	severity: 'error',
	description: 'An env entry takes either value or valueFrom, not both: the API server refuses the pair.',
	remediation: 'Keep value for a literal, or valueFrom for a ConfigMap/Secret/field reference.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const { obj, c } of podContainers(ctx.objects)) {
			asArr(c.container.env).forEach((e, i) => {
				const env = asObj(e);
				if (typeof env.value === 'string' && env.value !== '' && isObj(env.valueFrom))
					out.push(report(rule, ctx, obj.doc, [...c.path, 'env', i, 'valueFrom'],
						`container ${String(c.container.name ?? '')}: env ${String(env.name ?? '')} has both value and valueFrom`,
						`컨테이너 ${String(c.container.name ?? '')}: 환경 변수 ${String(env.name ?? '')}에 value와 valueFrom이 함께 있습니다`, { atKey: true }));
			});
		}
		return out;
	}
});
export default rule;
