import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asArr, asObj, containerPortNames, containersOf, isCoreService, isObj, podSpecOf, selectorMatches, suggest, type PodSpecRef } from '../util';
import { subjectParticle } from '../../i18n/particle';

const rule = defineRule({
	id: 'k8s-service-target-port',
	target: 'kubernetes',
	severity: 'error',
	description: 'A Service targetPort given by name must name a containerPort of the selected pods; a text targetPort must be a valid port name.',
	remediation: 'Use the name of a container port (ports[].name) or the container port number.',
	check(ctx) {
		const pods = ctx.objects.map(podSpecOf).filter((p): p is PodSpecRef => p !== null);
		const out: YamlDiagnostic[] = [];
		for (const obj of ctx.objects) {
			if (!isCoreService(obj)) continue;
			const spec = asObj(obj.value.spec);
			const selector = spec.selector;
			const matched = isObj(selector) ? pods.filter((p) => selectorMatches(selector, p.labels)) : [];
			const names = new Set(matched.flatMap((p) => containersOf(p).flatMap((c) => containerPortNames(c.container))));
			asArr(spec.ports).forEach((port, i) => {
				const target = asObj(port).targetPort;
				if (typeof target !== 'string') return;
				const path = [...obj.path, 'spec', 'ports', i, 'targetPort'];
				if (/^\d+$/.test(target)) {
					out.push(report(rule, ctx, obj.doc, path, `targetPort "${target}" is text: write the number unquoted (targetPort: ${target})`, `targetPort "${target}"${subjectParticle(String(target))} 문자열입니다. 따옴표 없이 숫자로 쓰세요 (targetPort: ${target})`));
					return;
				}
				if (matched.length === 0 || names.has(target)) return;
				const guess = suggest(target, names);
				out.push(
					report(
						rule,
						ctx,
						obj.doc,
						path,
						`Service ${obj.name}: targetPort "${target}" is not the name of any container port of the selected pods${names.size ? ` (known: ${[...names].join(', ')})` : ' (their ports have no names)'}${guess ? `; did you mean ${guess}?` : ''}`,
						`Service ${obj.name}: targetPort "${target}"라는 이름의 컨테이너 포트가 선택된 파드에 없습니다${names.size ? ` (있는 이름: ${[...names].join(', ')})` : ''}`
					)
				);
			});
		}
		return out;
	}
});
export default rule;
