import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { containersOf, podSpecOf } from '../util';
import { subjectParticle } from '../../i18n/particle';

const LONG_RUNNING = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

const rule = defineRule({
	id: 'k8s-probes-missing',
	target: 'kubernetes',
	severity: 'info',
	description: 'A long-running container has no readinessProbe or livenessProbe, so Kubernetes cannot tell when it is ready or stuck.',
	remediation: 'Add a readinessProbe (and usually a livenessProbe), e.g. httpGet: {path: /healthz, port: 8080}.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const obj of ctx.objects) {
			if (!LONG_RUNNING.has(obj.kind)) continue;
			const pod = podSpecOf(obj);
			if (!pod) continue;
			for (const c of containersOf(pod)) {
				if (c.init) continue;
				const missing = ['readinessProbe', 'livenessProbe'].filter((p) => !c.container[p]);
				if (missing.length === 0) continue;
				out.push(report(rule, ctx, obj.doc, [...c.path, 'name'],
					`container ${String(c.container.name ?? '')} has no ${missing.join(' or ')}`,
					`컨테이너 ${String(c.container.name ?? '')}에 ${missing.join(', ')}${subjectParticle(String(missing.join(', ')))} 없습니다`));
			}
		}
		return out;
	}
});
export default rule;
