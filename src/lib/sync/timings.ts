/** Time spent per step of a sync, ms (summed over batches): the benchmark reports where the time goes. */
export type Timings = Record<string, number>;

export function addTime(timings: Timings | undefined, step: string, ms: number): void {
	if (timings) timings[step] = (timings[step] ?? 0) + ms;
}

/** `timed(step, work)`: run `work` and add its duration to `step`. */
export function timer(timings: Timings) {
	return async <T>(step: string, work: () => Promise<T>): Promise<T> => {
		const started = performance.now();
		try {
			return await work();
		} finally {
			addTime(timings, step, performance.now() - started);
		}
	};
}
