/**
 * Card counts by queue and by due hour, kept in step with the `states` table inside the same
 * transactions. The stats page reads a few hundred of these rows instead of 100,000 states
 * (counting an IndexedDB index walks every entry in Chromium).
 */
import type { CardState } from '../srs/types';
import { QUEUE, QUEUES, queueOf, type DeckhandDb, type Queue, type TallyRow } from './schema';
import { HOUR_MS } from '../srs/day';

/** The `hour` of the row that holds a queue's total. */
export const TOTAL_HOUR = -1;

/** A state replaced (`before` → `after`); `undefined` for a state created or removed. */
export type StateChange = readonly [before: CardState | undefined, after: CardState | undefined];

function addTo(sums: Map<string, TallyRow>, state: CardState, sign: number): void {
	const queue = queueOf(state);
	for (const hour of [Math.floor(state.due / HOUR_MS), TOTAL_HOUR]) {
		const key = `${queue}:${hour}`;
		const row = sums.get(key);
		if (row) row.count += sign;
		else sums.set(key, { queue, hour, count: sign });
	}
}

/** Tally rows of a whole set of states (a rebuild or a restore). */
export function talliesOf(states: Iterable<CardState>): TallyRow[] {
	const sums = new Map<string, TallyRow>();
	for (const state of states) addTo(sums, state, 1);
	return [...sums.values()];
}

/** Apply state changes to the tallies; call inside the transaction that writes the states. */
export async function applyTallies(db: DeckhandDb, changes: Iterable<StateChange>): Promise<void> {
	const sums = new Map<string, TallyRow>();
	for (const [before, after] of changes) {
		if (before) addTo(sums, before, -1);
		if (after) addTo(sums, after, 1);
	}
	const deltas = [...sums.values()].filter((row) => row.count !== 0);
	if (deltas.length === 0) return;
	const stored = await db.tallies.bulkGet(deltas.map((row) => [row.queue, row.hour]));
	const keep: TallyRow[] = [];
	const drop: [number, number][] = [];
	deltas.forEach((delta, i) => {
		const count = (stored[i]?.count ?? 0) + delta.count;
		if (count > 0) keep.push({ ...delta, count });
		else drop.push([delta.queue, delta.hour]);
	});
	await db.tallies.bulkPut(keep);
	await db.tallies.bulkDelete(drop);
}

/** Recompute every tally from the states (after a bulk write that bypassed them, e.g. a benchmark seed). */
export async function rebuildTallies(db: DeckhandDb): Promise<void> {
	await db.transaction('rw', db.states, db.tallies, async () => {
		const sums = new Map<string, TallyRow>();
		await db.states.each((state) => addTo(sums, state, 1));
		await db.tallies.clear();
		await db.tallies.bulkPut([...sums.values()]);
	});
}

/** Cards per queue (see `QUEUE`). */
export async function queueTotals(db: DeckhandDb): Promise<Record<Queue, number>> {
	const rows = await db.tallies.bulkGet(QUEUES.map((queue) => [queue, TOTAL_HOUR]));
	return Object.fromEntries(QUEUES.map((queue, i) => [queue, rows[i]?.count ?? 0])) as Record<Queue, number>;
}

/** Due counts per hour of learning, review and relearning cards due before `until` (epoch ms). */
export async function dueHours(db: DeckhandDb, until: number): Promise<{ due: number; state: 1 | 2 | 3; suspended: 0; count: number }[]> {
	const untilHour = Math.floor(until / HOUR_MS);
	const perQueue = await Promise.all(
		([QUEUE.learning, QUEUE.review, QUEUE.relearning] as const).map((queue) =>
			db.tallies
				.where('[queue+hour]')
				.between([queue, 0], [queue, untilHour], true, true)
				.toArray()
				.then((rows) => rows.map((row) => ({ due: row.hour * HOUR_MS, state: queue, suspended: 0 as const, count: row.count })))
		)
	);
	return perQueue.flat();
}
