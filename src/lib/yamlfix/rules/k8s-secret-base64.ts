import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asObj, isCoreKind } from '../util';
import { subjectParticle } from '../../i18n/particle';

/** Standard base64 as Go decodes a []byte from JSON: line breaks are skipped, padding is required. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const rule = defineRule({
	id: 'k8s-secret-base64',
	target: 'kubernetes',
	severity: 'error',
	description: 'Secret data values are base64-encoded; plain text there is refused by the API server ("illegal base64 data").',
	remediation: 'Encode the value (echo -n value | base64), or move it under stringData, which takes plain text.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const obj of ctx.objects) {
			if (!isCoreKind(obj, 'Secret')) continue;
			for (const [key, value] of Object.entries(asObj(obj.value.data))) {
				if (typeof value !== 'string' || /\{\{|\$\{/.test(value) || BASE64.test(value.replace(/[\r\n]/g, ''))) continue;
				out.push(report(rule, ctx, obj.doc, [...obj.path, 'data', key], `Secret ${obj.name}: data.${key} is not base64 (put plain text under stringData)`, `Secret ${obj.name}: data.${key}${subjectParticle(String(key))} base64가 아닙니다 (평문은 stringData에 두세요)`));
			}
		}
		return out;
	}
});
export default rule;
