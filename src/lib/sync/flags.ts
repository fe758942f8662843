/**
 * Card flags (suspended, buried) as mutable documents `flags:<cardId>`: each field carries the clock
 * of its last change and two versions merge per field, latest clock wins (`docs/sync.md` §2).
 */
import type { FlagField } from '../db/writes';
import type { CouchDoc } from './couch';

export interface Stamped<T> {
	v: T;
	/** Clock of the change (an event id, `hlc.ts`). */
	t: string;
}

export interface FlagsDoc extends CouchDoc {
	type: 'flags';
	cardId: string;
	fields: Partial<Record<FlagField, Stamped<number>>>;
}

export const FLAGS_DOC_PREFIX = 'flags:';

export function flagsDocId(cardId: string): string {
	return `${FLAGS_DOC_PREFIX}${cardId}`;
}

export function isFlagsDoc(doc: CouchDoc | undefined): doc is FlagsDoc {
	return !!doc && doc._id.startsWith(FLAGS_DOC_PREFIX) && (doc as FlagsDoc).type === 'flags' && typeof (doc as FlagsDoc).fields === 'object';
}

/** Per field, the later clock wins (commutative: both devices get the same document). */
export function mergeFlagFields(a: FlagsDoc['fields'], b: FlagsDoc['fields']): FlagsDoc['fields'] {
	const out: FlagsDoc['fields'] = { ...a };
	for (const [field, value] of Object.entries(b) as [FlagField, Stamped<number>][]) {
		const mine = out[field];
		if (!mine || value.t > mine.t) out[field] = value;
	}
	return out;
}
