import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asObj } from '../util';
import { subjectParticle } from '../../i18n/particle';

const MACROS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
const FIELDS: [string, number, number, string[]][] = [
	['minute', 0, 59, []],
	['hour', 0, 23, []],
	['day of month', 1, 31, []],
	['month', 1, 12, ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']],
	// 0-6 as robfig/cron v3 (what the CronJob controller parses with) reads it: 7 for Sunday is refused.
	['day of week', 0, 6, ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']]
];

/** A problem with a cron schedule in the format CronJob accepts, or null when it is valid. */
export function cronProblem(schedule: string): string | null {
	const s = schedule.trim().replace(/^(CRON_)?TZ=\S+\s+/, '');
	if (s.startsWith('@')) return MACROS.has(s) || /^@every\s+\S+$/.test(s) ? null : `unknown macro ${s}`;
	const parts = s.split(/\s+/);
	if (parts.length !== 5) return `a schedule has 5 fields (minute hour day-of-month month day-of-week), got ${parts.length}`;
	for (let i = 0; i < 5; i++) {
		const [name, min, max, names] = FIELDS[i];
		for (const item of parts[i].split(',')) {
			const m = /^(\*|\?|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)(?:\/(\d+))?$/.exec(item);
			if (!m) return `invalid ${name} "${item}"`;
			if (m[1] === '*' || m[1] === '?') continue;
			for (const v of m[1].split('-')) {
				const n = /^\d+$/.test(v) ? Number(v) : names.indexOf(v.toUpperCase()) + (i === 3 ? 1 : 0);
				if (!/^\d+$/.test(v) && names.indexOf(v.toUpperCase()) < 0) return `invalid ${name} "${v}"`;
				if (n < min || n > max) return `${name} ${v} out of range ${min}-${max}`;
			}
		}
	}
	return null;
}

const rule = defineRule({
	id: 'k8s-cronjob-schedule',
	target: 'kubernetes',
	severity: 'error',
	description: 'A CronJob schedule must be a 5-field cron expression (minute hour day-of-month month day-of-week) or a macro like @daily.',
	remediation: 'Write e.g. "*/5 * * * *" (every 5 minutes) or "0 3 * * *" (03:00 every day); quote it.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const obj of ctx.objects) {
			if (obj.kind !== 'CronJob') continue;
			const schedule = asObj(obj.value.spec).schedule;
			if (typeof schedule !== 'string') continue;
			const problem = cronProblem(schedule);
			if (problem)
				out.push(report(rule, ctx, obj.doc, [...obj.path, 'spec', 'schedule'],
					`CronJob ${obj.name}: invalid schedule "${schedule}": ${problem}`,
					`CronJob ${obj.name}: schedule "${schedule}"${subjectParticle(String(schedule))} 잘못되었습니다 (분 시 일 월 요일, 5개 필드): ${problem}`));
		}
		return out;
	}
});
export default rule;
