/** The main-thread side of the import worker: a call → a promise, progress on the way, cancel() for a write, terminate() for the rest. */
import { DeckhandError, type DeckhandErrorCode } from '$lib/db/errors';
import type { ParseProgress } from '$lib/import/parse-job';
import type { SessionCall, SessionReply, SessionRequest, SessionResult } from '$lib/import/session';

type Pending = {
	resolve: (result: SessionResult) => void;
	reject: (error: Error) => void;
	onProgress: (progress: ParseProgress) => void;
};

export class ImportWorker {
	private readonly worker: Worker;
	private readonly pending = new Map<number, Pending>();
	private next = 1;

	/** `dbName`: the page's database, which the worker opens too. */
	constructor(dbName: string) {
		this.worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: dbName });
		this.worker.onmessage = (event: MessageEvent<SessionReply>) => {
			const reply = event.data;
			const waiting = this.pending.get(reply.id);
			if (!waiting) return;
			if (reply.type === 'progress') return waiting.onProgress(reply.progress);
			this.pending.delete(reply.id);
			if (reply.type === 'result') waiting.resolve(reply.result);
			else waiting.reject(reply.code ? new DeckhandError(reply.code as DeckhandErrorCode, reply.message) : new Error(reply.message));
		};
		this.worker.onerror = (event) => {
			event.preventDefault();
			this.fail(new Error(event.message || 'the import worker failed to start'));
		};
	}

	request(call: SessionCall, onProgress: (progress: ParseProgress) => void = () => {}): Promise<SessionResult> {
		const id = this.next++;
		return new Promise((resolve, reject) => {
			this.pending.set(id, { resolve, reject, onProgress });
			const message: SessionRequest = { ...call, id };
			this.worker.postMessage(message);
		});
	}

	/** Stop the write under way: its transaction rolls back and the call ends as `aborted`. */
	cancelWrite() {
		this.worker.postMessage({ type: 'cancel', id: 0 } satisfies SessionRequest);
	}

	/** Stop at once (the worker's memory goes with it); what was waiting ends as aborted. */
	terminate() {
		this.worker.terminate();
		this.fail(new DeckhandError('aborted', 'the import was cancelled'));
	}

	private fail(error: Error) {
		for (const waiting of this.pending.values()) waiting.reject(error);
		this.pending.clear();
	}
}
