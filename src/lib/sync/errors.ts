/** Why a sync failed; the message says what happened and what to do (shown through `errorMessage`). */
export type SyncErrorKind = 'auth' | 'not-couchdb' | 'server' | 'timeout' | 'network' | 'forbidden' | 'insecure' | 'bad-url' | 'protocol';

export class SyncError extends Error {
	constructor(
		readonly kind: SyncErrorKind,
		message: string
	) {
		super(message);
		this.name = 'SyncError';
	}
}
