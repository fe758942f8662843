/**
 * `deckhand validate <file.yaml>...` → `[{ "file", "diagnostics": [{rule, severity, message, line, col}] }]` on stdout.
 * Exit code: 0 clean, 1 when any diagnostic is an error, 2 when a file cannot be read (or no file given).
 */
import { readFile } from 'node:fs/promises';
import { validateYaml } from '../yamlfix/index';
import { errorMessage } from '../errors';

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
	for (const file of files) {
		let text: string;
		try {
			text = await readFile(file, 'utf8');
		} catch (error) {
			process.stderr.write(`deckhand: cannot read ${file}: ${errorMessage(error)}\n`);
			code = 2;
			continue;
		}
		const { diagnostics } = validateYaml(text, { target, file });
		out.push({ file, diagnostics: diagnostics.map(({ rule, severity, message, line, col }) => ({ rule, severity, message, line, col })) });
		if (code === 0 && diagnostics.some((d) => d.severity === 'error')) code = 1;
	}
	process.stdout.write(JSON.stringify(out, null, 2) + '\n');
	return code;
}
