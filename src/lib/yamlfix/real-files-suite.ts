/**
 * The shared shape of the real-world fixture suites (test-only): every file of a fixture folder gets
 * no error-severity diagnostic and names its source on the first line, and each mutation
 * `[file, from, to, rule]` (a typo, a broken selector, a removed apiVersion…) must be caught by `rule`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateYaml } from './index';

export type Mutation = [file: string, from: string | RegExp, to: string, rule: string];

export const errorsOf = (text: string) => validateYaml(text).diagnostics.filter((d) => d.severity === 'error');

export function realFilesSuite(name: string, dir: URL, sourceLine: RegExp, mutations: Mutation[]) {
	const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
	const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');
	describe(`${name}: no false alarms`, () => {
		for (const file of files) {
			it(file, () => {
				const text = read(file);
				expect(text.split('\n')[0]).toMatch(sourceLine);
				expect(validateYaml(text).target).not.toBe('unknown');
				expect(errorsOf(text)).toEqual([]);
			});
		}
	});
	describe(`${name}: broken copies are caught`, () => {
		for (const [file, from, to, rule] of mutations) {
			it(`${file}: ${rule}`, () => {
				const text = read(file);
				const broken = text.replace(from, to);
				expect(broken).not.toBe(text);
				expect(errorsOf(text)).toEqual([]);
				expect(errorsOf(broken).map((d) => d.rule)).toContain(rule);
			});
		}
	});
	return { files, read };
}
