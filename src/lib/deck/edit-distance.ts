/**
 * Edit distance for "did you mean" suggestions (`--detatch` → `--detach`, `imagePulPolicy` →
 * `imagePullPolicy`): optimal string alignment, i.e. Levenshtein plus adjacent transpositions,
 * the commonest typo. Shared by the command grader and the YAML validator.
 */

/** Edit distance between `a` and `b`, giving up (returning `limit + 1`) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
			row.push(d);
			if (d < rowMin) rowMin = d;
		}
		if (rowMin > limit) return limit + 1;
		prev2 = prev;
		prev = row;
	}
	return prev[b.length];
}
