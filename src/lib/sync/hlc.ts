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
