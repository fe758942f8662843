/** The card page's state: one card's content, figures and review log; editing and reverting it. */
import { cardInfo, revertCard, saveCard, type CardInfo } from '$lib/db';
import type { Card } from '$lib/deck/types';
import { cardFigures, type CardFigures } from '$lib/browse/info';
import { app } from './app.svelte';
import { loadStudySettings } from './study-day';

export class CardInfoState {
	info = $state.raw<CardInfo | null>(null);
	figures = $state.raw<CardFigures | null>(null);
	loaded = $state(false);

	constructor(readonly cardId: string) {}

	async load() {
		const [info, settings] = await Promise.all([cardInfo(app.db, this.cardId), loadStudySettings(app.db)]);
		this.info = info;
		this.figures = info && cardFigures(info.card, info.state, info.logs, info.deck?.addedAt ?? 0, Date.now(), settings.srs);
		this.loaded = true;
	}

	/** Save an edit (state and history stay) and show the saved card. */
	async save(card: Card) {
		await saveCard(app.db, card);
		await this.load();
	}

	/** Put back the shipped text of an edited built-in card. */
	async revert() {
		await revertCard(app.db, this.cardId);
		await this.load();
	}
}
