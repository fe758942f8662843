/**
 * YAML in notes: explicit exercises (`과제:` + ```yaml broken / ```yaml solution) become yamlfix
 * cards; plain ```yaml blocks go to the optional handler (mutation exercises) or are kept as an
 * info diagnostic for later.
 */
import type { Diagnostic, YamlFixCard, YamlTarget } from '../deck/types';
import type { Compilation } from './context';
import { cleanMarkdown, short } from './inline';
import { errorMessage } from '../errors';

export interface PendingTask {
	task: string;
	checks: string[];
	line: number;
}

const TASK = /^(?:#{1,6}\s*)?(?:과제|exercise|task)\s*[:：]\s*(.+)$/i;
const CHECKS = /^checks\s*[:：]\s*(.+)$/im;

/** `과제: …` / `Exercise: …` / `Task: …` heading or paragraph → the task of the next broken block. */
export function readTask(text: string, line: number): PendingTask | null {
	const lines = text.trim().split('\n');
	const m = TASK.exec(lines[0].trim());
	if (!m) return null;
	const task = cleanMarkdown([m[1], ...lines.slice(1).filter((l) => !CHECKS.test(l))].join('\n'));
	return { task, checks: readChecks(text) ?? [], line };
}

/** `checks: rule-a, rule-b` → rule ids. */
export function readChecks(text: string): string[] | null {
	const m = CHECKS.exec(text);
	if (!m) return null;
	return m[1].split(/[\s,]+/).map((s) => s.replace(/`/g, '').trim()).filter(Boolean);
}

/** compose when there is a top-level `services:`, kubernetes when there is `apiVersion`/`kind`. */
export function detectTarget(yaml: string): YamlTarget | null {
	if (/^services\s*:/m.test(yaml)) return 'compose';
	if (/^(?:apiVersion|kind)\s*:/m.test(yaml) || /^-?\s*(?:apiVersion|kind)\s*:/m.test(yaml)) return 'kubernetes';
	return null;
}

export function addExercise(c: Compilation, task: PendingTask, broken: string, line: number): YamlFixCard | null {
	const target = detectTarget(broken);
	if (!target) {
		c.diag(line, 'warning', 'exercise-target-unknown', { task: short(task.task) });
		return null;
	}
	const ok = c.add({ kind: 'yamlfix', target, task: task.task, broken, checks: task.checks }, line);
	return ok ? (c.cards[c.cards.length - 1] as YamlFixCard) : null;
}

/** A plain YAML block: the handler's cards, or an info diagnostic when there is no handler. */
export function plainYamlBlock(c: Compilation, yaml: string, line: number): void {
	const handler = c.options.yamlBlocks;
	if (!handler) {
		c.diag(line, 'info', 'yaml-kept');
		return;
	}
	let result: ReturnType<typeof handler>;
	try {
		result = handler(yaml, { file: c.file, line, deckId: c.deckId, tags: c.tags() });
	} catch (error) {
		c.diag(line, 'error', 'yaml-handler-failed', { error: errorMessage(error) });
		return;
	}
	const diagnostics: Diagnostic[] = Array.isArray(result?.diagnostics) ? result.diagnostics : [];
	for (const d of diagnostics) c.diagnostics.push({ ...d, file: d.file || c.file, line: d.line || line });
	for (const card of Array.isArray(result?.cards) ? result.cards : []) {
		if (!card || typeof card !== 'object') continue;
		const { id, tags: _tags, line: cardLine, ...draft } = card;
		// The handler's ids are kept: it knows how its mutations differ.
		c.add(draft, typeof cardLine === 'number' ? cardLine : line, undefined, typeof id === 'string' && id ? id : undefined);
	}
}
