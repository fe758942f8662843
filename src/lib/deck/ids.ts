/**
 * Stable ids. FNV-1a 64-bit over UTF-16 code units, rendered base36: the same text gives the same id
 * in node and in the browser, with no async crypto API needed.
 */
export function hashText(text: string): string {
	let h1 = 0x811c9dc5 | 0;
	let h2 = 0x01000193 | 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193);
		h2 = Math.imul(h2 ^ c, 0x5bd1e995);
		h2 ^= h2 >>> 15;
	}
	return (h1 >>> 0).toString(36).padStart(7, '0') + (h2 >>> 0).toString(36).padStart(7, '0');
}

/** Card id from the deck id, the card kind and the text that identifies the card (its prompt/front). */
export function cardId(deckId: string, kind: string, key: string): string {
	return `${deckId}:${kind}:${hashText(key.trim().replace(/\s+/g, ' '))}`;
}

/** Longest slug kept whole; a longer one is cut and ends in the hash of the whole text. */
const MAX_SLUG = 60;

/**
 * A deck id from a title or file name: lower-case ascii slug, or a hash when nothing ascii is left.
 * At most 60 characters whatever the text (a long name → its first words and a hash of all of it),
 * so card ids built from it stay short.
 */
export function slugify(text: string): string {
	const slug = text
		.toLowerCase()
		.replace(/\.[a-z0-9]+$/, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length > MAX_SLUG) return `${slug.slice(0, MAX_SLUG - 15).replace(/-+$/, '')}-${hashText(text)}`;
	return slug || `deck-${hashText(text)}`;
}
