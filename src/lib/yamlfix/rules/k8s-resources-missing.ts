import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asObj, podContainers } from '../util';

const rule = defineRule({
	id: 'k8s-resources-missing',
	target: 'kubernetes',
	severity: 'info',
	description: 'A container sets no resource requests/limits, so the scheduler cannot place it well and it may starve its neighbours.',
	remediation: 'Add resources.requests (cpu, memory) and a memory limit.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const { obj, c } of podContainers(ctx.objects)) {
			const res = asObj(c.container.resources);
			if (Object.keys(asObj(res.requests)).length || Object.keys(asObj(res.limits)).length) continue;
			out.push(report(rule, ctx, obj.doc, [...c.path, 'name'],
				`container ${String(c.container.name ?? '')} has no resource requests or limits`,
				`컨테이너 ${String(c.container.name ?? '')}에 리소스 requests/limits가 없습니다`));
		}
		return out;
	}
});
export default rule;
