/**
 * Siblings: cards made from one fact (one source line of one deck), e.g. the `-t` drill and the card
 * whose front is its answer, or the choice and the concept card of one pod state. As Anki's "bury
 * siblings", answering one buries the others until the next study day. Pure: the session decides when.
 */
import type { CardState } from './types';
import { STATE_NEW, STATE_REVIEW } from './types';

/** What a sibling check needs of a card: its deck and the source line it was made from. */
export interface FactSource {
	id: string;
	deckId: string;
	line?: number;
}

/** The fact a card was made from, or null when its source line is unknown (then it has no siblings). */
export function factKey(card: FactSource): string | null {
	return card.line === undefined ? null : `${card.deckId}#${card.line}`;
}

/** Only new and review siblings are buried; one in its learning steps stays (as in Anki). */
function buryable(state: CardState): boolean {
	return state.state === STATE_NEW || state.state === STATE_REVIEW;
}

/**
 * The states among `candidates` that are siblings of one of `answered` (cards answered today) and
 * must wait until the next study day. `cardOf` looks a candidate's card up.
 */
export function siblingsToBury(answered: Iterable<FactSource>, candidates: readonly CardState[], cardOf: (id: string) => FactSource | undefined): CardState[] {
	const facts = new Map<string, Set<string>>();
	for (const card of answered) {
		const key = factKey(card);
		if (key === null) continue;
		const ids = facts.get(key) ?? new Set<string>();
		ids.add(card.id);
		facts.set(key, ids);
	}
	if (facts.size === 0) return [];
	return candidates.filter((state) => {
		const card = cardOf(state.cardId);
		const key = card && factKey(card);
		const answeredIds = key ? facts.get(key) : undefined;
		return answeredIds !== undefined && !answeredIds.has(state.cardId) && buryable(state);
	});
}
