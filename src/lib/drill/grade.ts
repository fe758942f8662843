/**
 * `gradeCommand(expected, answer)`: whether a typed command line means the same as the expected one,
 * with each difference explained (see `index.ts`).
 */
import { compareCommands } from './compare';
import { explain, formNote } from './explain';
import { parseCommand } from './parse';
import type { Finding, GradeResult, ParsedCommand } from './types';

const SHORT_FLAG = /^-[A-Za-z]$/;
const swapCase = (flag: string) => (flag === flag.toLowerCase() ? flag.toUpperCase() : flag.toLowerCase());

/**
 * `-P 8080:80` typed for `-p 8080:80`: a short flag in the wrong case is another flag (or none), and
 * the CLI then reads its value as the image. Said as one difference, with what remains once the
 * case is put right, when that explains the other findings.
 */
function wrongCase(exp: ParsedCommand, expectedLine: string, answerLine: string, findings: Finding[]): Finding[] | null {
	const expectedWords = new Set(expectedLine.split(/\s+/));
	const words = answerLine.split(/(\s+)/);
	for (let i = 0; i < words.length; i++) {
		const typed = words[i];
		const meant = swapCase(typed);
		if (!SHORT_FLAG.test(typed) || expectedWords.has(typed) || !expectedWords.has(meant)) continue;
		// An unknown flag alone already comes with "did you mean `-A`?".
		if (findings.length === 1 && findings[0].code === 'unknown-flag' && findings[0].suggestion === meant) continue;
		const fixedLine = [...words.slice(0, i), meant, ...words.slice(i + 1)].join('');
		const rest = compareCommands(exp, parseCommand(fixedLine), expectedLine, fixedLine);
		if (rest.length >= findings.length) continue;
		const missing = findings.find((f) => f.code === 'missing-flag' && f.expected?.split('=')[0] !== undefined && f.subject?.includes(meant));
		// The typed flag is another flag of the command (`-P`, publish-all) or none (`-O`): only the first has a label.
		const other = findings.find((f) => f.code === 'unexpected-flag' && f.subject?.includes(typed));
		const wrong: Finding = { code: 'flag-wrong-case', part: 'flag', kind: 'mismatch', expected: meant, actual: typed, subject: missing?.subject ?? meant };
		if (other?.subject) wrong.actualSubject = other.subject;
		return [wrong, ...rest];
	}
	return null;
}

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
		let findings = compareCommands(exp, act, expectedLine, answerLine);
		if (findings.length > 0) findings = wrongCase(exp, expectedLine, answerLine, findings) ?? findings;
		const result: GradeResult = { correct: findings.length === 0, differences: findings.map(explain) };
		const form = act.forms.find((f) => !exp.forms.includes(f));
		if (result.correct && form) result.note = formNote(form, expectedLine);
		return result;
	} catch {
		// Grading must never take the review screen down; an unforeseen failure is a wrong answer.
		return { correct: false, differences: [explain({ code: 'internal-error', part: 'syntax', kind: 'invalid' })] };
	}
}
