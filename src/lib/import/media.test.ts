import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '$lib/deck/types';
import { imageMime, inlineImages, mediaDataUrls } from './media';
import { markdownImage, markdownImageUrl } from './sanitize';

const bytes = (...parts: (string | number[])[]) =>
	new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const PNG = bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('imageMime', () => {
	it('tells image types by their first bytes, not their names', () => {
		expect(imageMime(PNG)).toBe('image/png');
		expect(imageMime(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))).toBe('image/jpeg');
		expect(imageMime(bytes('GIF89a', [1, 0]))).toBe('image/gif');
		expect(imageMime(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
		expect(imageMime(bytes([0, 0, 0, 28], 'ftypavif'))).toBe('image/avif');
		expect(imageMime(bytes('BM', [0, 0, 0, 0]))).toBe('image/bmp');
		expect(imageMime(bytes('<?xml version="1.0"?>\n<!-- made by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('image/svg+xml');
	});

	it('says null for anything else', () => {
		expect(imageMime(bytes('<html><script>alert(1)</script></html>'))).toBeNull();
		expect(imageMime(bytes('ID3', [4, 0, 0, 0]))).toBeNull(); // an mp3
		expect(imageMime(bytes('PK', [3, 4]))).toBeNull();
		expect(imageMime(new Uint8Array(2))).toBeNull();
	});
});

describe('mediaDataUrls + inlineImages', () => {
	const url = markdownImageUrl('pod diagram (1).png');

	it('inlines a package image as a data: URL under the URL the sanitiser wrote', () => {
		const diagnostics: Diagnostic[] = [];
		const urls = mediaDataUrls(new Map([[url, 'pod diagram (1).png']]), new Map([['pod diagram (1).png', PNG]]), 'k.apkg', diagnostics);
		const card = `A pod\n${markdownImage('pod diagram (1).png', 'pod')}`;
		expect(inlineImages(card, urls)).toBe(`A pod\n![pod](data:image/png;base64,${Buffer.from(PNG).toString('base64')})`);
		expect(diagnostics).toEqual([]);
	});

	it('drops what is no image, too big, or over the total, with a warning naming it; the alt text stays', () => {
		const diagnostics: Diagnostic[] = [];
		const MB = 1024 * 1024;
		const png = (size: number) => {
			const b = new Uint8Array(size);
			b.set(PNG);
			return b;
		};
		const media = new Map<string, Uint8Array>([
			['page.html', bytes('<html>')],
			['big.png', png(MB + 1)],
			['p0.png', png(MB)],
			['p1.png', png(MB)],
			['p2.png', png(MB)]
		]);
		const limits = { image: MB, total: 2 * MB };
		const urls = mediaDataUrls(new Map([...media.keys()].map((n) => [markdownImageUrl(n), n])), media, 'k.apkg', diagnostics, limits);
		expect([...urls.values()].map((u) => u.slice(0, 22))).toEqual(['data:image/png;base64,', 'data:image/png;base64,']);
		expect(diagnostics.map((d) => d.message)).toEqual([
			'image "page.html" is not a PNG, JPEG, GIF, WebP, AVIF, BMP or SVG image; dropped',
			'image "big.png" is 1.0 MB, over the 1.0 MB limit per image; dropped',
			'image "p2.png" would take the images of this import over 2.0 MB; dropped'
		]);
		expect(diagnostics.every((d) => d.severity === 'warning' && d.file === 'k.apkg')).toBe(true);
		expect(inlineImages('see ![the page](page.html) and ![](big.png)', urls)).toBe('see the page and ');
	});

	it('leaves data: URLs alone and replaces images from elsewhere by their alt text', () => {
		expect(inlineImages('![x](data:image/png;base64,AAAA) ![remote](https://example.com/a.png)', new Map())).toBe('![x](data:image/png;base64,AAAA) remote');
	});
});
