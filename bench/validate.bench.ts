/**
 * Benchmark: median time (ms) to validate a realistic ~200-line multi-document manifest, after warm-up.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateYaml } from '../src/lib/yamlfix/index';

function manifest(): string {
	const dir = fileURLToPath(new URL('../tests/fixtures/yaml/valid/', import.meta.url));
	const a = readFileSync(dir + 'deployment-service-ingress.yaml', 'utf8');
	const b = readFileSync(dir + 'statefulset.yaml', 'utf8');
	return `${a}\n---\n${b}`;
}

export async function run(): Promise<Record<string, number>> {
	const text = manifest();
	for (let i = 0; i < 30; i++) validateYaml(text);
	const times: number[] = [];
	for (let i = 0; i < 100; i++) {
		const t0 = performance.now();
		validateYaml(text);
		times.push(performance.now() - t0);
	}
	times.sort((x, y) => x - y);
	return { validate_200_lines_ms: Math.round(times[Math.floor(times.length / 2)] * 1000) / 1000 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	run().then((r) => console.log(JSON.stringify({ ...r, lines: manifest().split('\n').length })));
}
