/**
 * The one catalogue of notes-compiler diagnostics: every diagnostic has a code, and its text in
 * Korean (what the app shows) and English (what the CLI prints, kept in `Diagnostic.message`).
 * `diagnosticText(d, 'ko')` gives the learner's text of any diagnostic the compiler made.
 */
import type { Diagnostic } from '../deck/types';
import { IMPORT_MESSAGES } from '../import/messages';

export type Params = Record<string, string | number>;

export interface Entry {
	en: (p: Params) => string;
	ko: (p: Params) => string;
}

const code = (s: string | number): string => `\`${s}\``;

export const MESSAGES = {
	'internal-error': { en: (p) => `notes not compiled: internal error (${p.error})`, ko: (p) => `노트를 변환하지 못했습니다: 내부 오류 (${p.error})` },
	'block-internal-error': { en: (p) => `block skipped after an internal error: ${p.error}`, ko: (p) => `내부 오류로 이 블록을 건너뛰었습니다: ${p.error}` },
	'front-matter': { en: (p) => String(p.message), ko: (p) => `머리말(front matter) 문제: ${p.message}` },
	'empty-notes': { en: () => 'empty notes: no cards', ko: () => '빈 노트: 카드가 없습니다' },
	'card-dropped': { en: (p) => `${p.kind} card "${p.key}" dropped: ${p.reasons}`, ko: (p) => `${p.kind} 카드 "${p.key}"를 버렸습니다: ${p.reasonsKo}` },
	'answer-too-long': {
		en: (p) => `${p.kind} card "${p.key}" skipped: answer too long (${p.length} chars > ${p.max})`,
		ko: (p) => `${p.kind} 카드 "${p.key}"를 건너뛰었습니다: 답이 너무 깁니다 (${p.length}자 > ${p.max}자)`
	},
	'empty-card': { en: (p) => `${p.kind} card skipped: empty question or answer`, ko: (p) => `${p.kind} 카드를 건너뛰었습니다: 질문이나 답이 비어 있습니다` },
	'duplicate-card': {
		en: (p) => `duplicate ${p.kind} card "${p.key}" skipped (same id as line ${p.line})`,
		ko: (p) => `중복된 ${p.kind} 카드 "${p.key}"를 건너뛰었습니다 (${p.line}번째 줄과 같은 카드)`
	},
	'duplicate-across-files': {
		en: (p) => `${p.kind} card "${p.key}" merged: the same card is in ${p.other} (line ${p.line})`,
		ko: (p) => `${p.kind} 카드 "${p.key}"를 합쳤습니다: ${p.other} (${p.line}번째 줄)에 같은 카드가 있습니다`
	},
	'command-too-short': {
		en: (p) => `command ${code(p.command)} skipped: explanation "${p.explanation}" too short to ask`,
		ko: (p) => `명령 ${code(p.command)}를 건너뛰었습니다: 설명 "${p.explanation}"이 너무 짧아 물을 수 없습니다`
	},
	'command-synopsis': {
		en: (p) => `command ${code(p.command)} skipped: a usage synopsis ([OPTIONS], [flags]), not a command to type`,
		ko: (p) => `명령 ${code(p.command)}를 건너뛰었습니다: 사용법 형식([OPTIONS])이지 입력할 명령이 아닙니다`
	},
	'command-only-named': {
		en: (p) => `command ${code(p.command)} skipped: explanation "${p.explanation}" only names the command`,
		ko: (p) => `명령 ${code(p.command)}를 건너뛰었습니다: 설명 "${p.explanation}"이 명령 이름뿐입니다`
	},
	'command-no-explanation': {
		en: (p) => (p.command ? `command ${code(p.command)} skipped: no explanation to ask it by` : 'command skipped: no `# comment` or explanation to ask it by'),
		ko: (p) => (p.command ? `명령 ${code(p.command)}를 건너뛰었습니다: 물어볼 설명이 없습니다` : '명령을 건너뛰었습니다: `# 주석`이나 설명이 없습니다')
	},
	'command-spacing-repaired': {
		en: (p) => `command ${code(p.from)} repaired to ${code(p.to)}: spaces inside a flag, placeholder or path`,
		ko: (p) => `명령 ${code(p.from)}의 띄어쓰기를 고쳐 ${code(p.to)}로 만들었습니다`
	},
	'command-typo-fixed': {
		en: (p) => `${code(`${p.program} ${p.word}`)} is not a ${p.program} command; did you mean ${code(p.suggestion)}? The card uses ${code(p.to)}`,
		ko: (p) => `${code(`${p.program} ${p.word}`)}는 ${p.program} 명령이 아닙니다. ${code(p.suggestion)}인가요? 카드에는 ${code(p.to)}를 씁니다`
	},
	'command-dash-added': {
		en: (p) => `command ${code(p.from)} written as ${code(p.to)}: kubectl needs \`--\` before the command run in the container`,
		ko: (p) => `명령 ${code(p.from)}를 ${code(p.to)}로 썼습니다: kubectl은 컨테이너에서 실행할 명령 앞에 \`--\`가 필요합니다`
	},
	'command-unknown-subcommand': {
		en: (p) => `${code(p.word)} in ${code(p.command)} is not a subcommand the grader knows`,
		ko: (p) => `${code(p.command)}의 ${code(p.word)}는 채점기가 모르는 하위 명령입니다`
	},
	'command-unknown-flag': {
		en: (p) => `${code(p.flag)} is not a flag of ${code(p.command)}: check the note`,
		ko: (p) => `${code(p.flag)}는 ${code(p.command)}의 옵션이 아닙니다: 노트를 확인하세요`
	},
	'flag-no-command': {
		en: (p) => `flag ${code(p.flag)} skipped: no command before it to attach it to`,
		ko: (p) => `옵션 ${code(p.flag)}를 건너뛰었습니다: 앞에 붙일 명령이 없습니다`
	},
	'transcript-output': {
		en: (p) => `${p.count} output line(s) of the \`$\` transcript skipped`,
		ko: (p) => `\`$\` 실행 기록의 출력 ${p.count}줄을 건너뛰었습니다`
	},
	'code-no-commands': {
		en: (p) => `code block skipped: no docker/kubectl/minikube/helm command lines (${p.count} other line(s))`,
		ko: (p) => `코드 블록을 건너뛰었습니다: docker/kubectl/minikube/helm 명령이 없습니다 (다른 줄 ${p.count}개)`
	},
	'code-foreign-lines': {
		en: (p) => `${p.count} non-docker/kubernetes line(s) in code block skipped`,
		ko: (p) => `코드 블록에서 docker/kubernetes가 아닌 ${p.count}줄을 건너뛰었습니다`
	},
	'multiline-card-empty': {
		en: () => 'multi-line card skipped: empty question or answer around `?`',
		ko: () => '여러 줄 카드를 건너뛰었습니다: `?` 앞뒤의 질문이나 답이 비어 있습니다'
	},
	'inline-card-incomplete': {
		en: (p) => `\`::\` in "${p.text}" not read as a card: question or answer missing`,
		ko: (p) => `"${p.text}"의 \`::\`를 카드로 읽지 않았습니다: 질문이나 답이 없습니다`
	},
	'cloze-no-card': { en: () => 'cloze marks found but no card could be made', ko: () => '빈칸 표시가 있지만 카드를 만들 수 없었습니다' },
	'image-skipped': { en: () => 'image skipped: cards are text only', ko: () => '이미지를 건너뛰었습니다: 카드는 글자만 담습니다' },
	'link-skipped': {
		en: (p) => `link skipped: "${p.text}" is a reference, not a card`,
		ko: (p) => `링크를 건너뛰었습니다: "${p.text}"는 참고 자료이지 카드가 아닙니다`
	},
	'term-aside': {
		en: (p) => `"${p.term}" skipped: a note label or page property, not a term`,
		ko: (p) => `"${p.term}"를 건너뛰었습니다: 노트의 표시나 페이지 속성이지 용어가 아닙니다`
	},
	'term-links': {
		en: (p) => `"${p.term}" skipped: links are references, not a definition`,
		ko: (p) => `"${p.term}"를 건너뛰었습니다: 링크는 참고 자료이지 정의가 아닙니다`
	},
	'term-generic': {
		en: (p) => `"${p.term}" skipped: generic word with no heading to give it meaning`,
		ko: (p) => `"${p.term}"를 건너뛰었습니다: 뜻을 정해 줄 제목이 없는 일반적인 말입니다`
	},
	'term-yaml-keys': {
		en: (p) => `"${p.term}" skipped: its answer is YAML keys, not a definition`,
		ko: (p) => `"${p.term}"를 건너뛰었습니다: 답이 YAML 키이지 정의가 아닙니다`
	},
	'link-list-skipped': {
		en: (p) => `link list skipped (${p.count} item(s)): links are references, not cards`,
		ko: (p) => `링크 목록(${p.count}개)을 건너뛰었습니다: 링크는 참고 자료이지 카드가 아닙니다`
	},
	'list-prose': {
		en: (p) => `list skipped (${p.count} item(s)): prose bullets, no term: definition`,
		ko: (p) => `목록(${p.count}개)을 건너뛰었습니다: 설명 문장뿐이고 "용어: 정의"가 없습니다`
	},
	'list-items-prose': {
		en: (p) => `${p.count} of ${p.total} list item(s) skipped: prose, no term: definition`,
		ko: (p) => `목록 ${p.total}개 중 ${p.count}개를 건너뛰었습니다: 설명 문장이고 "용어: 정의"가 없습니다`
	},
	'paragraph-prose': {
		en: (p) => `paragraph skipped: prose, no term: definition or command (${p.length} chars)`,
		ko: (p) => `문단을 건너뛰었습니다: 설명 문장이고 "용어: 정의"나 명령이 없습니다 (${p.length}자)`
	},
	'paragraph-lines-prose': {
		en: (p) => `${p.count} prose line(s) in paragraph skipped`,
		ko: (p) => `문단의 설명 문장 ${p.count}줄을 건너뛰었습니다`
	},
	'table-columns': {
		en: (p) => `table skipped: ${p.count} columns (only two-column term | meaning tables, or a command and a description column, become cards)`,
		ko: (p) => `표를 건너뛰었습니다: 열이 ${p.count}개입니다 (두 열짜리 "용어 | 뜻" 표나 명령 열과 설명 열이 있는 표만 카드가 됩니다)`
	},
	'table-rows-skipped': {
		en: (p) => `${p.count} table row(s) skipped: left cell is not a term`,
		ko: (p) => `표의 ${p.count}행을 건너뛰었습니다: 왼쪽 칸이 용어가 아닙니다`
	},
	'table-empty': { en: () => 'table skipped: no rows', ko: () => '표를 건너뛰었습니다: 행이 없습니다' },
	'html-skipped': { en: () => 'HTML block skipped', ko: () => 'HTML 블록을 건너뛰었습니다' },
	'block-skipped': { en: (p) => `${p.type} block skipped`, ko: (p) => `${p.type} 블록을 건너뛰었습니다` },
	'fence-unterminated': {
		en: () => 'unterminated code fence: the rest of the file was read as code',
		ko: () => '닫히지 않은 코드 블록: 파일의 나머지를 코드로 읽었습니다'
	},
	'yaml-broken-no-task': {
		en: () => '```yaml broken block skipped: no `과제:` / `Exercise:` task before it',
		ko: () => '```yaml broken 블록을 건너뛰었습니다: 앞에 `과제:`가 없습니다'
	},
	'yaml-solution-no-broken': {
		en: () => '```yaml solution block skipped: no ```yaml broken block just before it',
		ko: () => '```yaml solution 블록을 건너뛰었습니다: 바로 앞에 ```yaml broken 블록이 없습니다'
	},
	'dockerfile-skipped': { en: () => 'Dockerfile block skipped: no cards from Dockerfile code', ko: () => 'Dockerfile 블록을 건너뛰었습니다: Dockerfile 코드로는 카드를 만들지 않습니다' },
	'code-skipped': {
		en: (p) => `code block skipped: ${p.lang ? `\`${p.lang}\`` : 'indented'} code is not a command or YAML`,
		ko: (p) => `코드 블록을 건너뛰었습니다: ${p.lang ? `\`${p.lang}\`` : '들여쓴'} 코드는 명령이나 YAML이 아닙니다`
	},
	'task-no-broken': {
		en: (p) => `task "${p.task}" skipped: no \`\`\`yaml broken block after it`,
		ko: (p) => `과제 "${p.task}"를 건너뛰었습니다: 뒤에 \`\`\`yaml broken 블록이 없습니다`
	},
	'exercise-target-unknown': {
		en: (p) => `exercise "${p.task}" skipped: cannot tell compose (services:) from kubernetes (apiVersion/kind)`,
		ko: (p) => `연습 "${p.task}"를 건너뛰었습니다: compose(services:)인지 kubernetes(apiVersion/kind)인지 알 수 없습니다`
	},
	'yaml-kept': { en: () => 'YAML block kept for YAML-fix exercises', ko: () => 'YAML 블록을 YAML 고치기 연습으로 남겼습니다' },
	'yaml-handler-failed': { en: (p) => `YAML block handler failed: ${p.error}`, ko: (p) => `YAML 블록 처리에 실패했습니다: ${p.error}` },
	'not-a-note': {
		en: () => 'left out of this import: only notes (.md, .markdown, .txt) are imported together',
		ko: () => '이번 가져오기에서 뺐습니다: 여러 파일은 노트(.md, .markdown, .txt)만 함께 가져옵니다'
	},
	'notes-refused': { en: (p) => String(p.reason), ko: (p) => `노트를 읽을 수 없습니다: ${p.reason}` }
} satisfies Record<string, Entry>;

export type DiagnosticCode = keyof typeof MESSAGES;

/** The compiler's and the importers' diagnostics: one lookup for `diagnosticText`. */
const CATALOGUE: Record<string, Entry> = { ...MESSAGES, ...IMPORT_MESSAGES };

/** The English text of a diagnostic (what `Diagnostic.message` holds). */
export function messageEn(code: DiagnosticCode, params: Params = {}): string {
	return MESSAGES[code].en(params);
}

/**
 * The text of a diagnostic in the learner's language. A diagnostic without a known code (made
 * elsewhere) keeps its message.
 */
export function diagnosticText(d: Diagnostic, lang: 'ko' | 'en'): string {
	const entry = d.code !== undefined && Object.hasOwn(CATALOGUE, d.code) ? CATALOGUE[d.code] : undefined;
	return entry ? entry[lang](d.params ?? {}) : d.message;
}
