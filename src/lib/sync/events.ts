/**
 * Review events as they travel: an answer (the log row, immutable) or an undo (a tombstone for an
 * answer). Events are grouped in one CouchDB document per device per UTC day (`docs/sync.md`).
 */
import type { ReviewLog } from '../srs/types';
import type { CouchDoc } from './couch';

/** An answer: the review-log row as the answering device stored it (without its local id). */
export interface AnswerEvent {
	id: string;
	kind: 'answer';
	log: Omit<ReviewLog, 'id' | 'eid'>;
}

/** An undo of answer `target` (`cardId`, `review` identify it too; `due` is the card's due before it). */
export interface UndoEvent {
	id: string;
	kind: 'undo';
	target: string;
	cardId: string;
	review: number;
	due: number;
}

export type SyncEvent = AnswerEvent | UndoEvent;

/** A device's events of one UTC day. */
export interface EventDayDoc extends CouchDoc {
	type: 'events';
	device: string;
	day: string;
	events: SyncEvent[];
}

export const EVENT_DOC_PREFIX = 'ev:';

/** The UTC day (yyyy-mm-dd) of an epoch-ms time. */
export function utcDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

export function eventDocId(device: string, day: string): string {
	return `${EVENT_DOC_PREFIX}${device}:${day}`;
}

/** Whether a pulled document is an event day (anything else is left for other readers). */
export function isEventDoc(doc: CouchDoc | undefined): doc is EventDayDoc {
	return !!doc && doc._id.startsWith(EVENT_DOC_PREFIX) && (doc as EventDayDoc).type === 'events' && Array.isArray((doc as EventDayDoc).events);
}

/** The union of two event lists by id, in id (clock) order. */
export function unionEvents(a: readonly SyncEvent[], b: readonly SyncEvent[]): SyncEvent[] {
	const byId = new Map<string, SyncEvent>();
	for (const e of a) byId.set(e.id, e);
	for (const e of b) if (!byId.has(e.id)) byId.set(e.id, e);
	return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
