/**
 * `gradeCommand(expected, answer)`: whether a typed command line means the same as the expected one,
 * with each difference explained (see `index.ts`).
 */
import { compareCommands } from './compare';
import { explain, formNote } from './explain';
import { parseCommand } from './parse';
import type { GradeResult } from './types';

/**
 * Grades `answer` against `expected` (a full command line; placeholders such as `{image}`, `<pod>`
 * or `[이미지명]` in `expected` match any one value). Takes well under a millisecond.
 */
export function gradeCommand(expected: string, answer: string): GradeResult {
	try {
		const expectedLine = typeof expected === 'string' ? expected : '';
		const answerLine = typeof answer === 'string' ? answer : '';
		const exp = parseCommand(expectedLine);
		const act = parseCommand(answerLine);
		const findings = compareCommands(exp, act, expectedLine, answerLine);
		const result: GradeResult = { correct: findings.length === 0, differences: findings.map(explain) };
		const form = act.forms.find((f) => !exp.forms.includes(f));
		if (result.correct && form) result.note = formNote(form, expectedLine);
		return result;
	} catch {
		// Grading must never take the review screen down; an unforeseen failure is a wrong answer.
		return { correct: false, differences: [explain({ code: 'internal-error', part: 'syntax', kind: 'invalid' })] };
	}
}
