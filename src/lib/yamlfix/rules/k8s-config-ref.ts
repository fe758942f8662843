import { defineRule, report } from '../report';
import type { YamlDiagnostic, YamlPath } from '../types';
import { asArr, asObj, containersOf, isObj, namespacesDiffer, podSpecOf, suggest, type PodSpecRef } from '../util';
import { subjectParticle } from '../../i18n/particle';

export interface PodReference {
	kind: 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim';
	name: string;
	key?: string;
	optional: boolean;
	/** Path of the name field. */
	path: YamlPath;
	keyPath?: YamlPath;
}

/** ConfigMaps, Secrets and PVCs a pod spec refers to by name. */
export function podReferences(pod: PodSpecRef): PodReference[] {
	const out: PodReference[] = [];
	asArr(pod.spec.volumes).forEach((v, i) => {
		const vol = asObj(v);
		const base = [...pod.path, 'volumes', i];
		const cm = asObj(vol.configMap);
		if (typeof cm.name === 'string') out.push({ kind: 'ConfigMap', name: cm.name, optional: cm.optional === true, path: [...base, 'configMap', 'name'] });
		const sec = asObj(vol.secret);
		if (typeof sec.secretName === 'string') out.push({ kind: 'Secret', name: sec.secretName, optional: sec.optional === true, path: [...base, 'secret', 'secretName'] });
		const pvc = asObj(vol.persistentVolumeClaim);
		if (typeof pvc.claimName === 'string') out.push({ kind: 'PersistentVolumeClaim', name: pvc.claimName, optional: false, path: [...base, 'persistentVolumeClaim', 'claimName'] });
	});
	for (const c of containersOf(pod)) {
		asArr(c.container.env).forEach((e, i) => {
			const from = asObj(asObj(e).valueFrom);
			for (const [field, kind] of [['configMapKeyRef', 'ConfigMap'], ['secretKeyRef', 'Secret']] as const) {
				const ref = asObj(from[field]);
				if (typeof ref.name !== 'string') continue;
				const base = [...c.path, 'env', i, 'valueFrom', field];
				out.push({ kind, name: ref.name, key: typeof ref.key === 'string' ? ref.key : undefined, optional: ref.optional === true, path: [...base, 'name'], keyPath: [...base, 'key'] });
			}
		});
		asArr(c.container.envFrom).forEach((e, i) => {
			for (const [field, kind] of [['configMapRef', 'ConfigMap'], ['secretRef', 'Secret']] as const) {
				const ref = asObj(asObj(e)[field]);
				if (typeof ref.name === 'string') out.push({ kind, name: ref.name, optional: ref.optional === true, path: [...c.path, 'envFrom', i, field, 'name'] });
			}
		});
	}
	return out;
}

const rule = defineRule({
	id: 'k8s-config-ref',
	target: 'kubernetes',
	severity: 'warning',
	description: 'A pod refers to a ConfigMap, Secret (or one of its keys) that the file does not define, while the file does define objects of that kind; the pod would not start.',
	remediation: 'Use the metadata.name of the ConfigMap/Secret and a key that exists in its data (or mark the reference optional: true).',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const obj of ctx.objects) {
			const pod = podSpecOf(obj);
			if (!pod) continue;
			for (const ref of podReferences(pod)) {
				if (ref.kind === 'PersistentVolumeClaim' || ref.optional) continue;
				const all = ctx.objects.filter((o) => o.kind === ref.kind && !namespacesDiffer(o.namespace, obj.namespace));
				if (all.length === 0) continue;
				const target = all.find((o) => o.name === ref.name);
				if (!target) {
					if (ctx.objects.some((o) => o.kind === ref.kind && o.name === ref.name)) continue; // other namespace: k8s-namespace-mismatch
					const guess = suggest(ref.name, all.map((o) => o.name));
					out.push(report(rule, ctx, obj.doc, ref.path,
						`${ref.kind} "${ref.name}" is not defined in this file${guess ? ` (did you mean ${guess}?)` : ''}`,
						`${ref.kind} "${ref.name}"${subjectParticle(String(ref.name))} 이 파일에 없습니다${guess ? ` (${guess}의 오타인가요?)` : ''}`));
					continue;
				}
				if (ref.key === undefined || !ref.keyPath) continue;
				const keys = [...Object.keys(asObj(target.value.data)), ...Object.keys(asObj(target.value.binaryData)), ...Object.keys(asObj(target.value.stringData))];
				if (!isObj(target.value.data) && !isObj(target.value.stringData) && !isObj(target.value.binaryData)) continue;
				if (keys.includes(ref.key)) continue;
				const guess = suggest(ref.key, keys);
				out.push(report(rule, ctx, obj.doc, ref.keyPath,
					`${ref.kind} ${ref.name} has no key "${ref.key}" (keys: ${keys.join(', ') || 'none'})${guess ? `; did you mean ${guess}?` : ''}`,
					`${ref.kind} ${ref.name}에 "${ref.key}" 키가 없습니다 (있는 키: ${keys.join(', ') || '없음'})`));
			}
		}
		return out;
	}
});
export default rule;
