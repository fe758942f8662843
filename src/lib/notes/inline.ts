/**
 * Inline markdown helpers and the heuristics that decide whether a piece of text is a *term*
 * (something a learner can be asked "X?") and whether a line is `term: definition`.
 */

const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
/**
 * Real HTML tags only: a placeholder such as `<pod-name>`, `<service>` or `<label>` is not a tag. A
 * tag is known formatting markup, a closing tag of it, or any tag with attributes (`<p align=…>`).
 */
const HTML_NAMES =
	'a|abbr|b|big|blockquote|br|center|code|dd|del|details|div|dl|dt|em|figcaption|figure|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|s|samp|small|span|strike|strong|sub|summary|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul|var';
const HTML_TAG = new RegExp(`<\\/?(?:${HTML_NAMES})\\b[^<>]*>|<[a-zA-Z][\\w-]*\\s+[\\w-]+\\s*=\\s*["'][^<>]*>`, 'gi');
const LINK = /\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', nbsp: ' ', '#39': "'" };
/** Obsidian wikilinks: `[[Note]]` → Note, `[[Note|shown text]]` → shown text, `[[Note#part]]` → Note. */
const WIKILINK = /\[\[([^[\]|#]*)(?:#[^[\]|]*)?(?:\|([^[\]]*))?\]\]/g;

/** Applies `f` to the text outside code spans, so `<pod>` or `[[-d]]` inside backticks survive. */
function outsideCode(md: string, f: (s: string) => string): string {
	return md
		.split(/(`+[^`]*`+)/)
		.map((part, i) => (i % 2 === 1 ? part : f(part)))
		.join('');
}

/** Removes images and HTML tags, unwraps links and wikilinks, trims hard breaks; keeps bold/code marks. */
export function cleanMarkdown(md: string): string {
	return outsideCode(md, (s) =>
		s
			.replace(IMAGE, '')
			.replace(/<img\b[^>]*>/gi, '')
			.replace(/<br\s*\/?>/gi, ' ')
			.replace(HTML_TAG, '')
			.replace(WIKILINK, (_m, target: string, shown?: string) => (shown ?? target).trim())
	)
		.replace(LINK, '$1')
		.replace(/&(lt|gt|amp|quot|nbsp|#39);/g, (_m, e: string) => ENTITIES[e] ?? _m)
		.replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
		.split('\n')
		.map((l) => l.replace(/[ \t]+$/, '').replace(/^[ \t]+/, ''))
		.join('\n')
		.trim();
}

/** Plain text: `cleanMarkdown` plus no emphasis marks and no backticks. */
export function plainText(md: string): string {
	return stripEmphasis(cleanMarkdown(md)).replace(/`+/g, '').trim();
}

export function stripEmphasis(md: string): string {
	return md
		.replace(/\*\*([^*]+)\*\*/g, '$1')
		.replace(/__([^_]+)__/g, '$1')
		.replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)/g, '$1$2')
		.replace(/~~([^~]+)~~/g, '$1');
}

/** A line made only of images (or `<img>` tags). */
export function isImageOnly(line: string): boolean {
	const t = line.trim();
	if (!t) return false;
	return /^(?:!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>\s*(?:<\/img>)?|\s)+$/i.test(t);
}

/** A line that is only a link (or a list of links), e.g. a table of contents entry. */
export function isLinkOnly(line: string): boolean {
	const t = line.trim().replace(/^[-*+]\s+/, '');
	if (!t) return false;
	const rest = t.replace(LINK, '').replace(WIKILINK, '').replace(/<https?:[^>]+>/g, '').replace(/https?:\/\/\S+/g, '').replace(/[\s·•,|/]+/g, '');
	return rest === '' && t !== '';
}

/** Text that is links and wikilinks with at most a word of glue ("[[A]] · 관련: [[B]]"): a reference, not a definition. */
export function isMostlyLinks(text: string): boolean {
	const t = text.trim();
	if (!new RegExp(LINK.source).test(t) && !/\[\[[^\]]+\]\]/.test(t) && !/https?:\/\//.test(t)) return false;
	const rest = t.replace(LINK, '').replace(WIKILINK, '').replace(/https?:\/\/\S+/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
	return rest.length <= 4;
}

export const HANGUL = /[\uac00-\ud7a3]/;

/** Words that are headings of a sub-list rather than terms: "장점" alone asks nothing. */
const GENERIC = new Set(
	[
		'목적', '목표', '장점', '단점', '특징', '특성', '기능', '예', '예시', '예제', '참고', '주의', '결과', '정리', '설명', '명령어',
		'시나리오', '방법', '이유', '구조', '구성', '구성요소', '주요 개념', '개념', '동작', '역할', '종류', '유형', '설정', '실습',
		'사용법', '용도', '정의', '요약', '문제', '해결', '한계', '원리', '방식', '옵션', '테스트', '순서', '과정', '특장점',
		'note', 'notes', 'example', 'examples', 'e.g.', 'ex', 'purpose', 'goal', 'pros', 'cons', 'features', 'usage', 'tip',
		'lab', 'practice', 'overview', 'summary', 'review', 'contents', 'todo', 'command', 'purpose', 'description'
	].map((w) => w.toLowerCase())
);

export function isGeneric(term: string): boolean {
	const t = plainText(term).toLowerCase().replace(/[\s:]+$/, '');
	return GENERIC.has(t) || ASIDE.has(t) || METADATA.has(t);
}

/** Callout labels ("💡 주의", "> [!tip]"): an aside, never a term, not even with its heading as context. */
const ASIDE = new Set(
	// "상황: …" sets up the writer's lab, not a term to define.
	['주의', '참고', '경고', '중요', '팁', '꿀팁', '메모', '노트', '기타', '퀴즈', '주의사항', '참고사항', '상황', 'note', 'tip', 'tips', 'warning', 'caution', 'important',
		'info', 'hint', 'danger', 'memo', 'quiz', 'todo', 'ps', 'p.s.', 'faq']
);

/**
 * Page properties of Notion / Obsidian exports and blog headers ("Created: 2024년 3월 2일",
 * "Tags: k8s", "관련 노트: [[Service]]"): metadata, not terms.
 */
const METADATA = new Set(
	['created', 'created time', 'created at', 'last edited', 'last edited time', 'last edited by', 'updated', 'date', 'tags', 'tag', 'status', 'author',
		'url', 'source', 'sources', 'aliases', 'alias', 'category', 'categories', 'property', 'properties', 'reference', 'references', 'see also', 'related',
		'links', 'link', '작성일', '작성자', '수정일', '날짜', '태그', '카테고리', '분류', '출처', '링크', '관련', '관련 노트', '관련 글', '상위 노트', '하위 노트',
		'참고 자료', '참고자료', '참고 링크', '레퍼런스', '자주 틀린 것', '헷갈린 것', '헷갈리는 것', 'things i got wrong', '준비', '준비물', '사전 준비',
		'마무리', '마치며', '들어가며', '후기', '회고', '결론', '따라하기', '시작하기']
);

/** An aside or metadata label: gives no card even with its heading as context. */
export function isAside(term: string): boolean {
	const t = plainText(term).toLowerCase().replace(/[\s:]+$/, '').replace(/^[^\p{L}\p{N}]+/u, '').trim();
	return ASIDE.has(t) || METADATA.has(t);
}

// Korean particles/endings that make a phrase a clause, not a name ("컨테이너는", "실행하면").
const CLAUSE_WORD = /(?:[은는을를]|에서|으로|에게|하면|하고|해서|되어|되면|때문|하여|지만|는데|니다|어요|했다|한다|된다|있다|없다|이다|같다)$/;

/** Is `text` something a learner can be asked about: a short name, not a sentence or a clause? */
export function isTermLike(text: string): boolean {
	// A callout's icon ("💡 이번 주 범위") is not part of the term.
	const t = plainText(text).replace(/^(?:\p{Extended_Pictographic}\uFE0F?\s*)+/u, '');
	if (t.length < 1 || t.length > 40) return false;
	if (!/[\p{L}\p{N}]/u.test(t)) return false;
	if (/[.!?。]$/.test(t) && !/\b(?:e\.g|etc|vs)\.$/i.test(t)) return false;
	if (/^(?:e\.g\.?|ex\)|예\)|예를 들어|즉|또한|그리고|하지만|따라서|이제|다시|여기서|그래서|또는|이번 ?주|오늘|지난|다음 ?주|this week|today)(?:\s|$)/i.test(t)) return false;
	if (/https?:\/\//.test(t) || /[=<>{}#$]/.test(t)) return false;
	if (/(?:실습|lab|practice|과제|예제|따라하기)$/i.test(t)) return false;
	const words = t.split(/\s+/);
	if (words.length > 6) return false;
	if (words.some((w) => w.length > 1 && HANGUL.test(w) && CLAUSE_WORD.test(w.replace(/[,.)]+$/, '')))) return false;
	if (words.some((w) => w.length >= 4 && /[가이]$/.test(w.replace(/[,.)]+$/, '')) && HANGUL.test(w))) return false;
	return true;
}

/** Removes list markers and numbering such as "1.", "2-1.", "1)", "3.5" from the start. */
export function stripNumbering(text: string): string {
	return text.replace(/^\s*(?:[-*+]\s+)?(?:\(?\d+(?:[.-]\d+)*[.)]?\s+)/, '').trim();
}

/** The question form of a heading: drops numbering, "란?"/"이란?" and trailing "?". */
export function headingTerm(text: string): string {
	let t = stripNumbering(plainText(text));
	t = t.replace(/^what\s+is\s+(?:an?\s+)?/i, '');
	t = t.replace(/(?:이란|란|이란\s*무엇인가|은\s*무엇인가|는\s*무엇인가|이란\s*뭘까|란\s*뭘까)\s*\??\s*$/, '');
	t = t.replace(/[?？:]+\s*$/, '').trim();
	return t;
}

export interface TermDef {
	term: string;
	def: string;
	/** The term was wrapped in `**…**`, `__…__` or backticks (the author marked it as a term). */
	marked: boolean;
}

const SEPARATOR = /^(.*?\S)\s*([:：](?=\s)|\s[-–—]\s|\s=>\s|\s->\s)\s*(.+)$/;
const MARKED_TERM = /^((?:\*\*|__)`?[^*_`]+?`?(?:\*\*|__)|`[^`]+`)\s*(?:[:：]|[-–—]|=>|->)\s*(.+)$/;
/** `**CMD:** 컨테이너 실행 시 …`: the colon written inside the bold. */
const BOLD_COLON_TERM = /^(?:\*\*|__)([^*_]+?)\s*[:：](?:\*\*|__)\s*(.+)$/;

/**
 * Splits `term: definition`, `**term** — definition`, `term - definition` and `` `term` => def ``.
 * Returns null when the left side does not look like a term.
 */
export function splitTermDef(line: string): TermDef | null {
	let text = line.trim().replace(/^[-*+]\s+/, '');
	if (!text || isImageOnly(text)) return null;
	// "**strategy : 파드를 업데이트 … 할 것인가.**": a whole line in bold is emphasis, not a bold term.
	const whole = /^(?:\*\*|__)([^*_]+)(?:\*\*|__)$/.exec(text);
	if (whole && /\s[:：]\s|\s[-–—]\s/.test(whole[1])) text = whole[1].trim();
	const bc = BOLD_COLON_TERM.exec(text);
	if (bc && isTermLike(bc[1]) && bc[2].trim()) return { term: tidyTerm(bc[1]), def: bc[2].trim(), marked: true };
	const m = MARKED_TERM.exec(text);
	if (m) {
		const term = m[1];
		const def = m[2].trim();
		if (isTermLike(term) && def) return { term: tidyTerm(term), def, marked: true };
	}
	const s = SEPARATOR.exec(text);
	if (!s) return null;
	const term = s[1].trim();
	const sep = s[2].trim();
	const def = s[3].trim();
	// "end - to end", "A -> B, C -> D": a hyphen between words or an arrow after a list is not a definition.
	// "Image - a read-only template" is one: a capitalised term, or a definition opening with an article.
	if (/^[-–]$/.test(sep) && /[a-z]$/.test(term) && /^[a-z]/.test(def) && !/^[A-Z]/.test(term) && !/^(?:an?|the)\s/.test(def)) return null;
	if (/^[=-]>$/.test(sep) && /,/.test(term)) return null;
	// A colon inside a URL, a time or `a:b` is not a separator; SEPARATOR needs whitespace after it.
	if (!def || /\]\(|https?:$/.test(term)) return null;
	// "CPU 동작 | Time Scheduling (RR: 1024)": a separator inside brackets splits a remark, not a term from its definition.
	if ((term.match(/[([]/g)?.length ?? 0) > (term.match(/[)\]]/g)?.length ?? 0)) return null;
	if (!isTermLike(term)) return null;
	return { term: tidyTerm(term), def, marked: /^(?:\*\*|__|`)/.test(term) };
}

/** Display form of a term: no emphasis; backticks kept only on code-like single tokens. */
export function tidyTerm(term: string): string {
	let t = stripEmphasis(cleanMarkdown(term)).trim();
	// Only code spans (`docker kill`, `docker stop`): keep them as code.
	if (/^(?:`[^`\uac00-\ud7a3]+`[\s,/]*)+$/.test(t) && /\s/.test(t)) return t;
	const inner = t.replace(/`/g, '');
	if (/\s/.test(inner) || HANGUL.test(inner) || !/^`[^`]+`$/.test(t)) t = inner;
	return t
		.replace(/^(?:[→⇒>]|->|=>)\s*/, '')
		// "(참고)imperative System", "[Tip] …": a label in front of the term is not part of it.
		.replace(/^(?:\((?:참고|주의|tip|note|cf\.?)\)|\[(?:참고|주의|tip|note)\])\s*/i, '')
		// "services:" (a YAML key quoted in a list) → "services".
		.replace(/(?<=\w)\s*:$/, '')
		.replace(/^(?:\p{Extended_Pictographic}\uFE0F?\s*)+/u, '')
		.replace(/^["'“‘]|["'”’]$/g, '')
		.trim();
}

/** Definition text for a card back: markdown kept, images/HTML gone, at most one paragraph. */
export function tidyDef(def: string): string {
	const text = cleanMarkdown(def)
		.split('\n')
		.filter((l) => l.trim() && !isImageOnly(l))
		.map((l) => l.replace(OBSIDIAN_TAGS, ''))
		.join('\n')
		.trim();
	// "파드가 노드에 배치되는 단계 (아직 실행되지 않은 상태. 일반적으로 …)": a long aside after the
	// definition turns the answer into a paragraph; the definition before it is the answer.
	const aside = /\s*\([^()]{40,}\)\s*\.?$/.exec(text);
	if (aside && !text.includes('\n') && text.length > 80) {
		const main = text.slice(0, aside.index).trim();
		if (plainText(main).length >= 8) return main;
	}
	return text;
}

/** Trailing Obsidian tags (`… 컨트롤러 #ingress #k8s`); a shell comment `# x` has a space and stays. */
const OBSIDIAN_TAGS = /(?:\s+#[\p{L}_][\p{L}\p{N}_/-]*)+\s*$/u;

/** A generic term gets its heading as context: "장점" under "모놀리식 아키텍처" → "모놀리식 아키텍처의 장점". */
export function contextualTerm(term: string, heading: string | undefined): string | null {
	if (isAside(term)) return null;
	if (!isGeneric(term)) return term;
	if (!heading || isGeneric(heading)) return null;
	const h = headingTerm(heading);
	return h ? `${h}의 ${plainText(term)}` : null;
}

/** Breadcrumb tag of a heading: plain text without numbering ("3.5 파드의 라이프 사이클" → "파드의 라이프 사이클"). */
export function headingTag(text: string): string {
	return stripNumbering(plainText(text)).replace(/\s+/g, ' ').slice(0, 80);
}

/** A text cut for a diagnostic message. */
export function short(text: string, max = 40): string {
	const one = text.replace(/\s+/g, ' ').trim();
	return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
