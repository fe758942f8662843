/**
 * The deck file format (`"format": "deckhand/deck@1"`): a JSON Schema (draft 2020-12, as data, for
 * documentation and for other tools) and a hand-written structural validator that follows it.
 *
 * The validator is hand-written on purpose: ajv compiles schemas with `new Function`, which a strict
 * CSP (and our rule "no eval in the browser") forbids. `schema.test.ts` checks with ajv, in node only,
 * that the schema and the validator agree.
 */
import type { Card, CardKind, DeckFile } from './types';

export const DECK_FORMAT = 'deckhand/deck@1' as const;

const str = { type: 'string' } as const;
const nonEmpty = { type: 'string', minLength: 1 } as const;
const strList = { type: 'array', items: { type: 'string' } } as const;
const cardBase = {
	id: nonEmpty,
	tags: strList,
	line: { type: 'integer', minimum: 1 }
} as const;

/** JSON Schema of a deck file. Unknown properties are allowed (the validator warns about them). */
export const deckFileSchema = {
	$schema: 'https://json-schema.org/draft/2020-12/schema',
	$id: 'https://deckhand.local/schema/deck@1.json',
	title: 'Deckhand deck file',
	type: 'object',
	required: ['format', 'id', 'title', 'lang', 'cards'],
	properties: {
		format: { const: DECK_FORMAT },
		id: nonEmpty,
		title: str,
		lang: str,
		description: str,
		source: {
			type: 'object',
			required: ['name', 'hash'],
			properties: { name: str, hash: str }
		},
		cards: { type: 'array', items: { $ref: '#/$defs/card' } }
	},
	$defs: {
		card: {
			type: 'object',
			required: ['id', 'kind', 'tags'],
			properties: { kind: { enum: ['concept', 'command', 'choice', 'yamlfix'] } },
			oneOf: [
				{ $ref: '#/$defs/concept' },
				{ $ref: '#/$defs/command' },
				{ $ref: '#/$defs/choice' },
				{ $ref: '#/$defs/yamlfix' }
			]
		},
		concept: {
			type: 'object',
			required: ['kind', 'front', 'back'],
			properties: { ...cardBase, kind: { const: 'concept' }, front: str, back: str }
		},
		command: {
			type: 'object',
			required: ['kind', 'prompt', 'answer'],
			properties: {
				...cardBase,
				kind: { const: 'command' },
				prompt: str,
				answer: nonEmpty,
				blank: { enum: ['line', 'flag', 'verb', 'resource', 'value'] },
				hidden: str,
				form: { enum: ['short', 'long'] }
			}
		},
		choice: {
			type: 'object',
			required: ['kind', 'prompt', 'options', 'answer'],
			properties: {
				...cardBase,
				kind: { const: 'choice' },
				prompt: str,
				options: { type: 'array', items: str, minItems: 2 },
				answer: str,
				explanation: str
			}
		},
		yamlfix: {
			type: 'object',
			required: ['kind', 'target', 'task', 'broken', 'checks'],
			properties: {
				...cardBase,
				kind: { const: 'yamlfix' },
				target: { enum: ['compose', 'kubernetes'] },
				task: str,
				broken: str,
				solution: str,
				checks: strList
			}
		}
	}
} as const;

/** One problem found by {@link validateDeckFile}; `path` is like `cards[12].answer`. */
export interface SchemaIssue {
	path: string;
	severity: 'error' | 'warning';
	message: string;
	/** The same in Korean, for the learner. */
	messageKo: string;
}

export interface DeckValidation {
	/** The deck, only when there is no error (warnings allowed). Unknown properties are dropped. */
	deck?: DeckFile;
	issues: SchemaIssue[];
}

type Json = unknown;

/** Type names in the learner's words (Korean messages). */
const TYPE_KO: Record<string, string> = {
	string: '문자열',
	'array of strings': '문자열 배열',
	array: '배열',
	object: '객체',
	'an object': '객체',
	integer: '정수',
	'integer >= 1': '1 이상의 정수',
	number: '숫자',
	boolean: '참/거짓 값',
	null: '빈 값(null)',
	undefined: '없는 값'
};

function typeName(v: Json): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'array';
	if (typeof v === 'number' && Number.isInteger(v)) return 'integer';
	return typeof v;
}

function isRecord(v: Json): v is Record<string, Json> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const CARD_FIELDS: Record<CardKind, { required: string[]; optional: string[] }> = {
	concept: { required: ['front', 'back'], optional: [] },
	command: { required: ['prompt', 'answer'], optional: ['blank', 'hidden', 'form'] },
	choice: { required: ['prompt', 'options', 'answer'], optional: ['explanation'] },
	yamlfix: { required: ['target', 'task', 'broken', 'checks'], optional: ['solution'] }
};
const BASE_FIELDS = ['id', 'kind', 'tags', 'line'];
const ENUMS: Record<string, readonly string[]> = {
	blank: ['line', 'flag', 'verb', 'resource', 'value'],
	form: ['short', 'long'],
	target: ['compose', 'kubernetes']
};
const LIST_FIELDS = new Set(['tags', 'options', 'checks']);

/**
 * Check a parsed JSON value against the deck file format. Never throws; returns every issue with a
 * field path and, when there is no error, a clean copy of the deck (unknown properties dropped).
 */
export function validateDeckFile(value: Json): DeckValidation {
	const issues: SchemaIssue[] = [];
	const err = (path: string, message: string, messageKo: string) => issues.push({ path, severity: 'error', message, messageKo });
	const warn = (path: string, message: string, messageKo: string) => issues.push({ path, severity: 'warning', message, messageKo });
	const expect = (path: string, what: string, got: Json) =>
		err(path, `expected ${what}, got ${typeName(got)}`, `${TYPE_KO[what] ?? what}이어야 하는데 ${TYPE_KO[typeName(got)] ?? typeName(got)}입니다`);
	const MISSING = ['required property is missing', '꼭 있어야 하는 항목이 없습니다'] as const;

	if (!isRecord(value)) {
		expect('(root)', 'an object', value);
		return { issues };
	}
	if (value.format !== DECK_FORMAT) {
		err(
			'format',
			value.format === undefined ? `missing; expected "${DECK_FORMAT}"` : `expected "${DECK_FORMAT}", got ${JSON.stringify(value.format)}`,
			`"${DECK_FORMAT}"이어야 합니다 (Deckhand 덱 파일이 아닙니다)`
		);
	}
	const checkString = (obj: Record<string, Json>, key: string, path: string, required: boolean, nonEmptyStr = false) => {
		const v = obj[key];
		if (v === undefined) {
			if (required) err(path, ...MISSING);
			return;
		}
		if (typeof v !== 'string') return expect(path, 'string', v);
		if (nonEmptyStr && v.trim() === '') err(path, 'must not be empty', '비어 있으면 안 됩니다');
		const allowed = ENUMS[key];
		if (allowed && !allowed.includes(v)) err(path, `expected one of ${allowed.join(', ')}, got "${v}"`, `${allowed.join(', ')} 중 하나여야 하는데 "${v}"입니다`);
	};
	const checkStringList = (obj: Record<string, Json>, key: string, path: string, required: boolean) => {
		const v = obj[key];
		if (v === undefined) {
			if (required) err(path, ...MISSING);
			return;
		}
		if (!Array.isArray(v)) return expect(path, 'array of strings', v);
		v.forEach((item, i) => {
			if (typeof item !== 'string') expect(`${path}[${i}]`, 'string', item);
		});
	};

	checkString(value, 'id', 'id', true, true);
	checkString(value, 'title', 'title', true);
	checkString(value, 'lang', 'lang', true);
	checkString(value, 'description', 'description', false);
	if (value.source !== undefined) {
		if (!isRecord(value.source)) expect('source', 'object', value.source);
		else {
			checkString(value.source, 'name', 'source.name', true);
			checkString(value.source, 'hash', 'source.hash', true);
		}
	}
	const known = new Set(['format', 'id', 'title', 'lang', 'description', 'source', 'cards']);
	for (const key of Object.keys(value)) if (!known.has(key)) warn(key, 'unknown property, ignored', '알 수 없는 항목이라 무시했습니다');

	const cards: Card[] = [];
	if (!Array.isArray(value.cards)) {
		if (value.cards === undefined) err('cards', ...MISSING);
		else expect('cards', 'array', value.cards);
	} else {
		const seen = new Map<string, number>();
		value.cards.forEach((raw, i) => {
			const p = `cards[${i}]`;
			if (!isRecord(raw)) return expect(p, 'object', raw);
			const before = issues.filter((x) => x.severity === 'error').length;
			checkString(raw, 'id', `${p}.id`, true, true);
			const kind = raw.kind;
			if (typeof kind !== 'string' || !Object.hasOwn(CARD_FIELDS, kind)) {
				if (kind === undefined) err(`${p}.kind`, ...MISSING);
				else if (typeof kind !== 'string') expect(`${p}.kind`, 'string', kind);
				else err(`${p}.kind`, `expected one of concept, command, choice, yamlfix, got "${kind}"`, `concept, command, choice, yamlfix 중 하나여야 하는데 "${kind}"입니다`);
				return;
			}
			checkStringList(raw, 'tags', `${p}.tags`, true);
			if (raw.line !== undefined && (typeName(raw.line) !== 'integer' || (raw.line as number) < 1)) {
				expect(`${p}.line`, 'integer >= 1', raw.line);
			}
			const spec = CARD_FIELDS[kind as CardKind];
			for (const f of spec.required) {
				if (LIST_FIELDS.has(f)) checkStringList(raw, f, `${p}.${f}`, true);
				else checkString(raw, f, `${p}.${f}`, true, f === 'answer' && kind === 'command');
			}
			for (const f of spec.optional) checkString(raw, f, `${p}.${f}`, false);
			const allowed = new Set([...BASE_FIELDS, ...spec.required, ...spec.optional]);
			for (const key of Object.keys(raw)) if (!allowed.has(key)) warn(`${p}.${key}`, `unknown property for a ${kind} card, ignored`, `${kind} 카드에 없는 항목이라 무시했습니다`);
			if (kind === 'choice' && Array.isArray(raw.options)) {
				if (raw.options.length < 2) err(`${p}.options`, 'expected at least 2 options', '보기가 2개 이상 있어야 합니다');
				else if (typeof raw.answer === 'string' && !raw.options.includes(raw.answer)) {
					err(`${p}.answer`, 'must be one of the options', '보기 중 하나여야 합니다');
				}
			}
			if (kind === 'command' && typeof raw.hidden === 'string' && typeof raw.answer === 'string' && !raw.answer.includes(raw.hidden)) {
				warn(`${p}.hidden`, 'is not part of the answer', '답에 들어 있지 않습니다');
			}
			if (typeof raw.id === 'string') {
				const first = seen.get(raw.id);
				if (first !== undefined) err(`${p}.id`, `duplicate card id "${raw.id}" (first used by cards[${first}])`, `카드 id "${raw.id}"가 중복됩니다 (cards[${first}]에서 먼저 썼습니다)`);
				else seen.set(raw.id, i);
			}
			if (issues.filter((x) => x.severity === 'error').length === before) {
				const card: Record<string, Json> = {};
				for (const key of allowed) if (raw[key] !== undefined) card[key] = raw[key];
				cards.push(card as unknown as Card);
			}
		});
	}

	if (issues.some((x) => x.severity === 'error')) return { issues };
	const v = value as unknown as DeckFile;
	const deck: DeckFile = { format: DECK_FORMAT, id: v.id, title: v.title, lang: v.lang, cards };
	if (v.description !== undefined) deck.description = v.description;
	if (v.source !== undefined) deck.source = { name: v.source.name, hash: v.source.hash };
	// Keep the documented key order: format first.
	return { deck, issues };
}
