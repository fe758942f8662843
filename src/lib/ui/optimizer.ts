/** "Optimize parameters": the learner's review log → FSRS weights, computed in a worker. */
import { allReviewLogs } from '$lib/db';
import { trainingSet, usableWeights } from '$lib/srs/optimize';
import { app } from './app.svelte';

/** Compute FSRS weights from every review in the collection; `startHour` places study days. */
export async function optimizeWeights(startHour: number): Promise<number[]> {
	const set = trainingSet(await allReviewLogs(app.db), startHour);
	if (set.lengths.length === 0) throw new Error('no card has been reviewed twice yet');
	const worker = new Worker(new URL('./optimizer.worker.ts', import.meta.url), { type: 'module' });
	try {
		const reply = await new Promise<{ weights?: number[]; error?: string }>((resolve, reject) => {
			worker.onmessage = (event) => resolve(event.data);
			worker.onerror = (event) => reject(new Error(event.message || 'optimizer failed to start'));
			worker.postMessage({ ratings: set.ratings, deltaDays: set.deltaDays, lengths: set.lengths });
		});
		if (reply.error) throw new Error(reply.error);
		const weights = usableWeights(reply.weights ?? []);
		if (!weights) throw new Error('the optimizer returned unusable weights');
		return weights;
	} finally {
		worker.terminate();
	}
}
