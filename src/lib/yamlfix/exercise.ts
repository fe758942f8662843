/**
 * YAML-fix exercises: grading a learner's text, making exercises from valid YAML by mutation, and turning
 * plain ```yaml blocks of notes into exercises.
 */
import { cardId } from '../deck/ids';
import type { Diagnostic, YamlFixCard } from '../deck/types';
import { rangeAt } from './locate';
import { parseYaml } from './parse';
import { rules } from './rules/index';
import type { YamlDiagnostic, YamlPath } from './types';
import { asArr, asObj, isObj } from './util';
import { validateYaml } from './validate';
import { kubeObjects } from './detect';
import { seededRandom } from '../deck/random';

export type Rating = 1 | 2 | 3 | 4;

export interface GradeResult {
	passed: boolean;
	rating: Rating;
	/** Every diagnostic of the learner's text. */
	diagnostics: YamlDiagnostic[];
	/** The diagnostics that make the exercise fail (a required check or any error). */
	failing: YamlDiagnostic[];
}

/** Whether `d` makes an exercise with these checks fail: any error, or a warning of a required rule. */
export function isFailing(d: YamlDiagnostic, checks: string[]): boolean {
	return d.severity === 'error' || (d.severity === 'warning' && checks.includes(d.rule));
}

/**
 * Grade a learner's text. `attempts` counts the Check presses including this one.
 * Passed on the first Check → Good (3); passed after more Checks → Hard (2); not passed → Again (1).
 */
export function gradeExercise(card: Pick<YamlFixCard, 'target' | 'checks'> & Partial<Pick<YamlFixCard, 'broken' | 'solution'>>, text: string, attempts: number): GradeResult {
	const { diagnostics: found } = validateYaml(text, { target: card.target });
	const diagnostics = [...found, ...valuesAskedFor(card, text)];
	const checks = card.checks.length ? card.checks : rules.filter((r) => r.severity === 'error').map((r) => r.id);
	const failing = diagnostics.filter((d) => isFailing(d, checks));
	const passed = failing.length === 0;
	return { passed, rating: passed ? (attempts > 1 ? 2 : 3) : 1, diagnostics, failing };
}

/** Scalar leaves of plain YAML data, by path (`services.web.restart` → `allways`). */
function scalarLeaves(value: unknown, path: YamlPath = [], out = new Map<string, { path: YamlPath; value: string }>()) {
	if (Array.isArray(value)) value.forEach((item, i) => scalarLeaves(item, [...path, i], out));
	else if (isObj(value)) for (const [key, item] of Object.entries(value)) scalarLeaves(item, [...path, key], out);
	else if (value !== null && value !== undefined) out.set(JSON.stringify(path), { path, value: String(value) });
	return out;
}

/**
 * A valid value that is not the one the task asks for: where the solution changed a scalar of the
 * broken file (`restart: allways` → `always`) and the learner changed it too, but to something else
 * (`unless-stopped`), the file is valid but the task ("always restart") is not done. A learner who
 * fixed it another way (renamed the service instead of the reference) left that value as it was or
 * removed it, and is not held to the solution's value. Needs the card's broken text and solution.
 */
export function valuesAskedFor(card: Partial<Pick<YamlFixCard, 'broken' | 'solution'>>, text: string): YamlDiagnostic[] {
	if (!card.broken || !card.solution) return [];
	const [broken, solution, answer] = [card.broken, card.solution, text].map((t) => parseYaml(t));
	if (broken.docs.length !== solution.docs.length || answer.docs.length !== solution.docs.length) return [];
	const out: YamlDiagnostic[] = [];
	solution.docs.forEach((doc, i) => {
		const before = scalarLeaves(broken.docs[i].value);
		const after = scalarLeaves(answer.docs[i].value);
		for (const [key, wanted] of scalarLeaves(doc.value)) {
			const was = before.get(key)?.value;
			const now = after.get(key)?.value;
			if (was === undefined || was === wanted.value || now === undefined || now === was || now === wanted.value) continue;
			const range = rangeAt(answer.docs[i].doc, wanted.path);
			const at = range ? answer.lineCounter.linePos(range[0]) : { line: 1, col: 1 };
			const name = String(wanted.path[wanted.path.length - 1]);
			out.push({
				rule: 'exercise-value',
				severity: 'error',
				line: at.line,
				col: at.col,
				message: `${name}: ${now} is valid, but not the value the task asks for`,
				message_ko: `${name}: ${now}도 올바른 값이지만 과제가 요구하는 값이 아닙니다. 과제를 다시 읽어 보세요`
			});
		}
	});
	return out;
}

// ---------------------------------------------------------------- mutation

export interface Mutation {
	broken: string;
	/** What the learner must do, in Korean. */
	task: string;
	checks: string[];
}


interface Candidate {
	name: string;
	task: string;
	checks: string[];
	/** Returns the mutated text, or null when the mutation does not apply to this text. */
	apply(text: string, pick: () => number): string | null;
}


function docsOf(text: string) {
	return parseYaml(text).docs.filter((d) => !d.broken);
}

function replaceAt(text: string, r: [number, number] | null, value: string): string | null {
	return r ? text.slice(0, r[0]) + value + text.slice(r[1]) : null;
}

function deleteLineAt(text: string, offset: number): string {
	const start = text.lastIndexOf('\n', offset - 1) + 1;
	const end = text.indexOf('\n', offset);
	return text.slice(0, start) + (end < 0 ? '' : text.slice(end + 1));
}

function choose<T>(items: T[], pick: () => number): T | undefined {
	return items.length ? items[Math.floor(pick() * items.length)] : undefined;
}

/** Every (doc, path) of k8s objects satisfying `f`. */
function kubeFind(text: string, f: (o: ReturnType<typeof kubeObjects>[number]) => YamlPath[]): { docIndex: number; path: YamlPath }[] {
	const out: { docIndex: number; path: YamlPath }[] = [];
	const docs = docsOf(text);
	for (const o of kubeObjects(docs)) for (const p of f(o)) out.push({ docIndex: docs.indexOf(o.doc), path: p });
	return out;
}

function withDoc(text: string, docIndex: number, edit: (doc: import('yaml').Document) => string | null): string | null {
	const doc = docsOf(text)[docIndex]?.doc;
	return doc ? edit(doc) : null;
}

function containerPaths(o: ReturnType<typeof kubeObjects>[number]): YamlPath[] {
	const v = o.value;
	const t =
		o.kind === 'Pod' ? [] : o.kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'template'] : ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(o.kind) ? ['spec', 'template'] : null;
	if (!t) return [];
	let cur: unknown = v;
	for (const s of t) cur = asObj(cur)[s];
	return asArr(asObj(asObj(cur).spec).containers).map((_, i) => [...o.path, ...t, 'spec', 'containers', i]);
}

const CANDIDATES: Candidate[] = [
	{
		name: 'service-selector',
		task: 'Service가 파드로 트래픽을 보내지 못한다. Service의 selector를 파드 레이블에 맞게 고쳐라',
		checks: ['k8s-service-selector-matches-pod'],
		apply(text, pick) {
			const hits = kubeFind(text, (o) => (o.kind === 'Service' && isObj(asObj(o.value.spec).selector) ? Object.keys(asObj(asObj(o.value.spec).selector)).slice(0, 1).map((k) => [...o.path, 'spec', 'selector', k]) : []));
			const hit = choose(hits, pick);
			return hit ? withDoc(text, hit.docIndex, (doc) => replaceAt(text, rangeAt(doc, hit.path), `${String(doc.getIn(hit.path))}-svc`)) : null;
		}
	},
	{
		name: 'deployment-selector',
		task: '워크로드가 생성되지 않는다. spec.selector.matchLabels와 파드 템플릿 레이블을 일치시켜라',
		checks: ['k8s-selector-matches-template'],
		apply(text, pick) {
			const hits = kubeFind(text, (o) => Object.keys(asObj(asObj(asObj(o.value.spec).selector).matchLabels)).slice(0, 1).map((k) => [...o.path, 'spec', 'selector', 'matchLabels', k]));
			const hit = choose(hits, pick);
			return hit ? withDoc(text, hit.docIndex, (doc) => replaceAt(text, rangeAt(doc, hit.path), `${String(doc.getIn(hit.path))}-app`)) : null;
		}
	},
	{
		name: 'api-version',
		task: '클러스터가 이 매니페스트를 받아들이지 않는다. 제거된 apiVersion을 현재 버전으로 고쳐라',
		checks: ['k8s-api-version'],
		apply(text, pick) {
			const old: Record<string, string> = { Deployment: 'extensions/v1beta1', DaemonSet: 'apps/v1beta2', StatefulSet: 'apps/v1beta1', Ingress: 'networking.k8s.io/v1beta1', CronJob: 'batch/v1beta1', ReplicaSet: 'extensions/v1beta1' };
			const hits = kubeFind(text, (o) => (old[o.kind] ? [[...o.path, 'apiVersion']] : []));
			const hit = choose(hits, pick);
			if (!hit) return null;
			return withDoc(text, hit.docIndex, (doc) => {
				const kind = String(doc.getIn([...hit.path.slice(0, -1), 'kind']));
				return replaceAt(text, rangeAt(doc, hit.path), old[kind]);
			});
		}
	},
	{
		name: 'container-port-text',
		task: '포트 번호의 타입이 잘못되었다. containerPort를 올바른 타입으로 고쳐라',
		checks: ['k8s-field-type'],
		apply(text, pick) {
			const hits = kubeFind(text, (o) => containerPaths(o).flatMap((c) => {
				let cur: unknown = o.value;
				for (const s of c.slice(o.path.length)) cur = Array.isArray(cur) ? cur[s as number] : asObj(cur)[s as string];
				return asArr(asObj(cur).ports).map((_, i) => [...c, 'ports', i, 'containerPort']);
			}));
			const hit = choose(hits, pick);
			return hit ? withDoc(text, hit.docIndex, (doc) => replaceAt(text, rangeAt(doc, hit.path), `"${String(doc.getIn(hit.path))}"`)) : null;
		}
	},
	{
		name: 'missing-image',
		task: '컨테이너에 필수 필드가 빠져 파드를 만들 수 없다. 빠진 필드를 채워라',
		checks: ['k8s-required-field'],
		apply(text, pick) {
			const hits = kubeFind(text, (o) => containerPaths(o).map((c) => [...c, 'image']));
			const hit = choose(hits, pick);
			if (!hit) return null;
			return withDoc(text, hit.docIndex, (doc) => {
				const r = rangeAt(doc, hit.path, true);
				const v = rangeAt(doc, hit.path);
				if (!r || !v || text.slice(r[0], v[1]).includes('\n')) return null;
				const lineStart = text.lastIndexOf('\n', r[0] - 1) + 1;
				if (text.slice(lineStart, r[0]).trim() !== '') return null; // `- image:` or flow style: leave it
				return deleteLineAt(text, r[0]);
			});
		}
	},
	{
		name: 'unknown-field',
		task: 'kubectl apply가 알 수 없는 필드라며 거부한다. 오타가 난 필드 이름을 고쳐라',
		checks: ['k8s-unknown-field'],
		apply(text, pick) {
			const typos: Record<string, string> = { imagePullPolicy: 'imagePulPolicy', containerPort: 'containerport', replicas: 'replica', mountPath: 'mountpath', matchLabels: 'matchLabel', targetPort: 'targetport' };
			const docs = docsOf(text);
			const hits: { docIndex: number; range: [number, number]; key: string }[] = [];
			docs.forEach((d, docIndex) => {
				const walk = (v: unknown, path: YamlPath, depth: number) => {
					if (depth > 30) return;
					if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i], depth + 1));
					else if (isObj(v))
						for (const [k, x] of Object.entries(v)) {
							const r = typos[k] ? rangeAt(d.doc, [...path, k], true) : null;
							if (r) hits.push({ docIndex, range: r, key: k });
							walk(x, [...path, k], depth + 1);
						}
				};
				if (isObj(d.value) && typeof d.value.kind === 'string') walk(d.value, [], 0);
			});
			const hit = choose(hits, pick);
			return hit ? replaceAt(text, hit.range, typos[hit.key]) : null;
		}
	},
	{
		name: 'bad-indent',
		task: 'YAML 문법 오류가 있다. 들여쓰기를 바로잡아라',
		checks: ['yaml-syntax'],
		apply(text, pick) {
			const lines = text.split('\n');
			const idx = lines
				.map((l, i) => [l, i] as const)
				.filter(([l, i]) => i > 0 && /^( {2,})[A-Za-z_][\w.-]*:( |$)/.test(l) && /^ *[A-Za-z_"'][^#]*:\s*\S/.test(lines[i - 1]))
				.map(([, i]) => i);
			const i = choose(idx, pick);
			if (i === undefined) return null;
			lines[i] = ' ' + lines[i];
			return lines.join('\n');
		}
	},
	{
		name: 'undeclared-volume',
		task: 'docker compose up이 정의되지 않은 볼륨이라며 실패한다. 서비스가 쓰는 볼륨 이름을 최상위 volumes 선언과 맞춰라',
		checks: ['compose-undeclared-volume'],
		apply(text, pick) {
			const d = docsOf(text).find((x) => isObj(x.value) && isObj((x.value as Record<string, unknown>).services));
			if (!d) return null;
			const declared = Object.keys(asObj(asObj(d.value).volumes));
			const hits: YamlPath[] = [];
			for (const [name, svc] of Object.entries(asObj(asObj(d.value).services)))
				asArr(asObj(svc).volumes).forEach((v, i) => {
					if (typeof v === 'string' && declared.includes(v.split(':')[0]) && v.includes(':')) hits.push(['services', name, 'volumes', i]);
				});
			const hit = choose(hits, pick);
			if (!hit) return null;
			const value = String(d.doc.getIn(hit));
			const [name, ...rest] = value.split(':');
			const changed = name.includes('_') ? name.replace(/_/g, '-') : `${name}-data`;
			return replaceAt(text, rangeAt(d.doc, hit), [changed, ...rest].join(':'));
		}
	},
	{
		name: 'depends-on-typo',
		task: 'depends_on이 존재하지 않는 서비스를 가리킨다. 올바른 서비스 이름으로 고쳐라',
		checks: ['compose-depends-on-unknown'],
		apply(text, pick) {
			const d = docsOf(text).find((x) => isObj(asObj(x.value).services));
			if (!d) return null;
			const hits: { path: YamlPath; key: boolean }[] = [];
			for (const [name, svc] of Object.entries(asObj(asObj(d.value).services))) {
				const dep = asObj(svc).depends_on;
				if (Array.isArray(dep)) dep.forEach((_, i) => hits.push({ path: ['services', name, 'depends_on', i], key: false }));
				else if (isObj(dep)) Object.keys(dep).forEach((k) => hits.push({ path: ['services', name, 'depends_on', k], key: true }));
			}
			const hit = choose(hits, pick);
			if (!hit) return null;
			const r = rangeAt(d.doc, hit.path, hit.key);
			if (!r) return null;
			return replaceAt(text, r, `${text.slice(r[0], r[1]).replace(/^["']|["']$/g, '')}-server`);
		}
	},
	{
		name: 'restart-value',
		task: 'restart 정책 값이 잘못되었다. 올바른 값으로 고쳐라',
		checks: ['compose-restart-value'],
		apply(text, pick) {
			const d = docsOf(text).find((x) => isObj(asObj(x.value).services));
			if (!d) return null;
			const hits = Object.entries(asObj(asObj(d.value).services)).filter(([, s]) => typeof asObj(s).restart === 'string').map(([n]) => ['services', n, 'restart']);
			const hit = choose(hits, pick);
			if (!hit) return null;
			const bad: Record<string, string> = { always: 'alway', 'unless-stopped': 'unless-stop', 'on-failure': 'on-fail', no: 'never' };
			const cur = String(d.doc.getIn(hit));
			return replaceAt(text, rangeAt(d.doc, hit), bad[cur] ?? 'sometimes');
		}
	},
	{
		name: 'port-range',
		task: '포트 번호가 범위를 벗어났다. 1~65535 범위의 올바른 포트 매핑으로 고쳐라',
		checks: ['compose-port-range'],
		apply(text, pick) {
			const d = docsOf(text).find((x) => isObj(asObj(x.value).services));
			if (!d) return null;
			const hits: YamlPath[] = [];
			for (const [n, s] of Object.entries(asObj(asObj(d.value).services)))
				asArr(asObj(s).ports).forEach((p, i) => {
					if (typeof p === 'string' && /^\d+:\d+$/.test(p)) hits.push(['services', n, 'ports', i]);
				});
			const hit = choose(hits, pick);
			if (!hit) return null;
			const [h, c] = String(d.doc.getIn(hit)).split(':');
			return replaceAt(text, rangeAt(d.doc, hit), `"${h}0:${c}"`.replace(/^"(\d{6,})/, '"$1'));
		}
	}
];

/**
 * Make an exercise from valid YAML by one seeded mutation (a broken selector label, an old apiVersion,
 * containerPort as text, bad indentation, a missing required field, an undeclared volume…).
 * Returns null when the text is not valid or no mutation applies.
 */
export function mutateYaml(validYaml: string, seed: number): Mutation | null {
	try {
		const original = validateYaml(validYaml);
		if (original.target === 'unknown' || original.diagnostics.some((d) => d.severity === 'error')) return null;
		const pick = seededRandom(seed);
		const order = CANDIDATES.map((c) => [pick(), c] as const)
			.sort((a, b) => a[0] - b[0])
			.map(([, c]) => c);
		for (const c of order) {
			const broken = c.apply(validYaml, pick);
			if (!broken || broken === validYaml) continue;
			const before = original.diagnostics.filter((d) => isFailing(d, c.checks)).length;
			const after = validateYaml(broken, { target: original.target });
			if (before === 0 && after.diagnostics.some((d) => c.checks.includes(d.rule) && isFailing(d, c.checks))) {
				return { broken, task: c.task, checks: c.checks };
			}
		}
		return null;
	} catch {
		return null;
	}
}

// ---------------------------------------------------------------- notes blocks

export interface YamlBlockContext {
	file: string;
	/** 1-based line of the opening fence in `file`: YAML line n is reported at `line + n`. */
	line: number;
	deckId: string;
	tags: string[];
}

/**
 * For the notes compiler: a plain ```yaml block becomes 1–2 exercises by mutation when it is a valid
 * compose file or manifest; a block with errors is reported as a diagnostic (located in `file`).
 */
export function yamlBlockToExercises(yaml: string, ctx: YamlBlockContext): { cards: YamlFixCard[]; diagnostics: Diagnostic[] } {
	const result = validateYaml(yaml);
	const errors = result.diagnostics.filter((d) => d.severity === 'error');
	if (errors.length) {
		return {
			cards: [],
			diagnostics: errors.slice(0, 5).map((d) => ({
				file: ctx.file,
				line: ctx.line + d.line,
				col: d.col,
				severity: 'warning' as const,
				message: `YAML block is invalid (${d.rule}): ${d.message}${d.message_ko ? ` / ${d.message_ko}` : ''}`
			}))
		};
	}
	if (result.target === 'unknown') {
		return {
			cards: [],
			diagnostics: [{ file: ctx.file, line: ctx.line, severity: 'info', message: 'YAML block is neither a compose file nor a Kubernetes manifest: no exercise made' }]
		};
	}
	const cards: YamlFixCard[] = [];
	const seen = new Set<string>();
	for (let seed = 1; seed <= 8 && cards.length < 2; seed++) {
		const m = mutateYaml(yaml, seed);
		if (!m || seen.has(m.checks.join(','))) continue;
		seen.add(m.checks.join(','));
		cards.push({
			id: cardId(ctx.deckId, 'yamlfix', `${m.task}\n${m.broken}`),
			kind: 'yamlfix',
			tags: ctx.tags,
			line: ctx.line,
			target: result.target,
			task: m.task,
			broken: m.broken,
			solution: yaml,
			checks: m.checks
		});
	}
	if (cards.length === 0) {
		return { cards, diagnostics: [{ file: ctx.file, line: ctx.line, severity: 'info', message: 'valid YAML block, but no exercise could be made from it' }] };
	}
	return { cards, diagnostics: [] };
}

