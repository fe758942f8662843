/**
 * validateYaml: parse, detect the target, run every applicable rule. Never throws.
 */
import { checkComposeSchema } from './compose-schema';
import { detectTarget, kubeObjects } from './detect';
import { checkKubeObject } from './kube-schema';
import { positionAt } from './locate';
import { parseYaml } from './parse';
import { rules } from './rules/index';
import type { DetectedTarget, RuleContext, SchemaIssue, YamlDiagnostic } from './types';
import { isObj } from './util';

export interface ValidateOptions {
	/** Force the target instead of detecting it. */
	target?: 'compose' | 'kubernetes';
	/** Only run these rule ids (default: all). */
	only?: string[];
	/** The file's name: `docker-compose.override.yml` & co. are partial by design (see PARTIAL_RULES). */
	file?: string;
}

/**
 * Rules about what a compose file refers to elsewhere in the project. An override file
 * (`compose.override.yaml`) is merged over the main file, so a service there may have no image, and
 * may use volumes, networks and services the main file declares: these are warnings there.
 */
const PARTIAL_RULES = new Set([
	'compose-image-or-build',
	'compose-depends-on-unknown',
	'compose-undeclared-volume',
	'compose-undeclared-network',
	'compose-healthy-needs-healthcheck'
]);

/** `docker-compose.override.yml`, `compose.override.yaml`, `docker-compose.prod.override.yml`. */
export function isOverrideFile(file: string | undefined): boolean {
	return !!file && /override[^/\\]*\.ya?ml$/i.test(file.replace(/^.*[/\\]/, ''));
}

export interface ValidateResult {
	target: DetectedTarget;
	diagnostics: YamlDiagnostic[];
}

const ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** Validate a YAML text (compose file or Kubernetes manifests). Diagnostics are sorted by line, col. */
export function validateYaml(text: string, options: ValidateOptions = {}): ValidateResult {
	try {
		return run(typeof text === 'string' ? text : String(text ?? ''), options);
	} catch (error) {
		return {
			target: 'unknown',
			diagnostics: [
				{
					rule: 'yaml-limits',
					severity: 'error',
					message: `the validator could not check this input: ${error instanceof Error ? error.message : String(error)}`,
					message_ko: '이 입력을 검사할 수 없습니다',
					line: 1,
					col: 1
				}
			]
		};
	}
}

function run(text: string, options: ValidateOptions): ValidateResult {
	const parsed = parseYaml(text);
	const target: DetectedTarget = options.target ?? detectTarget(parsed.docs);
	const objects = target === 'kubernetes' ? kubeObjects(parsed.docs) : [];
	const candidates = target === 'compose' ? parsed.docs.filter((d) => !d.broken && isObj(d.value)) : [];
	const composeDoc = candidates.find((d) => 'services' in (d.value as object)) ?? candidates[0];
	let schema: SchemaIssue[] | null = null;
	const ctx: RuleContext = {
		text,
		target,
		docs: parsed.docs,
		lineCounter: parsed.lineCounter,
		objects,
		compose: composeDoc ? { doc: composeDoc, value: composeDoc.value as Record<string, unknown> } : null,
		parseIssues: parsed.issues,
		schemaIssues() {
			if (schema) return schema;
			schema = [];
			if (target === 'kubernetes') for (const obj of objects) schema.push(...checkKubeObject(obj));
			else if (ctx.compose) schema.push(...checkComposeSchema(ctx.compose.doc, ctx.compose.value));
			return schema;
		},
		at: (doc, path, atKey) => positionAt(doc.doc, parsed.lineCounter, path, atKey)
	};
	const diagnostics: YamlDiagnostic[] = [];
	for (const rule of rules) {
		if (rule.target !== 'any' && rule.target !== target) continue;
		if (options.only && !options.only.includes(rule.id)) continue;
		try {
			diagnostics.push(...rule.check(ctx));
		} catch (error) {
			diagnostics.push({
				rule: rule.id,
				severity: 'info',
				message: `rule ${rule.id} could not run: ${error instanceof Error ? error.message : String(error)}`,
				line: 1,
				col: 1
			});
		}
	}
	if (target === 'compose' && isOverrideFile(options.file))
		for (const d of diagnostics)
			if (PARTIAL_RULES.has(d.rule) && d.severity === 'error') {
				d.severity = 'warning';
				d.message += ' (an override file: fine if the file it overrides provides it)';
				if (d.message_ko) d.message_ko += ' (override 파일: 덮어쓰는 원래 파일에 있으면 괜찮습니다)';
			}
	diagnostics.sort((a, b) => a.line - b.line || a.col - b.col || ORDER[a.severity] - ORDER[b.severity]);
	return { target, diagnostics };
}
