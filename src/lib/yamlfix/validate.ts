/**
 * validateYaml: parse, detect the target, run every applicable rule. Never throws.
 */
import { parse } from 'yaml';
import { checkComposeSchema } from './compose-schema';
import { detectTarget, kubeObjects } from './detect';
import { checkKubeObject } from './kube-schema';
import { positionAt } from './locate';
import { parseYaml } from './parse';
import { rules } from './rules/index';
import type { DetectedTarget, RuleContext, SchemaIssue, YamlDiagnostic } from './types';
import { isObj } from './util';
import { errorMessage } from '../errors';

export interface ValidateOptions {
	/** Force the target instead of detecting it. */
	target?: 'compose' | 'kubernetes';
	/** Only run these rule ids (default: all). */
	only?: string[];
	/** The file's name: `docker-compose.override.yml` & co. are partial by design (see PARTIAL_RULES). */
	file?: string;
	/**
	 * The file is a kustomize strategic-merge patch (a kustomization.yaml names it under `patches:` or
	 * `patchesStrategicMerge:`, see kustomizePatchFiles). Files named `*.patch.yaml` and files with a
	 * `$patch` directive are recognised without it.
	 */
	patch?: boolean;
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
	'compose-undeclared-secret',
	'compose-healthy-needs-healthcheck'
]);

/**
 * Rules about what a kustomize strategic-merge patch leaves to the resource it patches: the patch holds
 * only the fields it changes, so what the base provides (containers' images, volumes, labels the
 * selector matches) is a warning there. Missing required fields and `$patch` directives are not reported.
 */
const PATCH_RULES = new Set([
	'k8s-selector-matches-template',
	'k8s-service-selector-matches-pod',
	'k8s-volume-mount-ref',
	'k8s-probe-port',
	'k8s-service-target-port',
	'k8s-config-ref',
	'k8s-pvc-ref',
	'k8s-strategy-conflict',
	'k8s-probe-handler'
]);

/** Strategic-merge-patch directives: `$patch`, `$retainKeys`, `$setElementOrder/…`, `$deleteFromPrimitiveList/…`. */
const PATCH_DIRECTIVE = /^\$(patch|retainKeys|setElementOrder\/.+|deleteFromPrimitiveList\/.+)$/;

function hasPatchDirective(v: unknown, depth = 0): boolean {
	if (depth > 64 || typeof v !== 'object' || v === null) return false;
	if (Array.isArray(v)) return v.some((x) => hasPatchDirective(x, depth + 1));
	return Object.entries(v).some(([k, x]) => PATCH_DIRECTIVE.test(k) || hasPatchDirective(x, depth + 1));
}

/** `deployment.patch.yaml`, `patch.yaml`, `memory-patch.yml`, `patch-replicas.yaml`. */
export function isPatchFile(file: string | undefined): boolean {
	return !!file && /(^|[._-])patch(es)?([._-][\w.-]*)?\.ya?ml$/i.test(file.replace(/^.*[/\\]/, ''));
}

/** Files a kustomization.yaml applies as strategic-merge patches (`patches: [{path}]`, `patchesStrategicMerge: [file]`). */
export function kustomizePatchFiles(kustomization: unknown): string[] {
	if (!isObj(kustomization)) return [];
	const out: string[] = [];
	for (const key of ['patches', 'patchesStrategicMerge']) {
		const list = kustomization[key];
		if (!Array.isArray(list)) continue;
		for (const p of list) {
			if (typeof p === 'string' && /\.ya?ml$/i.test(p.trim())) out.push(p.trim());
			else if (isObj(p) && typeof p.path === 'string') out.push(p.path);
		}
	}
	return out;
}

/**
 * The files a kustomization file names as strategic-merge patches, as paths next to it
 * (`overlays/prod/kustomization.yaml` + `patches: [{path: deployment.yaml}]` → `overlays/prod/deployment.yaml`):
 * what a caller with several files passes as `patch: true`. Unreadable YAML names none.
 */
export function kustomizePatchPaths(kustomizationFile: string, text: string): string[] {
	let data: unknown;
	try {
		data = parse(text);
	} catch {
		return [];
	}
	const dir = kustomizationFile.replace(/[^/\\]*$/, '');
	return kustomizePatchFiles(data).map((p) => normalizePath(dir + p));
}

/** `a/b/../c/./d.yaml` → `a/c/d.yaml` (forward slashes). */
function normalizePath(path: string): string {
	const out: string[] = [];
	for (const seg of path.replace(/\\/g, '/').split('/')) {
		if (seg === '..' && out.length && out[out.length - 1] !== '..') out.pop();
		else if (seg !== '.' && seg !== '') out.push(seg);
		else if (seg === '' && out.length === 0) out.push('');
	}
	return out.join('/');
}

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
					message: `the validator could not check this input: ${errorMessage(error)}`,
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
	const target: DetectedTarget = options.target ?? detectTarget(parsed.docs, options.file);
	const objects = target === 'kubernetes' ? kubeObjects(parsed.docs) : [];
	const patch = target === 'kubernetes' && (options.patch || isPatchFile(options.file) || objects.some((o) => hasPatchDirective(o.value)));
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
			if (patch) schema = schema.filter((i) => i.category !== 'required-field' && !(i.category === 'unknown-field' && PATCH_DIRECTIVE.test(String(i.path[i.path.length - 1]))));
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
				message: `rule ${rule.id} could not run: ${errorMessage(error)}`,
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
	if (patch)
		for (const d of diagnostics)
			if (PATCH_RULES.has(d.rule) && d.severity === 'error') {
				d.severity = 'warning';
				d.message += ' (a strategic-merge patch: fine if the resource it patches provides it)';
				if (d.message_ko) d.message_ko += ' (strategic-merge 패치: 패치 대상 리소스에 있으면 괜찮습니다)';
			}
	diagnostics.sort((a, b) => a.line - b.line || a.col - b.col || ORDER[a.severity] - ORDER[b.severity]);
	return { target, diagnostics };
}
