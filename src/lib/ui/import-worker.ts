/** The main-thread side of the import worker: a request → a promise, progress on the way, terminate() to cancel. */
import { DeckhandError } from '$lib/db/errors';
import { joinResult, type ParseCall, type ParseProgress, type ParseReply, type ParseRequest, type ParseResult, type PartField } from '$lib/import/parse-job';

type Pending = {
	resolve: (result: ParseResult) => void;
	reject: (error: Error) => void;
	onProgress: (progress: ParseProgress) => void;
	/** Slices of the result received so far (see ParseReply). */
	parts: { field: PartField; items: unknown[] }[];
};

export class ImportWorker {
	private readonly worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	private readonly pending = new Map<number, Pending>();
	private next = 1;

	constructor() {
		this.worker.onmessage = (event: MessageEvent<ParseReply>) => {
			const reply = event.data;
			const waiting = this.pending.get(reply.id);
			if (!waiting) return;
			if (reply.type === 'progress') return waiting.onProgress(reply.progress);
			if (reply.type === 'part') return void waiting.parts.push({ field: reply.field, items: reply.items });
			this.pending.delete(reply.id);
			if (reply.type === 'result') waiting.resolve(joinResult(reply.result, waiting.parts));
			else waiting.reject(new Error(reply.message));
		};
		this.worker.onerror = (event) => {
			event.preventDefault();
			this.fail(new Error(event.message || 'the import worker failed to start'));
		};
	}

	request(request: ParseCall, onProgress: (progress: ParseProgress) => void = () => {}): Promise<ParseResult> {
		const id = this.next++;
		return new Promise((resolve, reject) => {
			this.pending.set(id, { resolve, reject, onProgress, parts: [] });
			const message: ParseRequest = { ...request, id };
			this.worker.postMessage(message);
		});
	}

	/** Stop the parse at once (the worker's memory goes with it); what was waiting ends as aborted. */
	terminate() {
		this.worker.terminate();
		this.fail(new DeckhandError('aborted', 'the import was cancelled'));
	}

	private fail(error: Error) {
		for (const waiting of this.pending.values()) waiting.reject(error);
		this.pending.clear();
	}
}
