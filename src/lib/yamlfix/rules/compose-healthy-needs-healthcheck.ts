import { composeServices } from '../compose-util';
import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asObj, isObj } from '../util';
import { subjectParticle } from '../../i18n/particle';

const rule = defineRule({
	id: 'compose-healthy-needs-healthcheck',
	target: 'compose',
	severity: 'warning',
	description: 'depends_on with condition: service_healthy waits for a health status, which a service without a healthcheck never reports (unless its image defines HEALTHCHECK).',
	remediation: 'Add a healthcheck: to the service that is waited for (test: ["CMD", ...]), or use condition: service_started.',
	check(ctx) {
		const services = composeServices(ctx);
		const byName = new Map(services.map((s) => [s.name, s.svc]));
		const out: YamlDiagnostic[] = [];
		for (const { name, svc, path } of services) {
			if (!isObj(svc.depends_on)) continue;
			for (const [dep, cond] of Object.entries(svc.depends_on)) {
				if (asObj(cond).condition !== 'service_healthy') continue;
				const target = byName.get(dep);
				if (!target || target.extends !== undefined) continue;
				const hc = asObj(target.healthcheck);
				const disabled = hc.disable === true || (Array.isArray(hc.test) && hc.test[0] === 'NONE');
				if (isObj(target.healthcheck) && !disabled && hc.test !== undefined) continue;
				const at = [...path, 'depends_on', dep, 'condition'];
				if (isObj(target.healthcheck) && !disabled) {
					// Timing options alone test nothing: only the image's own HEALTHCHECK could (most images have none).
					out.push(report(rule, ctx, ctx.compose!.doc, at,
						`service ${name} waits for ${dep} to be healthy, but the healthcheck of ${dep} has no test (only timing options)`,
						`서비스 ${name}${subjectParticle(String(name))} ${dep}의 healthy 상태를 기다리지만 ${dep}의 healthcheck에 test가 없습니다 (시간 옵션만으로는 검사하지 않습니다)`));
					continue;
				}
				out.push(report(rule, ctx, ctx.compose!.doc, at,
					`service ${name} waits for ${dep} to be healthy, but ${dep} has no healthcheck`,
					`서비스 ${name}${subjectParticle(String(name))} ${dep}의 healthy 상태를 기다리지만 ${dep}에 healthcheck가 없습니다`));
			}
		}
		return out;
	}
});
export default rule;
