/**
 * `deckhand` command: `npm run --silent deckhand -- <compile|validate|grade> ...`.
 * Each subcommand lives in its own module and returns the process exit code.
 */
type Subcommand = (args: string[]) => Promise<number>;
import { errorMessage } from '../errors';

const subcommands: Record<string, () => Promise<{ run: Subcommand }>> = {
	compile: () => import('./compile'),
	validate: () => import('./validate'),
	grade: () => import('./grade')
};

const usage = `usage: deckhand <command> [args]
  compile <file-or-dir>...                     notes → {"decks": [...], "diagnostics": [...]}
  validate <file.yaml>...                      YAML → [{"file", "diagnostics": [...]}] (exit 1 on error)
  grade --expected "<cmd>" --answer "<cmd>"    → {"correct", "differences"}
  grade --batch <pairs.json>                   one result per {expected, answer} pair`;

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	const load = name ? subcommands[name] : undefined;
	if (!load) {
		process.stderr.write(`${name ? `unknown command: ${name}\n` : ''}${usage}\n`);
		return 2;
	}
	const module = await load();
	return module.run(rest);
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.stderr.write(`deckhand: ${errorMessage(error)}\n`);
		process.exitCode = 2;
	}
);
