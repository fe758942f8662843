// Static server for the production build with SPA fallback (`200.html`), as a static host serves it.
// `vite preview` does not serve the fallback, so the service worker and deep links are tested here.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8'
};

/**
 * Start serving `dir` on 127.0.0.1:`port` (0 = any free port); resolves to the server.
 * `overlays` maps a URL prefix to another folder (benchmarks add their page on the app's origin).
 */
export function serve(dir, port, overlays = {}) {
	const root = resolve(dir);
	const server = createServer(async (req, res) => {
		try {
			let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
			const prefix = Object.keys(overlays).find((p) => path.startsWith(p));
			const base = prefix ? resolve(overlays[prefix]) : root;
			if (prefix) path = path.slice(prefix.length - 1);
			let file = normalize(join(base, path));
			if (!file.startsWith(base)) throw new Error('outside root');
			const info = await stat(file).catch(() => null);
			if (info?.isDirectory()) file = join(file, 'index.html');
			let body = await readFile(file).catch(() => null);
			if (!body && !extname(path)) {
				file = join(base, `${path}.html`);
				body = await readFile(file).catch(() => null);
			}
			if (!body && !extname(path)) {
				file = join(root, '200.html');
				body = await readFile(file);
			}
			if (!body) {
				res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
				return;
			}
			const noCache = file.endsWith('sw.js') || file.endsWith('.html');
			res.writeHead(200, {
				'content-type': types[extname(file)] ?? 'application/octet-stream',
				'cache-control': noCache ? 'no-cache' : 'public, max-age=3600'
			});
			res.end(body);
		} catch {
			res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
		}
	});
	return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir = 'build', port = '4173'] = process.argv.slice(2);
	const server = await serve(dir, Number(port));
	console.log(`Deckhand on http://127.0.0.1:${server.address().port}/ (serving ${dir}, Ctrl+C to stop)`);
}
