/**
 * Hybrid logical clock (Kulkarni et al.): a timestamp that follows the wall clock but never goes
 * back and always moves past every timestamp this device has seen, so an event made after
 * receiving another sorts after it even when this device's clock is behind.
 * Written as `<wall ms, 13 digits>-<counter, 4 hex>-<device id>`: strings sort in clock order.
 */

export interface Hlc {
	/** Wall-clock part, epoch ms. */
	wall: number;
	/** Tie counter for events in the same millisecond. */
	counter: number;
}

export const HLC_ZERO: Hlc = { wall: 0, counter: 0 };
const COUNTER_MAX = 0xffff;

/** The clock after a local event at physical time `now` (epoch ms). */
export function tick(last: Hlc, now: number): Hlc {
	if (now > last.wall) return { wall: now, counter: 0 };
	if (last.counter >= COUNTER_MAX) return { wall: last.wall + 1, counter: 0 };
	return { wall: last.wall, counter: last.counter + 1 };
}

/** The clock after seeing a remote timestamp (it never runs behind what was received). */
export function receive(last: Hlc, remote: Hlc): Hlc {
	if (remote.wall > last.wall || (remote.wall === last.wall && remote.counter > last.counter)) return remote;
	return last;
}

/** An event id: the clock and the device that made the event. */
export function formatId(clock: Hlc, deviceId: string): string {
	return `${String(clock.wall).padStart(13, '0')}-${clock.counter.toString(16).padStart(4, '0')}-${deviceId}`;
}

/** The clock part of an event id, or null when `id` is not one. */
export function parseId(id: string): (Hlc & { deviceId: string }) | null {
	const m = /^(\d{13})-([0-9a-f]{4})-(.+)$/.exec(id);
	if (!m) return null;
	return { wall: Number(m[1]), counter: parseInt(m[2], 16), deviceId: m[3] };
}

/**
 * A clock floor: the answers stored here after local review-log id `after` were made after this
 * device had received events up to clock `at` (a pull from a device whose clock is ahead).
 */
export interface ClockFloor {
	after: number;
	at: Hlc;
}

/** The parts of a review-log row that name a never-labelled answer of this device. */
export interface AnswerKey {
	id?: number;
	cardId: string;
	review: number;
}

/** 16 bits of the FNV-1a hash of a card id: the counter of a derived event id. */
function cardBits(cardId: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < cardId.length; i++) h = Math.imul(h ^ cardId.charCodeAt(i), 0x01000193);
	return (h ^ (h >>> 16)) & COUNTER_MAX;
}

/**
 * The event id of an answer this device made, derived from its row (nothing is written back to
 * store it): the clock is the answer time, raised past the last floor that precedes the row (one ms
 * per log row after the floor, so answers made after receiving a later clock sort after it, in the
 * order they were stored); the counter is a hash of the card id, so two answers of the same
 * millisecond on different cards get different ids. The same row always gets the same id.
 * `floors` sorted by `after`; floors are only ever appended with `after` at the end of the log, so
 * an id once derived never changes.
 */
export function derivedEventId(log: AnswerKey, deviceId: string, floors: readonly ClockFloor[]): string {
	let wall = log.review;
	const id = log.id;
	for (let k = floors.length - 1; id !== undefined && k >= 0; k--) {
		if (floors[k].after < id) {
			wall = Math.max(wall, floors[k].at.wall + (id - floors[k].after));
			break;
		}
	}
	return formatId({ wall, counter: cardBits(log.cardId) }, deviceId);
}

/** The event id of a stored answer: the one it came with, or the one derived for this device's own. */
export type EventIdOf = (log: AnswerKey & { eid?: string }) => string;
