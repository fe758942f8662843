import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { isObj, podContainers } from '../util';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];

const rule = defineRule({
	id: 'k8s-probe-handler',
	target: 'kubernetes',
	severity: 'error',
	description: 'A probe must say how to check the container: exactly one of exec, httpGet, tcpSocket or grpc.',
	remediation: 'Add one handler, e.g. httpGet: {path: /healthz, port: 8080} or tcpSocket: {port: 5432}, and keep only one.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const { obj, c } of podContainers(ctx.objects)) {
			for (const probe of PROBES) {
				const p = c.container[probe];
				if (!isObj(p)) continue;
				const present = HANDLERS.filter((h) => isObj(p[h]));
				if (present.length === 1) continue;
				out.push(
					report(
						rule,
						ctx,
						obj.doc,
						[...c.path, probe],
						present.length === 0
							? `${probe} of container ${String(c.container.name ?? '')} has no handler: add exec, httpGet, tcpSocket or grpc`
							: `${probe} of container ${String(c.container.name ?? '')} has more than one handler (${present.join(', ')}): keep one`,
						present.length === 0
							? `컨테이너 ${String(c.container.name ?? '')}의 ${probe}에 검사 방법이 없습니다. exec, httpGet, tcpSocket, grpc 중 하나를 추가하세요`
							: `컨테이너 ${String(c.container.name ?? '')}의 ${probe}에 검사 방법이 여러 개입니다 (${present.join(', ')}). 하나만 남기세요`,
						{ atKey: true }
					)
				);
			}
		}
		return out;
	}
});
export default rule;
