import { composeServices } from '../compose-util';
import { defineRule, report } from '../report';
import { asObj, hasInterpolation } from '../util';

const rule = defineRule({
	id: 'compose-healthcheck-test',
	target: 'compose',
	severity: 'error',
	description: 'A healthcheck test written as a list must start with "CMD", "CMD-SHELL" or "NONE".',
	remediation: 'Write test: ["CMD", "curl", "-f", "http://localhost"] or test: ["CMD-SHELL", "curl -f http://localhost || exit 1"] (or a plain string).',
	check: (ctx) =>
		composeServices(ctx)
			.filter(({ svc }) => {
				const test = asObj(svc.healthcheck).test;
				return Array.isArray(test) && test.length > 0 && !hasInterpolation(test[0]) && !['CMD', 'CMD-SHELL', 'NONE'].includes(String(test[0]));
			})
			.map(({ name, svc, path }) =>
				report(rule, ctx, ctx.compose!.doc, [...path, 'healthcheck', 'test', 0],
					`service ${name}: healthcheck test list must start with CMD, CMD-SHELL or NONE, got "${String((asObj(svc.healthcheck).test as unknown[])[0])}"`,
					`서비스 ${name}: 리스트 형식의 healthcheck test는 CMD, CMD-SHELL, NONE 중 하나로 시작해야 합니다`)
			)
});
export default rule;
