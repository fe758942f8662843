/**
 * The import page's worker: one per picked file, holding its {@link ImportSession} (the parsed deck,
 * its history, the stored version it replaces) and writing it. The page ends it with terminate() on a
 * new file and when it leaves; Cancel during a write is a `cancel` message (the transaction rolls
 * back). The database is the page's, named by the worker's name. Protocol: {@link SessionRequest}
 * in, {@link SessionReply} out.
 */
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { DeckhandDb } from '$lib/db/schema';
import { DeckhandError } from '$lib/db/errors';
import { ParseJob } from '$lib/import/parse-job';
import { ImportSession, type SessionReply, type SessionRequest } from '$lib/import/session';
import { errorMessage } from '../errors';
import { roomProblem } from './storage';

const scope = self as unknown as { name: string; onmessage: ((event: MessageEvent<SessionRequest>) => void) | null; postMessage(message: SessionReply): void };
const session = new ImportSession(new DeckhandDb(scope.name || undefined), new ParseJob({ sqlWasm: { locateFile: () => wasmUrl } }), roomProblem);
/** Calls run one after the other (a column change waits for the parse before it); `cancel` does not wait. */
let queue: Promise<void> = Promise.resolve();
let writing: AbortController | null = null;

scope.onmessage = (event) => {
	const request = event.data;
	if (request.type === 'cancel') return writing?.abort();
	const { id, ...call } = request;
	queue = queue.then(async () => {
		const controller = new AbortController();
		if (call.type === 'write') writing = controller;
		try {
			const result = await session.run(call, (progress) => scope.postMessage({ id, type: 'progress', progress }), controller.signal);
			scope.postMessage({ id, type: 'result', result });
		} catch (error) {
			scope.postMessage({ id, type: 'error', message: errorMessage(error), ...(error instanceof DeckhandError ? { code: error.code } : {}) });
		} finally {
			if (writing === controller) writing = null;
		}
	});
};
