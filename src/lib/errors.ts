/**
 * The one function that turns anything thrown into the text a learner (or a CLI user) reads. Storage,
 * sync and import errors already carry a message written for the learner (DeckhandError, SyncError,
 * diagnostics); anything else shows its own message, never "[object Object]".
 */
export function errorMessage(error: unknown): string {
	if (error instanceof Error) return error.message || error.name;
	if (typeof error === 'string') return error;
	try {
		return JSON.stringify(error) ?? String(error);
	} catch {
		return String(error);
	}
}
