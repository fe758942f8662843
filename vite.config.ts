import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vite';

export default defineConfig({
	// Workers as ES modules: the import worker loads each parser lazily (code splitting needs 'es').
	worker: { format: 'es' },
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			registerType: 'prompt',
			injectRegister: false,
			base: '/',
			scope: '/',
			manifest: {
				name: 'Deckhand — Docker & Kubernetes 복습',
				short_name: 'Deckhand',
				description: 'Docker와 Kubernetes 노트를 카드로 만들어 오프라인에서 복습하는 앱',
				lang: 'ko',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				theme_color: '#0b5cad',
				background_color: '#ffffff',
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
					{ src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
				]
			},
			workbox: {
				// Everything the app can show offline: code, the compiled built-in decks, icons, the SPA shell.
				globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,webmanifest,json,wasm}', 'prerendered/**/*.{html,json}'],
				maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
				navigateFallback: '/200.html',
				// First install takes control at once so the app works offline without a second visit.
				clientsClaim: true
			},
			kit: { adapterFallback: '200.html', spa: true, includeVersionFile: true }
		})
	]
});
