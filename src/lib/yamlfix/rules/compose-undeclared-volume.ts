import { composeServices, topLevelNames } from '../compose-util';
import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asArr, asObj, hasInterpolation, suggest } from '../util';
import { subjectParticle } from '../../i18n/particle';

/** The named-volume source of a service volume entry, or null for bind mounts, anonymous volumes, tmpfs. */
export function namedVolume(entry: unknown): string | null {
	if (typeof entry === 'string') {
		if (hasInterpolation(entry)) return null;
		const parts = entry.split(':');
		if (parts.length < 2) return null;
		if (/^[a-zA-Z]:[\\/]/.test(entry)) return null; // a Windows drive path (C:\data:/data, c:/data:/data) is a bind mount
		const src = parts[0];
		return /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(src) ? src : null;
	}
	const v = asObj(entry);
	if ((v.type === 'volume' || v.type === undefined) && typeof v.source === 'string' && !hasInterpolation(v.source) && /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(v.source)) {
		return v.type === 'volume' ? v.source : null;
	}
	return null;
}

const rule = defineRule({
	id: 'compose-undeclared-volume',
	target: 'compose',
	severity: 'error',
	description: 'A service uses a named volume (name:/path) that is not declared under the top-level volumes: key.',
	remediation: 'Declare it at the top level: volumes: { name: {} } — or use ./name for a bind mount.',
	check(ctx) {
		// an included file (include:) may declare it: its top-level volumes join this model
		if (!ctx.compose || ctx.compose.value.include !== undefined) return [];
		const declared = topLevelNames(ctx, 'volumes') ?? new Set<string>();
		const out: YamlDiagnostic[] = [];
		for (const { name, svc, path } of composeServices(ctx)) {
			asArr(svc.volumes).forEach((entry, i) => {
				const vol = namedVolume(entry);
				if (!vol || declared.has(vol)) return;
				const guess = suggest(vol, declared);
				out.push(report(rule, ctx, ctx.compose!.doc, [...path, 'volumes', i],
					`service ${name} uses volume "${vol}" which is not declared under the top-level volumes:${guess ? ` (did you mean ${guess}?)` : ''}`,
					`서비스 ${name}${subjectParticle(String(name))} 쓰는 볼륨 "${vol}"${subjectParticle(String(vol))} 최상위 volumes:에 선언되지 않았습니다${guess ? ` (${guess}의 오타인가요?)` : ''}`));
			});
		}
		return out;
	}
});
export default rule;
