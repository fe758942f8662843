import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './day';
import { SessionQueue, buildQueue, cappedDueCounts, type BuildQueueOptions } from './queue';
import type { CardState, FsrsState } from './types';

const NOW = Date.UTC(2026, 5, 10, 12);
const DAY_START = NOW - 8 * HOUR_MS; // 04:00 UTC
const DAY_END = DAY_START + DAY_MS;

function card(cardId: string, state: FsrsState, due: number, extra: Partial<CardState> = {}): CardState {
	return {
		cardId,
		deckId: 'docker',
		due,
		stability: 1,
		difficulty: 5,
		elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		reps: state === 0 ? 0 : 1,
		lapses: 0,
		state,
		suspended: 0,
		buriedUntil: 0,
		...extra
	};
}

const opts = (over: Partial<BuildQueueOptions> = {}): BuildQueueOptions => ({
	now: NOW,
	dayStart: DAY_START,
	remaining: { new: 20, review: 200 },
	...over
});

const ids = (cards: readonly (CardState | undefined)[]) => cards.map((c) => c?.cardId);

describe('buildQueue order', () => {
	const cards = [
		card('N2', 0, 2),
		card('R1', 2, NOW - 10 * DAY_MS, { scheduled_days: 100 }), // overdue 0.1 of its interval
		card('L3', 1, NOW + 5 * MINUTE_MS), // learning, later today
		card('R4', 2, NOW + 3 * HOUR_MS, { scheduled_days: 5 }), // due later today
		card('L1', 1, NOW - MINUTE_MS),
		card('R2', 2, NOW - 2 * DAY_MS, { scheduled_days: 1 }), // overdue 2 intervals
		card('R5', 2, DAY_END + 1, { scheduled_days: 3 }), // due tomorrow: not today
		card('N1', 0, 1),
		card('R3', 2, NOW - DAY_MS, { scheduled_days: 0 }), // interval counted as 1 day → 1
		card('L2', 3, NOW - 5 * MINUTE_MS), // relearning
		card('L4', 1, DAY_END + 1) // interday learning step due tomorrow
	];

	it('puts due learning first, then reviews by relative overdueness with new cards mixed in, then later learning', () => {
		expect(ids(buildQueue(cards, opts({ newMixEvery: 2 })))).toEqual(['L2', 'L1', 'R2', 'R3', 'N1', 'R1', 'R4', 'N2', 'L3']);
	});

	it('caps reviews and new cards at what remains today; learning is not limited', () => {
		expect(ids(buildQueue(cards, opts({ remaining: { new: 1, review: 2 }, newMixEvery: 2 })))).toEqual([
			'L2',
			'L1',
			'R2',
			'R3',
			'N1',
			'L3'
		]);
		expect(ids(buildQueue(cards, opts({ remaining: { new: 0, review: 0 } })))).toEqual(['L2', 'L1', 'L3']);
	});

	it('uses dayEnd when given (a 25 h DST day keeps a card that a 24 h day would drop)', () => {
		const q = buildQueue(cards, opts({ dayEnd: DAY_END + HOUR_MS, remaining: { new: 0, review: 200 } }));
		expect(ids(q)).toContain('R5');
		expect(ids(q)).toContain('L4');
	});

	it('spreads new cards evenly through the reviews by default', () => {
		const reviews = Array.from({ length: 10 }, (_, i) => card(`r${i}`, 2, NOW - (i + 1) * HOUR_MS));
		const news = Array.from({ length: 3 }, (_, i) => card(`n${i}`, 0, i));
		const q = buildQueue([...reviews, ...news], opts());
		expect(q.map((c, i) => (c.state === 0 ? i : -1)).filter((i) => i >= 0)).toEqual([2, 6, 10]);
		// More new cards than reviews: reviews are spread among them instead.
		const q2 = buildQueue([...reviews.slice(0, 3), ...Array.from({ length: 6 }, (_, i) => card(`m${i}`, 0, i))], opts());
		expect(q2.map((c) => (c.state === 0 ? 'n' : 'r')).join('')).toBe('nrnnrnnrn');
	});

	it('with newMixEvery, leftover new cards follow the reviews', () => {
		const q = buildQueue([card('r0', 2, NOW - 1), card('n0', 0, 0), card('n1', 0, 1), card('n2', 0, 2)], opts({ newMixEvery: 1 }));
		expect(ids(q)).toEqual(['r0', 'n0', 'n1', 'n2']);
	});
});

describe('buildQueue exclusions and filters', () => {
	it('excludes suspended cards and cards buried past now', () => {
		const q = buildQueue(
			[
				card('ok', 2, NOW - 1),
				card('suspended', 2, NOW - 1, { suspended: 1 }),
				card('buried', 2, NOW - 1, { buriedUntil: NOW + 1 }),
				card('unburied', 2, NOW - 2, { buriedUntil: NOW }),
				card('newBuried', 0, 0, { buriedUntil: DAY_END }),
				card('learnSuspended', 1, NOW - 1, { suspended: 1 })
			],
			opts()
		);
		expect(ids(q)).toEqual(['unburied', 'ok']);
	});

	it('filters by deck and by tag', () => {
		const cards = [
			card('a', 2, NOW - 1, { deckId: 'k8s', tags: ['pods'] }),
			card('b', 2, NOW - 2, { deckId: 'docker', tags: ['pods'] }),
			card('c', 0, 0, { deckId: 'k8s' })
		];
		expect(ids(buildQueue(cards, opts({ deckId: 'k8s' })))).toEqual(['a', 'c']);
		expect(ids(buildQueue(cards, opts({ tag: 'pods' })))).toEqual(['b', 'a']);
		expect(ids(buildQueue(cards, opts({ deckId: 'k8s', tag: 'pods' })))).toEqual(['a']);
	});

	it('applies per-deck caps inside a collection-wide queue', () => {
		const cards = [
			card('a1', 2, NOW - 4 * DAY_MS, { deckId: 'a' }),
			card('a2', 2, NOW - 3 * DAY_MS, { deckId: 'a' }),
			card('b1', 2, NOW - 2 * DAY_MS, { deckId: 'b' }),
			card('b2', 2, NOW - 1 * DAY_MS, { deckId: 'b' }),
			card('an1', 0, 1, { deckId: 'a' }),
			card('an2', 0, 2, { deckId: 'a' }),
			card('bn1', 0, 3, { deckId: 'b' })
		];
		const q = buildQueue(cards, opts({ remaining: { new: 20, review: 3, perDeck: { a: { new: 1, review: 1 } } }, newMixEvery: 10 }));
		expect(ids(q)).toEqual(['a1', 'b1', 'b2', 'an1', 'bn1']);
	});
});

describe('cappedDueCounts', () => {
	it('caps new and review counts at the remaining limits, never learning', () => {
		expect(cappedDueCounts({ new: 50, learning: 7, review: 500 }, { new: 20, review: 200 })).toEqual({
			new: 20,
			learning: 7,
			review: 200
		});
		expect(cappedDueCounts({ new: 3, learning: 0, review: 10 }, { new: 20, review: 0 })).toEqual({ new: 3, learning: 0, review: 0 });
	});
});

/** A controllable clock. */
function clock(start: number) {
	let t = start;
	return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('SessionQueue', () => {
	it('walks the queue and derives counts from what is left, the card on screen included', () => {
		const q = new SessionQueue([card('L', 1, NOW - 1), card('R', 2, NOW - 1), card('N', 0, 0)], { clock: () => NOW });
		expect(q.current).toBeUndefined();
		expect(q.counts).toEqual({ new: 1, learning: 1, review: 1 });
		expect(q.next()?.cardId).toBe('L');
		expect(q.counts).toEqual({ new: 1, learning: 1, review: 1 });
		expect(q.next()?.cardId).toBe('R');
		expect(q.counts).toEqual({ new: 1, learning: 0, review: 1 });
		expect(q.next()?.cardId).toBe('N');
		expect(q.next()).toBeUndefined();
		expect(q.current).toBeUndefined();
		expect(q.counts).toEqual({ new: 0, learning: 0, review: 0 });
		expect(q.size).toBe(0);
	});

	it('shows a requeued learning card when it comes due, before the remaining reviews', () => {
		const c = clock(NOW);
		const q = new SessionQueue([card('N', 0, 0), card('R1', 2, NOW - 1), card('R2', 2, NOW - 1)], { clock: c.now });
		const n = q.next()!;
		expect(q.requeue({ ...n, state: 1, due: NOW + MINUTE_MS })).toBe(true); // Again: 1 m step
		expect(q.next()?.cardId).toBe('R1'); // not due yet
		c.advance(MINUTE_MS);
		expect(q.next()?.cardId).toBe('N'); // now due: before R2
		expect(q.current?.state).toBe(1);
		expect(q.next()?.cardId).toBe('R2');
	});

	it('learns ahead within 20 minutes when nothing else is left, and waits otherwise', () => {
		const c = clock(NOW);
		const q = new SessionQueue([card('N', 0, 0)], { clock: c.now });
		const n = q.next()!;
		q.requeue({ ...n, state: 1, due: NOW + 10 * MINUTE_MS });
		expect(q.next()?.cardId).toBe('N'); // due in 10 min, nothing else: shown early
		q.requeue({ ...q.current!, due: NOW + 30 * MINUTE_MS });
		expect(q.next()).toBeUndefined(); // due in 30 min: beyond the learn-ahead limit
		expect(q.nextLearningDue).toBe(NOW + 30 * MINUTE_MS);
		expect(q.counts).toEqual({ new: 0, learning: 1, review: 0 });
		c.advance(10 * MINUTE_MS + 1);
		expect(q.next()?.cardId).toBe('N');
		const always = new SessionQueue([card('L', 1, NOW + DAY_MS / 2)], { clock: c.now, learnAheadMs: Infinity });
		expect(always.next()?.cardId).toBe('L');
	});

	it('refuses to requeue a card due after the end of the day', () => {
		const q = new SessionQueue([card('N', 0, 0)], { clock: () => NOW, dayEnd: DAY_END });
		const n = q.next()!;
		expect(q.requeue({ ...n, state: 2, due: DAY_END })).toBe(false);
		expect(q.next()).toBeUndefined();
	});

	it('undoes several answers in a row, restoring the states shown and the queue', () => {
		const c = clock(NOW);
		const A = card('A', 0, 0);
		const B = card('B', 2, NOW - 2 * DAY_MS);
		const C = card('C', 2, NOW - DAY_MS);
		const q = new SessionQueue([A, B, C], { clock: c.now });
		const initialCounts = q.counts;

		expect(q.next()).toBe(A);
		const A2 = { ...A, state: 1 as const, due: NOW + MINUTE_MS, reps: 1 };
		q.requeue(A2); // A answered Again → learning
		expect(q.next()).toBe(B); // B answered Good, graduates out of today
		expect(q.next()).toBe(C);
		c.advance(2 * MINUTE_MS);
		expect(q.next()).toBe(A2); // C answered; A2 now due
		expect(q.counts).toEqual({ new: 0, learning: 1, review: 0 });

		expect(q.undo()).toBe(C); // C back on screen, A2 waiting again
		expect(q.current).toBe(C);
		expect(q.counts).toEqual({ new: 0, learning: 1, review: 1 });
		expect(q.undo()).toBe(B);
		expect(q.counts).toEqual({ new: 0, learning: 1, review: 2 });
		expect(q.undo()).toBe(A); // the requeued A2 is gone: A is new again
		expect(q.counts).toEqual(initialCounts);
		expect(q.nextLearningDue).toBeUndefined();
		expect(q.canUndo).toBe(false);
		expect(q.undo()).toBeUndefined(); // nothing to undo: the current card stays
		expect(q.current).toBe(A);

		// Answer again differently: A Good (no requeue); the rest of the queue is intact.
		expect(ids([q.next(), q.next(), q.next()])).toEqual(['B', 'C', undefined]);
	});

	it('undo after the session ran dry brings back the last card', () => {
		const q = new SessionQueue([card('A', 2, NOW - 1)], { clock: () => NOW });
		q.next();
		expect(q.next()).toBeUndefined();
		expect(q.next()).toBeUndefined();
		expect(q.undo()?.cardId).toBe('A');
		expect(q.size).toBe(1);
	});

	it('undo right after requeue (write failed before next) only drops the requeued copy', () => {
		const q = new SessionQueue([card('A', 0, 0), card('B', 2, NOW - 1)], { clock: () => NOW });
		const a = q.next()!;
		q.requeue({ ...a, state: 1, due: NOW + MINUTE_MS });
		expect(q.counts).toEqual({ new: 1, learning: 1, review: 1 });
		expect(q.undo()).toBe(a);
		expect(q.counts).toEqual({ new: 1, learning: 0, review: 1 });
		expect(q.next()?.cardId).toBe('B');
	});

	it('a learning card taken from the pool goes back to it on undo', () => {
		const c = clock(NOW);
		const L1 = card('L1', 1, NOW - 2);
		const L2 = card('L2', 1, NOW - 1);
		const q = new SessionQueue([L2, card('R', 2, NOW - 1), L1], { clock: c.now });
		expect(ids([q.next(), q.next()])).toEqual(['L1', 'L2']);
		expect(q.undo()).toBe(L1);
		expect(ids([q.next(), q.next(), q.next()])).toEqual(['L2', 'R', undefined]);
	});
});

describe('SessionQueue: no card twice in a row, siblings set aside', () => {
	it('does not show the card just answered again while another card can be shown', () => {
		const q = new SessionQueue([card('A', 0, 1), card('B', 1, NOW + 5 * MINUTE_MS)], { clock: () => NOW });
		expect(q.next(NOW)?.cardId).toBe('A');
		// A is answered Again: due in 1 minute, before B; B still comes first.
		q.requeue(card('A', 1, NOW + MINUTE_MS));
		expect(q.next(NOW)?.cardId).toBe('B');
		expect(q.next(NOW)?.cardId).toBe('A');
	});

	it('shows the same card again when it is the only one left', () => {
		const q = new SessionQueue([card('A', 0, 1)], { clock: () => NOW });
		q.next(NOW);
		q.requeue(card('A', 1, NOW + MINUTE_MS));
		expect(q.next(NOW)?.cardId).toBe('A');
	});

	it('sets matching cards aside with the answer, and undo brings them back in place', () => {
		const q = new SessionQueue([card('A', 0, 1), card('B', 0, 2), card('C', 0, 3)], { clock: () => NOW });
		q.next(NOW);
		expect(ids(q.setAsideWhere((s) => s.cardId === 'B'))).toEqual(['B']);
		expect(q.next(NOW)?.cardId).toBe('C');
		expect(q.counts.new).toBe(1);
		expect(q.undo()?.cardId).toBe('A');
		expect(ids([q.next(NOW), q.next(NOW)])).toEqual(['B', 'C']);
	});
});

describe('SessionQueue.refresh: cards changed in another tab', () => {
	const keep = (s: CardState) => s.suspended !== 1 && !(s.buriedUntil > NOW) && s.due < DAY_END;

	it('drops waiting cards answered elsewhere, keeps a learning card due today with its new state', () => {
		const q = new SessionQueue([card('A', 2, NOW - 1), card('B', 2, NOW - 1), card('C', 0, 0), card('D', 2, NOW - 1)], { clock: () => NOW, dayEnd: DAY_END });
		expect(q.next()?.cardId).toBe('A');
		const fresh = new Map<string, CardState | undefined>([
			['B', card('B', 2, NOW + 5 * DAY_MS, { reps: 2 })], // answered Good elsewhere: due in days
			['C', card('C', 1, NOW + MINUTE_MS, { reps: 1 })], // new card answered Again elsewhere: learning, due in 1 min
			['D', card('D', 2, NOW - 1)] // unchanged
		]);
		expect(q.refresh(fresh, keep)).toBeNull();
		expect(q.counts).toEqual({ new: 0, learning: 1, review: 2 });
		expect(q.next()?.cardId).toBe('D');
		const c = q.next(NOW + MINUTE_MS);
		expect(c?.cardId).toBe('C');
		expect(c?.state).toBe(1);
	});

	it('replaces the card on screen when it was answered elsewhere; undo still steps back over this tab’s answer', () => {
		const q = new SessionQueue([card('A', 2, NOW - 1), card('B', 2, NOW - 1), card('C', 2, NOW - 1)], { clock: () => NOW, dayEnd: DAY_END });
		q.next(); // A on screen
		q.next(); // A answered here, B on screen
		const shown = q.refresh(new Map([['B', card('B', 2, NOW + 3 * DAY_MS, { reps: 2 })]]), keep);
		expect(shown?.cardId).toBe('C');
		expect(q.current?.cardId).toBe('C');
		expect(q.counts).toEqual({ new: 0, learning: 0, review: 1 });
		// Undo of this tab's answer to A: A comes back, C waits again, B stays gone.
		expect(q.undo()?.cardId).toBe('A');
		expect(ids(q.waiting())).toEqual(['C']);
		expect(q.next()?.cardId).toBe('C');
		expect(q.next()).toBeUndefined();
	});

	it('the card on screen gives way when another tab answered it (it waits with its stored state), and leaves when suspended', () => {
		const q = new SessionQueue([card('A', 2, NOW - 1), card('B', 2, NOW - 1)], { clock: () => NOW, dayEnd: DAY_END });
		q.next();
		const answeredElsewhere = card('A', 2, NOW - 2);
		expect(q.refresh(new Map([['A', answeredElsewhere]]), keep)?.cardId).toBe('B');
		expect(q.waiting()).toContain(answeredElsewhere);
		expect(q.refresh(new Map([['B', { ...card('B', 2, NOW - 1), suspended: 1 }]]), keep)).toBe(answeredElsewhere);
		expect(q.refresh(new Map([['A', undefined]]), keep)).toBeUndefined();
		expect(q.size).toBe(0);
	});
});
