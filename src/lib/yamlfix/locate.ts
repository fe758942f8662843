/**
 * Map a data path back to the YAML node that produced it, for 1-based line/col positions.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { YamlPath } from './types';

function keyText(key: unknown): string | undefined {
	if (isScalar(key)) return typeof key.value === 'symbol' ? (key.value.description ?? '') : String(key.value);
	if (key === null || key === undefined) return undefined;
	return typeof key === 'object' ? undefined : String(key);
}

function deref(doc: Document, node: unknown, depth = 0): unknown {
	if (isAlias(node) && depth < 20) {
		try {
			return deref(doc, node.resolve(doc), depth + 1);
		} catch {
			return node;
		}
	}
	return node;
}

/** The pair of `map` with key `seg`, looking into `<<` merge sources too. */
function findPair(doc: Document, map: unknown, seg: string, depth = 0): { key: Node | null; value: unknown } | null {
	if (!isMap(map) || depth > 10) return null;
	const items = map.items;
	for (let i = items.length - 1; i >= 0; i--) {
		const pair = items[i];
		if (isPair(pair) && keyText(pair.key) === seg) return { key: pair.key as Node | null, value: pair.value };
	}
	for (const pair of items) {
		if (!isPair(pair) || keyText(pair.key) !== '<<') continue;
		const sources = deref(doc, pair.value);
		const list = isSeq(sources) ? sources.items.map((s) => deref(doc, s)) : [sources];
		for (const src of list) {
			const found = findPair(doc, src, seg, depth + 1);
			if (found) return found;
		}
	}
	return null;
}

/** Offset of the node at `path` (or of its key when `atKey`), or of its closest existing ancestor. */
export function offsetAt(doc: Document, path: YamlPath, atKey = false): number {
	let node: unknown = doc.contents;
	let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
	for (let i = 0; i < path.length; i++) {
		node = deref(doc, node);
		const seg = path[i];
		const last = i === path.length - 1;
		if (isSeq(node) && typeof seg === 'number') {
			const item = node.items[seg] as Node | undefined;
			if (!item) return offset;
			node = item;
		} else if (isMap(node)) {
			const pair = findPair(doc, node, String(seg));
			if (!pair) return offset;
			if (last && atKey && pair.key?.range) return pair.key.range[0];
			node = pair.value;
			if (!node || !(node as Node).range) return pair.key?.range?.[0] ?? offset;
		} else {
			return offset;
		}
		const r = (node as Node).range;
		if (r) offset = r[0];
	}
	return offset;
}

export function positionAt(
	doc: Document,
	lineCounter: LineCounter,
	path: YamlPath,
	atKey = false
): { line: number; col: number } {
	try {
		const p = lineCounter.linePos(offsetAt(doc, path, atKey));
		return { line: p.line, col: p.col };
	} catch {
		return { line: 1, col: 1 };
	}
}

/** [start, end) offsets of the node at `path` (its key when `atKey`), or null when it does not exist. */
export function rangeAt(doc: Document, path: YamlPath, atKey = false): [number, number] | null {
	let node: unknown = doc.contents;
	for (let i = 0; i < path.length; i++) {
		node = deref(doc, node);
		const seg = path[i];
		if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
		else if (isMap(node)) {
			const pair = findPair(doc, node, String(seg));
			if (!pair) return null;
			if (i === path.length - 1 && atKey) return pair.key?.range ? [pair.key.range[0], pair.key.range[1]] : null;
			node = pair.value;
		} else return null;
		if (!node) return null;
	}
	const r = (node as Node | null)?.range;
	return r ? [r[0], r[1]] : null;
}
