/**
 * The Browse query language, in the spirit of Anki's search: plain words (substring, case-folded, so
 * Korean `컨테이너` finds `컨테이너를`), `"quoted phrases"`, `deck:`, `tag:`, `kind:`, `is:`, `prop:`,
 * `rated:`, `added:`, `-` for negation and `or` between terms (terms are ANDed otherwise).
 * Parsing never throws: a query that does not parse gives a {@link QueryError} with where and why.
 */
import type { CardKind } from '../deck/types';

export const CARD_KINDS: readonly CardKind[] = ['command', 'concept', 'choice', 'yamlfix'];
export const IS_VALUES = ['new', 'learn', 'review', 'due', 'suspended', 'buried', 'leech'] as const;
export type IsValue = (typeof IS_VALUES)[number];
/**
 * `prop:` fields: due (days from today, negative = overdue), ivl (days), reps, lapses, s (stability,
 * days), d (difficulty 1–10), r (retrievability now, 0–1).
 */
export const PROP_FIELDS = ['due', 'ivl', 'reps', 'lapses', 's', 'd', 'r'] as const;
export type PropField = (typeof PROP_FIELDS)[number];
export const PROP_OPS = ['<=', '>=', '!=', '<', '>', '='] as const;
export type PropOp = (typeof PROP_OPS)[number];
/** Longest look-back of `rated:` and `added:` (days), as Anki limits `rated:`. */
export const MAX_DAYS = 36500;

export type Term =
	| { type: 'text'; value: string }
	| { type: 'deck'; value: string }
	| { type: 'tag'; value: string }
	| { type: 'kind'; value: CardKind }
	| { type: 'is'; value: IsValue }
	| { type: 'prop'; field: PropField; op: PropOp; value: number }
	| { type: 'rated'; days: number; rating?: 1 | 2 | 3 | 4 }
	| { type: 'added'; days: number };

/** A query: terms ANDed inside each group, groups ORed. An empty query matches every card. */
export interface Query {
	groups: { term: Term; negated: boolean }[][];
}

export interface QueryError {
	/** 0-based character offset in the query where the problem starts. */
	pos: number;
	/** Length of the offending part (≥ 1). */
	length: number;
	/** Why, in English; the UI shows it with the position. */
	reason: string;
	/** The same in Korean. */
	reasonKo: string;
}

export type ParseResult = { ok: true; query: Query } | { ok: false; error: QueryError };

interface Token {
	text: string;
	/** The key before ':' (lower-case) when the token is `key:value` with an unquoted key. */
	key?: string;
	value: string;
	pos: number;
	length: number;
	negated: boolean;
	/** Where the value starts. */
	valuePos: number;
}

const KEYS = new Set(['deck', 'tag', 'kind', 'is', 'prop', 'rated', 'added']);

/** Split the query into tokens; quotes group spaces, `\"` escapes a quote. */
function tokenize(input: string): Token[] | QueryError {
	const tokens: Token[] = [];
	let i = 0;
	while (i < input.length) {
		if (/\s/.test(input[i])) {
			i++;
			continue;
		}
		const start = i;
		let negated = false;
		if (input[i] === '-') {
			negated = true;
			i++;
			if (i >= input.length || /\s/.test(input[i])) return { pos: start, length: 1, reason: "'-' must be followed by a term to exclude", reasonKo: "'-' 뒤에 뺄 검색어가 있어야 합니다" };
		}
		let raw = '';
		let key: string | undefined;
		let valuePos = i;
		let quotedAll = false;
		while (i < input.length && !/\s/.test(input[i])) {
			if (input[i] === '"') {
				const open = i;
				if (raw === '' && key === undefined) quotedAll = true;
				i++;
				let closed = false;
				while (i < input.length) {
					if (input[i] === '\\' && input[i + 1] === '"') {
						raw += '"';
						i += 2;
					} else if (input[i] === '"') {
						closed = true;
						i++;
						break;
					} else raw += input[i++];
				}
				if (!closed) return { pos: open, length: input.length - open, reason: 'unclosed quote "', reasonKo: '따옴표(")가 닫히지 않았습니다' };
				continue;
			}
			if (input[i] === ':' && key === undefined && !quotedAll && KEYS.has(raw.toLowerCase())) {
				key = raw.toLowerCase();
				raw = '';
				i++;
				valuePos = i;
				continue;
			}
			if (input[i] === ':' && key === undefined && !quotedAll && /^[a-z]{2,}$/i.test(raw)) {
				return { pos: start + (negated ? 1 : 0), length: raw.length + 1, reason: `unknown search key '${raw}:' (known: ${[...KEYS].join(', ')}; quote the text to search for it)`, reasonKo: `모르는 검색 키 '${raw}:' (쓸 수 있는 키: ${[...KEYS].join(', ')}; 글자 그대로 찾으려면 따옴표로 감싸세요)` };
			}
			raw += input[i++];
		}
		tokens.push({ text: input.slice(start, i), key, value: raw, pos: start, length: i - start, negated, valuePos });
	}
	return tokens;
}

function fold(text: string): string {
	return text.normalize('NFC').toLowerCase();
}

function err(token: Token, reason: string, reasonKo: string, whole = false): QueryError {
	return whole
		? { pos: token.pos, length: token.length, reason, reasonKo }
		: { pos: token.valuePos, length: Math.max(1, token.pos + token.length - token.valuePos), reason, reasonKo };
}

function wholeDays(token: Token, text: string, what: string): number | QueryError {
	if (!/^\d+$/.test(text)) return err(token, `${what} needs a whole number of days, e.g. ${what}7`, `${what} 뒤에는 날 수(정수)가 와야 합니다. 예: ${what}7`);
	const days = Number(text);
	if (days < 1 || days > MAX_DAYS) return err(token, `${what} takes 1 to ${MAX_DAYS} days`, `${what} 는 1에서 ${MAX_DAYS}일까지입니다`);
	return days;
}

function termOf(token: Token): Term | QueryError {
	const { key, value } = token;
	if (key === undefined) return { type: 'text', value: fold(value) };
	if (value === '') return err(token, `'${key}:' needs a value`, `'${key}:' 뒤에 값이 있어야 합니다`, true);
	switch (key) {
		case 'deck':
			return { type: 'deck', value: fold(value) };
		case 'tag':
			return { type: 'tag', value: fold(value) };
		case 'kind': {
			const kind = CARD_KINDS.find((k) => k === fold(value));
			return kind ? { type: 'kind', value: kind } : err(token, `unknown kind '${value}' (kinds: ${CARD_KINDS.join(', ')})`, `모르는 종류 '${value}' (종류: ${CARD_KINDS.join(', ')})`);
		}
		case 'is': {
			const is = IS_VALUES.find((v) => v === fold(value));
			return is ? { type: 'is', value: is } : err(token, `unknown state '${value}' (is: ${IS_VALUES.join(', ')})`, `모르는 상태 '${value}' (is: ${IS_VALUES.join(', ')})`);
		}
		case 'prop': {
			const match = /^([a-z]+)(<=|>=|!=|<|>|=)(.*)$/i.exec(value);
			if (!match) return err(
					token,
					`prop: needs a field, a comparison and a number, e.g. prop:due<7 (fields: ${PROP_FIELDS.join(', ')})`,
					`prop: 뒤에는 항목, 비교, 숫자가 와야 합니다. 예: prop:due<7 (항목: ${PROP_FIELDS.join(', ')})`
				);
			const field = PROP_FIELDS.find((f) => f === match[1].toLowerCase());
			if (!field) return err(token, `unknown property '${match[1]}' (fields: ${PROP_FIELDS.join(', ')})`, `모르는 항목 '${match[1]}' (항목: ${PROP_FIELDS.join(', ')})`);
			if (!/^-?\d+(\.\d+)?$/.test(match[3])) return err(token, `'${match[3] || '(nothing)'}' after ${match[2]} is not a number`, `${match[2]} 뒤의 '${match[3] || '(없음)'}' 는 숫자가 아닙니다`);
			return { type: 'prop', field, op: match[2] as PropOp, value: Number(match[3]) };
		}
		case 'rated': {
			const [daysText, ratingText, extra] = value.split(':');
			if (extra !== undefined) return err(token, 'rated: takes days and an optional rating, e.g. rated:7 or rated:7:1', 'rated: 뒤에는 날 수와 (선택) 평가가 옵니다. 예: rated:7, rated:7:1');
			const days = wholeDays(token, daysText, 'rated:');
			if (typeof days !== 'number') return days;
			if (ratingText === undefined) return { type: 'rated', days };
			if (!/^[1-4]$/.test(ratingText)) return err(token, `rating '${ratingText}' must be 1 (again) to 4 (easy)`, `평가 '${ratingText}' 는 1(다시)에서 4(쉬움)까지입니다`);
			return { type: 'rated', days, rating: Number(ratingText) as 1 | 2 | 3 | 4 };
		}
		case 'added': {
			const days = wholeDays(token, value, 'added:');
			return typeof days === 'number' ? { type: 'added', days } : days;
		}
	}
	return err(token, `unknown search key '${key}:'`, `모르는 검색 키 '${key}:'`, true);
}

/** Parse a Browse query (see the file comment). */
export function parseQuery(input: string): ParseResult {
	const tokens = tokenize(input);
	if (!Array.isArray(tokens)) return { ok: false, error: tokens };
	const groups: Query['groups'] = [[]];
	let last: Token | undefined;
	for (const token of tokens) {
		const isOr = token.key === undefined && !token.negated && token.text.toLowerCase() === 'or';
		if (isOr) {
			if (groups[groups.length - 1].length === 0) return { ok: false, error: { pos: token.pos, length: token.length, reason: "'or' needs a term before it", reasonKo: "'or' 앞에 검색어가 있어야 합니다" } };
			groups.push([]);
			last = token;
			continue;
		}
		const term = termOf(token);
		if ('reason' in term) return { ok: false, error: term };
		groups[groups.length - 1].push({ term, negated: token.negated });
		last = token;
	}
	if (groups.length > 1 && groups[groups.length - 1].length === 0 && last) {
		return { ok: false, error: { pos: last.pos, length: last.length, reason: "'or' needs a term after it", reasonKo: "'or' 뒤에 검색어가 있어야 합니다" } };
	}
	return { ok: true, query: { groups: groups.filter((g) => g.length > 0) } };
}

/** Quote a value for a query when it holds spaces or quotes (for links like "Browse this deck"). */
export function quoteValue(value: string): string {
	return /[\s"]/.test(value) ? `"${value.replace(/"/g, '\\"')}"` : value;
}
