/**
 * The built-in decks (`decks/*.md`, compiled as the build does) as a learner meets them: the totals the
 * decks issue asks for, no error diagnostic, and every command drill answerable: its own answer (or
 * the hidden token of a blank) grades right, and the grader knows every flag it uses — a flag the
 * grader does not know is one that docker/kubectl may not know either.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Card, CommandCard } from '../../src/lib/deck/types';
import { gradeBlank, gradeCommand, parseCommand } from '../../src/lib/drill';
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
		const wrong = commands.filter((c) =>
			c.blank && c.blank !== 'line' && c.hidden ? !gradeBlank(c.answer, c.hidden, c.hidden).correct : !gradeCommand(c.answer, c.answer).correct
		);
		expect(wrong.map(where)).toEqual([]);
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
