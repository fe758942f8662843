import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asArr, asObj, podContainers } from '../util';
import { subjectParticle } from '../../i18n/particle';

const rule = defineRule({
	id: 'k8s-env-duplicate',
	target: 'kubernetes',
	severity: 'warning',
	description: 'The same environment variable name is set twice in one container; only the last value takes effect.',
	remediation: 'Keep one env entry per name.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const { obj, c } of podContainers(ctx.objects)) {
			const seen = new Set<string>();
			asArr(c.container.env).forEach((e, i) => {
				const name = asObj(e).name;
				if (typeof name !== 'string') return;
				if (seen.has(name)) {
					out.push(report(rule, ctx, obj.doc, [...c.path, 'env', i, 'name'],
						`container ${String(c.container.name ?? '')}: env ${name} is defined more than once`,
						`컨테이너 ${String(c.container.name ?? '')}: 환경 변수 ${name}${subjectParticle(String(name))} 여러 번 정의되었습니다`));
				}
				seen.add(name);
			});
		}
		return out;
	}
});
export default rule;
