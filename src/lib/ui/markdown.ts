/**
 * Markdown → sanitised HTML. Everything shown from a deck goes through DOMPurify. Beyond scripts:
 * - an imported card must not be able to cover the screen or fake the app's own buttons: `style`,
 *   `class` and `id` attributes, `<style>`, form controls and `<dialog>` are dropped (the card boxes
 *   add `contain: layout paint` too);
 * - a card must not load anything from elsewhere by itself (a shared deck could learn when and what a
 *   learner studies): an image from another site becomes a link the learner may open on purpose,
 *   `srcset`/`background`/`poster` and media elements are dropped. Images inside the app (`data:`,
 *   `blob:`, same-origin paths) stay.
 * A card whose markdown cannot be rendered shows a placeholder; the page goes on.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { i18n } from './i18n.svelte';

const options = {
	USE_PROFILES: { html: true },
	FORBID_ATTR: ['style', 'class', 'id', 'srcset', 'background', 'poster', 'ping', 'formaction'],
	FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'dialog', 'video', 'audio', 'source', 'track', 'picture', 'link', 'meta', 'base']
};

/** Whether `src` loads from this app (data:, blob:, a path on this origin) rather than another site. */
export function isLocalUrl(src: string, origin: string): boolean {
	const s = src.trim();
	if (/^(?:data|blob):/i.test(s)) return true;
	try {
		return new URL(s, origin + '/').origin === origin;
	} catch {
		return false;
	}
}

/** Images of the current sanitize run that would load from another site (marked by the hook). */
let remote: Element[] = [];
let hooked = false;
function hook() {
	if (hooked) return;
	hooked = true;
	DOMPurify.addHook('afterSanitizeAttributes', (node) => {
		if (node.nodeName === 'A') node.setAttribute('rel', 'noopener noreferrer');
		if (node.nodeName === 'IMG' && !isLocalUrl(node.getAttribute('src') ?? '', location.origin)) remote.push(node);
	});
}

export function renderMarkdown(markdown: string): string {
	try {
		hook();
		remote = [];
		const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
		const root = DOMPurify.sanitize(html, { ...options, RETURN_DOM: true }) as HTMLElement;
		// A remote image becomes a link the learner may open on purpose; it is never loaded.
		for (const img of remote) {
			const src = img.getAttribute('src') ?? '';
			const link = img.ownerDocument.createElement('a');
			if (/^https?:\/\//i.test(src)) link.setAttribute('href', src);
			link.setAttribute('rel', 'noopener noreferrer');
			link.setAttribute('target', '_blank');
			link.textContent = `🖼 ${img.getAttribute('alt') || src}`;
			img.replaceWith(link);
		}
		remote = [];
		return root.innerHTML;
	} catch {
		// One card that cannot be rendered (e.g. a field too big for the parser) shows a placeholder; the page goes on.
		return `<p class="render-failed"><em>${i18n.t('cardRenderFailed')}</em></p>`;
	}
}
