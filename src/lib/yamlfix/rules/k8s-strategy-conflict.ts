import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asObj, isObj } from '../util';

/** Where each workload keeps its strategy, and the type that takes no rollingUpdate settings. */
const STRATEGY: Record<string, [field: string, noRolling: string]> = {
	Deployment: ['strategy', 'Recreate'],
	DaemonSet: ['updateStrategy', 'OnDelete'],
	StatefulSet: ['updateStrategy', 'OnDelete']
};

const rule = defineRule({
	id: 'k8s-strategy-conflict',
	target: 'kubernetes',
	severity: 'error',
	description: 'rollingUpdate settings may only be given with the RollingUpdate strategy type; the API server refuses them with Recreate or OnDelete.',
	remediation: 'Remove rollingUpdate, or set the type to RollingUpdate.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const obj of ctx.objects) {
			const entry = STRATEGY[obj.kind];
			if (!entry || !obj.apiVersion.startsWith('apps/')) continue;
			const [field, noRolling] = entry;
			const strategy = asObj(asObj(obj.value.spec)[field]);
			if (strategy.type === noRolling && isObj(strategy.rollingUpdate))
				out.push(report(rule, ctx, obj.doc, [...obj.path, 'spec', field, 'rollingUpdate'],
					`${obj.kind} ${obj.name}: rollingUpdate cannot be set when ${field}.type is ${noRolling}`,
					`${obj.kind} ${obj.name}: ${field}.type이 ${noRolling}이면 rollingUpdate를 쓸 수 없습니다`, { atKey: true }));
		}
		return out;
	}
});
export default rule;
