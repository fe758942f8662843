// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeDecks } from '../../src/lib/db';
import { app } from '../../src/lib/ui/app.svelte';
import { i18n } from '../../src/lib/ui/i18n.svelte';
import { ReviewSession } from '../../src/lib/ui/review-session.svelte';
import ReviewView from '../../src/lib/ui/ReviewView.svelte';

beforeAll(async () => {
	i18n.set('en');
	await mergeDecks(
		app.db,
		[
			{
				id: 'flow',
				title: 'Flow',
				lang: 'en',
				cards: [
					{ id: 'flow:a', kind: 'concept', tags: [], front: 'What runs containers?', back: 'the **daemon**' },
					{ id: 'flow:b', kind: 'concept', tags: [], front: 'Image layers are?', back: 'read-only' }
				]
			}
		],
		Date.now() - 1000
	);
});

describe('review card flow', () => {
	it('shows a card, reveals the answer, rates it and moves to the next card', async () => {
		const session = new ReviewSession({ deckId: 'flow' });
		await session.load();
		render(ReviewView, { session });

		expect(screen.getByTestId('card-front').textContent).toContain('What runs containers?');
		expect(screen.queryByTestId('card-back')).toBeNull();
		expect(screen.getByTestId('remaining').textContent).toBe('2');

		await fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
		expect(screen.getByTestId('card-back').innerHTML).toContain('<strong>daemon</strong>');
		const good = screen.getByRole('button', { name: /Good/ });
		expect(good.textContent).toMatch(/\d+(m|h|d)/);

		await fireEvent.click(good);
		await waitFor(() => expect(screen.getByTestId('card-front').textContent).toContain('Image layers are?'));

		// Space shows the answer, key 4 rates Easy
		await fireEvent.keyDown(window, { key: ' ' });
		expect(screen.getByTestId('card-back').textContent).toContain('read-only');
		await fireEvent.keyDown(window, { key: '4' });

		// "Good" on a new card is a 10-minute learning step: it comes back in this session
		await waitFor(() => expect(screen.getByTestId('card-front').textContent).toContain('What runs containers?'));
		await waitFor(async () => expect(await app.db.revlog.count()).toBe(2));
	});

	it('asks before the page is left while an answer is still being written', async () => {
		const session = new ReviewSession({ deckId: 'flow' });
		await session.load();
		render(ReviewView, { session });
		const leave = () => {
			const event = new Event('beforeunload', { cancelable: true });
			window.dispatchEvent(event);
			return event.defaultPrevented;
		};
		expect(leave()).toBe(false);
		session.pending = 1;
		expect(leave()).toBe(true);
		session.pending = 0;
		expect(leave()).toBe(false);
	});
});
