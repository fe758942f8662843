export type DeckhandErrorCode = 'stale-state' | 'not-found' | 'quota' | 'aborted' | 'conflict';

/** A broken invariant in storage. Bad input never throws; this does. */
export class DeckhandError extends Error {
	constructor(
		readonly code: DeckhandErrorCode,
		message: string
	) {
		super(message);
		this.name = 'DeckhandError';
	}
}

/**
 * Error names the browser gives when storage cannot write: the quota (`QuotaExceededError`), and what
 * a full or failing disk gives instead (`UnknownError`; `AbortError`, `DatabaseClosedError` when the
 * transaction or the database was torn down under the write; `InvalidStateError` once it is gone).
 */
const STORAGE_FAILURES = ['QuotaExceededError', 'UnknownError', 'AbortError', 'DatabaseClosedError', 'InvalidStateError'];

/**
 * The storage failure inside `error` (itself, Dexie's `inner`, `cause`, bulk `failures`), by name, or
 * null. When several are nested, the most telling wins (order of the list above: the quota first).
 */
export function storageFailure(error: unknown): string | null {
	const found = new Set<string>();
	const seen = new Set<unknown>();
	const stack: unknown[] = [error];
	while (stack.length) {
		const e = stack.pop();
		if (!e || typeof e !== 'object' || seen.has(e)) continue;
		seen.add(e);
		const x = e as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
		if (typeof x.name === 'string' && STORAGE_FAILURES.includes(x.name)) found.add(x.name);
		if (typeof x.message === 'string' && /QuotaExceeded/i.test(x.message)) found.add('QuotaExceededError');
		stack.push(x.inner, x.cause);
		if (Array.isArray(x.failures)) stack.push(...x.failures);
	}
	return STORAGE_FAILURES.find((name) => found.has(name)) ?? null;
}

/**
 * Run a write; any storage failure comes out (after the rollback) as `DeckhandError('quota')` with a
 * message for the learner. A `DeckhandError` (e.g. the learner's own cancel) passes unchanged.
 */
export async function guardStorage<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		if (error instanceof DeckhandError) throw error;
		const failure = storageFailure(error);
		if (failure === 'QuotaExceededError') throw new DeckhandError('quota', 'Not enough storage space: nothing was saved. Free some space (or delete decks) and try again.');
		if (failure) throw new DeckhandError('quota', `The browser could not write to storage (${failure}; the disk may be full): nothing was saved. Free some space and try again.`);
		throw error;
	}
}
