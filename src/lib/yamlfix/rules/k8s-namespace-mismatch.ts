import { defineRule, report } from '../report';
import type { KubeObject, YamlDiagnostic } from '../types';
import { asObj, isCoreService, isObj, namespacesDiffer, podSpecOf, selectorMatches, type PodSpecRef } from '../util';
import { ingressBackends } from './k8s-ingress-backend';
import { podReferences } from './k8s-config-ref';
import { objectParticle } from '../../i18n/particle';

const rule = defineRule({
	id: 'k8s-namespace-mismatch',
	target: 'kubernetes',
	severity: 'error',
	description: 'Related objects (a Service and its pods, an Ingress and its Service, a pod and its ConfigMap/Secret/PVC) live in different namespaces, so they cannot reach each other.',
	remediation: 'Put related objects in the same metadata.namespace (or leave it out on all of them and use kubectl -n).',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		const pods = ctx.objects.map(podSpecOf).filter((p): p is PodSpecRef => p !== null);
		const named = (kind: string, name: string) => ctx.objects.filter((o) => o.kind === kind && o.name === name);
		const onlyElsewhere = (targets: KubeObject[], ns: string | undefined) =>
			targets.length > 0 && targets.every((t) => namespacesDiffer(t.namespace, ns));
		const nsPath = (o: KubeObject) => [...o.path, 'metadata', 'namespace'];
		for (const obj of ctx.objects) {
			if (isCoreService(obj)) {
				const selector = asObj(obj.value.spec).selector;
				if (!isObj(selector)) continue;
				const matched = pods.filter((p) => selectorMatches(selector, p.labels));
				if (matched.length && matched.every((p) => namespacesDiffer(p.namespace, obj.namespace))) {
					out.push(report(rule, ctx, obj.doc, nsPath(obj),
						`Service ${obj.name} is in namespace ${obj.namespace} but the pods it selects are in ${matched[0].namespace}`,
						`Service ${obj.name}은 ${obj.namespace} 네임스페이스에, 선택하는 파드는 ${matched[0].namespace} 네임스페이스에 있습니다`));
				}
			} else if (obj.kind === 'Ingress') {
				for (const b of ingressBackends(obj)) {
					const targets = named('Service', b.name);
					if (onlyElsewhere(targets, obj.namespace)) {
						out.push(report(rule, ctx, obj.doc, [...b.path, 'name'],
							`Ingress ${obj.name} (namespace ${obj.namespace}) points to Service ${b.name} in namespace ${targets[0].namespace}`,
							`Ingress ${obj.name}(${obj.namespace})이 다른 네임스페이스(${targets[0].namespace})의 Service ${b.name}${objectParticle(String(b.name))} 가리킵니다`));
					}
				}
			}
			const pod = podSpecOf(obj);
			if (!pod) continue;
			for (const ref of podReferences(pod)) {
				const targets = named(ref.kind, ref.name);
				if (onlyElsewhere(targets, obj.namespace)) {
					out.push(report(rule, ctx, obj.doc, ref.path,
						`${obj.kind} ${obj.name} (namespace ${obj.namespace}) uses ${ref.kind} ${ref.name} from namespace ${targets[0].namespace}`,
						`${obj.kind} ${obj.name}(${obj.namespace})이 다른 네임스페이스(${targets[0].namespace})의 ${ref.kind} ${ref.name}${objectParticle(String(ref.name))} 사용합니다`));
				}
			}
		}
		return out;
	}
});
export default rule;
