import { composeServices } from '../compose-util';
import { defineRule, report } from '../report';
import type { YamlDiagnostic, YamlPath } from '../types';
import { asArr, asObj, hasInterpolation } from '../util';
import { topicParticle } from '../../i18n/particle';

/** Go's time.ParseDuration, which compose uses: "10s", "1m30s", "1.5h", "0". */
const GO_DURATION = /^[-+]?(?:0|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+)$/;
const DURATIONS: string[][] = [
	['healthcheck', 'interval'], ['healthcheck', 'timeout'], ['healthcheck', 'start_period'], ['healthcheck', 'start_interval'],
	['stop_grace_period'],
	['deploy', 'restart_policy', 'delay'], ['deploy', 'restart_policy', 'window'],
	['deploy', 'update_config', 'delay'], ['deploy', 'update_config', 'monitor'],
	['deploy', 'rollback_config', 'delay'], ['deploy', 'rollback_config', 'monitor']
];
/** Numbers the schema also takes as strings (for `${VAR}`): any other string cannot be read. */
const INTEGERS: string[][] = [['deploy', 'replicas'], ['healthcheck', 'retries'], ['scale']];
/** Options of the short volume syntax compose-go understands; anything else is silently ignored. */
const VOLUME_OPTIONS = new Set(['ro', 'rw', 'nocopy', 'z', 'Z', 'shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate', 'consistent', 'cached', 'delegated']);

/** The `:`-separated sections of a short volume spec as compose-go splits them (`${…}` and `C:` kept whole). */
function volumeSections(spec: string): string[] {
	const out: string[] = [];
	let buffer = '';
	let depth = 0;
	for (let i = 0; i < spec.length; i++) {
		const ch = spec[i];
		if (ch === '$' && spec[i + 1] === '{') depth++;
		else if (ch === '}' && depth > 0) depth--;
		if (ch === ':' && depth === 0 && !(buffer.length === 1 && /\p{L}/u.test(buffer))) {
			out.push(buffer);
			buffer = '';
		} else buffer += ch;
	}
	out.push(buffer);
	return out;
}

const rule = defineRule({
	id: 'compose-value-format',
	target: 'compose',
	severity: 'error',
	description:
		'Values compose must parse: durations as Go writes them ("10s", "1m30s"), whole numbers for replicas/retries/scale/ulimits, and short volume specs (source:target[:options]).',
	remediation: 'Write durations like 30s or 1m30s, numbers without words, and volumes as name:/path or ./dir:/path:ro.',
	check(ctx) {
		const doc = ctx.compose?.doc;
		if (!doc) return [];
		const out: YamlDiagnostic[] = [];
		const at = (path: YamlPath, en: string, ko: string, severity?: 'warning') => out.push(report(rule, ctx, doc, path, en, ko, severity ? { severity } : {}));
		for (const { name, svc, path } of composeServices(ctx)) {
			const get = (keys: string[]) => keys.reduce<unknown>((v, k) => asObj(v)[k], svc);
			for (const keys of DURATIONS) {
				const v = get(keys);
				if (typeof v === 'string' && !hasInterpolation(v) && !GO_DURATION.test(v.trim()))
					at([...path, ...keys], `service ${name}: ${keys.join('.')} "${v}" is not a duration (write e.g. 10s, 1m30s, 500ms)`, `서비스 ${name}: ${keys.join('.')} "${v}"${topicParticle(String(v))} 기간 형식이 아닙니다 (예: 10s, 1m30s, 500ms)`);
			}
			for (const keys of INTEGERS) {
				const v = get(keys);
				if (typeof v === 'string' && !hasInterpolation(v) && !/^\s*\d+\s*$/.test(v))
					at([...path, ...keys], `service ${name}: ${keys.join('.')} "${v}" is not a whole number`, `서비스 ${name}: ${keys.join('.')} "${v}"${topicParticle(String(v))} 정수가 아닙니다`);
			}
			// ulimits: a number, or soft/hard numbers (-1: unlimited); "65536:65536" is the docker run form, not compose's
			for (const [limit, value] of Object.entries(asObj(svc.ulimits))) {
				const parts: [unknown, YamlPath][] = typeof value === 'object' && value !== null ? ['soft', 'hard'].map((k) => [asObj(value)[k], [...path, 'ulimits', limit, k]]) : [[value, [...path, 'ulimits', limit]]];
				for (const [v, where] of parts)
					if (typeof v === 'string' && !hasInterpolation(v) && !/^\s*-?\d+\s*$/.test(v))
						at(where, `service ${name}: ulimits.${limit} "${v}" is not a whole number (write ${limit}: 65536, or soft: and hard:)`, `서비스 ${name}: ulimits.${limit} "${v}"${topicParticle(String(v))} 정수가 아닙니다 (${limit}: 65536 또는 soft:/hard:로 쓰세요)`);
			}
			asArr(svc.volumes).forEach((v, i) => {
				if (typeof v !== 'string' || v.length < 3) return;
				const sections = volumeSections(v);
				const where = [...path, 'volumes', i];
				if (sections.some((s) => s === ''))
					at(where, `service ${name}: volume "${v}" has an empty section between colons`, `서비스 ${name}: 볼륨 "${v}"에 콜론 사이가 비어 있습니다`);
				else if (sections.length > 3)
					at(where, `service ${name}: volume "${v}" has too many colons (source:target[:options])`, `서비스 ${name}: 볼륨 "${v}"에 콜론이 너무 많습니다 (원본:대상[:옵션])`);
				else if (sections.length === 3) {
					const unknown = sections[2].split(',').filter((o) => !VOLUME_OPTIONS.has(o) && !hasInterpolation(o));
					if (unknown.length)
						at(where, `service ${name}: volume option "${unknown.join(',')}" is unknown and ignored (ro, rw, z, Z, nocopy…)`, `서비스 ${name}: 볼륨 옵션 "${unknown.join(',')}"${topicParticle(String(unknown.join(',')))} 알 수 없어 무시됩니다 (ro, rw, z, Z, nocopy…)`, 'warning');
				}
			});
		}
		return out;
	}
});
export default rule;
