import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asObj, isObj, podSpecOf, selectorMatches, suggest, type PodSpecRef } from '../util';

function show(labels: Record<string, unknown>): string {
	return Object.entries(labels).map(([k, v]) => `${k}: ${String(v)}`).join(', ');
}

const rule = defineRule({
	id: 'k8s-service-selector-matches-pod',
	target: 'kubernetes',
	severity: 'error',
	description: 'A Service whose selector matches no pod template in the file sends traffic nowhere (checked only when the file defines workloads).',
	remediation: 'Copy the pod template labels (spec.template.metadata.labels) into the Service spec.selector.',
	check(ctx) {
		const pods = ctx.objects.map(podSpecOf).filter((p): p is PodSpecRef => p !== null);
		if (pods.length === 0) return [];
		const out: YamlDiagnostic[] = [];
		for (const obj of ctx.objects) {
			if (obj.kind !== 'Service') continue;
			const spec = asObj(obj.value.spec);
			const selector = spec.selector;
			if (!isObj(selector) || Object.keys(selector).length === 0 || spec.type === 'ExternalName') continue;
			if (pods.some((p) => selectorMatches(selector, p.labels))) continue;
			// Point at the first selector entry no pod has, and suggest a value pods do have.
			const missing = Object.entries(selector).find(([k, v]) => !pods.some((p) => p.labels[k] === String(v)));
			const key = missing?.[0] ?? Object.keys(selector)[0];
			const values = [...new Set(pods.map((p) => p.labels[key]).filter((v): v is string => v !== undefined))];
			const guess = missing ? suggest(String(missing[1]), values) ?? (values.length === 1 ? values[0] : undefined) : undefined;
			const known = pods.map((p) => `{${show(p.labels)}}`).slice(0, 3).join(' ');
			out.push(
				report(
					rule,
					ctx,
					obj.doc,
					[...obj.path, 'spec', 'selector', key],
					`Service ${obj.name}: selector {${show(selector)}} matches no pod template in this file (pod labels: ${known})${guess ? `; did you mean ${key}: ${guess}?` : ''}`,
					`Service ${obj.name}: selector {${show(selector)}}와 일치하는 파드 템플릿이 이 파일에 없습니다 (파드 레이블: ${known})${guess ? ` — ${key}: ${guess}가 맞나요?` : ''}`
				)
			);
		}
		return out;
	}
});
export default rule;
