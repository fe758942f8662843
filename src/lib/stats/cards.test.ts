import { describe, expect, it } from 'vitest';
import { cardsByState } from './cards';
import { st } from './fixtures';

describe('cardsByState', () => {
	it('counts by state, suspended apart', () => {
		const states = [st(0, 0), st(0, 0), st(1, 0), st(2, 0), st(2, 0), st(2, 0), st(3, 0), st(2, 0, 1), st(0, 0, 1)];
		expect(cardsByState(states)).toEqual({ new: 2, learning: 1, review: 3, relearning: 1, suspended: 2 });
		expect(cardsByState([])).toEqual({ new: 0, learning: 0, review: 0, relearning: 0, suspended: 0 });
	});
});
