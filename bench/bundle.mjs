// Bundles a benchmark entry for the browser (vite lib mode, `$lib` resolved) into `outDir`.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export async function bundle(entry, outDir, fileName) {
	mkdirSync(outDir, { recursive: true });
	await build({
		configFile: false,
		logLevel: 'warn',
		resolve: { alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) } },
		build: { outDir, emptyOutDir: false, lib: { entry, formats: ['es'], fileName: () => fileName } }
	});
}
