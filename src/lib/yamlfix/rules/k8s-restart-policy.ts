import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { podSpecOf } from '../util';

const ALWAYS_ONLY = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);
const JOB = new Set(['Job', 'CronJob']);

const rule = defineRule({
	id: 'k8s-restart-policy',
	target: 'kubernetes',
	severity: 'error',
	description: 'Deployments, StatefulSets, DaemonSets and ReplicaSets only allow restartPolicy: Always; Jobs and CronJobs need OnFailure or Never.',
	remediation: 'Use restartPolicy: Always (or leave it out) in long-running workloads, and restartPolicy: OnFailure or Never in a Job template.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const obj of ctx.objects) {
			const pod = podSpecOf(obj);
			if (!pod) continue;
			const policy = pod.spec.restartPolicy;
			if (ALWAYS_ONLY.has(obj.kind) && typeof policy === 'string' && policy !== 'Always' && policy !== '') {
				out.push(report(rule, ctx, obj.doc, [...pod.path, 'restartPolicy'],
					`${obj.kind} ${obj.name}: restartPolicy must be Always, got ${policy}`,
					`${obj.kind} ${obj.name}: restartPolicy는 Always만 가능합니다 (현재: ${policy})`));
			}
			if (JOB.has(obj.kind) && policy !== 'OnFailure' && policy !== 'Never') {
				out.push(report(rule, ctx, obj.doc, policy === undefined ? pod.path : [...pod.path, 'restartPolicy'],
					`${obj.kind} ${obj.name}: the pod template needs restartPolicy OnFailure or Never${policy === undefined ? ' (the default Always is not allowed for Jobs)' : `, got ${String(policy)}`}`,
					`${obj.kind} ${obj.name}: 파드 템플릿의 restartPolicy는 OnFailure 또는 Never여야 합니다${policy === undefined ? ' (기본값 Always는 Job에서 허용되지 않음)' : ''}`,
					{ atKey: policy === undefined }));
			}
		}
		return out;
	}
});
export default rule;
