/** Issue 15: which image URLs a card may load (the rendering itself is walked in tests/e2e/hostile.e2e.mjs: happy-dom's DOM does not run DOMPurify faithfully). */
import { describe, expect, it } from 'vitest';
import { isLocalUrl } from '../../src/lib/ui/markdown';

describe('card images', () => {
	it('tells local from remote URLs', () => {
		const origin = 'http://127.0.0.1:4173';
		expect(isLocalUrl('data:image/png;base64,AA', origin)).toBe(true);
		expect(isLocalUrl('blob:http://127.0.0.1:4173/x', origin)).toBe(true);
		expect(isLocalUrl('/a.png', origin)).toBe(true);
		expect(isLocalUrl('a.png', origin)).toBe(true);
		expect(isLocalUrl('//evil.invalid/a.png', origin)).toBe(false);
		expect(isLocalUrl('http://evil.invalid/a.png', origin)).toBe(false);
		expect(isLocalUrl('http://127.0.0.1:4174/a.png', origin)).toBe(false);
		expect(isLocalUrl('javascript:alert(1)', origin)).toBe(false);
	});
});
