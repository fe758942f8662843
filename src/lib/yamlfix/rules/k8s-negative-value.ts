import { defineRule, report } from '../report';
import type { YamlDiagnostic, YamlPath } from '../types';
import { BUILTIN_GROUPS, apiGroup, asObj, podSpecOf } from '../util';

/** Counts and durations the API server requires to be 0 or more, by where they live. */
const SPEC_FIELDS = ['replicas', 'minReadySeconds', 'revisionHistoryLimit', 'progressDeadlineSeconds', 'parallelism', 'completions', 'backoffLimit', 'activeDeadlineSeconds', 'ttlSecondsAfterFinished', 'startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit'];
const POD_FIELDS = ['terminationGracePeriodSeconds', 'activeDeadlineSeconds'];

const rule = defineRule({
	id: 'k8s-negative-value',
	target: 'kubernetes',
	severity: 'error',
	description: 'Counts and durations such as replicas, backoffLimit or terminationGracePeriodSeconds cannot be negative.',
	remediation: 'Use 0 or a positive number.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		const checkAll = (obj: (typeof ctx.objects)[number], spec: unknown, path: YamlPath, fields: string[]) => {
			for (const field of fields) {
				const n = asObj(spec)[field];
				if (typeof n === 'number' && n < 0)
					out.push(report(rule, ctx, obj.doc, [...path, field], `${obj.kind} ${obj.name}: ${field} ${n} cannot be negative`, `${obj.kind} ${obj.name}: ${field} ${n}은(는) 음수일 수 없습니다`));
			}
		};
		for (const obj of ctx.objects) {
			if (!BUILTIN_GROUPS.has(apiGroup(obj.apiVersion))) continue; // a custom resource's fields mean what its operator says
			const spec = asObj(obj.value.spec);
			checkAll(obj, spec, [...obj.path, 'spec'], SPEC_FIELDS);
			if (obj.kind === 'CronJob') checkAll(obj, asObj(spec.jobTemplate).spec, [...obj.path, 'spec', 'jobTemplate', 'spec'], SPEC_FIELDS);
			const pod = podSpecOf(obj);
			if (pod) checkAll(obj, pod.spec, pod.path, POD_FIELDS);
		}
		return out;
	}
});
export default rule;
