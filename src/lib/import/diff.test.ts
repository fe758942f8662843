import { describe, expect, it } from 'vitest';
import type { Card, ConceptCard } from '$lib/deck/types';
import { diffDecks, editConflicts, keepEdits, type EditedCard } from './diff';

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

describe('re-import of a deck the learner edited', () => {
	const file = (back: string): Card => ({ id: 'svc', kind: 'concept', tags: [], front: '서비스란?', back });
	const edited = new Map<string, EditedCard>([['svc', { ...file('내가 고친 정의'), shipped: file('고정된 주소') }]]);

	it('a card the file did not change keeps the edit, with the file text as its source', () => {
		expect(editConflicts([file('고정된 주소')], edited)).toEqual([]);
		expect(keepEdits([file('고정된 주소')], edited)).toEqual([{ ...file('내가 고친 정의'), shipped: file('고정된 주소') }]);
	});

	it('a card the file changed too is a conflict; mine is kept unless the file text is chosen', () => {
		const conflicts = editConflicts([file('가상 IP와 DNS 이름')], edited);
		expect(conflicts).toEqual([{ mine: file('내가 고친 정의'), theirs: file('가상 IP와 DNS 이름'), before: file('고정된 주소') }]);
		expect((keepEdits([file('가상 IP와 DNS 이름')], edited)[0] as ConceptCard).back).toBe('내가 고친 정의');
		expect(keepEdits([file('가상 IP와 DNS 이름')], edited, ['svc'])).toEqual([file('가상 IP와 DNS 이름')]);
	});

	it('storage fields are not content: a kept edit diffs as unchanged against the stored card', () => {
		const stored: EditedCard = Object.assign(file('내가 고친 정의'), { shipped: file('고정된 주소'), addedAt: 5 });
		expect(diffDecks([stored], keepEdits([file('가상 IP와 DNS 이름')], edited)).unchanged).toHaveLength(1);
	});
});
