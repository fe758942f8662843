/** The card page's state: one card's content, figures and review log. */
import { cardInfo, type CardInfo } from '$lib/db';
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
}
