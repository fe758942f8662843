/**
 * Review events as they travel: an answer (the log row, immutable) or an undo (a tombstone for an
 * answer). Events are grouped in one CouchDB document per device per UTC day (`docs/sync.md`).
 */
import { base64 } from '../import/media';
import type { ReviewLog } from '../srs/types';
import type { CouchDoc } from './couch';
import { SyncError } from './errors';

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

/**
 * A device's events of one UTC day. On the server they are `z`, packed by {@link packEvents}
 * (`count` says how many, for a person reading the database); `events` is the unpacked form.
 */
export interface EventDayDoc extends CouchDoc {
	type: 'events';
	device: string;
	day: string;
	count?: number;
	z?: string;
	events?: SyncEvent[];
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
	if (!doc || !doc._id.startsWith(EVENT_DOC_PREFIX) || (doc as EventDayDoc).type !== 'events') return false;
	return typeof (doc as EventDayDoc).z === 'string' || Array.isArray((doc as EventDayDoc).events);
}

/** The events of an event-day document, in id (clock) order. */
export async function eventsOf(doc: EventDayDoc): Promise<SyncEvent[]> {
	if (typeof doc.z !== 'string') return unionEvents(doc.events ?? [], []);
	try {
		return await unpackEvents(doc.z);
	} catch (error) {
		throw new SyncError('protocol', `the server's document ${doc._id} could not be read (${error instanceof Error ? error.message : String(error)}); nothing was changed here`);
	}
}

/**
 * The packed form of a day's events, as the server keeps them: the answers' log fields as columns
 * (each field name once per day, not once per answer), the undos as they are, as JSON compressed
 * with deflate and written in base64. A million answers are ~330 MB of plain JSON documents, which
 * CouchDB/pouchdb-server parse, hash and store at a few MB/s; packed they are a tenth of that.
 */
interface Packed {
	v: 1;
	ids: string[];
	log: Record<string, unknown[]>;
	undos: UndoEvent[];
}

async function pipeBytes(bytes: BlobPart, stream: CompressionStream | DecompressionStream): Promise<Response> {
	return new Response(new Blob([bytes]).stream().pipeThrough(stream));
}

export async function packEvents(events: readonly SyncEvent[]): Promise<string> {
	const answers = events.filter((e): e is AnswerEvent => e.kind === 'answer');
	const fields = new Set<string>();
	for (const a of answers) for (const f of Object.keys(a.log)) fields.add(f);
	const log: Record<string, unknown[]> = {};
	for (const f of fields) log[f] = answers.map((a) => (a.log as Record<string, unknown>)[f] ?? null);
	const packed: Packed = { v: 1, ids: answers.map((a) => a.id), log, undos: events.filter((e): e is UndoEvent => e.kind === 'undo') };
	const deflated = await (await pipeBytes(JSON.stringify(packed), new CompressionStream('deflate-raw'))).arrayBuffer();
	return base64(new Uint8Array(deflated));
}

export async function unpackEvents(z: string): Promise<SyncEvent[]> {
	const binary = atob(z);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	const packed = JSON.parse(await (await pipeBytes(bytes, new DecompressionStream('deflate-raw'))).text()) as Packed;
	if (packed?.v !== 1 || !Array.isArray(packed.ids) || typeof packed.log !== 'object' || !Array.isArray(packed.undos)) throw new Error('not a packed event list');
	const columns = Object.entries(packed.log);
	const answers: AnswerEvent[] = packed.ids.map((id, i) => {
		const log: Record<string, unknown> = {};
		for (const [f, values] of columns) if (values[i] !== null && values[i] !== undefined) log[f] = values[i];
		return { id, kind: 'answer', log: log as AnswerEvent['log'] };
	});
	return unionEvents(answers, packed.undos);
}

/** The union of two event lists by id, in id (clock) order. */
export function unionEvents(a: readonly SyncEvent[], b: readonly SyncEvent[]): SyncEvent[] {
	const byId = new Map<string, SyncEvent>();
	for (const e of a) byId.set(e.id, e);
	for (const e of b) if (!byId.has(e.id)) byId.set(e.id, e);
	return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
