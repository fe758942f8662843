import { composeServices } from '../compose-util';
import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { asArr, asObj, hasInterpolation } from '../util';

/** Problems of one short-syntax port mapping ([ip:]host:container[/proto], ranges allowed). */
export function portProblem(value: unknown): string | null {
	if (typeof value === 'number') return value >= 1 && value <= 65535 && Number.isInteger(value) ? null : `port ${value} is out of range 1-65535`;
	if (typeof value !== 'string' || hasInterpolation(value)) return null;
	let s = value.trim().replace(/\/(tcp|udp|sctp)$/i, '');
	if (/\/\w+$/.test(s)) return `unknown protocol in "${value}" (use tcp or udp)`;
	// strip an IP prefix: [v6]:… or a.b.c.d:…
	s = s.replace(/^\[[0-9a-fA-F:.]+\]:/, '').replace(/^\d{1,3}(\.\d{1,3}){3}:/, '');
	let parts = s.split(':');
	// docker reads everything before the last two fields as the IP, so an IPv6 address without
	// brackets works too ("::1:5432:5432")
	if (parts.length > 3 && /^[0-9a-fA-F:.]+$/.test(parts.slice(0, -2).join(':'))) parts = parts.slice(-2);
	if (parts.length > 2) return `invalid port mapping "${value}" (use [ip:]host:container)`;
	for (const part of parts) {
		if (part === '') continue; // "127.0.0.1::80" = random host port
		const m = /^(\d+)(?:-(\d+))?$/.exec(part);
		if (!m) return `invalid port "${part}" in "${value}"`;
		for (const n of [m[1], m[2]]) {
			if (n !== undefined && (Number(n) < 1 || Number(n) > 65535)) return `port ${n} is out of range 1-65535`;
		}
		if (m[2] !== undefined && Number(m[2]) < Number(m[1])) return `port range ${part} ends before it starts`;
	}
	return null;
}

const rule = defineRule({
	id: 'compose-port-range',
	target: 'compose',
	severity: 'error',
	description: 'Ports must be numbers from 1 to 65535, in the forms container, host:container, ip:host:container, with optional ranges and /udp.',
	remediation: 'Fix the number (e.g. "8080:80"); quote port mappings.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const { name, svc, path } of composeServices(ctx)) {
			for (const field of ['ports', 'expose'] as const) {
				asArr(svc[field]).forEach((p, i) => {
					let problem: string | null;
					let at = [...path, field, i];
					if (typeof p === 'object' && p !== null) {
						const o = asObj(p);
						problem = null;
						for (const k of ['target', 'published'] as const) {
							const v = o[k];
							if (v === undefined || (typeof v === 'string' && (hasInterpolation(v) || v === ''))) continue;
							const pr = portProblem(typeof v === 'string' && /^\d+(-\d+)?$/.test(v) ? v : v);
							if (pr) {
								problem = pr;
								at = [...at, k];
								break;
							}
						}
					} else problem = portProblem(p);
					if (problem)
						out.push(report(rule, ctx, ctx.compose!.doc, at, `service ${name}: ${problem}`, `서비스 ${name}: 포트 값이 잘못되었습니다 (1-65535 범위, [ip:]호스트:컨테이너 형식) — ${problem}`));
				});
			}
		}
		return out;
	}
});
export default rule;
