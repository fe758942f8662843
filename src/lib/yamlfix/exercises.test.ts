import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeExercise, isFailing, validateYaml } from './index';
import { readExercises } from './test-helpers';

const deck = readFileSync(new URL('../../../decks/yaml-exercises.md', import.meta.url), 'utf8');
const exercises = readExercises(deck);

describe('decks/yaml-exercises.md', () => {
	it('has front matter and at least 30 exercises, each with checks and a solution', () => {
		expect(deck).toMatch(/^---\ndeck: yaml-fix\ntitle: .+\nlang: ko\n/);
		expect(exercises.length).toBeGreaterThanOrEqual(30);
		expect(exercises.length).toBe((deck.match(/^### 과제:/gm) ?? []).length);
		for (const ex of exercises) {
			expect(ex.checks.length, ex.task).toBeGreaterThan(0);
			expect(ex.solution, ex.task).toBeDefined();
		}
	});

	it('covers both compose and kubernetes', () => {
		const targets = new Set(exercises.map((e) => validateYaml(e.solution ?? '').target));
		expect(targets).toEqual(new Set(['compose', 'kubernetes']));
	});

	for (const ex of exercises) {
		it(`line ${ex.line}: broken fails ${ex.checks.join(', ')}, solution passes`, () => {
			const target = validateYaml(ex.solution ?? '').target;
			expect(target).not.toBe('unknown');
			const card = { target: target as 'compose' | 'kubernetes', checks: ex.checks };
			const broken = gradeExercise(card, ex.broken, 1);
			expect(broken.passed).toBe(false);
			// the first check named must be among the failing rules
			expect(broken.diagnostics.filter((d) => isFailing(d, ex.checks)).map((d) => d.rule)).toContain(ex.checks[0]);
			const solved = gradeExercise(card, ex.solution ?? '', 1);
			expect(solved.failing, JSON.stringify(solved.failing)).toEqual([]);
			expect(solved.passed).toBe(true);
			expect(solved.rating).toBe(3);
		});
	}
});
