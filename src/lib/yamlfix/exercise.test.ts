import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { YamlFixCard } from '../deck/types';
import { gradeExercise, mutateYaml, validateYaml, yamlBlockToExercises } from './index';

const seed = readFileSync('/work/shared/seeds/000_897031abc304b90f.txt', 'utf8');
/** The ```yaml blocks of a markdown text with the line of their opening fence. */
function yamlBlocks(md: string): { text: string; line: number }[] {
	const out: { text: string; line: number }[] = [];
	const lines = md.split('\n');
	for (let i = 0; i < lines.length; i++) {
		if (lines[i].trim() !== '```yaml') continue;
		const start = i;
		const body: string[] = [];
		while (++i < lines.length && !lines[i].startsWith('```')) body.push(lines[i]);
		out.push({ text: body.join('\n'), line: start + 1 });
	}
	return out;
}
const fixture = (f: string) => readFileSync(new URL(`../../../tests/fixtures/yaml/valid/${f}`, import.meta.url), 'utf8');

describe('yamlBlockToExercises', () => {
	const blocks = yamlBlocks(seed);
	const ctx = (line: number) => ({ file: 'seeds/000.md', line, deckId: 'seed', tags: ['k8s'] });

	it('reports the broken nginx example of seed 000 at its line', () => {
		const nginx = blocks.find((b) => b.text.includes('nginx-deployment'));
		expect(nginx).toBeDefined();
		const r = yamlBlockToExercises(nginx!.text, ctx(nginx!.line));
		expect(r.cards).toEqual([]);
		expect(r.diagnostics.length).toBeGreaterThan(0);
		expect(r.diagnostics[0].message).toContain('k8s-service-selector-matches-pod');
		const selectorLine = seed.split('\n').findIndex((l) => l.includes('app: nginx-deployment')) + 1;
		expect(r.diagnostics[0].line).toBe(selectorLine);
		expect(r.diagnostics[0].file).toBe('seeds/000.md');
	});

	it('turns the valid wordpress compose block into 1-2 exercises with stable ids', () => {
		const wp = blocks.find((b) => b.text.includes('wordpress'));
		const r = yamlBlockToExercises(wp!.text, ctx(wp!.line));
		expect(r.diagnostics).toEqual([]);
		expect(r.cards.length).toBeGreaterThanOrEqual(1);
		expect(r.cards.length).toBeLessThanOrEqual(2);
		for (const card of r.cards) {
			expect(card.kind).toBe('yamlfix');
			expect(card.target).toBe('compose');
			expect(card.id).toMatch(/^seed:yamlfix:/);
			expect(gradeExercise(card, card.broken, 1).passed).toBe(false);
			expect(gradeExercise(card, card.solution!, 1).passed).toBe(true);
		}
		expect(yamlBlockToExercises(wp!.text, ctx(wp!.line)).cards.map((c) => c.id)).toEqual(r.cards.map((c) => c.id));
	});

	it('a fragment that is neither compose nor kubernetes gives an info diagnostic', () => {
		const r = yamlBlockToExercises('healthcheck:\n  test: ["CMD", "true"]\n', ctx(10));
		expect(r.cards).toEqual([]);
		expect(r.diagnostics[0].severity).toBe('info');
	});
});

describe('mutateYaml', () => {
	for (const f of ['deployment-service-ingress.yaml', 'statefulset.yaml', 'wordpress-compose.yaml', 'cronjob.yaml']) {
		it(`makes failing exercises from ${f} for several seeds, deterministically`, () => {
			const text = fixture(f);
			const kinds = new Set<string>();
			for (let s = 0; s < 12; s++) {
				const m = mutateYaml(text, s);
				expect(m).not.toBeNull();
				expect(mutateYaml(text, s)).toEqual(m);
				const card = { target: validateYaml(text).target as 'compose' | 'kubernetes', checks: m!.checks };
				expect(gradeExercise(card, m!.broken, 1).passed, m!.task).toBe(false);
				kinds.add(m!.checks[0]);
			}
			expect(kinds.size).toBeGreaterThanOrEqual(2);
		});
	}
	it('returns null for invalid input', () => {
		expect(mutateYaml('services:\n  a:\n    ports: ["99999:1"]\n', 1)).toBeNull();
		expect(mutateYaml('::: not yaml [', 1)).toBeNull();
	});
});

describe('gradeExercise', () => {
	const card: YamlFixCard = {
		id: 'x', kind: 'yamlfix', tags: [], target: 'compose', task: 't', checks: ['compose-restart-value'],
		broken: 'services:\n  a:\n    image: x:1\n    restart: allways\n'
	};
	it('Good on the first check, Hard after more, Again when failing', () => {
		const fixed = 'services:\n  a:\n    image: x:1\n    restart: always\n';
		expect(gradeExercise(card, fixed, 1)).toMatchObject({ passed: true, rating: 3 });
		expect(gradeExercise(card, fixed, 3)).toMatchObject({ passed: true, rating: 2 });
		expect(gradeExercise(card, card.broken, 1)).toMatchObject({ passed: false, rating: 1 });
	});
	it('any remaining error fails even when the named checks pass', () => {
		expect(gradeExercise(card, 'services:\n  a:\n    image: x:1\n    restart: always\n    prots: ["80:80"]\n', 1).passed).toBe(false);
	});
});

describe('positions', () => {
	it('points at the offending node, 1-based', () => {
		const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1\n      imagePulPolicy: Always\n';
		const d = validateYaml(text).diagnostics.find((x) => x.rule === 'k8s-unknown-field')!;
		expect(d).toMatchObject({ line: 9, col: 7, message: 'unknown field imagePulPolicy (did you mean imagePullPolicy?)' });
		expect(d.message_ko).toBeTruthy();
	});
	it('positions in later documents of a multi-doc file and through merge keys', () => {
		const text = 'a: 1\n---\nx-base: &b\n  image: nginx:1\n  restart: sometimes\nservices:\n  web:\n    <<: *b\n';
		const d = validateYaml(text, { target: 'compose' }).diagnostics.find((x) => x.rule === 'compose-restart-value');
		expect(d).toMatchObject({ line: 5, col: 12 });
	});
	it('YAML 1.1 pitfalls and tabs', () => {
		const r = validateYaml('services:\n  a:\n    image: x:1\n    ports:\n      - 22:22\n    restart: no\n');
		expect(r.diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['yaml-base60', 'yaml-boolean-word']));
		expect(r.diagnostics.every((d) => d.severity !== 'error')).toBe(true);
		const t = validateYaml('services:\n  a:\n\timage: x\n');
		expect(t.diagnostics[0]).toMatchObject({ rule: 'yaml-tab-indent', line: 3 });
	});
});

describe('the value a task asks for', () => {
	const card = {
		target: 'compose' as const,
		checks: ['compose-restart-value'],
		broken: 'services:\n  web:\n    image: nginx:1.25\n    restart: allways\n',
		solution: 'services:\n  web:\n    image: nginx:1.25\n    restart: always\n'
	};

	it('a valid value other than the asked one fails, on its line', () => {
		const graded = gradeExercise(card, 'services:\n  web:\n    image: nginx:1.25\n    restart: unless-stopped\n', 1);
		expect(graded.passed).toBe(false);
		expect(graded.failing).toMatchObject([{ rule: 'exercise-value', line: 4 }]);
		expect(graded.failing[0].message_ko).toContain('과제가 요구하는 값이 아닙니다');
	});

	it('the asked value passes, and so does a fix the solution did not make', () => {
		expect(gradeExercise(card, card.solution, 1).passed).toBe(true);
		const deps = {
			target: 'compose' as const,
			checks: ['compose-depends-on-unknown'],
			broken: 'services:\n  app:\n    image: a\n    depends_on: [dbb]\n  db:\n    image: postgres\n',
			solution: 'services:\n  app:\n    image: a\n    depends_on: [db]\n  db:\n    image: postgres\n'
		};
		// Renaming the service instead of the reference also fixes the file.
		expect(gradeExercise(deps, 'services:\n  app:\n    image: a\n    depends_on: [dbb]\n  dbb:\n    image: postgres\n', 1).passed).toBe(true);
	});
});

describe('syntax and type messages in Korean', () => {
	it.each([
		['services:\n  web\n    image: nginx\n', 'compose'],
		['services:\n  web:\n    image: "nginx\n', 'compose'],
		['services:\n  web:\n  image: nginx\n   ports: []\n', 'compose'],
		['services:\n  web:\n    image: nginx\nnetworks:\n  - a\n', 'compose']
	] as const)('%j', (text, target) => {
		const { diagnostics } = validateYaml(text, { target });
		expect(diagnostics.length).toBeGreaterThan(0);
		for (const d of diagnostics) expect(d.message_ko ?? '', d.message).not.toMatch(/Implicit|map keys|Unexpected|Missing|a list|a map|Nested/);
	});
});

describe('a healthcheck that tests nothing', () => {
	const compose = (healthcheck: string) =>
		`services:\n  app:\n    image: myapp:1.0\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n${healthcheck}`;
	it('timing options alone do not make a service healthy; a test does', () => {
		const rule = 'compose-healthy-needs-healthcheck';
		expect(validateYaml(compose('    healthcheck:\n      interval: 10s\n'), { target: 'compose' }).diagnostics.some((d) => d.rule === rule)).toBe(true);
		expect(validateYaml(compose('    healthcheck:\n      test: ["CMD", "pg_isready"]\n      interval: 10s\n'), { target: 'compose' }).diagnostics.some((d) => d.rule === rule)).toBe(false);
	});
});
