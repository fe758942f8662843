/**
 * Markdown → sanitised HTML. Everything shown from a deck goes through DOMPurify. Beyond scripts,
 * styles and form controls are dropped too: an imported card must not be able to cover the screen
 * (`position: fixed`) or fake the app's own buttons.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';

const options = {
	USE_PROFILES: { html: true },
	FORBID_ATTR: ['style'],
	FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option']
};

export function renderMarkdown(markdown: string): string {
	const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
	return DOMPurify.sanitize(html, options);
}
