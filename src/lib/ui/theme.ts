import type { THEMES } from '$lib/srs/settings';

export type Theme = (typeof THEMES)[number];

/** `system` follows prefers-color-scheme; the others pin the palette in app.css. */
export function applyTheme(theme: Theme) {
	if (typeof document === 'undefined') return;
	if (theme === 'system') delete document.documentElement.dataset.theme;
	else document.documentElement.dataset.theme = theme;
}
