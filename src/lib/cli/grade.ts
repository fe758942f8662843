/**
 * `deckhand grade`: grade typed commands from the command line (CLI contract in DESIGN.md).
 *   grade --expected "<cmd>" --answer "<cmd>"   → {"correct", "differences"}
 *   grade --batch <pairs.json>                  → one result per {expected, answer}, in order
 * Exit 0 when grading ran (right or wrong answers alike), 2 on bad arguments or an unreadable file.
 */
import { readFile } from 'node:fs/promises';
import { gradeCommand, type GradeResult } from '../drill';
import { errorMessage } from '../errors';

const usage = `usage: deckhand grade --expected "<cmd>" --answer "<cmd>"
       deckhand grade --batch <pairs.json>`;

type Options = { expected?: string; answer?: string; batch?: string };
const OPTION_NAMES: Record<string, keyof Options> = { '--expected': 'expected', '--answer': 'answer', '--batch': 'batch' };

function fail(message: string): number {
	process.stderr.write(`deckhand grade: ${message}\n${usage}\n`);
	return 2;
}

/** Reads `--name value` and `--name=value` pairs; a string is an error message. */
function parseArgs(args: string[]): Options | string {
	const options: Options = {};
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const eq = arg.indexOf('=');
		const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
		const key = OPTION_NAMES[name];
		if (!key) return `unknown argument: ${arg}`;
		let value: string;
		if (name !== arg) value = arg.slice(eq + 1);
		else if (i + 1 < args.length) value = args[++i];
		else return `${name} needs a value`;
		if (options[key] !== undefined) return `${name} given twice`;
		options[key] = value;
	}
	return options;
}

function isPair(item: unknown): item is { expected: string; answer: string } {
	if (typeof item !== 'object' || item === null) return false;
	const pair = item as Record<string, unknown>;
	return typeof pair.expected === 'string' && typeof pair.answer === 'string';
}

async function gradeBatch(file: string): Promise<GradeResult[] | string> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		return `cannot read ${file}: ${errorMessage(error)}`;
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return `${file} is not JSON: ${errorMessage(error)}`;
	}
	if (!Array.isArray(data)) return `${file} must hold an array of {"expected", "answer"} objects`;
	const bad = data.findIndex((item) => !isPair(item));
	if (bad >= 0) return `${file}: item ${bad} is not an {"expected": string, "answer": string} object`;
	return (data as { expected: string; answer: string }[]).map((pair) => gradeCommand(pair.expected, pair.answer));
}

/** Runs `grade` with the arguments after the subcommand; returns the exit code. */
export async function run(args: string[]): Promise<number> {
	const options = parseArgs(args);
	if (typeof options === 'string') return fail(options);
	let output: GradeResult | GradeResult[];
	if (options.batch !== undefined) {
		if (options.expected !== undefined || options.answer !== undefined) return fail('--batch cannot be combined with --expected/--answer');
		const results = await gradeBatch(options.batch);
		if (typeof results === 'string') return fail(results);
		output = results;
	} else {
		if (options.expected === undefined || options.answer === undefined) return fail('both --expected and --answer are required');
		output = gradeCommand(options.expected, options.answer);
	}
	process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
	return 0;
}
