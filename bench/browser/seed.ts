/** The benchmark collection, seeded straight into the app's database (shared by the storage and sync benchmarks). */
import { DeckhandDb, addAnswers, writeStates } from '../../src/lib/db';
import type { CardRow } from '../../src/lib/db';
import { newCardState } from '../../src/lib/srs/fsrs';
import type { CardState, ReviewLog } from '../../src/lib/srs/types';

const DAY = 86_400_000;

/** A collection of `cards` concept cards in 10 decks and `logs` review rows spread over a year. */
export async function seed(cards: number, logs: number): Promise<{ ms: number }> {
	const started = performance.now();
	const db = new DeckhandDb();
	await db.open();
	const now = Date.now();
	const decks = 10;
	await db.decks.bulkPut(Array.from({ length: decks }, (_, i) => ({ id: `bench-${i}`, title: `Bench ${i}`, lang: 'ko', addedAt: now })));
	const chunk = 10_000;
	for (let start = 0; start < cards; start += chunk) {
		const rows: CardRow[] = [];
		const states: CardState[] = [];
		for (let i = start; i < Math.min(cards, start + chunk); i++) {
			const deckId = `bench-${i % decks}`;
			const id = `${deckId}:card-${i}`;
			rows.push({ id, deckId, kind: 'concept', tags: [], front: `질문 ${i}`, back: `답 ${i}` });
			const state = newCardState(id, deckId, now - DAY);
			// A quarter stays new; the rest are in review, due from 60 days ago to 300 days ahead.
			if (i % 4 !== 0) {
				Object.assign(state, {
					state: 2,
					reps: 5,
					stability: 20,
					difficulty: 5,
					scheduled_days: 20,
					last_review: now - 20 * DAY,
					due: now + ((i * 7919) % 360) * DAY - 60 * DAY
				});
			}
			states.push(state);
		}
		// Through the one write path, so the tallies are counted as the rows go in (no second pass).
		await db.transaction('rw', db.cards, db.states, db.tallies, async () => {
			await db.cards.bulkPut(rows);
			await writeStates(db, states.map((state) => [undefined, state] as const));
		});
	}
	for (let start = 0; start < logs; start += chunk) {
		const rows: ReviewLog[] = [];
		for (let i = start; i < Math.min(logs, start + chunk); i++) {
			const card = (i * 31) % cards;
			rows.push({
				cardId: `bench-${card % decks}:card-${card}`,
				deckId: `bench-${card % decks}`,
				rating: ((i % 10) < 1 ? 1 : 3) as 1 | 3,
				state: 2,
				due: now,
				stability: 10,
				difficulty: 5,
				elapsed_days: 10,
				last_elapsed_days: 5,
				scheduled_days: 10,
				learning_steps: 0,
				// History ends yesterday, so today's limits are untouched and the session has its full queue.
				review: now - DAY - ((i * 104729) % (364 * DAY)),
				duration: 5000
			});
		}
		// addAnswers counts them in the hourly activity sums as it stores them.
		await db.transaction('rw', db.revlog, db.activity, async () => {
			await addAnswers(db, rows);
		});
	}
	db.close();
	return { ms: performance.now() - started };
}


/** Cards and log rows in the app's database. */
export async function counts(): Promise<{ cards: number; logs: number }> {
	const db = new DeckhandDb();
	await db.open();
	const result = { cards: await db.cards.count(), logs: await db.revlog.count() };
	db.close();
	return result;
}
