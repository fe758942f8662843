import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: '200.html', pages: 'build', assets: 'build', strict: false }),
		serviceWorker: { register: false },
		/**
		 * Content-Security-Policy as a <meta> in every prerendered page and in the SPA fallback. SvelteKit
		 * hashes its own inline bootstrap script ('hash' mode), so scripts come only from the app. Card
		 * content is untrusted: no remote images, styles, frames or connections.
		 * - 'wasm-unsafe-eval': sql.js (Anki import) and fsrs-browser (optimizer) compile WebAssembly.
		 * - style-src 'unsafe-inline': Svelte and CodeMirror add <style> elements and style attributes;
		 *   still no remote stylesheet, and card HTML loses every style/class attribute (ui/markdown.ts).
		 * - connect-src: the app's own files, plus the CouchDB server the learner points sync at. That
		 *   origin is chosen at run time and a <meta> policy cannot be widened then (a second policy only
		 *   narrows), so any https origin is allowed, and plain http only on this machine (CouchDB on
		 *   localhost; sync refuses plain http elsewhere). Only the app's own scripts can connect: card
		 *   content has no script, and its remote images, styles and frames stay blocked above.
		 */
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self', 'https:', 'http://localhost:*', 'http://127.0.0.1:*'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'media-src': ['none'],
				'frame-src': ['none'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
export default config;
