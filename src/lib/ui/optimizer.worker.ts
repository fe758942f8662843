/**
 * Runs the FSRS optimiser (fsrs-rs compiled to WebAssembly) off the main thread. The wasm file is a
 * build asset, so the service worker precaches it and optimisation works offline.
 */
import init, { Fsrs } from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import { errorMessage } from '../errors';

interface Request {
	ratings: Uint32Array;
	deltaDays: Uint32Array;
	lengths: Uint32Array;
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = async (event) => {
	try {
		await init({ module_or_path: wasmUrl });
		const fsrs = new Fsrs();
		const { ratings, deltaDays, lengths } = event.data;
		// computeParameters consumes the Rust object: no free() after it (the worker ends anyway).
		const weights = fsrs.computeParameters(ratings, deltaDays, lengths, null, true);
		scope.postMessage({ weights: Array.from(weights) });
	} catch (error) {
		scope.postMessage({ error: errorMessage(error) });
	}
};
