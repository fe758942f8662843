/**
 * pouchdb-server (CouchDB's HTTP API) on loopback, for development and tests.
 *   node scripts/sync-server.mjs [--port 5984] [--in-memory] [--dir .sync-server]
 * Also exported: startSyncServer(), used by the tests to start and stop their own server.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = join(root, 'node_modules', '.bin', 'pouchdb-server');

/** A free loopback port. @returns {Promise<number>} */
export function freePort() {
	return new Promise((ok, fail) => {
		const server = createServer();
		server.on('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => ok(port));
		});
	});
}

/**
 * @typedef {{ url: string, port: number, dir: string, pid: number | undefined, stop: () => Promise<void> }} SyncServer
 */

/**
 * Start pouchdb-server and wait until it answers. `dir` keeps the data on disk (so a restarted
 * server still has it); without it the server is in memory.
 * @param {{ port?: number, dir?: string, inMemory?: boolean, cors?: boolean }} [options]
 * @returns {Promise<SyncServer>}
 */
export async function startSyncServer(options = {}) {
	const { dir, cors = true } = options;
	const inMemory = options.inMemory ?? !dir;
	const port = options.port ?? (await freePort());
	const work = dir ?? mkdtempSync(join(tmpdir(), 'deckhand-sync-'));
	mkdirSync(work, { recursive: true });
	const args = ['--host', '127.0.0.1', '--port', String(port), '--config', join(work, 'config.json'), '--no-color'];
	if (inMemory) args.push('--in-memory');
	else args.push('--dir', work);
	const child = spawn(bin, args, { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const url = `http://127.0.0.1:${port}`;
	const started = Date.now();
	for (;;) {
		if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode}): ${stderr.slice(0, 500)}`);
		try {
			const response = await fetch(`${url}/`);
			if (response.ok) break;
		} catch {
			// not up yet
		}
		if (Date.now() - started > 30_000) {
			child.kill('SIGKILL');
			throw new Error(`pouchdb-server did not start on ${url}: ${stderr.slice(0, 500)}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	if (cors) {
		// Browsers on another origin (the app in dev/preview) need CORS with credentials.
		/** @param {string} path @param {string} value */
		const put = (path, value) => fetch(`${url}/_config/${path}`, { method: 'PUT', body: JSON.stringify(value) });
		await put('httpd/enable_cors', 'true');
		await put('cors/origins', '*');
		await put('cors/credentials', 'true');
		await put('cors/methods', 'GET, PUT, POST, HEAD, DELETE');
		await put('cors/headers', 'accept, authorization, content-type, origin, referer');
	}
	return {
		url,
		port,
		dir: work,
		pid: child.pid,
		/** Stop it (SIGKILL: what a crash looks like) and wait for the exit. */
		stop: () =>
			/** @type {Promise<void>} */ (
				new Promise((ok) => {
					if (child.exitCode !== null) return ok();
					child.once('exit', () => ok());
					child.kill('SIGKILL');
				})
			)
	};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	/** @param {string} name */
	const arg = (name) => {
		const i = process.argv.indexOf(name);
		return i > 0 ? process.argv[i + 1] : undefined;
	};
	const inMemory = process.argv.includes('--in-memory');
	const server = await startSyncServer({ port: Number(arg('--port') ?? 5984), dir: inMemory ? undefined : resolve(arg('--dir') ?? '.sync-server'), inMemory });
	console.log(`pouchdb-server on ${server.url} (${inMemory ? 'in memory' : `data in ${server.dir}`}); Ctrl-C stops it`);
	const stop = async () => {
		await server.stop();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}
