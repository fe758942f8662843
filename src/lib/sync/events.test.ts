import { describe, expect, it } from 'vitest';
import { SyncError } from './errors';
import { eventsOf, packEvents, unpackEvents, type AnswerEvent, type SyncEvent, type UndoEvent } from './events';

const answer = (id: string, extra: Partial<AnswerEvent['log']> = {}): AnswerEvent => ({
	id,
	kind: 'answer',
	log: { cardId: `k8s:c${id}`, deckId: 'k8s', rating: 3, state: 2, due: 1, stability: 1.234567890123, difficulty: 5.5, elapsed_days: 3, last_elapsed_days: 1, scheduled_days: 4, learning_steps: 0, review: 1_764_777_600_000 + Number(id), duration: 4000, ...extra }
});
const undo: UndoEvent = { id: '5', kind: 'undo', target: '2', cardId: 'k8s:c2', review: 1_764_777_600_002, due: 7 };

describe('packed event days', () => {
	it('unpack(pack(events)) is the events in id order, optional fields only where they were', async () => {
		const events: SyncEvent[] = [answer('3', { typed: 'kubectl get pods', firstTry: 1 }), undo, answer('1'), answer('2')];
		const back = await unpackEvents(await packEvents(events));
		expect(back).toEqual([answer('1'), answer('2'), answer('3', { typed: 'kubectl get pods', firstTry: 1 }), undo]);
		expect('typed' in (back[0] as AnswerEvent).log).toBe(false);
	});

	it('a day of 3,000 answers packs to a small fraction of its plain JSON', async () => {
		const events = Array.from({ length: 3000 }, (_, i) => answer(String(i).padStart(5, '0')));
		const z = await packEvents(events);
		expect(z.length).toBeLessThan(JSON.stringify(events).length / 5);
		expect(await unpackEvents(z)).toEqual(events);
	});

	it('a damaged document is a SyncError that names it', async () => {
		const error = await eventsOf({ _id: 'ev:dev:2026-11-23', type: 'events', device: 'dev', day: '2026-11-23', z: 'bm90IGRlZmxhdGU=' }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(SyncError);
		expect(String((error as Error).message)).toMatch(/ev:dev:2026-11-23 could not be read/);
	});
});
