import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asArr, asObj, asStr, isObj, podSpecOf } from '../util';

const KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

function show(labels: Record<string, unknown>): string {
	const e = Object.entries(labels);
	return e.length ? e.map(([k, v]) => `${k}=${String(v)}`).join(', ') : '(none)';
}

const rule = defineRule({
	id: 'k8s-selector-matches-template',
	target: 'kubernetes',
	severity: 'error',
	description: 'spec.selector of a Deployment/ReplicaSet/StatefulSet/DaemonSet must match the labels of its pod template, or the API server rejects it.',
	remediation: 'Make spec.selector.matchLabels a subset of spec.template.metadata.labels (same keys and values).',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const obj of ctx.objects) {
			if (!KINDS.has(obj.kind) && !(obj.kind === 'Job' && asObj(obj.value.spec).manualSelector === true)) continue;
			const selector = asObj(obj.value.spec).selector;
			const pod = podSpecOf(obj);
			if (!isObj(selector) || !pod) continue;
			const labels = pod.labels;
			const problems: string[] = [];
			for (const [k, v] of Object.entries(asObj(selector.matchLabels))) {
				if (labels[k] !== asStr(v)) problems.push(`${k}=${String(v)}`);
			}
			for (const expr of asArr(selector.matchExpressions)) {
				const e = asObj(expr);
				const key = String(e.key ?? '');
				const values = asArr(e.values).map(String);
				const has = key in labels;
				const ok =
					e.operator === 'In' ? has && values.includes(labels[key]) :
					e.operator === 'NotIn' ? !has || !values.includes(labels[key]) :
					e.operator === 'Exists' ? has :
					e.operator === 'DoesNotExist' ? !has : true;
				if (!ok) problems.push(`${key} ${String(e.operator)} ${values.join(',')}`.trim());
			}
			if (problems.length) {
				out.push(
					report(
						rule,
						ctx,
						obj.doc,
						[...obj.path, 'spec', 'selector'],
						`${obj.kind} ${obj.name}: selector ${problems.join(', ')} does not match the pod template labels (${show(labels)})`,
						`${obj.kind} ${obj.name}: selector(${problems.join(', ')})가 파드 템플릿 레이블(${show(labels)})과 일치하지 않습니다`
					)
				);
			}
		}
		return out;
	}
});
export default rule;
