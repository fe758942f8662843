/**
 * Images from an Anki package, kept inside the cards as `data:` URLs.
 *
 * Why inline rather than a media table: a card then renders offline with no lookup, and the deck
 * JSON export, the markdown export and the backup carry their images with no extra format. The cost
 * is size (an image used by two cards is stored twice), bounded by the limits below.
 */
import type { Diagnostic } from '$lib/deck/types';
import { importDiag, mb } from './diagnostics';

/** One image larger than this is dropped: a phone screen needs no more. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
/** All images of one import together. */
export const MAX_MEDIA_BYTES = 50 * 1024 * 1024;

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The image type told by the file's first bytes (not by its name), or null when it is no image. */
export function imageMime(bytes: Uint8Array): string | null {
	if (bytes.length < 4) return null;
	if (bytes[0] === 0x89 && ascii(bytes, 1, 4) === 'PNG') return 'image/png';
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
	if (ascii(bytes, 0, 4) === 'GIF8') return 'image/gif';
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
	if (ascii(bytes, 4, 12) === 'ftypavif') return 'image/avif';
	if (ascii(bytes, 0, 2) === 'BM') return 'image/bmp';
	// SVG shown through <img> runs no script, so it is as safe as a bitmap there.
	const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart();
	if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'image/svg+xml';
	return null;
}

/** Bytes as standard base64 (in 32 KB slices: a spread of megabytes would overflow the stack). */
export function base64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/** Markdown images `![alt](url)` as the sanitiser writes them. */
const IMAGE = /!\[([^\]]*)\]\(([^)\s]+)\)/g;

/**
 * Turn `media` (file name → bytes) into `data:` URLs for the images `urls` (URL written in the
 * cards → file name), within the limits; what cannot be kept gets a warning on `file`.
 */
export function mediaDataUrls(
	urls: Map<string, string>,
	media: Map<string, Uint8Array>,
	file: string,
	diagnostics: Diagnostic[],
	limits = { image: MAX_IMAGE_BYTES, total: MAX_MEDIA_BYTES }
): Map<string, string> {
	const out = new Map<string, string>();
	let total = 0;

	for (const [url, name] of urls) {
		const bytes = media.get(name);
		if (!bytes) continue; // already reported by the package reader
		const mime = imageMime(bytes);
		if (!mime) diagnostics.push(importDiag(file, 1, 'warning', 'image-not-image', { name }));
		else if (bytes.length > limits.image) diagnostics.push(importDiag(file, 1, 'warning', 'image-too-large', { name, size: mb(bytes.length), limit: mb(limits.image) }));
		else if (total + bytes.length > limits.total) diagnostics.push(importDiag(file, 1, 'warning', 'images-over-total', { name, limit: mb(limits.total) }));
		else {
			total += bytes.length;
			out.set(url, `data:${mime};base64,${base64(bytes)}`);
		}
	}
	return out;
}

/** `text` with each image pointing at its `data:` URL; an image with none is replaced by its alt text. */
export function inlineImages(text: string, dataUrls: Map<string, string>): string {
	return text.replace(IMAGE, (whole, alt: string, url: string) => {
		if (url.startsWith('data:')) return whole;
		const data = dataUrls.get(url);
		return data ? `![${alt}](${data})` : alt;
	});
}
