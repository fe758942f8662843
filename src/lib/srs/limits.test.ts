import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, countDoneToday, normalizeLimits, remainingToday, withExtraNew, type ReviewLimits } from './limits';

const none = { newCount: 0, reviewCount: 0 };

describe('remainingToday', () => {
	it('uses the defaults (20 new, 200 reviews)', () => {
		expect(DEFAULT_LIMITS).toEqual({ newPerDay: 20, reviewsPerDay: 200 });
		expect(remainingToday(normalizeLimits(), none)).toEqual({ new: 20, review: 200, perDeck: {} });
	});

	it('subtracts what was done today from the collection limit, never below 0', () => {
		const limits: ReviewLimits = { newPerDay: 20, reviewsPerDay: 200 };
		expect(remainingToday(limits, { newCount: 5, reviewCount: 150 })).toMatchObject({ new: 15, review: 50 });
		expect(remainingToday(limits, { newCount: 25, reviewCount: 250 })).toMatchObject({ new: 0, review: 0 });
	});

	it('a deck limit smaller than the collection limit wins', () => {
		const limits: ReviewLimits = { newPerDay: 20, reviewsPerDay: 200, perDeck: { k8s: { newPerDay: 5 } } };
		const done = { newCount: 3, reviewCount: 10, byDeck: { k8s: { newCount: 3, reviewCount: 10 } } };
		expect(remainingToday(limits, done, 'k8s')).toEqual({ new: 2, review: 190, perDeck: { k8s: { new: 2, review: 190 } } });
	});

	it('the collection limit wins when it is the smaller, counting other decks too', () => {
		const limits: ReviewLimits = { newPerDay: 10, reviewsPerDay: 100, perDeck: { k8s: { newPerDay: 50, reviewsPerDay: 80 } } };
		const done = {
			newCount: 8,
			reviewCount: 60,
			byDeck: { k8s: { newCount: 1, reviewCount: 10 }, docker: { newCount: 7, reviewCount: 50 } }
		};
		// Collection: 2 new, 40 reviews left; deck: 49 new, 70 reviews left.
		expect(remainingToday(limits, done, 'k8s')).toMatchObject({ new: 2, review: 40 });
		// A deck without its own limit only has the collection limit.
		expect(remainingToday(limits, done, 'docker')).toEqual({ new: 2, review: 40, perDeck: {} });
	});

	it('without a deck, lists the caps of every deck that has its own limit', () => {
		const limits: ReviewLimits = {
			newPerDay: 20,
			reviewsPerDay: 200,
			perDeck: { a: { newPerDay: 3 }, b: { reviewsPerDay: 0 } }
		};
		const done = { newCount: 4, reviewCount: 0, byDeck: { a: { newCount: 1, reviewCount: 0 } } };
		expect(remainingToday(limits, done)).toEqual({
			new: 16,
			review: 200,
			perDeck: { a: { new: 2, review: 200 }, b: { new: 16, review: 0 } }
		});
	});

	it('treats invalid limits as 0 and keeps Infinity', () => {
		expect(normalizeLimits({ newPerDay: -3, reviewsPerDay: Infinity })).toEqual({ newPerDay: 0, reviewsPerDay: Infinity });
		expect(remainingToday({ newPerDay: NaN, reviewsPerDay: 7.9 }, none)).toMatchObject({ new: 0, review: 7 });
	});
});

describe('countDoneToday', () => {
	it('counts answers in state New and Review inside the day, by deck', () => {
		const day = 1_000_000;
		const logs = [
			{ deckId: 'a', state: 0 as const, review: day + 1 },
			{ deckId: 'a', state: 1 as const, review: day + 2 }, // learning step: neither
			{ deckId: 'a', state: 2 as const, review: day + 3 },
			{ deckId: 'b', state: 2 as const, review: day + 4 },
			{ deckId: 'b', state: 3 as const, review: day + 5 }, // relearning: neither
			{ deckId: 'b', state: 2 as const, review: day - 1 }, // yesterday
			{ deckId: 'b', state: 0 as const, review: day + 86_400_000 } // tomorrow
		];
		expect(countDoneToday(logs, day, day + 86_400_000)).toEqual({
			newCount: 1,
			reviewCount: 2,
			byDeck: { a: { newCount: 1, reviewCount: 1 }, b: { newCount: 0, reviewCount: 1 } }
		});
	});
});

describe('withExtraNew', () => {
	it('extra new cards raise the limit before today’s answers are taken off, so they are used up', () => {
		const limits = { newPerDay: 20, reviewsPerDay: 200 };
		expect(remainingToday(withExtraNew(limits, 10), { newCount: 20, reviewCount: 0 }).new).toBe(10);
		expect(remainingToday(withExtraNew(limits, 10), { newCount: 24, reviewCount: 0 }).new).toBe(6);
		expect(remainingToday(withExtraNew(limits, 10), { newCount: 31, reviewCount: 0 }).new).toBe(0);
	});

	it('a deck with its own new-card limit gets the extra too', () => {
		const limits = { newPerDay: 20, reviewsPerDay: 200, perDeck: { d: { newPerDay: 5 } } };
		const done = { newCount: 5, reviewCount: 0, byDeck: { d: { newCount: 5, reviewCount: 0 } } };
		expect(remainingToday(withExtraNew(limits, 3), done, 'd').new).toBe(3);
	});
});
