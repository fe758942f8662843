/**
 * Quality score of an inferred card (issue 14). The compiler generates candidates generously; each
 * gets a score from named features (this table), weighted by `weights.json` (fitted by logistic
 * regression on the labelled tuning notes: `npx tsx scripts/fit-notes-weights.ts`). A card whose
 * score reaches `THRESHOLDS.makeCard` is made; the others become suggestions, each with the reasons
 * that pulled it down, so the import preview can offer them unchecked.
 *
 * A feature is a yes/no question about one card; its reason is what the preview shows (ko/en).
 */
import type { Card } from '../deck/types';
import { parseCommand as parseGraded } from '../drill';
import { parseCommand } from './commands';
import { HANGUL, plainText } from './inline';
import { THRESHOLDS } from './thresholds';
import weights from './weights.json';

/** What a feature may look at: the card, the source line it came from and the heading above it. */
export interface CardContext {
	card: Card;
	/** The source line the card was made from (trimmed). */
	source: string;
	/** The nearest heading when the card was made. */
	heading?: string;
	/** Another card was made from the same YAML block (for the plain indentation exercise). */
	siblingExercise: boolean;
	/** A plain indentation exercise of an earlier YAML block of the same note exists (this one repeats it). */
	repeatedIndentExercise?: boolean;
	/** The prompt of every command drill of the same note (a concept answering with one is that drill's caption). */
	commandPrompts?: ReadonlySet<string>;
}

export interface Feature {
	name: string;
	reason: { ko: string; en: string };
	test: (ctx: CardContext) => boolean;
}

export interface FeatureHit {
	name: string;
	weight: number;
	reason: { ko: string; en: string };
}

export interface Scored {
	score: number;
	hits: FeatureHit[];
}

/** Pattern lists as data: each entry is what the diagnostic or suggestion says when it matches. */
export const NARRATION_MARKERS: { pattern: RegExp; reason: string }[] = [
	{ pattern: /(?:아래|다음)(?:와|과)?\s*같이/, reason: '"아래와 같이": points at the note, not a fact' },
	{ pattern: /(?:위에서|앞서|앞에서)\s*(?:보았듯이|봤듯이|언급했듯이|말했듯이|설명했듯이)/, reason: '"위에서 보았듯이": refers back to the note' },
	{ pattern: /(?:볼|알)\s*수\s*있듯이|보시다시피|보다시피/, reason: '"볼 수 있듯이": points at something the card does not show' },
	{ pattern: /^여기서는|이\s*(?:글|포스트|강의|강좌|문서)에서는?/, reason: '"여기서는", "이 글에서": about the note, not the topic' },
	{ pattern: /(?:^|\s)여기(?:서|에서)\s/, reason: '"여기서": points at a diagram or a place in the note' },
	{ pattern: /매우\s*(?:훌륭|좋|편리|유용)|정말\s*(?:좋|편리|유용)/, reason: 'an opinion ("매우 훌륭하며"), not a fact' },
	{ pattern: /(?:아래|다음)\s*명령(?:어)?(?:를|을|로|으로)/, reason: '"다음 명령어를": points at a block' },
	{ pattern: /(?:것|거)\s*같다|듯하다|나보다\.?$|인\s*듯/, reason: 'hedged ("것 같다"): the writer is unsure' },
	{ pattern: /삽질|해보자|해 보자|보자\.?$|봅시다|하겠습니다|사용하겠습니다/, reason: 'the writer talking to the reader' },
	{ pattern: /^(?:말 그대로|즉,|참고로|예를 들어)/, reason: 'opens with a connective, not the fact' },
	{ pattern: /저희는|제공합니다|여러분/, reason: 'vendor voice' },
	{ pattern: /일부러|실습에서|해봤|해 봤|해봄/, reason: 'a step of the writer\'s lab, not a fact' }
];

/** Section words that head a part of a note but are not terms ("배경", "기본 명령어들", "DB"). */
const SECTION_WORDS = /^(?:배경|기능|구현|참고|정리|요약|예제|실습|실행|설치|기본 명령어들?|명령어들?|리스팅|리스트|목록|db|etc|기타|ref\.?|reference|overview|intro|개요)$/i;

/**
 * A section heading: a section word alone, a topic with a section word after " - " ("Docker Resource Limit -
 * Intro"), or a topic qualified as a part of a chapter ("LoadBalancer 상세", "… 내부에서의 활용 (… 예시)").
 */
function isSectionHeading(q: string): boolean {
	const t = q.replace(/\s*\([^()]*\)\s*$/, '').trim();
	if (SECTION_WORDS.test(t)) return true;
	const part = /\s[-–—]\s+(.+)$/.exec(t)?.[1];
	if (part && SECTION_WORDS.test(part.trim())) return true;
	return /\s(?:상세|상세\s*설명|자세히\s*보기|심화|활용)$/.test(t);
}

/** A short caption of a step ("컨테이너 목록 확인", "mysql 연결"): what a block does, not a definition. */
const CAPTION = /^.{1,16}(?:확인|연결|생성|삭제|조회|실행|접속|설치|변경|출력)$/;

/** A heading that names a task ("default namespace 변경", "볼륨 생성 방법"): steps follow, not a definition. */
const TASK_HEADING = /\s(?:변경|생성|삭제|설정|설치|실행|확인|관리|방법|하기)$/;

/** A name a cluster generates (pod `web-6d75c5dd9b-p56f2`, `centos-job-c86mk`): only this lab has it. */
function hasGeneratedName(line: string): boolean {
	return line.split(/\s+/).some((w) => {
		const m = /^[a-z][\w.-]*-([a-z0-9]{5})$/.exec(w);
		return m !== null && /\d/.test(m[1]) && /[a-z]/.test(m[1]);
	});
}

const FIELD_KEY = /^`?[a-zA-Z][\w.]*`?$/;

/** A markdown link (`[title](url)`, titles with nested brackets included). */
const LINK = /\[(?:[^[\]]|\[[^\]]*\])*\]\((?:https?:|www\.)[^)]*\)|<https?:[^>]+>|https?:\/\/\S+/;
const LINKS = new RegExp(LINK.source, 'g');

/** Words a program's subcommand is written after: a bare `ls` whose answer names `docker network` lost its program. */
const PROGRAM_WORD = /\b(?:docker|kubectl|minikube|helm|kubeadm|podman|git)(?:\s+compose)?\s+[a-z]+/i;

/** The term itself appears inside `text` as a word of its own (not as part of a longer name). */
function mentions(text: string, term: string): boolean {
	const t = term.trim();
	if (t.length < 2 || t.length > 40) return false;
	const at = text.indexOf(t);
	if (at < 0) return false;
	const before = text[at - 1] ?? ' ';
	const after = text[at + t.length] ?? ' ';
	return !/[\w-]/.test(before) && !/[A-Za-z0-9_-]/.test(after);
}

/** Per-card values several features need, computed once (plainText and parsing are the costly parts). */
const plainMemo = new WeakMap<Card, { q: string; a: string }>();
const gradedMemo = new WeakMap<Card, ReturnType<typeof parseGraded> | null>();
/** The grader's parse of a flag card's command, by command text (the concept and the drill of one flag share it). */
const flagMemo = new Map<string, ReturnType<typeof parseGraded> | null>();

function plain(card: Card): { q: string; a: string } {
	let m = plainMemo.get(card);
	if (!m) plainMemo.set(card, (m = { q: plainText(q(card)), a: plainText(a(card)) }));
	return m;
}

/** The grader's parse of a command card's answer (null for other kinds). */
function graded(card: Card): ReturnType<typeof parseGraded> | null {
	if (!gradedMemo.has(card)) gradedMemo.set(card, card.kind === 'command' ? parseGraded(card.answer) : null);
	return gradedMemo.get(card) ?? null;
}

function q(card: Card): string {
	return card.kind === 'concept' ? card.front : card.kind === 'yamlfix' ? card.task : card.prompt;
}

function a(card: Card): string {
	return card.kind === 'concept' ? card.back : card.kind === 'yamlfix' ? card.checks.join(' ') : card.answer;
}

/** Names a command acts on (`kubectl delete pod web` → web; `docker rm app` → app); placeholders are not names. */
function namesOf(card: Card): string[] {
	const parsed = graded(card);
	if (!parsed || !parsed.known) return [];
	// kubectl: `type/name` positionals, a bare positional after a two-word path (`create namespace blue`), `-n` values.
	const names =
		parsed.program === 'kubectl'
			? [...parsed.positionals.filter((p) => p.includes('/') || parsed.path.length > 1).map((p) => p.split('/').pop() ?? ''), ...(parsed.flags['--namespace'] ?? [])]
			: parsed.positionals.filter((p) => parsed.words.includes(p) && !/[:/]/.test(p));
	// `<pod>`, `$POD`, `POD_NAME`, `container-name`: placeholders, not names.
	return names.filter((n) => n && !/[<>{}[\]$]|^[A-Z_]+$|(?:^|[-_])(?:name|id|NAME|ID)$/.test(n) && !n.includes('.'));
}

/** A YAML exercise whose only check is the syntax: fix the indentation, nothing of the note's topic. */
export function isPlainIndent(card: Card): boolean {
	return card.kind === 'yamlfix' && card.checks.length === 1 && card.checks[0] === 'yaml-syntax';
}

function listItems(text: string): number {
	return text.split('\n').filter((l) => /^\s*[-*+]\s/.test(l)).length;
}

export const FEATURES: Feature[] = [
	{
		name: 'tag-line',
		reason: { ko: '답이 태그(#docker)뿐입니다', en: 'the answer is only tags (#docker)' },
		test: ({ card }) => /^(?:#[\w가-힣-]+\s*)+$/.test(plain(card).a.trim())
	},
	{
		name: 'code-debris',
		reason: { ko: '코드 조각이 잘렸습니다 (짝 없는 `, 줄 끝 \\, URL 조각)', en: 'broken code: an unpaired `, a trailing \\ or a piece of a URL' },
		test: ({ card }) => {
			const both = `${q(card)}\n${a(card)}`;
			return (both.match(/`/g)?.length ?? 0) % 2 === 1 || /\\\s*$/m.test(both) || /^\/\//m.test(both);
		}
	},
	{
		name: 'link-answer',
		reason: { ko: '답이 링크(강의 제목, URL)입니다', en: 'the answer is a link (a course title, a URL)' },
		test: ({ card }) => card.kind === 'concept' && (LINK.test(card.back) || LINK.test(card.front)) && a(card).replace(LINKS, '').replace(/[-*+\s,.:|]/g, '').length < 8
	},
	{
		name: 'code-fragment-term',
		reason: { ko: '질문이 용어가 아니라 코드 조각("…", 쉼표)입니다', en: 'the question is a piece of code (quotes, commas), not a term' },
		test: ({ card }) => card.kind === 'concept' && /^`[^`]*["',()][^`]*`$/.test(card.front.trim())
	},
	{
		name: 'bare-subcommand-term',
		reason: { ko: '질문이 프로그램 없는 하위 명령(ls)이라 무엇의 명령인지 모릅니다', en: 'the question is a bare subcommand (`ls`): which program\'s it is, is lost' },
		test: ({ card }) => card.kind === 'concept' && /^`[a-z][a-z-]{0,7}`$/.test(card.front.trim()) && PROGRAM_WORD.test(plain(card).a)
	},
	{
		name: 'answer-in-question',
		reason: { ko: '질문이 답을 이미 담고 있습니다', en: 'the question already contains its answer' },
		test: ({ card }) =>
			(card.kind === 'choice' && mentions(plain(card).q, card.answer)) ||
			(card.kind === 'concept' && !/\s/.test(plain(card).q) && mentions(plain(card).a.replace(/^\S+\s*(?:[은는이가]|란|이란|\(.*?\))?\s/, ''), plain(card).q) && /(?:[이가]|은|는)?\s*(?:됩니다|된다|입니다|이다)[.]?$/.test(plain(card).a))
	},
	{
		name: 'demonstrative-answer',
		reason: { ko: '답이 "이 도구는", "이것은"으로 시작해 무엇인지가 빠졌습니다', en: 'the answer opens with "this tool", "this": what it is about is lost' },
		test: ({ card }) => card.kind === 'concept' && /^(?:이|그)\s*(?:도구|기능|방법|명령(?:어)?|서비스|경우|것|거|들)(?:은|는|이|가|의|을|를)?\s|^(?:이는|이것은|이건|그것은|그건)\s/.test(plain(card).a.replace(/^\s*[-*+]\s+/, ''))
	},
	{
		name: 'command-caption-answer',
		reason: { ko: '답이 명령 카드의 질문(명령 설명)과 같습니다: 그 명령 카드가 묻습니다', en: 'the answer is the caption of a command drill of the note, which asks it already' },
		// "… 확인합니다." as a concept's back is the caption "… 확인합니다" of the command below it.
		test: ({ card, commandPrompts }) => card.kind === 'concept' && commandPrompts !== undefined && commandPrompts.has(plain(card).a.trim().replace(/[.。]$/, ''))
	},
	{
		name: 'sentence-as-term',
		reason: { ko: '질문이 용어가 아니라 문장 조각입니다', en: 'the question is a piece of a sentence, not a term' },
		test: ({ card }) => card.kind === 'concept' && /\s(?:은|는|이|가|을|를|로|으로)\s|(?:됨|함|다)$/.test(plain(card).q)
	},
	{
		name: 'bare-value-answer',
		reason: { ko: '답이 설명 없는 값(출력/필드 값)입니다', en: 'the answer is a bare value (output or a field value), not an explanation' },
		test: ({ card }) =>
			card.kind === 'concept' &&
			((FIELD_KEY.test(plain(card).q) && !HANGUL.test(card.back) && plain(card).a.split(/\s+/).length <= 3) ||
				// "node-status-report-frequency : 기본 5m": a default with no word of what it is.
				/^(?:기본(?:값)?|default)\s*[:=]?\s*[\w.]+$/i.test(plain(card).a.trim()))
	},
	{
		name: 'section-heading-question',
		reason: { ko: '질문이 단원 제목(배경, 명령어들…)입니다', en: 'the question is a section heading (background, commands…)' },
		test: ({ card }) => card.kind === 'concept' && isSectionHeading(plain(card).q.replace(/^\d+\.\s*/, ''))
	},
	{
		name: 'caption-answer',
		reason: { ko: '답이 단계 이름(…확인, …연결)일 뿐입니다', en: 'the answer is only a step caption ("… 확인")' },
		test: ({ card, heading }) => card.kind === 'concept' && heading !== undefined && plain(card).q === plainText(heading) && CAPTION.test(plain(card).a)
	},
	{
		name: 'commands-as-answer',
		reason: { ko: '답이 명령어 목록입니다: 명령 카드로 만들어야 합니다', en: 'the answer is a list of commands: they belong on command cards' },
		test: ({ card }) => card.kind === 'concept' && card.back.split('\n').every((l) => parseCommand(l.replace(/^\s*[-*+]\s+/, '').replace(/`/g, '')) !== null)
	},
	{
		name: 'narration',
		reason: { ko: '설명이 아니라 글쓴이의 말입니다 (아래와 같이, 것 같다…)', en: 'narration, not a fact ("as below", "I think")' },
		test: ({ card }) => NARRATION_MARKERS.some((m) => m.pattern.test(plain(card).a) || (card.kind !== 'concept' && m.pattern.test(plain(card).q)))
	},
	{
		name: 'long-list-answer',
		reason: { ko: `답이 ${THRESHOLDS.maxListItems}개 넘는 목록입니다`, en: `the answer lists more than ${THRESHOLDS.maxListItems} items` },
		test: ({ card }) => card.kind === 'concept' && listItems(card.back) > THRESHOLDS.maxListItems
	},
	{
		name: 'cut-answer',
		reason: { ko: '답이 목록 도입부(…:)에서 끊겼습니다', en: 'the answer stops at a list lead-in ("…:")' },
		test: ({ card }) => card.kind === 'concept' && /[:：]\s*$/.test(plain(card).a)
	},
	{
		name: 'consequence-prompt',
		reason: { ko: '질문이 명령의 목적이 아니라 결과(…됨)입니다', en: 'the prompt states a result ("… 됨"), not what the command is for' },
		test: ({ card }) =>
			card.kind === 'command' &&
			(/(?:됨|된다|됩니다|되었다|됐다)(?:\s*\([^)]*\))?$/.test(plain(card).q) || /\bcomplete|이전에는|\(\d+s\)/.test(card.prompt))
	},
	{
		name: 'warning-prompt',
		reason: { ko: '질문이 목적이 아니라 주의 문구입니다 (…유의!)', en: 'the prompt is a warning ("유의!"), not what the command is for' },
		test: ({ card }) => card.kind === 'command' && /(?:유의|주의|조심)\S*\s*!?$|!$/.test(plain(card).q)
	},
	{
		name: 'task-heading-question',
		reason: { ko: '질문이 용어가 아니라 작업 제목(…변경, …생성)입니다', en: 'the question is a task heading ("… 변경"), not a term' },
		test: ({ card, heading }) => card.kind === 'concept' && heading !== undefined && plain(card).q === plainText(heading) && TASK_HEADING.test(plain(card).q)
	},
	{
		name: 'prompt-is-code',
		reason: { ko: '질문이 설명이 아니라 코드입니다', en: 'the prompt is code, not an explanation' },
		test: ({ card }) => card.kind === 'command' && !HANGUL.test(card.prompt) && /[$=|]|^[a-z]+\s+\S+$/.test(plain(card).q)
	},
	{
		name: 'lab-name',
		reason: { ko: '답에 이 실습에서만 생긴 이름(pod 해시)이 있습니다', en: 'the answer needs a name only this lab had (a generated pod name)' },
		test: ({ card }) => card.kind === 'command' && hasGeneratedName(card.answer)
	},
	{
		name: 'name-not-in-prompt',
		reason: { ko: '답의 이름(예: blue, mypod)이 질문에 없습니다', en: 'a name in the answer (blue, mypod) is not in the prompt' },
		// A blank card shows the rest of the line, names included.
		test: ({ card }) => card.kind === 'command' && (card.blank ?? 'line') === 'line' && namesOf(card).some((n) => !card.prompt.toLowerCase().includes(n.toLowerCase()))
	},
	{
		name: 'short-prompt',
		reason: { ko: '질문이 너무 짧아 명령을 정하지 못합니다', en: 'the prompt is too short to determine the command' },
		test: ({ card }) => card.kind === 'command' && plain(card).q.replace(/\s/g, '').length <= THRESHOLDS.shortPrompt
	},
	{
		name: 'plain-indent-exercise',
		reason: { ko: '같은 YAML에 진짜 연습이 이미 있어 들여쓰기 연습은 덤입니다', en: 'a plain indentation exercise beside the real one of the same YAML' },
		test: ({ card, siblingExercise }) => siblingExercise && isPlainIndent(card)
	},
	{
		name: 'repeated-indent-exercise',
		reason: { ko: '같은 노트의 앞 YAML에 같은 들여쓰기 연습이 이미 있습니다', en: 'an earlier YAML block of the note has the same indentation exercise' },
		test: ({ card, repeatedIndentExercise }) => card.kind === 'yamlfix' && repeatedIndentExercise === true && isPlainIndent(card)
	},
	{
		name: 'table-row',
		reason: { ko: '표의 한 행: 대개 좋은 카드입니다', en: 'a table row: usually a good card' },
		test: ({ source }) => source.startsWith('|')
	},
	{
		name: 'grader-known-command',
		reason: { ko: '채점기가 아는 명령입니다', en: 'the grader knows the command' },
		test: ({ card }) => {
			if (card.kind !== 'command') return false;
			const parsed = graded(card);
			return parsed !== null && parsed.known && parsed.issues.length === 0;
		}
	},
	{
		name: 'grader-issue',
		reason: { ko: '채점기가 이 명령에서 문제를 찾았습니다 (모르는 옵션 등)', en: 'the grader finds a problem in the command (an unknown flag…)' },
		test: ({ card }) => {
			if (card.kind !== 'command' || (card.blank ?? 'line') !== 'line') return false;
			const parsed = graded(card);
			return parsed !== null && parsed.known && parsed.issues.length > 0;
		}
	},
	{
		name: 'flag-not-of-command',
		reason: { ko: '이 옵션은 이 명령의 옵션이 아닙니다 (채점기가 모르는 옵션)', en: 'the flag is not an option of this command (the grader does not know it there)' },
		// A flag list under "Docker Volume" read as `docker volume -v`: the flag belongs to another command.
		test: ({ card }) => {
			const command = card.kind === 'command' && card.blank === 'flag' ? card.answer : card.kind === 'concept' ? /^`([^`]+\s--?[A-Za-z][\w-]*)`$/.exec(card.front.trim())?.[1] : undefined;
			if (!command) return false;
			const parsed = flagMemo.get(command) ?? parseGraded(command);
			flagMemo.set(command, parsed);
			// `kubectl -o` (no subcommand named) is a flag list of the program; only a named subcommand can be the wrong one.
			return parsed !== null && parsed.known && parsed.path.length > 0 && parsed.issues.some((i) => i.code === 'unknown-flag');
		}
	},
	{
		name: 'definition-sentence',
		reason: { ko: '답이 정의 문장입니다 (…이다, …도구, …기술)', en: 'the answer reads as a definition (…이다, a tool, a technique)' },
		test: ({ card }) =>
			card.kind === 'concept' &&
			/(?:이다|입니다|한다|합니다|하는\s*(?:것|도구|기술|요소|구조|공간|스크립트|컨트롤러|controller)|도구|기술|환경|스크립트|controller|컨트롤러|공간|구조|요소)[.)]?\s*$/.test(plain(card).a.split('\n')[0])
	},
	{
		name: 'choice-from-siblings',
		reason: { ko: '같은 목록의 이름들 중에서 고르는 카드', en: 'a choice among sibling names of one list' },
		test: ({ card }) => card.kind === 'choice'
	}
];

const table = weights as { bias: number; features: Record<string, number> };

/** Scores one candidate card: bias plus the weights of the features it has. */
export function scoreCard(ctx: CardContext): Scored {
	const hits: FeatureHit[] = [];
	let score = table.bias;
	for (const f of FEATURES) {
		const w = table.features[f.name] ?? 0;
		if (w === 0 || !f.test(ctx)) continue;
		score += w;
		hits.push({ name: f.name, weight: w, reason: f.reason });
	}
	return { score, hits };
}

/** The features of one candidate as 0/1 (for fitting the weights). */
export function featureVector(ctx: CardContext): number[] {
	return FEATURES.map((f) => (f.test(ctx) ? 1 : 0));
}
