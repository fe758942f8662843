/**
 * `deckhand compile <file-or-dir>...`: compiles notes (.md, .markdown, .txt; directories recursively,
 * sorted) and prints `{"decks": [...], "diagnostics": [...]}`. Exit 2 when a path cannot be read.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CompileResult, Diagnostic } from '../deck/types';
import { compileNotesWithExercises } from '../notes/with-exercises';

const NOTE_FILE = /\.(?:md|markdown|txt)$/i;

/** Note files under `path` (itself when it is a file), sorted for a stable output. */
async function collect(path: string): Promise<string[]> {
	const info = await stat(path);
	if (!info.isDirectory()) return [path];
	const out: string[] = [];
	const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const e of entries) {
		const child = join(path, e.name);
		if (e.isDirectory()) out.push(...(await collect(child)));
		else if (e.isFile() && NOTE_FILE.test(e.name)) out.push(child);
	}
	return out;
}

export async function run(args: string[]): Promise<number> {
	const result: CompileResult = { decks: [], diagnostics: [] };
	let unreadable = false;
	const fail = (file: string, error: unknown): void => {
		unreadable = true;
		const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
		const d: Diagnostic = { file, line: 1, severity: 'error', message: `cannot read: ${reason}` };
		result.diagnostics.push(d);
	};
	if (!args.length) {
		process.stderr.write('usage: deckhand compile <file-or-dir>...\n');
		return 2;
	}
	for (const arg of args) {
		let files: string[];
		try {
			files = await collect(arg);
		} catch (error) {
			fail(arg, error);
			continue;
		}
		for (const file of files) {
			let text: string;
			try {
				text = await readFile(file, 'utf8');
			} catch (error) {
				fail(file, error);
				continue;
			}
			const { deck, diagnostics } = compileNotesWithExercises(text, file);
			result.decks.push(deck);
			result.diagnostics.push(...diagnostics);
		}
	}
	process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
	return unreadable ? 2 : 0;
}
