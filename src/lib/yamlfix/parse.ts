/**
 * Parsing: every `---` document of a file with one shared LineCounter, plus the diagnostics that belong
 * to the YAML layer itself (syntax, tabs, duplicate keys, YAML 1.1 pitfalls, resource limits).
 * Never throws.
 */
import { LineCounter, parse, parseAllDocuments, visit, isAlias, isCollection, isPair, isScalar, Scalar, type Alias, type Document } from 'yaml';
import type { ParsedDoc, YamlDiagnostic } from './types';
import { errorMessage } from '../errors';
import { subjectParticle, topicParticle } from '../i18n/particle';

/** Inputs longer than this (characters) are refused with a diagnostic. */
export const MAX_TEXT_LENGTH = 2_000_000;
/** Deepest flow nesting ([ and {) accepted before parsing. */
export const MAX_FLOW_DEPTH = 500;
/**
 * Most data nodes that aliases may add to a document once expanded (an alias bomb adds billions).
 * go-yaml, which kubectl and docker compose use, lets aliases make up 99% of a document of up to
 * 400,000 decoded nodes; counting the nodes is what matters, not the number of `*alias` uses (a
 * compose file such as getsentry/self-hosted uses hundreds of small merge keys).
 */
export const MAX_ALIAS_NODES = 400_000;

export interface ParseResult {
	docs: ParsedDoc[];
	lineCounter: LineCounter;
	issues: YamlDiagnostic[];
}

const MAX_SYNTAX_DIAGNOSTICS = 20;

function flowDepth(text: string): number {
	let depth = 0;
	let max = 0;
	let quote = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quote) {
			if (c === quote) quote = '';
			else if (c === '\n') quote = '';
			continue;
		}
		if (c === '"' || c === "'") quote = c;
		else if (c === '[' || c === '{') {
			depth++;
			if (depth > max) max = depth;
		} else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
		else if (c === '\n') depth = Math.min(depth, 64);
	}
	return max;
}

function limitIssue(message: string, message_ko: string, line = 1): YamlDiagnostic {
	return { rule: 'yaml-limits', severity: 'error', message, message_ko, line, col: 1 };
}

const BASE60 = /^[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+$/;
const BOOL11 = /^(yes|no|on|off|y|n)$/i;

/** Parse `text` into documents and YAML-level diagnostics. */
/** The YAML parser's error codes in the learner's words (its own messages are English). */
const SYNTAX_KO: Partial<Record<string, string>> = {
	BAD_INDENT: '들여쓰기가 맞지 않습니다. 같은 단계의 키는 같은 칸에서 시작해야 합니다',
	MISSING_CHAR: '닫는 따옴표나 괄호, 또는 콜론(:)이 빠졌습니다',
	BLOCK_AS_IMPLICIT_KEY: '키 뒤에 콜론(:)이 없거나 들여쓰기가 어긋났습니다',
	MULTILINE_IMPLICIT_KEY: '키가 여러 줄에 걸쳐 있습니다. 콜론(:) 뒤에 공백이 있는지, 들여쓰기가 맞는지 확인하세요',
	UNEXPECTED_TOKEN: '이 자리에 올 수 없는 문자가 있습니다. 들여쓰기와 콜론 뒤 공백을 확인하세요',
	DUPLICATE_KEY: '같은 키가 두 번 나옵니다',
	BAD_SCALAR_START: '값이 YAML에서 특별한 문자(@, `, %, | 등)로 시작합니다. 따옴표로 감싸세요',
	BAD_DQ_ESCAPE: '큰따옴표 안의 역슬래시(\\) 이스케이프가 잘못되었습니다',
	TAB_AS_INDENT: '들여쓰기에 탭이 있습니다. 공백만 쓸 수 있습니다',
	BLOCK_IN_FLOW: '[ ]나 { } 안에서는 블록 형식을 쓸 수 없습니다',
	BAD_ALIAS: '별칭(*)이 잘못되었습니다'
};

export function parseYaml(text: string): ParseResult {
	const lineCounter = new LineCounter();
	const issues: YamlDiagnostic[] = [];
	if (text.length > MAX_TEXT_LENGTH) {
		issues.push(
			limitIssue(
				`file too large (${text.length} characters, limit ${MAX_TEXT_LENGTH})`,
				`파일이 너무 큽니다 (${text.length}자, 최대 ${MAX_TEXT_LENGTH}자)`
			)
		);
		return { docs: [], lineCounter, issues };
	}
	if (flowDepth(text) > MAX_FLOW_DEPTH) {
		issues.push(
			limitIssue(
				`nesting deeper than ${MAX_FLOW_DEPTH} levels`,
				`중첩이 너무 깊습니다 (최대 ${MAX_FLOW_DEPTH}단계)`
			)
		);
		return { docs: [], lineCounter, issues };
	}
	let raw: Document[];
	try {
		raw = Array.from(
			parseAllDocuments(text, { lineCounter, merge: true, uniqueKeys: true, prettyErrors: false }) as Iterable<Document>
		);
	} catch (error) {
		issues.push(
			limitIssue(
				`YAML could not be parsed: ${errorMessage(error)}`,
				'YAML을 해석할 수 없습니다 (너무 깊거나 큰 입력)'
			)
		);
		return { docs: [], lineCounter, issues };
	}
	const lines = text.split('\n');
	const pos = (offset: number) => {
		const p = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
		return { line: p.line, col: p.col };
	};
	const seen = new Set<string>();
	let syntaxCount = 0;
	const docs: ParsedDoc[] = [];
	raw.forEach((doc, index) => {
		let broken = false;
		for (const error of doc.errors) {
			if (isQuoteEscape(error)) continue;
			const { line, col } = pos(error.pos[0]);
			if (error.code === 'DUPLICATE_KEY') {
				const key = `dup:${line}`;
				if (seen.has(key)) continue;
				seen.add(key);
				const lineText = lines[line - 1] ?? '';
				const name = /^\s*-?\s*([^:#]+?)\s*:/.exec(lineText)?.[1] ?? '';
				issues.push({
					rule: 'yaml-duplicate-key',
					severity: 'error',
					message: `duplicate key${name ? ` "${name}"` : ''}: a later value would silently replace the earlier one; keep one`,
					message_ko: `중복된 키${name ? ` "${name}"` : ''}: 뒤의 값이 앞의 값을 덮어씁니다. 하나만 남기세요`,
					line,
					col
				});
				continue;
			}
			broken = true;
			if (syntaxCount >= MAX_SYNTAX_DIAGNOSTICS) continue;
			const lineText = lines[line - 1] ?? '';
			const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
			const prevIndent = /^[ \t]*/.exec(lines[line - 2] ?? '')?.[0] ?? '';
			const tab = error.code === 'TAB_AS_INDENT' || indent.includes('\t') || (col <= 1 && prevIndent.includes('\t'));
			const tabLine = indent.includes('\t') || error.code === 'TAB_AS_INDENT' ? line : line - 1;
			const key = `${tab ? 'tab' : 'syn'}:${tab ? tabLine : line}`;
			if (seen.has(key)) continue;
			seen.add(key);
			syntaxCount++;
			if (tab) {
				issues.push({
					rule: 'yaml-tab-indent',
					severity: 'error',
					message: 'tab used for indentation: YAML indentation must use spaces',
					message_ko: '들여쓰기에 탭이 사용되었습니다. YAML 들여쓰기는 공백(space)만 쓸 수 있습니다',
					line: tabLine,
					col: 1
				});
			} else {
				const msg = error.message.split('\n')[0];
				issues.push({
					rule: 'yaml-syntax',
					severity: 'error',
					message: `YAML syntax error: ${msg}`,
					message_ko: `YAML 문법 오류: ${SYNTAX_KO[error.code] ?? '들여쓰기, 콜론 뒤 공백, 따옴표를 확인하세요'}`,
					line,
					col
				});
			}
		}
		let value: unknown = null;
		if (!broken) {
			if (doc.errors.some(isQuoteEscape)) fixQuoteEscapes(doc, text);
			const { aliases, unresolved } = scanAliases(doc);
			if (unresolved) {
				broken = true;
				const at = pos(unresolved.range?.[0] ?? 0);
				issues.push({
					rule: 'yaml-syntax',
					severity: 'error',
					message: `YAML syntax error: alias *${unresolved.source} has no anchor &${unresolved.source} before it`,
					message_ko: `YAML 문법 오류: 별칭 *${unresolved.source}보다 앞에 앵커 &${unresolved.source}${subjectParticle(String(unresolved.source))} 없습니다`,
					...at
				});
			}
			try {
				if (!broken && aliases && aliasNodes(doc) > MAX_ALIAS_NODES) throw new AliasBomb();
				if (!broken) value = doc.toJS({ maxAliasCount: -1 }) ?? null;
			} catch (error) {
				broken = true;
				const start = doc.contents?.range?.[0] ?? 0;
				const bomb = error instanceof AliasBomb;
				issues.push(
					limitIssue(
						bomb
							? `aliases expand to too much data (more than ${MAX_ALIAS_NODES} nodes): possible alias bomb`
							: `document could not be converted: ${errorMessage(error)}`,
						bomb
							? `별칭(alias)이 너무 많은 데이터로 펼쳐집니다 (최대 ${MAX_ALIAS_NODES}개 노드)`
							: '문서를 데이터로 변환할 수 없습니다',
						pos(start).line
					)
				);
			}
			if (!broken) pitfalls(doc, text, pos, issues);
		}
		docs.push({ index, doc, value, broken });
	});
	return { docs, lineCounter, issues };
}

class AliasBomb extends Error {}

/**
 * Whether the document uses aliases, and the first alias with no anchor of that name before it
 * (go-yaml and the yaml library both refuse such a file).
 */
function scanAliases(doc: Document): { aliases: boolean; unresolved: Alias | null } {
	const seen = new Set<string>();
	let aliases = false;
	let unresolved: Alias | null = null;
	try {
		visit(doc, {
			Node(_key, node) {
				if (isAlias(node)) {
					aliases = true;
					if (!seen.has(node.source)) {
						unresolved = node;
						return visit.BREAK;
					}
				} else if (node.anchor) seen.add(node.anchor);
				return undefined;
			}
		});
	} catch {
		// a pathological tree: toJS below reports what is wrong with it
	}
	return { aliases, unresolved };
}

/**
 * How many data nodes the aliases of `doc` add once expanded (0 without aliases). Linear in the size
 * of the text: the expanded size of each anchored node is remembered, as the yaml library resolves an
 * alias to the last node before it with that anchor. An alias to a node still being read (a
 * recursive structure) counts as one node. Only called for documents that use aliases.
 */
function aliasNodes(doc: Document): number {
	const sizes = new Map<string, number>();
	let literal = 0;
	let anyAlias = false;
	const size = (node: unknown, depth: number): number => {
		if (node === null || node === undefined) return 0;
		if (depth > 1000) return MAX_ALIAS_NODES + 1; // aliases under 1000 levels of nesting: refused, not measured
		if (isAlias(node)) {
			anyAlias = true;
			return sizes.get(node.source) ?? 1;
		}
		literal++;
		let n = 1;
		if (isPair(node)) n = size(node.key, depth + 1) + size(node.value, depth + 1);
		else if (isCollection(node)) for (const item of node.items) n += size(item, depth + 1);
		const anchor = (node as { anchor?: string }).anchor;
		if (anchor) sizes.set(anchor, n);
		return n;
	};
	const total = size(doc.contents, 0);
	return anyAlias ? Math.max(0, total - literal) : 0;
}

/**
 * `\'` inside a double-quoted scalar is not a YAML 1.2 escape, but the libyaml-derived parsers that read
 * these files for real (go-yaml in kubectl and docker compose, PyYAML) accept it as a plain quote, and
 * public manifests use it (kubernetes/website pods/inject/envars-file-container.yaml). Not a syntax error.
 */
function isQuoteEscape(error: { code: string; message: string }): boolean {
	return error.code === 'BAD_DQ_ESCAPE' && error.message.startsWith("Invalid escape sequence \\'");
}

/** Give the double-quoted scalars that use `\'` the value those parsers read (the yaml library keeps the backslash). */
function fixQuoteEscapes(doc: Document, text: string): void {
	try {
		visit(doc, {
			Scalar(_key, node: Scalar) {
				if (node.type !== Scalar.QUOTE_DOUBLE || !node.range) return;
				const source = text.slice(node.range[0], node.range[1]);
				if (!source.includes("\\'")) return;
				// rewrite each \' escape (not the quote after an escaped backslash) as \x27, then decode
				const fixed = source.replace(/\\(.)/gs, (m: string, c: string) => (c === "'" ? '\\x27' : m));
				const value: unknown = parse(fixed);
				if (typeof value === 'string') node.value = value;
			}
		});
	} catch {
		// best effort: the value keeps its backslashes
	}
}

function pitfalls(
	doc: Document,
	text: string,
	pos: (offset: number) => { line: number; col: number },
	issues: YamlDiagnostic[]
): void {
	let count = 0;
	try {
		visit(doc, {
			Scalar(key, node: Scalar) {
				if (key === 'key' || count > 50) return;
				if (!isScalar(node) || node.type !== Scalar.PLAIN || !node.range) return;
				const source = text.slice(node.range[0], node.range[1]).trim();
				if (BASE60.test(source)) {
					count++;
					issues.push({
						rule: 'yaml-base60',
						severity: 'warning',
						message: `unquoted ${source} is read as a base-60 number by YAML 1.1 parsers; quote it: "${source}"`,
						message_ko: `따옴표 없는 ${source}${topicParticle(String(source))} YAML 1.1 파서에서 60진수 숫자로 읽힙니다. "${source}"처럼 따옴표로 감싸세요`,
						...pos(node.range[0])
					});
				} else if (BOOL11.test(source) && /^(yes|no|on|off)$/i.test(source)) {
					count++;
					issues.push({
						rule: 'yaml-boolean-word',
						severity: 'warning',
						message: `unquoted ${source} is a boolean in YAML 1.1 but a string in YAML 1.2; quote it ("${source}") or use true/false`,
						message_ko: `따옴표 없는 ${source}${topicParticle(String(source))} YAML 1.1에서는 불리언, YAML 1.2에서는 문자열입니다. "${source}"처럼 감싸거나 true/false를 쓰세요`,
						...pos(node.range[0])
					});
				}
			}
		});
	} catch {
		// a pathological tree: the pitfall warnings are best effort
	}
}
