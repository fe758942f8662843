/** Card counts by scheduling state. */
import type { CardState } from '../srs/types';

/** Cards by state (counts). Suspended cards count only under `suspended`. */
export interface StateCounts {
	new: number;
	learning: number;
	review: number;
	relearning: number;
	suspended: number;
}

/** Count cards by FSRS state; suspended cards are counted apart, not in their state (counts). */
export function cardsByState(states: ArrayLike<Pick<CardState, 'state' | 'suspended'>>): StateCounts {
	const byState = new Uint32Array(4);
	let suspended = 0;
	for (let i = 0, n = states.length; i < n; i++) {
		const s = states[i];
		if (s.suspended === 1) suspended++;
		else byState[s.state]++;
	}
	return { new: byState[0], learning: byState[1], review: byState[2], relearning: byState[3], suspended };
}
