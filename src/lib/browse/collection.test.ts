import { describe, expect, it } from 'vitest';
import { newCardState } from '../srs/fsrs';
import type { Card } from '../deck/types';
import { BrowseIndex, idSet, toggled } from './collection';
import { parseQuery } from './query';

const NOW = Date.UTC(2026, 11, 3, 12);
const card = (i: number): Card & { deckId: string } => ({ id: `c${i}`, deckId: 'd', kind: 'concept', tags: [], front: `질문 ${i}`, back: `답 ${i}` });
const ctx = { now: NOW, dayStart: NOW - 3_600_000, dayEnd: NOW + 3_600_000, deckTitles: new Map([['d', 'D']]), retrievability: () => 0.9 };

describe('BrowseIndex', () => {
	const build = () => {
		const index = new BrowseIndex([{ id: 'd', addedAt: NOW - 1000 }]);
		const cards = [1, 2, 3].map(card);
		index.add(cards, new Map(cards.map((c, i) => [c.id, newCardState(c.id, 'd', NOW + i)])));
		return index;
	};
	const q = (text: string) => {
		const parsed = parseQuery(text);
		if (!parsed.ok) throw new Error(parsed.error.reason);
		return parsed.query;
	};

	it('searches the sorted rows and asks for rated: ids per term', async () => {
		const index = build();
		const asked: [number, number | undefined][] = [];
		const found = await index.search(q('질문 rated:2:1'), 'due', false, ctx, async (since, rating) => {
			asked.push([since, rating]);
			return new Set(['c2']);
		});
		expect(found.map((r) => r.id)).toEqual(['c2']);
		expect(asked).toEqual([[ctx.dayStart - 86_400_000, 1]]);
		expect((await index.search(q(''), 'due', true, ctx, async () => new Set())).map((r) => r.id)).toEqual(['c3', 'c2', 'c1']);
	});

	it('a query typed on narrows the last results and finds the same as a fresh search', async () => {
		const index = new BrowseIndex([{ id: 'd', addedAt: NOW }]);
		const cards = Array.from({ length: 300 }, (_, i) => card(i));
		index.add(cards, new Map(cards.map((c, i) => [c.id, newCardState(c.id, 'd', NOW + ((i * 37) % 300))])));
		const none = async () => new Set<string>();
		for (const text of ['질', '질문', '질문 1', '"질문 1"', '"질문 12"', '"질문 12" -답', '"질문 12" kind:concept', '1 or 2', '"질문 1"']) {
			const typed = await index.search(q(text), 'due', false, ctx, none);
			const fresh = new BrowseIndex([{ id: 'd', addedAt: NOW }]);
			fresh.add(cards, new Map(cards.map((c, i) => [c.id, newCardState(c.id, 'd', NOW + ((i * 37) % 300))])));
			expect(typed.map((r) => r.id), text).toEqual((await fresh.search(q(text), 'due', false, ctx, none)).map((r) => r.id));
		}
	});

	it('typing on into a query that names a hidden deck finds its cards (no narrowing from results without them)', async () => {
		const index = new BrowseIndex([
			{ id: 'd', addedAt: NOW },
			{ id: 'h', addedAt: NOW }
		]);
		const cards = [card(1), { ...card(2), deckId: 'h' }];
		index.add(cards, new Map(cards.map((c) => [c.id, newCardState(c.id, c.deckId, NOW)])));
		const hiddenCtx = { ...ctx, deckTitles: new Map([['d', 'D'], ['h', 'H']]), hiddenDecks: new Set(['h']) };
		const none = async () => new Set<string>();
		const ids = async (text: string) => (await index.search(q(text), 'due', false, hiddenCtx, none)).map((r) => r.id);
		expect(await ids('질문')).toEqual(['c1']);
		expect(await ids('질문 deck:h')).toEqual(['c2']);
		expect(await ids('질문 deck:h 2')).toEqual(['c2']);
	});

	it('replace patches every cached order like a fresh sort', async () => {
		const index = build();
		const none = async () => new Set<string>();
		await index.search(q(''), 'due', false, ctx, none);
		await index.search(q(''), 'due', true, ctx, none);
		index.replace(['c1'], [{ card: card(1), state: newCardState('c1', 'd', NOW + 50) }]);
		expect((await index.search(q(''), 'due', false, ctx, none)).map((r) => r.id)).toEqual(['c2', 'c3', 'c1']);
		expect((await index.search(q(''), 'due', true, ctx, none)).map((r) => r.id)).toEqual(['c1', 'c3', 'c2']);
	});

	it('replace updates changed rows, drops deleted ones and adds new ones', async () => {
		const index = build();
		const changed = { ...card(2), front: '바뀐 질문' };
		index.replace(['c1', 'c2', 'c9'], [
			{ card: changed, state: newCardState('c2', 'd', NOW) },
			{ card: card(9), state: newCardState('c9', 'd', NOW + 9) }
		]);
		expect(index.size).toBe(3);
		const all = await index.search(q(''), 'due', false, ctx, async () => new Set());
		expect(all.map((r) => r.id)).toEqual(['c2', 'c3', 'c9']);
		expect((await index.search(q('바뀐'), 'due', false, ctx, async () => new Set())).map((r) => r.id)).toEqual(['c2']);
	});
});

describe('selection helpers', () => {
	it('toggled and idSet return new sets', () => {
		const a = idSet([{ id: 'x' }]);
		const b = toggled(a, 'y');
		expect([...b].sort()).toEqual(['x', 'y']);
		expect([...toggled(b, 'x')]).toEqual(['y']);
		expect([...a]).toEqual(['x']);
	});
});
