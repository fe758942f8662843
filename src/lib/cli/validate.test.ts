import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from './validate';

const PATCH = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n';

async function validate(args: string[]) {
	let out = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
	const code = await run(args);
	return { code, result: JSON.parse(out) as { file: string; diagnostics: { severity: string; message: string }[] }[] };
}

afterEach(() => vi.restoreAllMocks());

describe('deckhand validate and kustomize patches', () => {
	const dir = mkdtempSync(join(tmpdir(), 'deckhand-cli-'));
	mkdirSync(join(dir, 'overlays', 'prod'), { recursive: true });
	writeFileSync(join(dir, 'overlays', 'prod', 'kustomization.yaml'), 'resources:\n  - ../../base\npatches:\n  - path: replicas.yaml\n');
	writeFileSync(join(dir, 'overlays', 'prod', 'replicas.yaml'), PATCH);
	writeFileSync(join(dir, 'lonely.yaml'), PATCH);

	it('a file the kustomization beside it names as a patch is read as a patch (no missing-field errors)', async () => {
		const { code, result } = await validate([join(dir, 'overlays', 'prod', 'replicas.yaml')]);
		expect(result[0].diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(code).toBe(0);
	});

	it('the same content with no kustomization naming it is a whole Deployment and misses its selector', async () => {
		const { code, result } = await validate([join(dir, 'lonely.yaml')]);
		expect(result[0].diagnostics.some((d) => d.severity === 'error' && /selector/.test(d.message))).toBe(true);
		expect(code).toBe(1);
	});
});
