/** A broken invariant in storage. Bad input never throws; this does. */
export class DeckhandError extends Error {
	constructor(
		readonly code: 'stale-state' | 'not-found' | 'quota' | 'aborted' | 'conflict',
		message: string
	) {
		super(message);
		this.name = 'DeckhandError';
	}
}
