/**
 * Placeholders in expected answers: `{image}`, `<pod>`, `[이미지명]`. A placeholder matches any one
 * value; inside a larger value (`[사용자명]/[이미지명]:[버전태그]`) it matches a non-empty part.
 * The content must start with a letter, so that Go templates (`{{.Names}}`), JSONPath
 * (`{.items[0]}`) and indices (`[0]`) are never taken for placeholders.
 */

const PLACEHOLDER_SRC = String.raw`<[\p{L}_][\p{L}\p{N}_ .-]*>|\{[\p{L}_][\p{L}\p{N}_ .-]*\}|\[[\p{L}_][\p{L}\p{N}_ .-]*\]`;
const ANY = new RegExp(PLACEHOLDER_SRC, 'u');
const WHOLE = new RegExp(`^(?:${PLACEHOLDER_SRC})$`, 'u');
const ALL = new RegExp(PLACEHOLDER_SRC, 'gu');

/** Compiled patterns by expected value; bounded so that a long session cannot grow it forever. */
const cache = new Map<string, RegExp | null>();
const CACHE_LIMIT = 2000;

export function hasPlaceholder(value: string): boolean {
	return ANY.test(value);
}

export function isWholePlaceholder(value: string): boolean {
	return WHOLE.test(value);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternOf(expected: string): RegExp | null {
	let re = cache.get(expected);
	if (re !== undefined) return re;
	if (!hasPlaceholder(expected)) {
		re = null;
	} else {
		let src = '';
		let last = 0;
		for (const m of expected.matchAll(ALL)) {
			src += `${escapeRegExp(expected.slice(last, m.index))}(.+?)`;
			last = m.index + m[0].length;
		}
		src += escapeRegExp(expected.slice(last));
		re = new RegExp(`^${src}$`, 'su');
	}
	if (cache.size >= CACHE_LIMIT) cache.clear();
	cache.set(expected, re);
	return re;
}

/** True when `actual` is `expected`, or fits it with each placeholder standing for some text. */
export function matchesValue(expected: string, actual: string): boolean {
	if (expected === actual) return true;
	const re = patternOf(expected);
	return re !== null && actual !== '' && re.test(actual);
}
