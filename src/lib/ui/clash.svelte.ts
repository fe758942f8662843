/** Text clashes the learner settles (`docs/sync.md` §2): the notice on Today and a deck's page, the choice on a card's page. */
import { cardClashes, getCards, onTablesChanged, resolveClash, type CardClash, type CardRow, type CardText } from '$lib/db';
import { app } from './app.svelte';

/** The text fields of a card, in the order the card shows them. */
const TEXT_FIELDS = ['front', 'back', 'prompt', 'answer', 'options', 'explanation', 'task', 'broken', 'solution'];

/** A clash side as plain text: the card's text fields, one paragraph each. */
export function clashText(text: CardText): string {
	return TEXT_FIELDS.filter((f) => text[f] !== undefined && text[f] !== '')
		.map((f) => (Array.isArray(text[f]) ? (text[f] as unknown[]).join(' / ') : String(text[f])))
		.join('\n\n');
}

export class ClashesState {
	clashes = $state.raw<{ card: CardRow; clash: CardClash }[]>([]);

	/** Only the clashes of one deck or one card (default: all). */
	constructor(readonly only: { deckId?: string; cardId?: string } = {}) {}

	async load() {
		const all = await cardClashes(app.db);
		const ids = Object.keys(all).filter((id) => !this.only.cardId || id === this.only.cardId);
		const cards = await getCards(app.db, ids);
		this.clashes = ids.flatMap((id) => {
			const card = cards.get(id);
			return card && (!this.only.deckId || card.deckId === this.only.deckId) ? [{ card, clash: all[id] }] : [];
		});
	}

	/** Load again after a write (a sync brings or closes clashes); returns the stop. */
	follow(): () => void {
		return onTablesChanged(app.db, ['settings', 'cards'], () => void this.load());
	}

	/** Keep the card's current text (`kept`) or put the other one back (`other`); the choice syncs. */
	async resolve(cardId: string, choice: 'kept' | 'other') {
		await resolveClash(app.db, cardId, choice);
		await this.load();
	}
}
