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
		 * - connect-src 'self': the app only fetches its own files. When sync ships, its server origin
		 *   must be added here (a <meta> policy cannot be widened at run time: a second policy only
		 *   narrows), e.g. from a build-time env variable.
		 */
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
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
