/**
 * Card flags (suspended, buried) as mutable documents `flags:<cardId>`: each field carries the clock
 * of its last change and two versions merge per field, latest clock wins (`docs/sync.md` §2; the
 * merge and the push are the shared ones of `fields.ts`).
 */
import type { FlagField } from '../db/writes';
import type { CouchDoc } from './couch';
import { docId, isFieldsDoc, type Stamped } from './fields';

export type { Stamped } from './fields';

export interface FlagsDoc extends CouchDoc {
	type: 'flags';
	cardId: string;
	fields: Partial<Record<FlagField, Stamped<number>>>;
}

export const FLAGS_DOC_PREFIX = 'flags:';

export function flagsDocId(cardId: string): string {
	return docId('flags', cardId);
}

export function isFlagsDoc(doc: CouchDoc | undefined): doc is FlagsDoc {
	return isFieldsDoc(doc, 'flags');
}
