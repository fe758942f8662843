import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateYaml } from './index';
import { isOverrideFile } from './validate';

const dir = new URL('../../../tests/fixtures/yaml/valid/', import.meta.url);
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe('no false alarms on valid real-world files', () => {
	it('has fixtures', () => expect(files.length).toBeGreaterThanOrEqual(6));
	for (const file of files) {
		it(file, () => {
			const text = readFileSync(new URL(file, dir), 'utf8');
			const result = validateYaml(text);
			expect(result.target).not.toBe('unknown');
			expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
			expect(result.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
		});
	}

	it('empty input, comments only and empty documents are fine', () => {
		for (const text of ['', '# just a comment\n', '---\n---\n', '---\n# c\n...\n'])
			expect(validateYaml(text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});

	it('a Helm template that is not YAML gets a syntax error, not a crash', () => {
		const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "x.fullname" . }}\n  labels:\n    {{- include "x.labels" . | nindent 4 }}\n';
		const r = validateYaml(text);
		expect(r.diagnostics.some((d) => d.rule === 'yaml-syntax')).toBe(true);
	});

	it('unknown kinds and CRDs are not schema-checked', () => {
		const r = validateYaml('apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {anything: [1, 2], goes: true}\n');
		expect(r.diagnostics).toEqual([]);
	});

	it('compose forced by option and detected without services key', () => {
		expect(validateYaml('version: "3"\nvolumes:\n  data: {}\n').target).toBe('compose');
		expect(validateYaml('services: {}\n', { target: 'compose' }).target).toBe('compose');
	});
});

describe('override files', () => {
	// docker-compose.override.yml adds to the main file: no image of its own, the main file's volumes.
	const override = 'services:\n  web:\n    ports:\n      - "8080:80"\n    volumes:\n      - data:/data\n    depends_on:\n      - db\n';

	it('are partial by design: what the main file provides is a warning there, not an error', () => {
		expect(isOverrideFile('docker-compose.override.yml')).toBe(true);
		expect(isOverrideFile('deploy/compose.prod.override.yaml')).toBe(true);
		expect(isOverrideFile('docker-compose.yml')).toBe(false);
		const result = validateYaml(override, { file: 'docker-compose.override.yml' });
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(result.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.rule).sort()).toEqual([
			'compose-depends-on-unknown',
			'compose-image-or-build',
			'compose-undeclared-volume'
		]);
		expect(result.diagnostics[0].message).toMatch(/override file/);
	});

	it('the same text as a main file keeps its errors, and an override still gets its own mistakes', () => {
		expect(validateYaml(override, { file: 'docker-compose.yml' }).diagnostics.filter((d) => d.severity === 'error')).toHaveLength(3);
		const typo = validateYaml(override.replace('ports:', 'prots:'), { file: 'compose.override.yaml' });
		expect(typo.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual(['compose-schema']);
	});
});
