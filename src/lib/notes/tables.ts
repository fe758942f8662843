/**
 * Two-column tables (`| FROM | 상위 이미지를 지정 |`): a concept card per row, and when the left
 * column holds names (Dockerfile instructions, resource kinds) a choice card per row as well.
 */
import type { Tokens } from 'marked';
import type { Compilation } from './context';
import { cleanMarkdown, isTermLike, plainText, tidyTerm } from './inline';
import { addShortNameCards, parseShortNamePair } from './shortnames';
import { addChoiceCards, type NamedItem } from './states';

export function compileTable(c: Compilation, table: Tokens.Table, line: number): void {
	const cols = table.header.length;
	if (cols !== 2) {
		c.diag(line, 'info', `table skipped: ${cols} columns (only two-column term | meaning tables become cards)`);
		return;
	}
	// Row i sits on line + 2 + i (header and delimiter rows first).
	const rows = table.rows.map((r, i) => ({ left: r[0]?.text ?? '', right: r[1]?.text ?? '', line: line + 2 + i }));
	const items: NamedItem[] = [];
	let cards = 0;
	const skipped: number[] = [];
	for (const row of rows) {
		const pair = parseShortNamePair(`\`${plainText(row.left)}\` \`${plainText(row.right)}\``);
		if (pair) {
			cards += addShortNameCards(c, pair, row.line);
			continue;
		}
		const term = tidyTerm(row.left);
		const def = cleanMarkdown(row.right);
		if (!isTermLike(row.left) || !plainText(def)) {
			skipped.push(row.line);
			continue;
		}
		if (c.add({ kind: 'concept', front: term, back: def }, row.line)) cards++;
		items.push({ term, def, line: row.line });
	}
	// Upper-case instruction names (FROM, RUN) count as names too.
	const named = items.filter((i) => /^[A-Z][A-Za-z0-9_-]*$/.test(plainText(i.term)));
	if (named.length >= 3) cards += addChoiceCards(c, named);
	if (skipped.length) c.diag(skipped[0], 'info', `${skipped.length} table row(s) skipped: left cell is not a term`);
	if (!cards && !skipped.length) c.diag(line, 'info', 'table skipped: no rows');
}
