import { describe, expect, it } from 'vitest';
import type { Card } from '$lib/deck/types';
import { diffDecks } from './diff';

const c = (id: string, front: string, extra: Partial<Card> = {}): Card => ({ id, kind: 'concept', tags: [], front, back: 'b', ...extra }) as Card;

describe('diffDecks', () => {
	it('sorts cards into added, changed, unchanged and removed by id', () => {
		const before = [c('1', 'a'), c('2', 'b'), c('3', 'c', { line: 3 }), c('4', 'd')];
		const after = [c('3', 'c', { line: 10 }), c('2', 'B'), c('5', 'e'), c('1', 'a')];
		const d = diffDecks(before, after);
		expect(d.added.map((x) => x.id)).toEqual(['5']);
		expect(d.changed).toEqual([{ before: before[1], after: after[1] }]);
		expect(d.unchanged.map((x) => x.id)).toEqual(['3', '1']); // moving a card (line) is not a change
		expect(d.removed.map((x) => x.id)).toEqual(['4']);
	});

	it('treats key order and tags correctly', () => {
		const a = { id: 'x', kind: 'concept', tags: ['k'], front: 'f', back: 'b' } as Card;
		const reordered = { back: 'b', front: 'f', tags: ['k'], kind: 'concept', id: 'x' } as Card;
		expect(diffDecks([a], [reordered]).unchanged).toHaveLength(1);
		expect(diffDecks([a], [{ ...a, tags: ['k', 'new'] } as Card]).changed).toHaveLength(1);
		expect(diffDecks([], [])).toEqual({ added: [], changed: [], unchanged: [], removed: [] });
	});
});
