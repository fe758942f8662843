/**
 * Test helpers (imported by tests only): a small regex reader of the YAML-fix exercise syntax of
 * docs/notes-syntax.md, used to check decks/yaml-exercises.md without the notes compiler.
 */
export interface ExerciseBlock {
	task: string;
	checks: string[];
	broken: string;
	solution?: string;
	line: number;
}

export function readExercises(markdown: string): ExerciseBlock[] {
	const out: ExerciseBlock[] = [];
	const re = /^#{1,6}\s*(?:과제|Exercise|Task):\s*(.+)\n(?:checks:\s*(.+)\n)?[\s\S]*?^```yaml broken\n([\s\S]*?)^```\n(?:\s*^```yaml solution\n([\s\S]*?)^```)?/gm;
	for (const m of markdown.matchAll(re)) {
		out.push({
			task: m[1].trim(),
			checks: (m[2] ?? '').split(/[,\s]+/).filter(Boolean),
			broken: m[3],
			solution: m[4],
			line: markdown.slice(0, m.index).split('\n').length
		});
	}
	return out;
}

/** Every rule id named on a `checks:` line. */
export function checkIds(markdown: string): string[] {
	return [...markdown.matchAll(/^checks:\s*(.+)$/gm)].flatMap((m) => m[1].split(/[,\s]+/).filter(Boolean));
}
