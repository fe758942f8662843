import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { containersOf, podSpecOf } from '../util';
import { subjectParticle } from '../../i18n/particle';

const rule = defineRule({
	id: 'k8s-container-name-duplicate',
	target: 'kubernetes',
	severity: 'error',
	description: 'Container names must be unique within a pod (init containers included): the API server refuses a duplicate.',
	remediation: 'Give each container of the pod its own name.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const obj of ctx.objects) {
			const pod = podSpecOf(obj);
			if (!pod) continue;
			const seen = new Set<string>();
			for (const c of containersOf(pod)) {
				const name = c.container.name;
				if (typeof name !== 'string') continue;
				if (seen.has(name))
					out.push(report(rule, ctx, obj.doc, [...c.path, 'name'], `${obj.kind} ${obj.name}: container name "${name}" is used twice in the pod`, `${obj.kind} ${obj.name}: 컨테이너 이름 "${name}"${subjectParticle(String(name))} 파드 안에서 두 번 쓰였습니다`));
				seen.add(name);
			}
		}
		return out;
	}
});
export default rule;
