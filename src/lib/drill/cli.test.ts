import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../cli/grade';

/** Runs `grade` with stdout/stderr captured. */
async function grade(args: string[]) {
	let out = '';
	let err = '';
	const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
	const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
	try {
		return { code: await run(args), out, err };
	} finally {
		o.mockRestore();
		e.mockRestore();
	}
}

describe('deckhand grade (CLI)', () => {
	afterEach(() => vi.restoreAllMocks());

	it('grades one pair', async () => {
		const { code, out } = await grade(['--expected', 'docker run -it ubuntu', '--answer', 'docker run -i -t ubuntu:latest']);
		expect(code).toBe(0);
		expect(JSON.parse(out)).toEqual({ correct: true, differences: [] });
	});

	it('accepts --name=value and reports differences', async () => {
		const { code, out } = await grade(['--expected=docker run -d nginx', '--answer=docker run nginx']);
		expect(code).toBe(0);
		const result = JSON.parse(out);
		expect(result.correct).toBe(false);
		expect(result.differences[0]).toMatchObject({ part: 'flag', kind: 'missing' });
	});

	it('grades a batch in order', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'grade-'));
		const file = join(dir, 'pairs.json');
		writeFileSync(file, JSON.stringify([{ expected: 'kubectl get po', answer: 'kubectl get pods' }, { expected: 'helm ls', answer: 'helm list -A' }]));
		const { code, out } = await grade(['--batch', file]);
		expect(code).toBe(0);
		expect(JSON.parse(out).map((r: { correct: boolean }) => r.correct)).toEqual([true, false]);
	});

	it.each([
		[[], 'both --expected and --answer are required'],
		[['--expected', 'docker ps'], 'both --expected and --answer are required'],
		[['--expected'], 'needs a value'],
		[['--bogus', 'x'], 'unknown argument'],
		[['--batch', '/nonexistent/pairs.json'], 'cannot read'],
		[['--batch', 'x', '--answer', 'y'], 'cannot be combined']
	])('refuses %j with exit 2', async (args, message) => {
		const { code, out, err } = await grade(args);
		expect(code).toBe(2);
		expect(out).toBe('');
		expect(err).toContain(message);
	});

	it('refuses a batch file that is not an array of pairs', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'grade-'));
		for (const content of ['{nope', '{"expected": "a"}', '[{"expected": 1, "answer": "b"}]']) {
			const file = join(dir, 'bad.json');
			writeFileSync(file, content);
			const { code, err } = await grade(['--batch', file]);
			expect(code).toBe(2);
			expect(err).not.toBe('');
		}
	});
});
