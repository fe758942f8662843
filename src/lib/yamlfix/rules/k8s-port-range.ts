import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asArr, asObj, isCoreService, podContainers } from '../util';
import { topicParticle } from '../../i18n/particle';

const inRange = (n: number) => Number.isInteger(n) && n >= 1 && n <= 65535;

const rule = defineRule({
	id: 'k8s-port-range',
	target: 'kubernetes',
	severity: 'error',
	description:
		'Port numbers are 1-65535; a Service nodePort needs type NodePort or LoadBalancer and is taken from 30000-32767 unless the cluster was set up with another range.',
	remediation: 'Use a port between 1 and 65535; set type: NodePort for a nodePort, and pick it from 30000-32767 (or leave it out).',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const { obj, c } of podContainers(ctx.objects)) {
			asArr(c.container.ports).forEach((p, i) => {
				for (const field of ['containerPort', 'hostPort'] as const) {
					const n = asObj(p)[field];
					// hostPort 0 means "no host port".
					if (typeof n !== 'number' || (field === 'hostPort' && n === 0) || inRange(n)) continue;
					out.push(report(rule, ctx, obj.doc, [...c.path, 'ports', i, field], `${field} ${n} is not a port number (1-65535)`, `${field} ${n}은(는) 포트 번호가 아닙니다 (1-65535)`));
				}
			});
		}
		for (const obj of ctx.objects) {
			if (!isCoreService(obj)) continue;
			const spec = asObj(obj.value.spec);
			const type = typeof spec.type === 'string' ? spec.type : 'ClusterIP';
			asArr(spec.ports).forEach((p, i) => {
				const port = asObj(p);
				const at = (field: string) => [...obj.path, 'spec', 'ports', i, field];
				for (const field of ['port', 'targetPort', 'nodePort'] as const) {
					const n = port[field];
					if (typeof n === 'number' && !inRange(n))
						out.push(report(rule, ctx, obj.doc, at(field), `Service ${obj.name}: ${field} ${n} is not a port number (1-65535)`, `Service ${obj.name}: ${field} ${n}은(는) 포트 번호가 아닙니다 (1-65535)`));
				}
				const nodePort = port.nodePort;
				if (typeof nodePort !== 'number' || !inRange(nodePort)) return;
				if (type !== 'NodePort' && type !== 'LoadBalancer')
					out.push(report(rule, ctx, obj.doc, at('nodePort'), `Service ${obj.name}: nodePort needs type NodePort or LoadBalancer (type is ${type})`, `Service ${obj.name}: nodePort는 type이 NodePort 또는 LoadBalancer일 때만 쓸 수 있습니다 (지금은 ${type})`));
				else if (nodePort < 30000 || nodePort > 32767)
					out.push(report(rule, ctx, obj.doc, at('nodePort'), `Service ${obj.name}: nodePort ${nodePort} is outside the default range 30000-32767`, `Service ${obj.name}: nodePort ${nodePort}${topicParticle(String(nodePort))} 기본 범위 30000-32767 밖입니다`, { severity: 'warning' }));
			});
		}
		return out;
	}
});
export default rule;
