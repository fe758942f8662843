import { composeServices, topLevelNames } from '../compose-util';
import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asArr, asObj, hasInterpolation, suggest } from '../util';
import { subjectParticle } from '../../i18n/particle';

const rule = defineRule({
	id: 'compose-undeclared-secret',
	target: 'compose',
	severity: 'error',
	description: 'A service uses a secret or config that is not declared under the top-level secrets: or configs: key.',
	remediation: 'Declare it at the top level (secrets: { name: { file: ./name.txt } }), or fix the name.',
	check(ctx) {
		// an included file (include:) may declare it
		if (!ctx.compose || ctx.compose.value.include !== undefined) return [];
		const out: YamlDiagnostic[] = [];
		for (const section of ['secrets', 'configs'] as const) {
			const declared = topLevelNames(ctx, section) ?? new Set<string>();
			for (const { name, svc, path } of composeServices(ctx)) {
				asArr(svc[section]).forEach((entry, i) => {
					const ref = typeof entry === 'string' ? entry : asObj(entry).source;
					if (typeof ref !== 'string' || declared.has(ref) || hasInterpolation(ref)) return;
					const guess = suggest(ref, declared);
					const what = section === 'secrets' ? 'secret' : 'config';
					out.push(report(rule, ctx, ctx.compose!.doc, [...path, section, i],
						`service ${name} uses ${what} "${ref}" which is not declared under the top-level ${section}:${guess ? ` (did you mean ${guess}?)` : ''}`,
						`서비스 ${name}${subjectParticle(String(name))} 쓰는 ${what} "${ref}"${subjectParticle(String(ref))} 최상위 ${section}:에 선언되지 않았습니다${guess ? ` (${guess}의 오타인가요?)` : ''}`));
				});
			}
		}
		return out;
	}
});
export default rule;
