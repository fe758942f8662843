/** YAML front matter (`deck`, `title`, `lang`, `tags`) at the very top of a notes file. */
import { parse } from 'yaml';
import { errorMessage } from '../errors';

export interface FrontMatter {
	deck?: string;
	title?: string;
	lang?: string;
	tags: string[];
}

export interface FrontMatterResult {
	data: FrontMatter;
	/** Number of lines the front matter occupies (0 when absent); the body starts after them. */
	lineCount: number;
	problems: { line: number; message: string }[];
}

/** Reads front matter; a broken block is reported and ignored, its lines still skipped. */
export function readFrontMatter(text: string): FrontMatterResult {
	const none: FrontMatterResult = { data: { tags: [] }, lineCount: 0, problems: [] };
	if (!/^---[ \t]*\n/.test(text)) return none;
	const lines = text.split('\n');
	let end = -1;
	for (let i = 1; i < lines.length; i++) {
		if (/^(---|\.\.\.)[ \t]*$/.test(lines[i])) {
			end = i;
			break;
		}
	}
	if (end === -1) {
		// An opening `---` with no closing one is more likely a horizontal rule than front matter.
		return { ...none, problems: [{ line: 1, message: 'front matter not closed with `---`: treated as text' }] };
	}
	const result: FrontMatterResult = { data: { tags: [] }, lineCount: end + 1, problems: [] };
	let doc: unknown;
	try {
		doc = parse(lines.slice(1, end).join('\n'));
	} catch (error) {
		const message = errorMessage(error).split('\n')[0];
		result.problems.push({ line: 1, message: `broken front matter ignored: ${message}` });
		return result;
	}
	if (doc === null || doc === undefined) return result;
	if (typeof doc !== 'object' || Array.isArray(doc)) {
		result.problems.push({ line: 1, message: 'front matter is not a mapping: ignored' });
		return result;
	}
	const map = doc as Record<string, unknown>;
	const str = (key: string): string | undefined => {
		const v = map[key];
		if (v === undefined || v === null) return undefined;
		if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
		result.problems.push({ line: 1, message: `front matter \`${key}\` is not a string: ignored` });
		return undefined;
	};
	result.data.deck = str('deck');
	result.data.title = str('title');
	result.data.lang = str('lang');
	const tags = map.tags;
	if (Array.isArray(tags)) {
		result.data.tags = tags.filter((t) => typeof t === 'string' || typeof t === 'number').map((t) => String(t).trim()).filter(Boolean);
	} else if (typeof tags === 'string') {
		result.data.tags = tags.split(/[,\s]+/).map((t) => t.trim()).filter(Boolean);
	} else if (tags !== undefined && tags !== null) {
		result.problems.push({ line: 1, message: 'front matter `tags` is not a list: ignored' });
	}
	return result;
}
