/**
 * Explainer: findings → Korean and English messages, at two levels (see `Difference`): a `hint`
 * that says what is wrong without the fix, and the full `message`. All wording of the grader lives
 * here, so the tokenizer, parser and comparer deal in codes only. Messages are markdown with code in
 * inline code spans; argument names of the specs (`CONTEXT`, `IMAGE`) are said in the learner's
 * words, and placeholders of the expected command (`{value}`) are never shown.
 */
import { objectParticle, subjectParticle, topicParticle } from '../i18n/particle';
import { isWholePlaceholder } from './placeholder';
import { FLAG_PURPOSES } from './purposes';
import type { Difference, Finding, FormCode, Message, TokenizeErrorCode } from './types';

/** An inline code span that survives backticks inside the value. */
export function code(s: string | undefined): string {
	const text = s ?? '';
	const runs = text.match(/`+/g) ?? [];
	const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
	const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${text}${pad}${fence}`;
}

const q = code;

/** A value worth showing: not empty and not a placeholder of the expected command. */
function shown(value: string | undefined): value is string {
	return value !== undefined && value !== '' && value !== 'true' && !isWholePlaceholder(value);
}

/** A flag label "-d (--detach)" shown as `-d` (`--detach`). */
function flag(label: string | undefined): string {
	const m = /^(\S+) \((\S+)\)$/.exec(label ?? '');
	return m ? `${q(m[1])} (${q(m[2])})` : q(label);
}

/** Argument names of the specs in the learner's words. */
const ARG_WORDS: Record<string, Message> = {
	CONTEXT: { ko: '빌드 컨텍스트(경로)', en: 'build context (path)' },
	IMAGE: { ko: '이미지', en: 'image' },
	CONTAINER: { ko: '컨테이너', en: 'container' },
	SERVICE: { ko: '서비스', en: 'service' },
	NAME: { ko: '이름', en: 'name' },
	RELEASE: { ko: '릴리스 이름', en: 'release name' },
	CHART: { ko: '차트', en: 'chart' },
	TARGET: { ko: '대상', en: 'target' },
	NODE: { ko: '노드', en: 'node' },
	PATH: { ko: '경로', en: 'path' },
	SRC: { ko: '원본 경로', en: 'source path' },
	SOURCE: { ko: '원본', en: 'source' },
	DEST: { ko: '대상 경로', en: 'destination path' },
	FILE: { ko: '파일', en: 'file' },
	REPOSITORY: { ko: '저장소(이미지 이름)', en: 'repository (image name)' },
	REPO: { ko: '저장소', en: 'repository' },
	NETWORK: { ko: '네트워크', en: 'network' },
	VOLUME: { ko: '볼륨', en: 'volume' },
	PORT: { ko: '포트', en: 'port' },
	RESOURCE: { ko: '리소스', en: 'resource' },
	PLUGIN: { ko: '플러그인', en: 'plugin' },
	STACK: { ko: '스택', en: 'stack' },
	ADDON: { ko: '애드온', en: 'add-on' },
	HOST: { ko: '호스트', en: 'host' },
	SERVER: { ko: '서버', en: 'server' },
	TERM: { ko: '검색어', en: 'search term' },
	DIR: { ko: '디렉터리', en: 'directory' },
	PROPERTY: { ko: '속성', en: 'property' },
	VALUE: { ko: '값', en: 'value' },
	SHELL: { ko: '셸', en: 'shell' },
	URL: { ko: 'URL', en: 'URL' }
};

/** What a positional argument is, in words: "이미지", "리소스", "인자". */
function subjectOf(f: Finding): Message {
	if (f.part === 'resource') return { ko: '리소스', en: 'resource' };
	return (f.subject ? ARG_WORDS[f.subject] : undefined) ?? { ko: '인자', en: 'argument' };
}

const cap = (s: string): string => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

/** Message of a tokenizer error. For `too-long`, `at` is the length limit. */
export function syntaxMessage(c: TokenizeErrorCode, at: number): Message {
	switch (c) {
		case 'empty':
			return { ko: '답이 비어 있습니다.', en: 'The answer is empty.' };
		case 'too-long':
			return { ko: `명령어가 너무 깁니다 (최대 ${at}자).`, en: `The command is too long (at most ${at} characters).` };
		case 'control-char':
			return { ko: `제어 문자가 있습니다 (${at + 1}번째 글자).`, en: `There is a control character at position ${at + 1}.` };
		case 'unbalanced-single-quote':
			return { ko: `작은따옴표(\`'\`)가 닫히지 않았습니다 (${at + 1}번째 글자).`, en: `The single quote (\`'\`) at position ${at + 1} is never closed.` };
		case 'unbalanced-double-quote':
			return { ko: `큰따옴표(\`"\`)가 닫히지 않았습니다 (${at + 1}번째 글자).`, en: `The double quote (\`"\`) at position ${at + 1} is never closed.` };
		case 'trailing-backslash':
			return { ko: '명령어가 역슬래시(`\\`)로 끝납니다.', en: 'The command ends with a backslash (`\\`).' };
	}
}

function didYouMean(f: Finding): Message {
	return f.suggestion ? { ko: ` (혹시 ${q(f.suggestion)}?)`, en: ` (did you mean ${q(f.suggestion)}?)` } : { ko: '', en: '' };
}

/** " `8080:80`" after a flag label when the flag has a value worth showing. */
function withValue(value: string | undefined): string {
	return shown(value) ? ` ${q(value)}` : '';
}

interface Levels {
	message: Message;
	/** Defaults to `message` when the message gives nothing away. */
	hint?: Message;
}

function missingFlag(f: Finding): Levels {
	const purpose = f.flag ? FLAG_PURPOSES[f.flag] : undefined;
	const message = { ko: `빠진 플래그: ${flag(f.subject)}${withValue(f.value)}`, en: `Missing flag ${flag(f.subject)}${withValue(f.value)}` };
	if (purpose) return { message, hint: { ko: `${purpose.ko} 플래그가 빠졌습니다.`, en: `The flag that ${purpose.en} is missing.` } };
	if (shown(f.value)) {
		return { message, hint: { ko: `값 ${q(f.value)}${objectParticle(f.value)} 받는 플래그가 빠졌습니다.`, en: `A flag that takes ${q(f.value)} is missing.` } };
	}
	return { message, hint: { ko: '플래그가 하나 빠졌습니다.', en: 'A flag is missing.' } };
}

function missingArg(f: Finding): Levels {
	const s = subjectOf(f);
	const hint = { ko: `${s.ko}${subjectParticle(s.ko)} 빠졌습니다.`, en: `The ${s.en} is missing.` };
	return { message: shown(f.expected) ? { ko: `빠진 ${s.ko}: ${q(f.expected)}`, en: `Missing ${s.en} ${q(f.expected)}` } : hint, hint };
}

function argMismatch(f: Finding): Levels {
	const s = subjectOf(f);
	const hint = { ko: `${s.ko}${subjectParticle(s.ko)} 다릅니다: ${q(f.actual)}`, en: `${cap(s.en)} ${q(f.actual)} is not the one asked for.` };
	return { message: shown(f.expected) ? { ko: `${s.ko}${subjectParticle(s.ko)} 다릅니다: ${q(f.expected)} 대신 ${q(f.actual)}`, en: `${cap(s.en)}: expected ${q(f.expected)} but got ${q(f.actual)}` } : hint, hint };
}

function levels(f: Finding): Levels {
	const hint = didYouMean(f);
	switch (f.code) {
		case 'empty':
		case 'too-long':
		case 'control-char':
		case 'unbalanced-single-quote':
		case 'unbalanced-double-quote':
		case 'trailing-backslash':
			return { message: syntaxMessage(f.code, f.at ?? 0) };
		case 'bad-expected':
			return { message: { ko: `정답 명령어를 읽을 수 없습니다: ${q(f.expected)}`, en: `The expected command cannot be read: ${q(f.expected)}` } };
		case 'internal-error':
			return { message: { ko: '채점 중 오류가 났습니다.', en: 'The grader failed on this answer.' } };
		case 'unknown-program':
			return {
				message: { ko: `알 수 없는 명령어: ${q(f.actual)}${hint.ko}`, en: `Unknown command ${q(f.actual)}${hint.en}` },
				hint: { ko: `알 수 없는 명령어: ${q(f.actual)}`, en: `Unknown command ${q(f.actual)}` }
			};
		case 'wrong-program':
			return {
				message: { ko: `명령어가 다릅니다: ${q(f.expected)} 대신 ${q(f.actual)}`, en: `Wrong command: expected ${q(f.expected)} but got ${q(f.actual)}` },
				hint: { ko: `명령어가 다릅니다: ${q(f.actual)}`, en: `${q(f.actual)} is not the command asked for.` }
			};
		case 'missing-subcommand':
			return { message: { ko: `빠진 하위 명령: ${q(f.expected)}`, en: `Missing subcommand ${q(f.expected)}` }, hint: { ko: '하위 명령이 빠졌습니다.', en: 'A subcommand is missing.' } };
		case 'unknown-subcommand':
			return {
				message: { ko: `알 수 없는 하위 명령: ${q(f.actual)}${hint.ko}`, en: `Unknown subcommand ${q(f.actual)}${hint.en}` },
				hint: { ko: `알 수 없는 하위 명령: ${q(f.actual)}`, en: `Unknown subcommand ${q(f.actual)}` }
			};
		case 'wrong-subcommand':
			return {
				message: { ko: `하위 명령이 다릅니다: ${q(f.expected)} 대신 ${q(f.actual)}`, en: `Wrong subcommand: expected ${q(f.expected)} but got ${q(f.actual)}` },
				hint: { ko: `하위 명령이 다릅니다: ${q(f.actual)}`, en: `${q(f.actual)} is not the subcommand asked for.` }
			};
		case 'missing-flag':
			return missingFlag(f);
		case 'unexpected-flag':
			return { message: { ko: `필요 없는 플래그: ${flag(f.subject)}${withValue(f.value)}`, en: `Unexpected flag ${flag(f.subject)}${withValue(f.value)}` } };
		case 'unknown-flag':
			return {
				message: { ko: `알 수 없는 플래그: ${q(f.actual)}${hint.ko}`, en: `Unknown flag ${q(f.actual)}${hint.en}` },
				hint: { ko: `알 수 없는 플래그: ${q(f.actual)}`, en: `Unknown flag ${q(f.actual)}` }
			};
		case 'flag-needs-value':
			return { message: { ko: `${flag(f.subject)} 플래그에 값이 없습니다.`, en: `Flag ${flag(f.subject)} needs a value.` } };
		case 'flag-bad-boolean':
			return { message: { ko: `잘못된 값: ${q(f.actual)} (true 또는 false만 쓸 수 있습니다)`, en: `Invalid value ${q(f.actual)}: this flag takes only true or false` } };
		case 'flag-value-mismatch':
			return {
				message: shown(f.expected)
					? { ko: `${flag(f.subject)} 값이 다릅니다: ${q(f.expected)} 대신 ${q(f.actual)}`, en: `${flag(f.subject)}: expected ${q(f.expected)} but got ${q(f.actual)}` }
					: { ko: `${flag(f.subject)} 값이 다릅니다: ${q(f.actual)}`, en: `${flag(f.subject)}: ${q(f.actual)} is not the value asked for` },
				hint: { ko: `${flag(f.subject)} 값이 다릅니다: ${q(f.actual)}`, en: `${flag(f.subject)}: ${q(f.actual)} is not the value asked for` }
			};
		case 'flag-wrong-case': {
			const what = f.actualSubject
				? { ko: `${flag(f.actualSubject)}${topicParticle(f.actual ?? '')} 다른 플래그입니다`, en: `${flag(f.actualSubject)} is another flag` }
				: { ko: `${q(f.actual)}${topicParticle(f.actual ?? '')} 이 명령에 없는 플래그입니다`, en: `${q(f.actual)} is not a flag of this command` };
			return {
				message: {
					ko: `${what.ko}: 플래그는 대소문자를 구별하니 ${flag(f.subject)}${objectParticle(f.expected ?? '')} 쓰세요.`,
					en: `${what.en}: flags are case-sensitive, so write ${flag(f.subject)}.`
				},
				hint: { ko: `${what.ko}: 플래그는 대소문자를 구별합니다.`, en: `${what.en}: flags are case-sensitive.` }
			};
		}
		case 'flag-value-missing':
			return {
				message: { ko: `${flag(f.subject)}에 빠진 값: ${q(f.expected)}`, en: `${flag(f.subject)}: missing value ${q(f.expected)}` },
				hint: { ko: `${flag(f.subject)} 값 중 하나가 빠졌습니다.`, en: `${flag(f.subject)}: a value is missing.` }
			};
		case 'flag-value-unexpected':
			return { message: { ko: `${flag(f.subject)}에 필요 없는 값: ${q(f.actual)}`, en: `${flag(f.subject)}: unexpected value ${q(f.actual)}` } };
		case 'missing-arg':
			return missingArg(f);
		case 'unexpected-arg': {
			const s = subjectOf(f);
			return { message: { ko: `필요 없는 ${s.ko}: ${q(f.actual)}`, en: `Unexpected ${s.en} ${q(f.actual)}` } };
		}
		case 'arg-mismatch':
			return argMismatch(f);
		case 'flag-after-positional': {
			const s = subjectOf(f);
			return {
				message: {
					ko: `${q(f.actual)}: ${s.ko} 뒤에 쓴 플래그는 컨테이너 안에서 실행할 명령으로 넘어갑니다. 플래그는 ${s.ko} 앞에 쓰세요.`,
					en: `${q(f.actual)} comes after the ${s.en}, so it is passed to the command run in the container; put flags before the ${s.en}.`
				}
			};
		}
		case 'flag-after-args': {
			const s = subjectOf(f);
			return {
				message: {
					ko: `${q(f.actual)}: 이 명령은 ${s.ko} 뒤의 플래그를 읽지 않고 인자로 받아 실행을 거부합니다. 플래그는 ${s.ko} 앞에 쓰세요.`,
					en: `${q(f.actual)}: this command stops reading flags at the ${s.en}, takes the flag for an argument and refuses the line; put flags before the ${s.en}.`
				}
			};
		}
		case 'missing-env':
			return f.actual === undefined
				? { message: { ko: `빠진 환경 변수: ${q(f.expected)}`, en: `Missing environment variable ${q(f.expected)}` }, hint: { ko: '환경 변수가 빠졌습니다.', en: 'An environment variable is missing.' } }
				: {
						message: { ko: `환경 변수가 다릅니다: ${q(f.expected)} 대신 ${q(f.actual)}`, en: `Environment variable: expected ${q(f.expected)} but got ${q(f.actual)}` },
						hint: { ko: `환경 변수가 다릅니다: ${q(f.actual)}`, en: `Environment variable ${q(f.actual)} is not the one asked for.` }
					};
		case 'unexpected-env':
			return { message: { ko: `필요 없는 환경 변수: ${q(f.actual)}`, en: `Unexpected environment variable ${q(f.actual)}` } };
		case 'command-needs-dash':
			return {
				message: {
					ko: `실행할 명령(${q(f.actual)}) 앞에 ${q('--')}${subjectParticle('--')} 있어야 합니다. ${q('--')} 없이 쓰면 kubectl이 이 명령을 거부합니다.`,
					en: `The command to run (${q(f.actual)}) must come after ${q('--')}; without it kubectl refuses the line.`
				}
			};
		case 'missing-command-arg':
			return {
				message: { ko: `실행할 명령에서 빠진 부분: ${q(f.expected)}`, en: `Missing word ${q(f.expected)} in the command to run` },
				hint: { ko: '실행할 명령에 빠진 부분이 있습니다.', en: 'A word of the command to run is missing.' }
			};
		case 'unexpected-command-arg':
			return { message: { ko: `실행할 명령에 필요 없는 부분: ${q(f.actual)}`, en: `Unexpected word ${q(f.actual)} in the command to run` } };
		case 'command-arg-mismatch':
			return {
				message: { ko: `실행할 명령이 다릅니다: ${q(f.expected)} 대신 ${q(f.actual)}`, en: `Command to run: expected ${q(f.expected)} but got ${q(f.actual)}` },
				hint: { ko: `실행할 명령이 다릅니다: ${q(f.actual)}`, en: `Command to run: ${q(f.actual)} is not the word asked for` }
			};
		case 'wrong-form': {
			const form = f.subject === 'long' ? { ko: '긴 형식', en: 'long form' } : { ko: '짧은 형식', en: 'short form' };
			return {
				message: { ko: `뜻은 맞지만 이 카드는 ${form.ko} ${q(f.expected)}${objectParticle(f.expected ?? '')} 묻습니다 (${q(f.actual)} 대신).`, en: `Right in meaning, but this card asks for the ${form.en} ${q(f.expected)} (not ${q(f.actual)}).` },
				hint: { ko: `뜻은 맞지만 이 카드는 ${form.ko}${objectParticle(form.ko)} 묻습니다.`, en: `Right in meaning, but this card asks for the ${form.en}.` }
			};
		}
	}
}

/** Puts a finding into words. */
export function explain(finding: Finding): Difference {
	const { message, hint } = levels(finding);
	const difference: Difference = { part: finding.part, kind: finding.kind, message, hint: hint ?? message };
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

/** One piece of a message: plain text, or code to render as code. */
export interface MessagePart {
	text: string;
	code: boolean;
}

/**
 * Splits a message (markdown with inline code spans) into text and code parts, so that a view can
 * render code as code without HTML: `빠진 플래그: `-d`` → [{text:'빠진 플래그: '}, {text:'-d', code:true}].
 */
export function messageParts(message: string): MessagePart[] {
	const parts: MessagePart[] = [];
	const re = /(`+)( ?)([\s\S]*?)\2\1(?!`)/g;
	let last = 0;
	for (let m = re.exec(message); m; m = re.exec(message)) {
		if (m.index > last) parts.push({ text: message.slice(last, m.index), code: false });
		parts.push({ text: m[3], code: true });
		last = m.index + m[0].length;
	}
	if (last < message.length) parts.push({ text: message.slice(last), code: false });
	return parts;
}
