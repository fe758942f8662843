/**
 * Command-line grader for command cards: `gradeCommand(expected, answer)` tells whether a typed
 * docker / docker compose / kubectl / minikube / helm command means the same as the expected one,
 * and explains each difference in Korean and English. Pure TypeScript; never throws.
 */
import { compareCommands } from './compare';
import { explain, formNote } from './explain';
import { parseCommand } from './parse';
import type { GradeResult } from './types';

export { hintToken, HINT_BLANK } from './hint';
export { parseCommand } from './parse';
export { suggestRating, type AnswerContext } from './rating';
export { tokenize } from './tokenize';
export type { Difference, DifferenceKind, DifferencePart, GradeResult, Message, ParsedCommand, Token, TokenizeError, TokenizeResult } from './types';

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

/**
 * Grades a fill-in-the-blank card: `typed` takes the place of `hidden` in `answer`. A blank flag at
 * the end of the line (a flag drill: `docker run -p`) is followed by a placeholder value, so that
 * `--publish` counts for `-p` whether or not the flag takes a value, and `-p` does not count for `-P`.
 */
export function gradeBlank(answer: string, hidden: string, typed: string): GradeResult {
	const trailing = answer.trimEnd().endsWith(hidden) && hidden.startsWith('-') ? ' {value}' : '';
	const answerLine = answer.replace(hidden, typed.trim());
	return gradeCommand(answer + trailing, answerLine + trailing);
}
