/**
 * Test support: run the validator over broken copies of the real files of a fixture set (see
 * defect-mutants.ts) and count, by kind, the copies that get an error; and count the false alarms
 * (an error on an unmodified file).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { defectMutants, rerender, type MutantKind } from './defect-mutants';
import { validateYaml } from './validate';

const FIXTURES = new URL('../../../tests/fixtures/yaml/', import.meta.url);
export const MUTATION_SETS = {
	tune: new URL('mutation/tune/', FIXTURES),
	measure: new URL('mutation/measure/', FIXTURES),
	real: new URL('real/', FIXTURES),
	real2: new URL('real2/', FIXTURES)
};

export interface DefectMeasure {
	files: number;
	total: number;
	caught: number;
	byKind: Partial<Record<MutantKind, { total: number; caught: number }>>;
	falseAlarms: string[];
	missed: { file: string; kind: MutantKind; what: string }[];
}

/** The file name a fixture had in its repository (first line `# source: owner/repo/path` or `# Source: owner/repo path`). */
export function sourceName(text: string): string | undefined {
	const m = /^# source: (.+)$/im.exec(text.split('\n')[0]);
	return m ? m[1].trim().replace(/^.*[/ ]/, '') : undefined;
}

const hasError = (text: string, file: string | undefined) => validateYaml(text, { file }).diagnostics.some((d) => d.severity === 'error');

export function measureDefects(set: keyof typeof MUTATION_SETS, perKind = 3): DefectMeasure {
	const dir = MUTATION_SETS[set];
	const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
	const r: DefectMeasure = { files: files.length, total: 0, caught: 0, byKind: {}, falseAlarms: [], missed: [] };
	for (const f of files) {
		const text = readFileSync(new URL(f, dir), 'utf8');
		const file = sourceName(text);
		const result = validateYaml(text, { file });
		if (result.diagnostics.some((d) => d.severity === 'error') || result.target === 'unknown') {
			r.falseAlarms.push(f);
			continue;
		}
		// the re-serialised file must be clean too, or its mutants would be caught for nothing
		if (hasError(rerender(text), file)) {
			r.falseAlarms.push(`${f} (re-serialised)`);
			continue;
		}
		for (const m of defectMutants(text, result.target, perKind)) {
			const k = (r.byKind[m.kind] ??= { total: 0, caught: 0 });
			k.total++;
			r.total++;
			if (hasError(m.text, file)) {
				k.caught++;
				r.caught++;
			} else r.missed.push({ file: f, kind: m.kind, what: m.what });
		}
	}
	return r;
}
