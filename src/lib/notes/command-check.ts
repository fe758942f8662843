/**
 * A command written in notes, checked by the grader's specifications (src/lib/drill, read only):
 * spacing debris (`--image = <repo> / < 앱이름>`) is repaired, a mistyped subcommand with one clear
 * correction (`kubectl log` → `logs`) is fixed, and whatever stays wrong is reported. The card uses
 * the repaired command; each repair or problem is a warning the import preview shows.
 */
import { parseCommand as parseGraded } from '../drill';

export interface CommandProblem {
	code: 'command-spacing-repaired' | 'command-typo-fixed' | 'command-dash-added' | 'command-unknown-flag' | 'command-unknown-subcommand';
	params: Record<string, string>;
}

export interface CheckedCommand {
	/** The command the card should use. */
	line: string;
	problems: CommandProblem[];
}

/** Spacing debris of copied notes: what it looks like and what it should be. */
const SPACING_REPAIRS: { pattern: RegExp; replace: string; reason: string }[] = [
	{ pattern: /(\s--?[A-Za-z][\w-]*)\s+=\s*(?=\S)/g, replace: '$1=', reason: '`--flag = value`: a flag and its value are joined by `=` without spaces' },
	{ pattern: /<\s+([^<>]*?)\s*>|<([^<>]*?)\s+>/g, replace: '<$1$2>', reason: '`< name>`: a placeholder has no inner spaces' },
	{ pattern: /(\S)\s+\/\s+(\S)/g, replace: '$1/$2', reason: '`repo / name`: an image or resource path has no spaces around `/`' }
];

export function checkCommand(input: string): CheckedCommand {
	const problems: CommandProblem[] = [];
	let line = input;
	for (const r of SPACING_REPAIRS) line = line.replace(r.pattern, r.replace);
	if (line !== input) problems.push({ code: 'command-spacing-repaired', params: { from: input, to: line } });
	let parsed = parseGraded(line);
	if (!parsed.known) return { line, problems };
	const typo = parsed.issues.find((i) => i.code === 'unknown-subcommand');
	if (typo?.actual && typo.suggestion) {
		const words = line.split(' ');
		const at = words.indexOf(typo.actual);
		if (at > 0) {
			words[at] = typo.suggestion;
			const fixed = words.join(' ');
			const again = parseGraded(fixed);
			if (!again.issues.some((i) => i.code === 'unknown-subcommand')) {
				problems.push({ code: 'command-typo-fixed', params: { program: words.slice(0, at).join(' '), word: typo.actual, suggestion: typo.suggestion, to: fixed } });
				line = fixed;
				parsed = again;
			}
		}
	} else if (typo?.actual) {
		problems.push({ code: 'command-unknown-subcommand', params: { word: typo.actual, command: line } });
	}
	// `kubectl exec -it web bash`: kubectl wants `--` before the command run in the container.
	const dash = parsed.issues.find((i) => i.code === 'command-needs-dash');
	if (dash?.actual) {
		const words = line.split(' ');
		const at = words.lastIndexOf(dash.actual);
		if (at > 0) {
			const fixed = [...words.slice(0, at), '--', ...words.slice(at)].join(' ');
			problems.push({ code: 'command-dash-added', params: { from: line, to: fixed } });
			line = fixed;
			parsed = parseGraded(fixed);
		}
	}
	for (const flag of parsed.unknownFlags) problems.push({ code: 'command-unknown-flag', params: { flag, command: parsed.program === '' ? line : `${parsed.program} ${parsed.path.join(' ')}`.trim() } });
	return { line, problems };
}
