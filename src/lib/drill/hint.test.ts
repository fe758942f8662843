import { describe, expect, it } from 'vitest';
import { hintToken } from './hint';
import { suggestRating } from './rating';

describe('hintToken', () => {
	it('reveals the first words and blanks the rest', () => {
		expect(hintToken('docker run -d -p 8080:80 nginx', 0)).toBe('___ ___ ___ ___ ___ ___');
		expect(hintToken('docker run -d -p 8080:80 nginx', 2)).toBe('docker run ___ ___ ___ ___');
		expect(hintToken('docker run -d -p 8080:80 nginx', 6)).toBe('docker run -d -p 8080:80 nginx');
	});
	it('keeps quotes of revealed words and counts a quoted word once', () => {
		expect(hintToken(`docker run -e "A=b c" alpine`, 4)).toBe('docker run -e "A=b c" ___');
	});
	it('clamps out-of-range counts', () => {
		expect(hintToken('kubectl get po', 99)).toBe('kubectl get po');
		expect(hintToken('kubectl get po', -3)).toBe('___ ___ ___');
		expect(hintToken('kubectl get po', Number.NaN)).toBe('___ ___ ___');
		expect(hintToken('kubectl get po', 1.7)).toBe('kubectl ___ ___');
	});
	it('falls back to spaces for a line the tokenizer refuses', () => {
		expect(hintToken('echo "open', 1)).toBe('echo ___');
		expect(hintToken('', 2)).toBe('');
	});
});

describe('suggestRating', () => {
	const right = { correct: true, differences: [] };
	const wrong = { correct: false, differences: [] };
	it('right first time is Good', () => expect(suggestRating(right, { hintsUsed: 0, attempts: 1 })).toBe(3));
	it('right after a hint is Hard', () => expect(suggestRating(right, { hintsUsed: 1, attempts: 1 })).toBe(2));
	it('right after a retry is Hard', () => expect(suggestRating(right, { hintsUsed: 0, attempts: 2 })).toBe(2));
	it('wrong is Again', () => {
		expect(suggestRating(wrong, { hintsUsed: 0, attempts: 1 })).toBe(1);
		expect(suggestRating(wrong, { hintsUsed: 3, attempts: 4 })).toBe(1);
	});
});
