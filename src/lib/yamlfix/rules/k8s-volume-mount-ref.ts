import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asArr, asObj, containersOf, podSpecOf, suggest } from '../util';
import { subjectParticle } from '../../i18n/particle';

const rule = defineRule({
	id: 'k8s-volume-mount-ref',
	target: 'kubernetes',
	severity: 'error',
	description: 'A volumeMount names a volume that the pod does not define (spec.volumes, or volumeClaimTemplates of a StatefulSet).',
	remediation: 'Add the volume under spec.volumes (or volumeClaimTemplates) or fix the name in volumeMounts.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const obj of ctx.objects) {
			const pod = podSpecOf(obj);
			if (!pod) continue;
			const names = asArr(pod.spec.volumes).map((v) => asObj(v).name).filter((n): n is string => typeof n === 'string');
			if (obj.kind === 'StatefulSet')
				for (const t of asArr(asObj(obj.value.spec).volumeClaimTemplates)) {
					const n = asObj(asObj(t).metadata).name;
					if (typeof n === 'string') names.push(n);
				}
			for (const c of containersOf(pod)) {
				asArr(c.container.volumeMounts).forEach((m, i) => {
					const name = asObj(m).name;
					if (typeof name !== 'string' || names.includes(name)) return;
					const guess = suggest(name, names);
					out.push(report(rule, ctx, obj.doc, [...c.path, 'volumeMounts', i, 'name'],
						`container ${String(c.container.name ?? '')} mounts volume "${name}" which is not defined in the pod's volumes${guess ? ` (did you mean ${guess}?)` : ''}`,
						`컨테이너 ${String(c.container.name ?? '')}${subjectParticle(String(String(c.container.name ?? '')))} 마운트하는 볼륨 "${name}"${subjectParticle(String(name))} 파드의 volumes에 정의되지 않았습니다${guess ? ` (${guess}의 오타인가요?)` : ''}`));
				});
			}
		}
		return out;
	}
});
export default rule;
