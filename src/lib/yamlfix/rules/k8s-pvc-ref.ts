import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { namespacesDiffer, podSpecOf, suggest } from '../util';
import { podReferences } from './k8s-config-ref';
import { subjectParticle } from '../../i18n/particle';

const rule = defineRule({
	id: 'k8s-pvc-ref',
	target: 'kubernetes',
	severity: 'warning',
	description: 'A volume uses a PersistentVolumeClaim (claimName) that the file does not define, while the file does define PVCs; the pod would stay Pending.',
	remediation: 'Set persistentVolumeClaim.claimName to the metadata.name of the PVC.',
	check(ctx) {
		const pvcs = ctx.objects.filter((o) => o.kind === 'PersistentVolumeClaim');
		if (pvcs.length === 0) return [];
		const out: YamlDiagnostic[] = [];
		for (const obj of ctx.objects) {
			const pod = podSpecOf(obj);
			if (!pod) continue;
			for (const ref of podReferences(pod)) {
				if (ref.kind !== 'PersistentVolumeClaim' || pvcs.some((p) => p.name === ref.name)) continue;
				const guess = suggest(ref.name, pvcs.filter((p) => !namespacesDiffer(p.namespace, obj.namespace)).map((p) => p.name));
				out.push(report(rule, ctx, obj.doc, ref.path,
					`PersistentVolumeClaim "${ref.name}" is not defined in this file${guess ? ` (did you mean ${guess}?)` : ''}`,
					`PersistentVolumeClaim "${ref.name}"${subjectParticle(String(ref.name))} 이 파일에 없습니다${guess ? ` (${guess}의 오타인가요?)` : ''}`));
			}
		}
		return out;
	}
});
export default rule;
