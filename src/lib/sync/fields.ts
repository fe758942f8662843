/**
 * Mutable documents (`flags:`, `card:`, `deck:`, `setting:`): every field carries the clock of its
 * last change, `{v, t}`, and two versions merge per field, latest clock wins (`docs/sync.md` §2).
 * This file holds what all of them share: the merge, the canonical value comparison, and the push
 * that merges this device's fields with the server's documents.
 */
import type { CouchClient, CouchDoc } from './couch';
import { SyncError } from './errors';

export interface Stamped<T> {
	v: T;
	/** Clock of the change (an event id, `hlc.ts`). */
	t: string;
}

export type StampedFields = Partial<Record<string, Stamped<unknown>>>;

/** A mutable document: its kind and its stamped fields (plus kind-specific plain fields such as `cardId`). */
export interface FieldsDoc extends CouchDoc {
	type: string;
	fields: StampedFields;
}

/** The kinds of mutable documents the collection side tracks (`db/doc-writes.ts`), by id prefix. */
export const DOC_KINDS = ['card', 'deck', 'setting'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** `card:<id>`, `deck:<id>`, `setting:<key>`. */
export function docId(kind: DocKind | 'flags', key: string): string {
	return `${kind}:${key}`;
}

/** The kind and key of a tracked document id, or null for any other id. */
export function parseDocId(id: string): { kind: DocKind; key: string } | null {
	const at = id.indexOf(':');
	const kind = id.slice(0, at) as DocKind;
	return at > 0 && DOC_KINDS.includes(kind) ? { kind, key: id.slice(at + 1) } : null;
}

export function isFieldsDoc(doc: CouchDoc | undefined, type: string): doc is FieldsDoc {
	return !!doc && doc._id.startsWith(`${type}:`) && (doc as FieldsDoc).type === type && typeof (doc as FieldsDoc).fields === 'object' && (doc as FieldsDoc).fields !== null;
}

/** JSON with object keys sorted: two equal values read back from storage in another key order compare equal. */
export function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v
	);
}

/**
 * Per field, the later clock wins; equal clocks (the same change seen twice) keep the larger value,
 * so the merge is commutative and both devices end with the same document.
 */
export function mergeFields<F extends StampedFields>(a: F, b: F): F {
	const out: StampedFields = { ...a };
	for (const [field, value] of Object.entries(b)) {
		if (!value) continue;
		const mine = out[field];
		if (!mine || value.t > mine.t || (value.t === mine.t && canonical(value.v) > canonical(mine.v))) out[field] = value;
	}
	return out as F;
}

/** Documents per `_bulk_docs` request when pushing mutable documents (an import can change thousands of cards). */
const PUSH_BATCH = 500;

/**
 * Write documents merged per field with the server's versions; a conflict (someone wrote in between)
 * is read and merged again. `mine`: document id → this device's changed fields; `make` builds the
 * document's plain part. Returns, per id, the server's fields before the merge and the merged fields.
 */
export async function pushFields(
	client: CouchClient,
	mine: ReadonlyMap<string, StampedFields>,
	make: (id: string, fields: StampedFields) => FieldsDoc
): Promise<Map<string, { server: StampedFields; merged: StampedFields }>> {
	const out = new Map<string, { server: StampedFields; merged: StampedFields }>();
	const ids = [...mine.keys()];
	for (let start = 0; start < ids.length; start += PUSH_BATCH) {
		let todo = ids.slice(start, start + PUSH_BATCH);
		for (let attempt = 0; todo.length && attempt < 5; attempt++) {
			const stored = await client.getDocs(todo);
			const docs = todo.map((id) => {
				const old = stored.get(id);
				const server = old && typeof old.fields === 'object' && old.fields ? (old.fields as StampedFields) : {};
				const merged = mergeFields(server, mine.get(id)!);
				out.set(id, { server, merged });
				const doc = make(id, merged);
				if (old?._rev) doc._rev = old._rev;
				return doc;
			});
			const failed = (await client.bulkDocs(docs)).filter((r) => 'error' in r);
			const other = failed.find((r) => 'error' in r && r.error !== 'conflict');
			if (other && 'error' in other) throw new SyncError('protocol', `the server refused ${other.id}: ${other.error}`);
			todo = failed.map((r) => r.id);
		}
		if (todo.length) throw new SyncError('protocol', `${todo.length} documents (${todo.slice(0, 3).join(', ')}) kept conflicting; try again`);
	}
	return out;
}
