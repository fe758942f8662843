/**
 * Tables: two-column `| FROM | 상위 이미지를 지정 |` tables give a concept card per row, and when
 * the left column holds names (Dockerfile instructions, resource kinds) a choice card per row as
 * well. A cheat-sheet table (`| 명령어 | 설명 |`, either order) gives command drills with the
 * description as the prompt; an option table (`| -d | 백그라운드 실행 |`) gives flag drills. A wider
 * table is read when its header names a command column and a description column.
 */
import type { Tokens } from 'marked';
import type { Compilation } from './context';
import { addCommandCard, addFlagCards, parseCommand, programFromHeadings } from './commands';
import { HANGUL, cleanMarkdown, isAside, isTermLike, plainText, tidyTerm } from './inline';
import { addShortNameCards, parseShortNamePair } from './shortnames';
import { addChoiceCards, type NamedItem } from './states';

/** A table as rows of cell texts, with the source line of each row. */
export interface TableRows {
	header: string[];
	rows: { cells: string[]; line: number }[];
}

const COMMAND_HEADER = /^(?:명령어?|커맨드|command|commands|cmd|옵션|option|options|flag|flags|플래그)$/i;
const MEANING_HEADER = /^(?:설명|의미|기능|내용|용도|역할|동작|뜻|description|meaning|what it does|purpose|usage|role)$/i;

/** A header cell names a meaning column when it, or one of its `/`-joined parts ("역할/의미"), does. */
function isMeaningHeader(cell: string): boolean {
	return cell.split(/\s*\/\s*/).some((part) => MEANING_HEADER.test(part.trim()));
}

export function compileTable(c: Compilation, table: Tokens.Table, line: number): void {
	// Row i sits on line + 2 + i (header and delimiter rows first).
	compileRows(c, { header: table.header.map((h) => h.text), rows: table.rows.map((r, i) => ({ cells: r.map((x) => x.text), line: line + 2 + i })) }, line);
}

/**
 * Which two columns to read: the only two, or in a wider table the command and description columns,
 * or the first column when the second describes it (`| 포트 | 설명 | 필수 여부 |`: the rest are remarks
 * or examples).
 */
function columnsOf(header: string[]): [number, number] | null {
	if (header.length === 2) return [0, 1];
	const names = header.map((h) => plainText(h).trim());
	const cmd = names.findIndex((h) => COMMAND_HEADER.test(h));
	const meaning = names.findIndex(isMeaningHeader);
	if (meaning === -1) return null;
	if (cmd !== -1) return [cmd, meaning];
	return meaning === 1 ? [0, 1] : null;
}

export function compileRows(c: Compilation, table: TableRows, line: number): void {
	const cols = table.header.length;
	const pick = columnsOf(table.header);
	if (!pick) {
		c.diag(line, 'info', 'table-columns', { count: cols });
		return;
	}
	const rows = table.rows.map((r) => ({ left: r.cells[pick[0]] ?? '', right: r.cells[pick[1]] ?? '', line: r.line }));
	const items: NamedItem[] = [];
	let cards = 0;
	const skipped: number[] = [];
	for (const row of rows) {
		const pair = parseShortNamePair(`\`${plainText(row.left)}\` \`${plainText(row.right)}\``);
		if (pair) {
			cards += addShortNameCards(c, pair, row.line);
			continue;
		}
		const made = commandRow(c, row.left, row.right, row.line);
		if (made !== null) {
			cards += made;
			continue;
		}
		const term = tidyTerm(row.left);
		const def = cleanMarkdown(row.right);
		if (!isTermLike(row.left) || !plainText(def) || isAside(term)) {
			skipped.push(row.line);
			continue;
		}
		if (c.add({ kind: 'concept', front: term, back: def }, row.line)) cards++;
		items.push({ term, def, line: row.line });
	}
	// Upper-case instruction names (FROM, RUN) count as names too.
	const named = items.filter((i) => /^[A-Z][A-Za-z0-9_-]*$/.test(plainText(i.term)));
	if (named.length >= 3) cards += addChoiceCards(c, named);
	if (skipped.length) c.diag(skipped[0], 'info', 'table-rows-skipped', { count: skipped.length });
	if (!cards && !skipped.length) c.diag(line, 'info', 'table-empty');
}

/** A Korean word ending in a particle ("컨테이너를", "이름으로") is prose, not a placeholder. */
const PARTICLE_END = /(?:으로|로|를|을|에서|에|는|은|가|와|과|도|의|고|며|면)$/;

/**
 * `docker rmi 이미지`, `docker run -p 호스트:컨테이너` in a cheat-sheet cell: Korean words after the
 * program and its verb stand for values, as `<이미지>` would; the grader takes any value there.
 * A cell with a Korean word ending in a particle is prose and stays as it is.
 */
function koreanPlaceholders(cell: string): string {
	const words = cell.trim().split(/\s+/);
	if (words.length < 3 || !/^[a-z]/.test(words[0]) || !/^[a-z]/.test(words[1]) || !HANGUL.test(cell)) return cell;
	const rest = words.slice(2);
	if (rest.some((w) => (w.match(/[\uac00-\ud7a3]+/g) ?? []).some((run) => PARTICLE_END.test(run)))) return cell;
	return [...words.slice(0, 2), ...rest.map((w) => w.replace(/(?<![<{[])[\uac00-\ud7a3]+(?![>}\]])/g, (run) => `<${run}>`))].join(' ');
}

/**
 * A cheat-sheet row: a command in one cell and its description in the other (command drill), or a
 * flag and its meaning (flag drills). Returns the number of cards, or null when the row is neither.
 */
function commandRow(c: Compilation, left: string, right: string, line: number): number | null {
	const l = koreanPlaceholders(plainText(left));
	const r = koreanPlaceholders(plainText(right));
	if (!l || !r) return null;
	const lc = parseCommand(l);
	const rc = parseCommand(r);
	if (lc && !rc && lc.line.includes(' ')) return addCommandCard(c, right, lc, line) ? 1 : 0;
	if (rc && !lc && rc.line.includes(' ')) return addCommandCard(c, left, rc, line) ? 1 : 0;
	// `| -p 8080:80 | 포트 연결 |`: the whole left cell is the flag and its example value.
	const flag = /^(--?[A-Za-z][\w-]*)(?:(=|\s+)(\S+))?$/.exec(l);
	const base = flag ? (c.lastCommand?.base ?? programFromHeadings(c.crumbs)) : null;
	if (flag && base) {
		const value = flag[3] ? `${flag[2] === '=' ? '=' : ' '}${flag[3]}` : undefined;
		return addFlagCards(c, base, { flag: flag[1], value, meaning: cleanMarkdown(right) }, line);
	}
	return null;
}
