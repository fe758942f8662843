/**
 * validator_chunk_gz_kb: the gzipped size of the build chunks that hold the YAML validator (the rule
 * ids are in them). They load only with the exercise editor; first_load_js_gz_kb shows they are not on `/`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

export async function run(): Promise<Record<string, number>> {
	const chunks = files('build/_app/immutable').filter((path) => path.endsWith('.js'));
	const validator = chunks.filter((path) => readFileSync(path, 'utf8').includes('compose-healthcheck-test'));
	const bytes = validator.reduce((sum, path) => sum + gzipSync(readFileSync(path), { level: 9 }).length, 0);
	return { validator_chunk_gz_kb: bytes / 1024 };
}
