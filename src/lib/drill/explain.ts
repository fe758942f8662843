/**
 * Explainer: findings → Korean and English messages. All wording of the grader lives here, so the
 * tokenizer, parser and comparer deal in codes only. Korean messages use "label: value" phrasing so
 * that no particle (이/가, 을/를) has to agree with a code word.
 */
import type { Difference, Finding, FormCode, Message, TokenizeErrorCode } from './types';

const q = (s: string | undefined): string => `\`${s ?? ''}\``;

/** A flag label "-d (--detach)" shown as `-d` (`--detach`). */
function flag(label: string | undefined): string {
	const m = /^(\S+) \((\S+)\)$/.exec(label ?? '');
	return m ? `${q(m[1])} (${q(m[2])})` : q(label);
}

/** Message of a tokenizer error. For `too-long`, `at` is the length limit. */
export function syntaxMessage(code: TokenizeErrorCode, at: number): Message {
	switch (code) {
		case 'empty':
			return { ko: '답이 비어 있습니다.', en: 'The answer is empty.' };
		case 'too-long':
			return { ko: `명령어가 너무 깁니다 (최대 ${at}자).`, en: `The command is too long (at most ${at} characters).` };
		case 'control-char':
			return { ko: `제어 문자가 있습니다 (${at + 1}번째 글자).`, en: `There is a control character at position ${at + 1}.` };
		case 'unbalanced-single-quote':
			return { ko: `작은따옴표(')가 닫히지 않았습니다 (${at + 1}번째 글자).`, en: `The single quote (') at position ${at + 1} is never closed.` };
		case 'unbalanced-double-quote':
			return { ko: `큰따옴표(")가 닫히지 않았습니다 (${at + 1}번째 글자).`, en: `The double quote (") at position ${at + 1} is never closed.` };
		case 'trailing-backslash':
			return { ko: '명령어가 역슬래시(\\)로 끝납니다.', en: 'The command ends with a backslash (\\).' };
	}
}

function didYouMean(f: Finding): Message {
	return f.suggestion ? { ko: ` (혹시 ${q(f.suggestion)}?)`, en: ` (did you mean ${q(f.suggestion)}?)` } : { ko: '', en: '' };
}

/** " 8080:80" after a flag label when the flag has a value worth showing. */
function withValue(value: string | undefined): string {
	return value && value !== 'true' ? ` ${q(value)}` : '';
}

function subjectOf(f: Finding): { ko: string; en: string } {
	if (f.part === 'resource') return { ko: '리소스', en: 'resource' };
	return f.subject ? { ko: `인자 ${f.subject}`, en: `argument ${f.subject}` } : { ko: '인자', en: 'argument' };
}

function message(f: Finding): Message {
	const hint = didYouMean(f);
	const subject = subjectOf(f);
	switch (f.code) {
		case 'empty':
		case 'too-long':
		case 'control-char':
		case 'unbalanced-single-quote':
		case 'unbalanced-double-quote':
		case 'trailing-backslash':
			return syntaxMessage(f.code, f.at ?? 0);
		case 'bad-expected':
			return { ko: `정답 명령어를 읽을 수 없습니다: ${q(f.expected)}`, en: `The expected command cannot be read: ${q(f.expected)}` };
		case 'internal-error':
			return { ko: '채점 중 오류가 났습니다.', en: 'The grader failed on this answer.' };
		case 'unknown-program':
			return { ko: `알 수 없는 명령어: ${q(f.actual)}${hint.ko}`, en: `Unknown command ${q(f.actual)}${hint.en}` };
		case 'wrong-program':
			return { ko: `명령어가 다릅니다: ${q(f.expected)} 대신 ${q(f.actual)}`, en: `Wrong command: expected ${q(f.expected)} but got ${q(f.actual)}` };
		case 'missing-subcommand':
			return { ko: `빠진 하위 명령: ${q(f.expected)}`, en: `Missing subcommand ${q(f.expected)}` };
		case 'unknown-subcommand':
			return { ko: `알 수 없는 하위 명령: ${q(f.actual)}${hint.ko}`, en: `Unknown subcommand ${q(f.actual)}${hint.en}` };
		case 'wrong-subcommand':
			return { ko: `하위 명령이 다릅니다: ${q(f.expected)} 대신 ${q(f.actual)}`, en: `Wrong subcommand: expected ${q(f.expected)} but got ${q(f.actual)}` };
		case 'missing-flag':
			return { ko: `빠진 플래그: ${flag(f.subject)}${withValue(f.value)}`, en: `Missing flag ${flag(f.subject)}${withValue(f.value)}` };
		case 'unexpected-flag':
			return { ko: `필요 없는 플래그: ${flag(f.subject)}${withValue(f.value)}`, en: `Unexpected flag ${flag(f.subject)}${withValue(f.value)}` };
		case 'unknown-flag':
			return { ko: `알 수 없는 플래그: ${q(f.actual)}${hint.ko}`, en: `Unknown flag ${q(f.actual)}${hint.en}` };
		case 'flag-needs-value':
			return { ko: `값이 없는 플래그: ${flag(f.subject)}`, en: `Flag ${flag(f.subject)} needs a value` };
		case 'flag-bad-boolean':
			return { ko: `잘못된 값: ${q(f.actual)} (true 또는 false만 쓸 수 있습니다)`, en: `Invalid value ${q(f.actual)}: this flag takes only true or false` };
		case 'flag-value-mismatch':
			return { ko: `${flag(f.subject)} 값이 다릅니다: ${q(f.expected)} 대신 ${q(f.actual)}`, en: `${flag(f.subject)}: expected ${q(f.expected)} but got ${q(f.actual)}` };
		case 'flag-value-missing':
			return { ko: `${flag(f.subject)}에 빠진 값: ${q(f.expected)}`, en: `${flag(f.subject)}: missing value ${q(f.expected)}` };
		case 'flag-value-unexpected':
			return { ko: `${flag(f.subject)}에 필요 없는 값: ${q(f.actual)}`, en: `${flag(f.subject)}: unexpected value ${q(f.actual)}` };
		case 'missing-arg':
			return { ko: `빠진 ${subject.ko}: ${q(f.expected)}`, en: `Missing ${subject.en} ${q(f.expected)}` };
		case 'unexpected-arg':
			return { ko: `필요 없는 ${subject.ko}: ${q(f.actual)}`, en: `Unexpected ${subject.en} ${q(f.actual)}` };
		case 'arg-mismatch':
			return { ko: `${subject.ko} 값이 다릅니다: ${q(f.expected)} 대신 ${q(f.actual)}`, en: `${subject.en[0].toUpperCase()}${subject.en.slice(1)}: expected ${q(f.expected)} but got ${q(f.actual)}` };
		case 'flag-after-positional':
			return {
				ko: `${q(f.actual)}: ${f.subject ?? '인자'} 뒤에 쓴 플래그는 컨테이너 안에서 실행할 명령으로 넘어갑니다. 플래그는 ${f.subject ?? '인자'} 앞에 쓰세요.`,
				en: `${q(f.actual)} comes after ${f.subject ?? 'the argument'}, so it is passed to the command run in the container; put flags before ${f.subject ?? 'it'}.`
			};
		case 'flag-after-args':
			return {
				ko: `${q(f.actual)}: 이 명령은 ${f.subject ?? '인자'} 뒤의 플래그를 읽지 않고 인자로 받아 실행을 거부합니다. 플래그는 ${f.subject ?? '인자'} 앞에 쓰세요.`,
				en: `${q(f.actual)}: this command stops reading flags at ${f.subject ?? 'its first argument'}, so it takes the flag for an argument and refuses the line; put flags before ${f.subject ?? 'the arguments'}.`
			};
		case 'missing-env':
			return f.actual === undefined
				? { ko: `빠진 환경 변수: ${q(f.expected)}`, en: `Missing environment variable ${q(f.expected)}` }
				: { ko: `환경 변수가 다릅니다: ${q(f.expected)} 대신 ${q(f.actual)}`, en: `Environment variable: expected ${q(f.expected)} but got ${q(f.actual)}` };
		case 'unexpected-env':
			return { ko: `필요 없는 환경 변수: ${q(f.actual)}`, en: `Unexpected environment variable ${q(f.actual)}` };
		case 'command-needs-dash':
			return {
				ko: `실행할 명령(${q(f.actual)}) 앞에 \`--\`가 있어야 합니다. \`exec POD COMMAND\` 형식은 더 이상 지원되지 않으니 \`exec POD -- COMMAND\`로 쓰세요.`,
				en: `The command to run (${q(f.actual)}) must come after \`--\`: \`exec POD COMMAND\` is no longer supported, write \`exec POD -- COMMAND\`.`
			};
		case 'missing-command-arg':
			return { ko: `실행할 명령에서 빠진 부분: ${q(f.expected)}`, en: `Missing word ${q(f.expected)} in the command to run` };
		case 'unexpected-command-arg':
			return { ko: `실행할 명령에 필요 없는 부분: ${q(f.actual)}`, en: `Unexpected word ${q(f.actual)} in the command to run` };
		case 'command-arg-mismatch':
			return { ko: `실행할 명령이 다릅니다: ${q(f.expected)} 대신 ${q(f.actual)}`, en: `Command to run: expected ${q(f.expected)} but got ${q(f.actual)}` };
	}
}

/** Puts a finding into words. */
export function explain(finding: Finding): Difference {
	const difference: Difference = { part: finding.part, kind: finding.kind, message: message(finding) };
	if (finding.expected !== undefined) difference.expected = finding.expected;
	if (finding.actual !== undefined) difference.actual = finding.actual;
	return difference;
}

/** For a right answer in another form than the card's: the same effect, and the form the card teaches. */
export function formNote(form: FormCode, expected: string): Message {
	const why: Record<FormCode, Message> = {
		'mount-as-volume': { ko: '`--mount`와 `-v`는 같은 마운트를 만듭니다', en: '`--mount` and `-v` make the same mount' },
		'quota-as-cpus': { ko: '`--cpu-period`/`--cpu-quota`는 `--cpus`와 같은 제한입니다', en: '`--cpu-period`/`--cpu-quota` set the same limit as `--cpus`' },
		'patch-as-cordon': { ko: '이 patch는 cordon/uncordon과 같은 변경입니다', en: 'this patch makes the same change as cordon/uncordon' },
		'env-as-flag': { ko: '환경 변수가 플래그와 같은 값을 줍니다', en: 'the environment variable gives the same value as the flag' },
		'underscore-flag': { ko: 'kubectl은 플래그 이름의 `_`를 `-`로 읽지만 경고를 냅니다', en: 'kubectl reads `_` in a flag name as `-`, with a warning' }
	};
	return {
		ko: `맞습니다. ${why[form].ko}. 이 카드가 가르치는 형식: ${q(expected)}`,
		en: `Right: ${why[form].en}. The form this card teaches: ${q(expected)}`
	};
}
