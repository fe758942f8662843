/**
 * The import page's parser, off the main thread: one worker per picked file, holding its
 * {@link ParseJob} (the CSV/TSV rows stay here for the column picker). The page ends it with
 * terminate() on Cancel, on a new file and when it leaves. Protocol: {@link ParseRequest} in,
 * {@link ParseReply} out (progress replies while a request runs, then one result or error).
 */
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { ParseJob, splitResult, type ParseReply, type ParseRequest } from '$lib/import/parse-job';
import { errorMessage } from '../errors';

const scope = self as unknown as { onmessage: ((event: MessageEvent<ParseRequest>) => void) | null; postMessage(message: ParseReply): void };
const job = new ParseJob({ sqlWasm: { locateFile: () => wasmUrl } });
/** Requests run one after the other (a column change waits for the parse before it). */
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
	const { id, ...request } = event.data;
	queue = queue.then(async () => {
		try {
			const result = await job.run(request, (progress) => scope.postMessage({ id, type: 'progress', progress }));
			const { parts, rest } = splitResult(result);
			for (const part of parts) scope.postMessage({ id, type: 'part', ...part });
			scope.postMessage({ id, type: 'result', result: rest });
		} catch (error) {
			scope.postMessage({ id, type: 'error', message: errorMessage(error) });
		}
	});
};
