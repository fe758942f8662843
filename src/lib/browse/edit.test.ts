import { describe, expect, it } from 'vitest';
import type { Card } from '../deck/types';
import { blankCard, checkCard, newCardId, parseTags } from './edit';

const fields = (card: Card) => checkCard(card).map((p) => p.field);
const solution = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - containerPort: 80\n';
const broken = solution.replace('containerPort: 80', 'containerPort: "80"');

describe('checkCard', () => {
	it('concept: front and back must be filled in', () => {
		expect(fields({ id: 'c', kind: 'concept', tags: [], front: 'Q', back: 'A' })).toEqual([]);
		expect(fields({ id: 'c', kind: 'concept', tags: [], front: ' ', back: '' })).toEqual(['front', 'back']);
	});

	it('command: the answer parses with the grader specs, and says why not', () => {
		expect(checkCard({ id: 'c', kind: 'command', tags: [], prompt: 'p', answer: 'docker run -d -p 8080:80 nginx' })).toEqual([]);
		const typo = checkCard({ id: 'c', kind: 'command', tags: [], prompt: 'p', answer: 'docker runn -d nginx' });
		expect(typo).toHaveLength(1);
		expect(typo[0].message.en).toMatch(/runn.*did you mean `run`/);
		const quote = checkCard({ id: 'c', kind: 'command', tags: [], prompt: 'p', answer: 'docker run "nginx' });
		expect(quote.map((p) => p.message.en)).toEqual([expect.stringMatching(/double quote.*position 12/)]);
		expect(checkCard({ id: 'c', kind: 'command', tags: [], prompt: 'p', answer: 'dokcer ps' })[0].message.en).toMatch(/not a command the grader knows/);
		expect(fields({ id: 'c', kind: 'command', tags: [], prompt: '', answer: '' })).toEqual(['prompt', 'answer']);
		expect(fields({ id: 'c', kind: 'command', tags: [], prompt: 'p', answer: 'docker ps -a', blank: 'flag', hidden: '-q' })).toEqual(['answer']);
	});

	it('choice: two or more distinct options, exactly one right', () => {
		const ok: Card = { id: 'c', kind: 'choice', tags: [], prompt: 'p', options: ['a', 'b'], answer: 'b' };
		expect(fields(ok)).toEqual([]);
		expect(fields({ ...ok, options: ['a', ''], answer: 'a' })).toEqual(['options']);
		expect(fields({ ...ok, options: ['a', 'a'], answer: 'a' })).toEqual(['options', 'answer']);
		expect(fields({ ...ok, answer: 'c' })).toEqual(['answer']);
	});

	it('yamlfix: the broken file must fail and the solution pass the validator', () => {
		const card: Card = { id: 'c', kind: 'yamlfix', tags: [], target: 'kubernetes', task: 'Fix the port', broken, solution, checks: [] };
		expect(checkCard(card)).toEqual([]);
		const swapped = checkCard({ ...card, broken: solution, solution: broken });
		expect(swapped.map((p) => p.field)).toEqual(['broken', 'solution']);
		expect(swapped[1].message.en).toMatch(/Solution line 10: .*containerPort must be a number/);
		expect(fields({ ...card, task: '', solution: '' })).toEqual(['task', 'solution']);
	});

	it('blank cards of every kind fail until filled in', () => {
		for (const kind of ['concept', 'command', 'choice', 'yamlfix'] as const) expect(checkCard(blankCard(kind)).length).toBeGreaterThan(0);
	});
});

describe('helpers', () => {
	it('newCardId is unique per salt and keeps the deck prefix', () => {
		const a = newCardId('mine', 'concept', 1000, 'a');
		expect(a.startsWith('mine:concept:u')).toBe(true);
		expect(newCardId('mine', 'concept', 1000, 'b')).not.toBe(a);
	});
	it('parseTags trims, drops empties and repeats', () => {
		expect(parseTags(' docker, docker run ,, docker')).toEqual(['docker', 'docker run']);
	});
});
