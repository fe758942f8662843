/**
 * Leeches: cards forgotten again and again. As in Anki, a card is flagged when its lapse count reaches
 * the threshold and again every half threshold after that (8, 12, 16, … for threshold 8).
 */

/** Anki's default leech threshold (lapses). */
export const DEFAULT_LEECH_THRESHOLD = 8;

/** The tag given to leeches. */
export const LEECH_TAG = 'leech';

/** What to do with a leech: tag and suspend it (Anki's default), or only tag it. */
export type LeechAction = 'suspend' | 'tag';

/** What to do after an answer. */
export interface LeechOutcome {
	/** Add the {@link LEECH_TAG} tag. */
	tag: boolean;
	/** Suspend the card. */
	suspend: boolean;
}

function checkThreshold(threshold: number): void {
	if (!Number.isInteger(threshold) || threshold < 0) {
		throw new RangeError(`Invalid leech threshold "${threshold}" (expected a whole number ≥ 0; 0 turns leeches off)`);
	}
}

/** Whether a card with `lapses` lapses (count) is a leech: at or past `threshold` (0 = never). */
export function isLeech(lapses: number, threshold = DEFAULT_LEECH_THRESHOLD): boolean {
	checkThreshold(threshold);
	return threshold > 0 && lapses >= threshold;
}

/**
 * Whether `lapses` (count) is a point where a leech is flagged: the threshold, then every
 * `ceil(threshold / 2)` lapses after it. Threshold 0 turns leeches off.
 */
export function isLeechPoint(lapses: number, threshold = DEFAULT_LEECH_THRESHOLD): boolean {
	checkThreshold(threshold);
	if (threshold === 0 || lapses < threshold) return false;
	const half = Math.max(1, Math.ceil(threshold / 2));
	return (lapses - threshold) % half === 0;
}

/**
 * What to do after an answer that took a card from `lapsesBefore` to `lapsesAfter` lapses (counts):
 * only an answer that adds a lapse and lands on a leech point (see {@link isLeechPoint}) tags the card,
 * and also suspends it unless `action` is 'tag'.
 */
export function leechOutcome(
	lapsesBefore: number,
	lapsesAfter: number,
	threshold = DEFAULT_LEECH_THRESHOLD,
	action: LeechAction = 'suspend'
): LeechOutcome {
	const hit = lapsesAfter > lapsesBefore && isLeechPoint(lapsesAfter, threshold);
	return { tag: hit, suspend: hit && action === 'suspend' };
}
