/**
 * compile_decks_ms: time to compile every `.md` in `decks/` (median of several runs after a
 * warm-up), in milliseconds. Works on whatever notes are there, including none.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileNotes } from '../src/lib/notes';

const DECKS = fileURLToPath(new URL('../decks/', import.meta.url));

async function notes(dir: string): Promise<{ name: string; text: string }[]> {
	let entries;
	try {
		entries = await readdir(dir, { withFileTypes: true });
	} catch {
		return [];
	}
	const out: { name: string; text: string }[] = [];
	for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
		const path = join(dir, e.name);
		if (e.isDirectory()) out.push(...(await notes(path)));
		else if (e.isFile() && e.name.endsWith('.md')) {
			try {
				out.push({ name: e.name, text: await readFile(path, 'utf8') });
			} catch {
				// A file being written by someone else right now: skip it this run.
			}
		}
	}
	return out;
}

export async function run(): Promise<Record<string, number>> {
	const files = await notes(DECKS);
	const once = (): number => {
		const t0 = performance.now();
		for (const f of files) compileNotes(f.text, f.name);
		return performance.now() - t0;
	};
	for (let i = 0; i < 3; i++) once();
	const times = Array.from({ length: 15 }, once).sort((a, b) => a - b);
	return { compile_decks_ms: Math.round(times[times.length >> 1] * 100) / 100 };
}
