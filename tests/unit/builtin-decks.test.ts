/**
 * The built-in decks (`decks/*.md`, compiled as the build does) as a learner meets them: the totals the
 * decks issue asks for, no error diagnostic, and every command drill answerable: its own answer (or
 * the hidden token of a blank) grades right, and the grader knows every flag it uses — a flag the
 * grader does not know is one that docker/kubectl may not know either.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Card, CommandCard } from '../../src/lib/deck/types';
import { exampleCommand, gradeCard, gradeCommand, parseCommand } from '../../src/lib/drill';
import { compileNotesWithExercises } from '../../src/lib/notes/with-exercises';
import { validateYaml } from '../../src/lib/yamlfix';

const files = readdirSync('decks').filter((f) => f.endsWith('.md') && f !== 'README.md');
const compiled = files.map((f) => compileNotesWithExercises(readFileSync(`decks/${f}`, 'utf8'), f));
const cards: Card[] = compiled.flatMap((c) => c.deck.cards);
const commands = cards.filter((c): c is CommandCard => c.kind === 'command');
const where = (c: Card) => `${c.id} (line ${c.line}): ${c.kind === 'command' ? c.answer : ''}`;

describe('built-in decks', () => {
	it('compile with no error and meet the totals (≥ 300 cards, ≥ 80 command drills, ≥ 30 exercises)', () => {
		expect(compiled.flatMap((c) => c.diagnostics).filter((d) => d.severity === 'error')).toEqual([]);
		expect(cards.length).toBeGreaterThanOrEqual(300);
		expect(commands.length).toBeGreaterThanOrEqual(80);
		expect(cards.filter((c) => c.kind === 'yamlfix').length).toBeGreaterThanOrEqual(30);
		expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
	});

	it('every command drill is answered right by its own answer', () => {
		const wrong = commands.filter((c) => !gradeCard(c, c.blank && c.blank !== 'line' && c.hidden ? c.hidden : c.answer).correct);
		expect(wrong.map(where)).toEqual([]);
	});

	it('every command drill shows a runnable example that the grader reads as it is', () => {
		const unreadable = commands.filter((c) => {
			const example = exampleCommand(c);
			const result = gradeCommand(example, example);
			return !result.correct || parseCommand(example).issues.some((f) => f.code === 'flag-needs-value');
		});
		expect(unreadable.map(where)).toEqual([]);
	});

	it('short-name drills require the short name', () => {
		const shortNames = commands.filter((c) => c.form === 'short' && c.hidden);
		expect(shortNames.length).toBeGreaterThan(20);
		for (const c of shortNames) {
			const full = /`kubectl get ([a-z.]+)`/.exec(c.prompt)?.[1] ?? '';
			expect(gradeCard(c, full).correct, where(c)).toBe(false);
			expect(c.prompt).not.toMatch(/` [을를]/);
		}
	});

	it('every flag in a command drill is one the grader knows for that command', () => {
		// A flag drill (`docker run -w`: which flag sets the working directory?) ends with its flag, unvalued.
		const flagDrill = (c: CommandCard) => /\s-{1,2}[\w-]+$/.test(c.answer.trim());
		const problems = (c: CommandCard) => {
			const parsed = parseCommand(c.answer);
			if (!parsed.known) return [];
			return [...parsed.unknownFlags, ...parsed.issues.map((i) => i.code).filter((code) => !(code === 'flag-needs-value' && flagDrill(c)))];
		};
		expect(commands.filter((c) => problems(c).length > 0).map((c) => `${where(c)} → ${problems(c).join(', ')}`)).toEqual([]);
	});

	it('every exercise solution validates with no error', () => {
		const failing = cards.filter((c) => c.kind === 'yamlfix' && validateYaml(c.solution ?? '').diagnostics.some((d) => d.severity === 'error'));
		expect(failing.map((c) => c.id)).toEqual([]);
	});
});
