/**
 * Compose files against the compose-spec JSON schema, through the ajv standalone code generated at
 * build time (generated/compose-validator.js): no eval / new Function at run time.
 */
import { validateCompose, type AjvError } from './generated/compose-validator.js';
import composeFields from './generated/compose-fields.json';
import { COMPOSE_TOP } from './detect';
import type { ParsedDoc, SchemaIssue, YamlPath } from './types';
import { hasInterpolation, isObj, suggest } from './util';
import { subjectParticle } from '../i18n/particle';

function parsePointer(p: string): YamlPath {
	if (!p) return [];
	return p
		.slice(1)
		.split('/')
		.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
		.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function get(data: unknown, path: YamlPath): unknown {
	let cur = data;
	for (const seg of path) {
		if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
		else if (isObj(cur)) cur = cur[String(seg)];
		else return undefined;
	}
	return cur;
}

function anyInterpolation(v: unknown, depth = 0): boolean {
	if (depth > 20) return false;
	if (hasInterpolation(v)) return true;
	if (Array.isArray(v)) return v.some((x) => anyInterpolation(x, depth + 1));
	if (isObj(v)) return Object.entries(v).some(([k, x]) => hasInterpolation(k) || anyInterpolation(x, depth + 1));
	return false;
}

function where(path: YamlPath): string {
	return path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[') : 'top level';
}

function describe(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'object') return 'a map';
	if (typeof v === 'string') return `"${v.length > 30 ? v.slice(0, 30) + '…' : v}"`;
	return `${typeof v} ${String(v)}`;
}

/** `describe` in Korean: 리스트, 맵, the value itself. */
function describeKo(v: unknown): string {
	if (Array.isArray(v)) return '리스트';
	if (v !== null && typeof v === 'object') return '맵';
	return describe(v).replace(/^(number|boolean) /, '');
}

const TYPE_KO: Record<string, string> = {
	string: '문자열', number: '숫자', integer: '정수', boolean: '불리언', object: '맵', array: '리스트', null: 'null'
};

const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null']);

/**
 * Whether `${VAR}` interpolation could make the value valid: it turns a string into a number or a boolean,
 * never into a list or a map, and never a map into a list. So a type error on an interpolated string is
 * excused when a scalar was expected; an alternative (oneOf/anyOf) is excused when one of its branches
 * fails only on such strings.
 */
function interpolationMayFix(e: AjvError, errors: AjvError[], data: unknown): boolean {
	if (e.keyword === 'additionalProperties' || e.keyword === 'required') return false;
	const value = get(data, parsePointer(e.instancePath));
	const excused = (b: AjvError) =>
		hasInterpolation(get(data, parsePointer(b.instancePath))) && (b.keyword !== 'type' || String(b.params.type).split(',').some((t) => SCALAR_TYPES.has(t)));
	if (e.keyword === 'oneOf' || e.keyword === 'anyOf') {
		const branches = new Map<string, AjvError[]>();
		for (const b of errors) {
			if (b === e || !b.schemaPath.startsWith(e.schemaPath + '/')) continue;
			const branch = b.schemaPath.slice(e.schemaPath.length + 1).split('/')[0];
			branches.set(branch, [...(branches.get(branch) ?? []), b]);
		}
		if (branches.size === 0) return anyInterpolation(value);
		const isAlt = (b: AjvError) => b.keyword === 'oneOf' || b.keyword === 'anyOf';
		return [...branches.values()].some((bs) =>
			bs
				// errors inside a nested alternative are judged by that alternative
				.filter((b) => !bs.some((a) => a !== b && isAlt(a) && b.schemaPath.startsWith(a.schemaPath + '/')))
				.every((b) => excused(b) || (isAlt(b) && interpolationMayFix(b, errors, data)))
		);
	}
	if (e.keyword === 'type') return excused(e);
	return anyInterpolation(value);
}

/** Schema issues of a compose document. */
export function checkComposeSchema(doc: ParsedDoc, data: unknown): SchemaIssue[] {
	let ok: boolean;
	try {
		ok = validateCompose(data);
	} catch {
		return [];
	}
	if (ok) return [];
	const errors: AjvError[] = validateCompose.errors ?? [];
	// Errors inside a oneOf/anyOf branch are summarised by the oneOf/anyOf error itself.
	const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
	const issues: SchemaIssue[] = [];
	const seen = new Set<string>();
	const push = (path: YamlPath, message: string, message_ko: string, atKey = false) => {
		const key = `${path.join('/')}|${message}`;
		if (seen.has(key) || issues.length >= 100) return;
		seen.add(key);
		issues.push({ category: 'compose', doc, path, atKey, message, message_ko });
	};
	for (const e of errors) {
		const inBranch = alternatives.some((a) => a !== e && e.schemaPath.startsWith(a.schemaPath + '/'));
		const path = parsePointer(e.instancePath);
		const value = get(data, path);
		// ${VAR} values are only known at run time: their type and format errors are not ours to judge. An
		// unknown or missing key is, whatever the values around it (the key itself is checked below).
		if (interpolationMayFix(e, errors, data)) continue;
		if (inBranch) {
			// keep branch errors that went deeper than the alternative (the author clearly chose that form)
			const parent = alternatives.find((a) => e.schemaPath.startsWith(a.schemaPath + '/'));
			if (!parent || e.instancePath === parent.instancePath || e.keyword === 'type') continue;
			if (e.keyword !== 'additionalProperties' && e.keyword !== 'required' && e.keyword !== 'enum') continue;
		}
		switch (e.keyword) {
			case 'additionalProperties': {
				const name = String(e.params.additionalProperty);
				if (hasInterpolation(name) || name.startsWith('x-')) continue;
				// at the top level only the top-level keys are candidates (`service` is a field elsewhere)
				const guess = suggest(name, path.length === 0 ? COMPOSE_TOP : (composeFields as string[]));
				const invalidName = !/^[a-zA-Z0-9._-]+$/.test(name);
				push(
					[...path, name],
					invalidName
						? `invalid name "${name}" in ${where(path)}: use letters, digits, ".", "_" or "-"`
						: path.length === 0
							? `unknown top-level key ${name}${guess ? ` (did you mean ${guess}?)` : ''}`
							: `unknown field ${name}${guess ? ` (did you mean ${guess}?)` : ''} in ${where(path)}`,
					invalidName
						? `${where(path)}의 이름 "${name}"${subjectParticle(String(name))} 잘못되었습니다 (영문, 숫자, ., _, - 만 사용)`
						: `알 수 없는 ${path.length === 0 ? '최상위 키' : '필드'} ${name}${guess ? ` (${guess}의 오타인가요?)` : ''}`,
					true
				);
				break;
			}
			case 'type': {
				const t = String(e.params.type).split(',');
				push(
					path,
					`${where(path)} must be ${t.join(' or ')}, got ${describe(value)}`,
					`${where(path)} 값은 ${t.map((x) => TYPE_KO[x] ?? x).join(' 또는 ')}이어야 합니다 (현재: ${describeKo(value)})`
				);
				break;
			}
			case 'enum':
			case 'const': {
				const allowed = (e.params.allowedValues as unknown[] | undefined) ?? [e.params.allowedValue];
				push(
					path,
					`${where(path)} must be one of ${allowed.map(String).join(', ')}, got ${describe(value)}`,
					`${where(path)} 값은 ${allowed.map(String).join(', ')} 중 하나여야 합니다`
				);
				break;
			}
			case 'required':
				push(path, `missing required field ${String(e.params.missingProperty)} in ${where(path)}`, `${where(path)}에 필수 필드 ${String(e.params.missingProperty)}${subjectParticle(String(String(e.params.missingProperty)))} 없습니다`);
				break;
			case 'oneOf':
			case 'anyOf': {
				const deeper = errors.some(
					(b) => b.schemaPath.startsWith(e.schemaPath + '/') && b.instancePath !== e.instancePath && b.instancePath.startsWith(e.instancePath) && ['additionalProperties', 'required', 'enum'].includes(b.keyword)
				);
				if (deeper) continue;
				// `- KEY: value` items in a list that takes "KEY=value" strings (environment, labels, args…)
				const mapItems = Array.isArray(value)
					? value.flatMap((item, i) => {
							const itemError = errors.some((b) => b.keyword === 'type' && b.instancePath === `${e.instancePath}/${i}` && String(b.params.type).split(',').includes('string'));
							return isObj(item) && itemError ? [[i, item] as const] : [];
						})
					: [];
				if (mapItems.length) {
					for (const [i, item] of mapItems) {
						const pair = Object.entries(item).map(([k, v]) => `${k}=${v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join(' ');
						push(
							[...path, i],
							`${where([...path, i])} is a map (KEY: value), but the list form of ${where(path)} takes "KEY=value" strings: write - ${pair} (or make ${where(path)} a map without dashes)`,
							`${where([...path, i])} 항목이 맵(KEY: value)입니다. ${where(path)}의 리스트 형식은 "KEY=value" 문자열을 받습니다: - ${pair} 로 쓰거나 대시 없이 맵으로 쓰세요`
						);
					}
					continue;
				}
				const types = errors
					.filter((b) => b.keyword === 'type' && b.schemaPath.startsWith(e.schemaPath + '/') && b.instancePath === e.instancePath)
					.flatMap((b) => String(b.params.type).split(','));
				const uniq = [...new Set(types)];
				push(
					path,
					uniq.length
						? `${where(path)} must be ${uniq.join(' or ')}, got ${describe(value)}`
						: `${where(path)} has an invalid value ${describe(value)}`,
					uniq.length
						? `${where(path)} 값은 ${uniq.map((x) => TYPE_KO[x] ?? x).join(' 또는 ')}이어야 합니다`
						: `${where(path)} 값이 잘못되었습니다`
				);
				break;
			}
			case 'uniqueItems':
				push(path, `${where(path)} has duplicate items`, `${where(path)}에 중복된 항목이 있습니다`);
				break;
			case 'if':
			case 'not':
				break;
			default:
				push(path, `${where(path)} ${e.message ?? 'is invalid'}`, `${where(path)} 값이 스키마에 맞지 않습니다`);
		}
	}
	return issues;
}
