import { describe, expect, it } from 'vitest';
import { newCardState } from './fsrs';
import { factKey, siblingsToBury } from './siblings';
import { STATE_REVIEW, STATE_LEARNING, type CardState } from './types';

const cards = {
	drill: { id: 'd:command:t', deckId: 'd', line: 14 },
	concept: { id: 'd:concept:t', deckId: 'd', line: 14 },
	learning: { id: 'd:concept:l', deckId: 'd', line: 14 },
	other: { id: 'd:concept:o', deckId: 'd', line: 15 },
	elsewhere: { id: 'e:concept:t', deckId: 'e', line: 14 },
	noLine: { id: 'd:concept:n', deckId: 'd' }
};
const state = (id: string, over: Partial<CardState> = {}): CardState => ({ ...newCardState(id, id.split(':')[0], 0), ...over });

describe('siblings', () => {
	it('a card without a source line has no fact', () => {
		expect(factKey(cards.noLine)).toBeNull();
		expect(factKey(cards.drill)).toBe('d#14');
	});

	it('buries new and review cards of the same deck and line, not the answered card, a learning sibling or another line', () => {
		const candidates = [
			state(cards.drill.id),
			state(cards.concept.id, { state: STATE_REVIEW }),
			state(cards.learning.id, { state: STATE_LEARNING }),
			state(cards.other.id),
			state(cards.elsewhere.id),
			state(cards.noLine.id)
		];
		const lookup = new Map(Object.values(cards).map((c) => [c.id, c]));
		const buried = siblingsToBury([cards.drill], candidates, (id) => lookup.get(id));
		expect(buried.map((s) => s.cardId)).toEqual([cards.concept.id]);
	});
});
