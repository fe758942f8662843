import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asObj, containerPortNames, podContainers, suggest } from '../util';
import { objectParticle, subjectParticle } from '../../i18n/particle';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

const rule = defineRule({
	id: 'k8s-probe-port',
	target: 'kubernetes',
	severity: 'error',
	description: 'A probe that names its port (httpGet/tcpSocket port: http) must use the name of a port declared by the same container.',
	remediation: 'Declare the port under ports with that name, or use the port number in the probe.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const { obj, c } of podContainers(ctx.objects)) {
			const names = containerPortNames(c.container);
			for (const probe of PROBES) {
				const p = asObj(c.container[probe]);
				for (const handler of ['httpGet', 'tcpSocket'] as const) {
					const port = asObj(p[handler]).port;
					if (typeof port !== 'string' || names.includes(port)) continue;
					const path = [...c.path, probe, handler, 'port'];
					if (/^\d+$/.test(port)) {
						out.push(report(rule, ctx, obj.doc, path, `${probe} port "${port}" is text: write the number unquoted`, `${probe}의 port "${port}"${subjectParticle(String(port))} 문자열입니다. 따옴표 없이 숫자로 쓰세요`));
						continue;
					}
					const guess = suggest(port, names);
					out.push(
						report(
							rule,
							ctx,
							obj.doc,
							path,
							`container ${String(c.container.name ?? '')}: ${probe} uses port "${port}" but the container declares no port with that name${names.length ? ` (declared: ${names.join(', ')})` : ''}${guess ? `; did you mean ${guess}?` : ''}`,
							`컨테이너 ${String(c.container.name ?? '')}: ${probe}${subjectParticle(String(probe))} 포트 이름 "${port}"${objectParticle(String(port))} 쓰지만 그런 이름의 포트가 선언되지 않았습니다${names.length ? ` (선언된 이름: ${names.join(', ')})` : ''}`
						)
					);
				}
			}
		}
		return out;
	}
});
export default rule;
