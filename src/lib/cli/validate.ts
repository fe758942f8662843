/**
 * `deckhand validate <file.yaml>...` → `[{ "file", "diagnostics": [{rule, severity, message, line, col}] }]` on stdout.
 * Exit code: 0 clean, 1 when any diagnostic is an error, 2 when a file cannot be read (or no file given).
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { kustomizePatchPaths, validateYaml } from '../yamlfix/index';
import { errorMessage } from '../errors';

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/**
 * The files (absolute paths) that a kustomization names as strategic-merge patches: the kustomizations
 * given on the command line and the ones beside each given file, as kustomize itself would find them.
 */
async function patchFilesOf(files: string[]): Promise<Set<string>> {
	const kustomizations = new Set<string>();
	for (const file of files) {
		if (KUSTOMIZATION_NAMES.includes(basename(file))) kustomizations.add(resolve(file));
		for (const name of KUSTOMIZATION_NAMES) kustomizations.add(resolve(dirname(file), name));
	}
	const patches = new Set<string>();
	for (const kustomization of kustomizations) {
		const text = await readFile(kustomization, 'utf8').catch(() => null);
		if (text === null) continue;
		for (const path of kustomizePatchPaths(kustomization, text)) patches.add(resolve(path));
	}
	return patches;
}

export async function run(args: string[]): Promise<number> {
	const files = args.filter((a) => !a.startsWith('--'));
	const targetArg = args.find((a) => a.startsWith('--target='))?.slice('--target='.length);
	const target = targetArg === 'compose' || targetArg === 'kubernetes' ? targetArg : undefined;
	if (files.length === 0) {
		process.stderr.write('usage: deckhand validate [--target=compose|kubernetes] <file.yaml>...\n');
		return 2;
	}
	const out: { file: string; diagnostics: { rule: string; severity: string; message: string; line: number; col: number }[] }[] = [];
	let code = 0;
	const patchFiles = await patchFilesOf(files);
	for (const file of files) {
		let text: string;
		try {
			text = await readFile(file, 'utf8');
		} catch (error) {
			process.stderr.write(`deckhand: cannot read ${file}: ${errorMessage(error)}\n`);
			code = 2;
			continue;
		}
		const { diagnostics } = validateYaml(text, { target, file, patch: patchFiles.has(resolve(file)) });
		out.push({ file, diagnostics: diagnostics.map(({ rule, severity, message, line, col }) => ({ rule, severity, message, line, col })) });
		if (code === 0 && diagnostics.some((d) => d.severity === 'error')) code = 1;
	}
	process.stdout.write(JSON.stringify(out, null, 2) + '\n');
	return code;
}
