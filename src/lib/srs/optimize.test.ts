import { describe, expect, it } from 'vitest';
import { trainingSet, usableWeights } from './optimize';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 10, 12); // noon UTC

describe('trainingSet', () => {
	it('makes one item per review after the first, with study-day gaps', () => {
		const logs = [
			{ cardId: 'a', rating: 3 as const, review: T0 },
			{ cardId: 'a', rating: 3 as const, review: T0 + 3 * DAY },
			{ cardId: 'b', rating: 1 as const, review: T0 },
			{ cardId: 'a', rating: 1 as const, review: T0 + 10 * DAY },
			{ cardId: 'c', rating: 4 as const, review: T0 }
		];
		const set = trainingSet(logs, 4, 0);
		expect(set.cards).toBe(1);
		expect(Array.from(set.lengths)).toEqual([2, 3]);
		expect(Array.from(set.ratings)).toEqual([3, 3, 3, 3, 1]);
		expect(Array.from(set.deltaDays)).toEqual([0, 3, 0, 3, 7]);
	});

	it('counts two reviews on one study day as a gap of 0', () => {
		const set = trainingSet(
			[
				{ cardId: 'a', rating: 1, review: T0 },
				{ cardId: 'a', rating: 3, review: T0 + 600_000 }
			],
			4,
			0
		);
		expect(Array.from(set.deltaDays)).toEqual([0, 0]);
	});
});

describe('usableWeights', () => {
	it('accepts 21 finite numbers only', () => {
		expect(usableWeights(new Float32Array(21).fill(0.5))).toHaveLength(21);
		expect(usableWeights([1, 2, 3])).toBeNull();
		expect(usableWeights([...new Array(20).fill(1), Number.NaN])).toBeNull();
	});
});
