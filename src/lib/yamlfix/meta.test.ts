import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from './index';
import { rules as ruleImpls } from './rules/index';
import { checkIds } from './test-helpers';

const files = import.meta.glob('./rules/*.ts');

describe('rule metadata', () => {
	it('every rule has an id, a target, a severity, a description and a remediation', () => {
		for (const r of rules) {
			expect(r.id).toMatch(/^(yaml|k8s|compose)-[a-z0-9-]+$/);
			expect(['compose', 'kubernetes', 'any']).toContain(r.target);
			expect(['error', 'warning', 'info']).toContain(r.severity);
			expect(r.description.length).toBeGreaterThan(20);
			expect(r.remediation.length).toBeGreaterThan(10);
		}
	});

	it('ids are unique, one file per rule, all listed in rules/index.ts', () => {
		const ids = rules.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		const ruleFiles = Object.keys(files)
			.map((f) => f.replace('./rules/', '').replace(/\.ts$/, ''))
			.filter((f) => f !== 'index' && !f.endsWith('.test'));
		expect(ruleFiles.sort()).toEqual([...ids].sort());
		expect(ruleImpls.every((r) => typeof r.check === 'function')).toBe(true);
	});

	it('the target prefix matches the rule target', () => {
		for (const r of rules) {
			const expected = r.id.startsWith('k8s-') ? 'kubernetes' : r.id.startsWith('compose-') ? 'compose' : 'any';
			expect(r.target, r.id).toBe(expected);
		}
	});

	it('every rule id named in a checks: line of decks/yaml-exercises.md exists', () => {
		const deck = readFileSync(new URL('../../../decks/yaml-exercises.md', import.meta.url), 'utf8');
		const known = new Set(rules.map((r) => r.id));
		const named = checkIds(deck);
		expect(named.length).toBeGreaterThan(0);
		for (const id of named) expect(known.has(id), id).toBe(true);
	});
});
