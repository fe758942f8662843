import { describe, expect, it } from 'vitest';
import type { Card } from '../deck/types';
import { blankCard, checkCard, findingsAreFor, newCardId, parseTags, yamlfixFindings } from './edit';

const fields = (card: Card) => checkCard(card).map((p) => p.field);
const solution = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - containerPort: 80\n';
const broken = solution.replace('containerPort: 80', 'containerPort: "80"');

describe('checkCard', () => {
	it('concept: front and back must be filled in', () => {
		expect(fields({ id: 'c', kind: 'concept', tags: [], front: 'Q', back: 'A' })).toEqual([]);
		expect(fields({ id: 'c', kind: 'concept', tags: [], front: ' ', back: '' })).toEqual(['front', 'back']);
		// The particle follows the word (walkthrough: "앞면을(를) 입력하세요." was shown as it stands).
		expect(checkCard({ id: 'c', kind: 'concept', tags: [], front: '', back: '' }).map((p) => p.message.ko)).toEqual(['앞면을 입력하세요.', '뒷면을 입력하세요.']);
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
		// A built-in flag drill that stops at its hidden flag opens in the editor without a problem
		// (walkthrough: "-p 플래그에 값이 없습니다" was shown before anything was typed); a full line still needs the value.
		expect(checkCard({ id: 'c', kind: 'command', tags: [], prompt: 'p', answer: 'docker run -p', blank: 'flag', hidden: '-p' })).toEqual([]);
		expect(fields({ id: 'c', kind: 'command', tags: [], prompt: 'p', answer: 'docker run -p' })).toEqual(['answer']);
		expect(checkCard({ id: 'c', kind: 'command', tags: [], prompt: 'p', answer: 'dokcer ps' })[0].message.ko).toMatch(/^`dokcer`는 /);
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

	it('yamlfix preview: the validator findings of both files, and when they are stale', () => {
		const card: Card & { kind: 'yamlfix' } = { id: 'c', kind: 'yamlfix', tags: [], target: 'kubernetes', task: 'Fix the port', broken, solution, checks: [] };
		const found = yamlfixFindings(card);
		expect(found.broken.map((d) => d.line)).toEqual([10]);
		expect(found.broken[0].message).toMatch(/containerPort must be a number/);
		expect(found.broken[0].message_ko).toBeTruthy();
		expect(found.solution).toEqual([]);
		expect(findingsAreFor(found, card)).toBe(true);
		expect(findingsAreFor(found, { ...card, broken: broken + '\n' })).toBe(false);
		expect(findingsAreFor(found, { ...card, target: 'compose' })).toBe(false);
		// Empty files have no findings (their own "is empty" problem says it).
		expect(yamlfixFindings({ ...card, broken: ' ', solution: '' })).toMatchObject({ broken: [], solution: [] });
	});

	it('yamlfix checks use given findings, redo stale ones, and leave the validator out when told "later"', () => {
		const card: Card = { id: 'c', kind: 'yamlfix', tags: [], target: 'kubernetes', task: 'Fix the port', broken, solution, checks: [] };
		const swapped: Card = { ...card, broken: solution, solution: broken };
		// Findings of another text are stale: the check makes its own.
		expect(fields(swapped)).toEqual(['broken', 'solution']);
		expect(checkCard(swapped, yamlfixFindings(card)).map((p) => p.field)).toEqual(['broken', 'solution']);
		expect(checkCard(swapped, yamlfixFindings(swapped)).map((p) => p.field)).toEqual(['broken', 'solution']);
		expect(checkCard(swapped, 'later')).toEqual([]);
		expect(checkCard({ ...swapped, task: '' }, 'later').map((p) => p.field)).toEqual(['task']);
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
