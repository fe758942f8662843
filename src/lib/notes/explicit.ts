/**
 * Explicit card syntax, compatible with the Obsidian Spaced Repetition plugin, read line by line
 * before the markdown is lexed: `Q::A`, `Q:::A`, multi-line cards around a `?`/`??` line, cloze
 * `==x==` / `{{c1::x}}`, and `^id` pins. Consumed lines are blanked so the lexer skips them while
 * line numbers stay the same.
 */
import type { Compilation } from './context';
import { cleanMarkdown, headingTag, short } from './inline';
import { replaceCloze, scanCloze } from '../import/cloze';

const FENCE = /^\s*(?:>\s*)*(`{3,}|~{3,})/;
const PIN = /\s\^([A-Za-z0-9][\w-]*)\s*$/;
const HIGHLIGHT = /==(?=\S)((?:(?!==).)*?\S)==/g;

/** Applies explicit syntax; returns the text with the consumed lines blanked. */
export function compileExplicit(c: Compilation, text: string): string {
	const lines = text.split('\n');
	const inFence: boolean[] = [];
	let fence = '';
	for (let i = 0; i < lines.length; i++) {
		const m = FENCE.exec(lines[i]);
		if (fence) {
			inFence.push(true);
			if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = '';
		} else if (m) {
			fence = m[1];
			inFence.push(true);
		} else inFence.push(false);
	}
	let i = 0;
	while (i < lines.length) {
		if (inFence[i] || !lines[i].trim()) {
			i++;
			continue;
		}
		let end = i;
		while (end + 1 < lines.length && !inFence[end + 1] && lines[end + 1].trim()) end++;
		compileBlock(c, lines, i, end);
		i = end + 1;
	}
	return lines.join('\n');
}

/** One run of non-blank lines [start, end] (0-based). */
function compileBlock(c: Compilation, lines: string[], start: number, end: number): void {
	for (let i = start; i <= end; i++) {
		const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(lines[i]);
		if (h) c.enterHeading(h[1].length, headingTag(h[2]));
	}
	const sep = findSeparatorLine(lines, start, end);
	if (sep !== -1) {
		multiLine(c, lines, start, end, sep);
		return;
	}
	const block = lines.slice(start, end + 1);
	const isParagraph = block.every((l) => !/^\s*(?:[-*+]|\d+[.)])\s|^\s*[#|>]/.test(l));
	if (isParagraph && block.some(hasCloze)) {
		cloze(c, block.join('\n'), start + 1, end + 1);
		blank(lines, start, end);
		return;
	}
	for (let i = start; i <= end; i++) {
		const line = lines[i];
		if (/^\s*[#|]/.test(line)) continue;
		if (hasCloze(line)) {
			cloze(c, line, i + 1, i + 1);
			blank(lines, i, i);
		} else if (inlineCard(c, line, i + 1)) blank(lines, i, i);
	}
}

function hasCloze(line: string): boolean {
	const masked = maskCode(line);
	// Fresh non-global copies: `test` on a global regex moves lastIndex, which `matchAll` inherits.
	return scanCloze(masked, 'line').matches.length > 0 || new RegExp(HIGHLIGHT.source).test(masked);
}

function findSeparatorLine(lines: string[], start: number, end: number): number {
	for (let i = start + 1; i < end; i++) if (/^\s*\?\??\s*$/.test(lines[i])) return i;
	return -1;
}

function blank(lines: string[], start: number, end: number): void {
	for (let i = start; i <= end; i++) lines[i] = '';
}

/** Replaces code spans with spaces of the same length, so `::` inside code is not a separator. */
function maskCode(line: string): string {
	return line.replace(/`+[^`]*`+/g, (m) => ' '.repeat(m.length));
}

function takePin(text: string): { text: string; pin?: string } {
	const m = PIN.exec(text);
	return m ? { text: text.slice(0, m.index).trimEnd(), pin: m[1] } : { text };
}

function multiLine(c: Compilation, lines: string[], start: number, end: number, sep: number): void {
	const both = lines[sep].trim() === '??';
	const { text: last, pin } = takePin(lines[end]);
	const q = cleanMarkdown(lines.slice(start, sep).join('\n'));
	const a = cleanMarkdown([...lines.slice(sep + 1, end), last].join('\n'));
	if (!q || !a) {
		c.diag(start + 1, 'warning', 'multiline-card-empty');
	} else {
		c.add({ kind: 'concept', front: q, back: a }, start + 1, pin);
		if (both) c.add({ kind: 'concept', front: a, back: q }, start + 1, pin ? `${pin}-r` : undefined);
	}
	blank(lines, start, end);
}

/** `Q::A` (one card) or `Q:::A` (both ways) on one line; returns whether the line was a card. */
function inlineCard(c: Compilation, raw: string, line: number): boolean {
	const masked = maskCode(raw);
	const at = masked.indexOf('::');
	if (at === -1) return false;
	const triple = masked.startsWith(':::', at);
	const { text, pin } = takePin(raw);
	const qRaw = text.slice(0, at).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
	const aRaw = text.slice(at + (triple ? 3 : 2));
	const q = cleanMarkdown(qRaw);
	const a = cleanMarkdown(aRaw);
	// `std::vector`, `fe80::1`: one glued word with no space anywhere is code, not a card.
	// `etcd:::클러스터 데이터 저장소` is a card (Obsidian SR reads glued separators too).
	if (!q || !a || !/[\p{L}\p{N}]/u.test(q) || !/\s/.test(text.trim())) {
		if (q || a) c.diag(line, 'info', 'inline-card-incomplete', { text: short(raw) });
		return false;
	}
	c.add({ kind: 'concept', front: q, back: a }, line, pin);
	if (triple) c.add({ kind: 'concept', front: a, back: q }, line, pin ? `${pin}-r` : undefined);
	return true;
}

/** One card per cloze number (`{{cN::}}`) or per `==…==`; the asked part shows as `[...]`. */
function cloze(c: Compilation, raw: string, line: number, lastLine: number): void {
	const { text: body, pin } = takePin(raw);
	const text = body.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
	const numbered = new Map<string, string[]>();
	// Cloze marks are read in one linear pass (scanCloze): a regex took minutes on a long unclosed line.
	for (const m of scanCloze(text, 'line').matches) {
		const list = numbered.get(m.n) ?? [];
		list.push(m.answer);
		numbered.set(m.n, list);
	}
	const drafts: { front: string; back: string }[] = [];
	if (numbered.size) {
		for (const [n, answers] of [...numbered].sort((a, b) => Number(a[0]) - Number(b[0]))) {
			const front = replaceCloze(text, 'line', (m) => (m.n === n ? `[${m.hint ?? '...'}]` : m.answer)).replace(HIGHLIGHT, '$1');
			drafts.push({ front, back: answers.join(' / ') });
		}
	} else {
		const highlights = [...text.matchAll(HIGHLIGHT)];
		highlights.forEach((h, k) => {
			let idx = -1;
			const front = text.replace(HIGHLIGHT, (_m, ans: string) => (++idx === k ? '[...]' : ans));
			drafts.push({ front, back: h[1] });
		});
	}
	if (!drafts.length) {
		c.diag(line, 'info', 'cloze-no-card');
		return;
	}
	drafts.forEach((d, k) => {
		const pinned = pin ? (k === 0 ? pin : `${pin}-${k + 1}`) : undefined;
		c.add({ kind: 'concept', front: cleanMarkdown(d.front), back: cleanMarkdown(d.back) }, lastLine === line ? line : line, pinned);
	});
}
