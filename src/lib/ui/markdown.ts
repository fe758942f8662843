/** Markdown → sanitised HTML. Everything shown from a deck goes through DOMPurify. */
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function renderMarkdown(markdown: string): string {
	const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
	return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}
