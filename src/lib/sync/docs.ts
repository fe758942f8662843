/**
 * The sync stage of the mutable documents `card:<id>`, `deck:<id>` and `setting:<key>` (`docs/sync.md`
 * §2): documents pulled with the event days are applied here; this device's noted changes are merged
 * per field with the server's documents, written, and the merged result applied here too.
 */
import { applyDocs, stampedChanges, type DocsApplied } from '../db/sync-docs';
import type { DeckhandDb } from '../db/schema';
import type { CouchClient, CouchDoc } from './couch';
import { isFieldsDoc, parseDocId, pushFields, type StampedFields } from './fields';

/** The card, deck and setting documents among pulled ones: id → fields. */
export function trackedDocs(docs: Iterable<CouchDoc | undefined>): Map<string, StampedFields> {
	const out = new Map<string, StampedFields>();
	for (const doc of docs) {
		const kind = doc && parseDocId(doc._id)?.kind;
		if (kind && isFieldsDoc(doc, kind)) out.set(doc._id, doc.fields);
	}
	return out;
}

/** Apply the card, deck and setting documents of a pulled batch. `stamp`: the clock of a local change made at an epoch ms. */
export async function pullDocs(db: DeckhandDb, docs: Iterable<CouchDoc | undefined>, stamp: (at: number) => string, now: number): Promise<DocsApplied> {
	const tracked = trackedDocs(docs);
	if (tracked.size === 0) return { changed: 0, clashes: 0 };
	return applyDocs(db, tracked, stamp, { now });
}

/** Push this device's noted changes, merged per field with the server's documents; the merge is applied here too. */
export async function pushDocs(db: DeckhandDb, client: CouchClient, stamp: (at: number) => string, now: number): Promise<DocsApplied> {
	const { sent, fields } = await stampedChanges(db, stamp);
	if (Object.keys(sent).length === 0) return { changed: 0, clashes: 0 };
	const pushed = await pushFields(client, fields, (id, merged) => ({ _id: id, type: parseDocId(id)!.kind, fields: merged }));
	const merged = new Map([...pushed].map(([id, r]) => [id, r.merged] as const));
	const theirs = new Map([...pushed].map(([id, r]) => [id, r.server] as const));
	return applyDocs(db, merged, stamp, { sent, theirs, now });
}
