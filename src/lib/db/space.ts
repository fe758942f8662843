/**
 * Will a write fit? IndexedDB stores strings as UTF-16 and repeats keys in every index, so a write
 * takes a few times its JSON size; the browser tells usage and quota (`navigator.storage.estimate()`).
 * Checked before an import or a restore writes anything: refusing up front beats a disk that fills
 * in the middle (Chromium has been seen to delete a database then).
 */

/** Stored bytes per JSON character (UTF-16 doubles it; keys and indexes about double it again). */
export const BYTES_PER_JSON_CHAR = 4;
/** Stored bytes per row beyond its JSON (record header, index entries). */
export const BYTES_PER_ROW = 200;
/** Part of the free space an import may take: the rest stays for answers and the browser. */
export const USABLE_SHARE = 0.9;

/** Estimated bytes a write of `rows` rows with `jsonChars` characters of JSON takes in IndexedDB. */
export function bytesToWrite(jsonChars: number, rows: number): number {
	return jsonChars * BYTES_PER_JSON_CHAR + rows * BYTES_PER_ROW;
}

/**
 * Whether `needed` bytes fit in what `estimate` says is free. Unknown quota or usage → assume it fits
 * (the write itself still fails cleanly).
 */
export function fits(needed: number, estimate: { usage: number | null; quota: number | null }): { fits: boolean; free: number | null } {
	if (estimate.quota === null || estimate.usage === null) return { fits: true, free: null };
	const free = Math.max(0, estimate.quota - estimate.usage);
	return { fits: needed <= free * USABLE_SHARE, free };
}
