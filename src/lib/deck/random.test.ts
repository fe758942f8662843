import { describe, expect, it } from 'vitest';
import { seededRandom, shuffled } from './random';

describe('shuffled', () => {
	it('keeps every item, leaves the input alone, and gives other orders', () => {
		const items = ['a', 'b', 'c', 'd'];
		const random = seededRandom(7);
		const orders = new Set(Array.from({ length: 40 }, () => shuffled(items, random).join('')));
		for (const order of orders) expect([...order].sort().join('')).toBe('abcd');
		expect(items).toEqual(['a', 'b', 'c', 'd']);
		expect(orders.size).toBeGreaterThan(5);
	});
});
