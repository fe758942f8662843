import { composeServices } from '../compose-util';
import { defineRule, report } from '../report';
import { hasInterpolation, suggest } from '../util';
import { subjectParticle } from '../../i18n/particle';

const VALUES = ['no', 'always', 'on-failure', 'unless-stopped'];

const rule = defineRule({
	id: 'compose-restart-value',
	target: 'compose',
	severity: 'error',
	description: 'restart: accepts only "no", always, on-failure[:max-retries] and unless-stopped.',
	remediation: 'Use one of: "no" (quoted), always, on-failure, on-failure:3, unless-stopped.',
	check: (ctx) =>
		composeServices(ctx)
			.filter(({ svc }) => typeof svc.restart === 'string' && !hasInterpolation(svc.restart) && !VALUES.includes(svc.restart) && !/^on-failure:\d+$/.test(svc.restart))
			.map(({ name, svc, path }) => {
				const guess = suggest(String(svc.restart), VALUES);
				return report(rule, ctx, ctx.compose!.doc, [...path, 'restart'],
					`service ${name}: invalid restart value "${String(svc.restart)}" (use no, always, on-failure[:N] or unless-stopped)${guess ? `; did you mean ${guess}?` : ''}`,
					`서비스 ${name}: restart 값 "${String(svc.restart)}"${subjectParticle(String(String(svc.restart)))} 잘못되었습니다 (no, always, on-failure[:N], unless-stopped)`);
			})
});
export default rule;
