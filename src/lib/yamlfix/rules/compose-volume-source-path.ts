import { composeServices } from '../compose-util';
import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asArr, hasInterpolation } from '../util';
import { objectParticle } from '../../i18n/particle';

/**
 * The source of a short volume entry (`src:/target[:mode]`) that compose reads as a volume name although
 * it is meant as a path: a relative path with a slash but without `./` (`nginx/nginx.conf`). Volume names
 * cannot contain a slash, so no top-level `volumes:` can declare it. Null for anything else.
 */
export function pathLikeVolumeName(entry: unknown): string | null {
	if (typeof entry !== 'string' || hasInterpolation(entry)) return null;
	if (/^[a-zA-Z]:[\\/]/.test(entry)) return null; // a Windows drive path is a bind mount
	const parts = entry.split(':');
	if (parts.length < 2) return null;
	const src = parts[0];
	return /^[a-zA-Z0-9_][^/\s]*\/\S*$/.test(src) ? src : null;
}

const rule = defineRule({
	id: 'compose-volume-source-path',
	target: 'compose',
	severity: 'error',
	description: 'A short volume source is a relative path without ./ (nginx/nginx.conf:/etc/nginx/nginx.conf): compose reads it as a named volume, which cannot be declared.',
	remediation: 'Start a relative host path with ./ (./nginx/nginx.conf:/etc/nginx/nginx.conf), or use an absolute path.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const { name, svc, path } of composeServices(ctx)) {
			asArr(svc.volumes).forEach((entry, i) => {
				const src = pathLikeVolumeName(entry);
				if (!src) return;
				out.push(report(rule, ctx, ctx.compose!.doc, [...path, 'volumes', i],
					`service ${name}: volume source "${src}" has no ./ so compose reads it as a named volume, which is not declared (did you mean ./${src}?)`,
					`서비스 ${name}: 볼륨 소스 "${src}"에 ./가 없어 compose는 이름 있는 볼륨으로 읽는데, 선언되지 않았습니다 (./${src}${objectParticle(String(src))} 뜻했나요?)`));
			});
		}
		return out;
	}
});
export default rule;
