import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asObj, parseQuantity, podContainers } from '../util';
import { subjectParticle } from '../../i18n/particle';

const rule = defineRule({
	id: 'k8s-requests-exceed-limits',
	target: 'kubernetes',
	severity: 'error',
	description: 'A container resource request larger than its limit is rejected by the API server (quantities compared with units: m, Ki, Mi, Gi, k, M, G…).',
	remediation: 'Lower the request or raise the limit so that requests ≤ limits (remember 1 = 1000m, 1Gi = 1024Mi, 1G = 1000M).',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const { obj, c } of podContainers(ctx.objects)) {
			const res = asObj(c.container.resources);
			const requests = asObj(res.requests);
			const limits = asObj(res.limits);
			for (const [name, req] of Object.entries(requests)) {
				if (!(name in limits)) continue;
				const r = parseQuantity(req);
				const l = parseQuantity(limits[name]);
				if (r === null || l === null || r <= l * (1 + 1e-12)) continue;
				out.push(
					report(
						rule,
						ctx,
						obj.doc,
						[...c.path, 'resources', 'requests', name],
						`container ${String(c.container.name ?? '')}: ${name} request ${String(req)} is more than its limit ${String(limits[name])}`,
						`컨테이너 ${String(c.container.name ?? '')}: ${name} 요청(requests) ${String(req)}${subjectParticle(String(String(req)))} 제한(limits) ${String(limits[name])}보다 큽니다`
					)
				);
			}
		}
		return out;
	}
});
export default rule;
