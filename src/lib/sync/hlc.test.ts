import { describe, expect, it } from 'vitest';
import { HLC_ZERO, derivedEventId, formatId, parseId, receive, tick } from './hlc';
import { unionEvents, type SyncEvent } from './events';

describe('hybrid logical clock', () => {
	it('follows the wall clock, never goes back, and breaks ties with the counter', () => {
		const a = tick(HLC_ZERO, 1000);
		expect(a).toEqual({ wall: 1000, counter: 0 });
		expect(tick(a, 1000)).toEqual({ wall: 1000, counter: 1 });
		expect(tick(a, 500)).toEqual({ wall: 1000, counter: 1 });
		expect(tick({ wall: 1000, counter: 0xffff }, 900)).toEqual({ wall: 1001, counter: 0 });
	});

	it('a device an hour behind stamps events after what it received', () => {
		const fromA = tick(HLC_ZERO, 10 * 3_600_000);
		const seenByB = receive(tick(HLC_ZERO, 9 * 3_600_000), fromA);
		const next = tick(seenByB, 9 * 3_600_000 + 60_000);
		expect(formatId(next, 'b') > formatId(fromA, 'a')).toBe(true);
	});

	it('ids sort as strings in clock order and parse back', () => {
		const ids = [formatId({ wall: 99, counter: 2 }, 'z'), formatId({ wall: 1_700_000_000_000, counter: 0 }, 'a'), formatId({ wall: 99, counter: 10 }, 'a')];
		expect([...ids].sort()).toEqual([ids[0], ids[2], ids[1]]);
		expect(parseId(ids[2])).toEqual({ wall: 99, counter: 10, deviceId: 'a' });
		expect(parseId('nope')).toBeNull();
	});

	it('unionEvents keeps each id once, in clock order, whatever the order of the inputs', () => {
		const e = (id: string): SyncEvent => ({ id, kind: 'undo', target: 'x', cardId: 'c', review: 0, due: 0 });
		const a = [e('2'), e('1')];
		const b = [e('3'), e('1')];
		expect(unionEvents(a, b).map((x) => x.id)).toEqual(['1', '2', '3']);
		expect(unionEvents(b, a)).toEqual(unionEvents(a, b));
	});

	it("a device's own answer gets its id from its row: the same every time, after every floor before it", () => {
		const row = { id: 7, cardId: 'k8s:c1', review: 1_000_000 };
		expect(derivedEventId(row, 'b', [])).toBe(derivedEventId({ ...row }, 'b', []));
		expect(parseId(derivedEventId(row, 'b', []))).toMatchObject({ wall: 1_000_000, deviceId: 'b' });
		// Two cards answered in the same millisecond: two ids.
		expect(derivedEventId({ ...row, cardId: 'k8s:c2' }, 'b', [])).not.toBe(derivedEventId(row, 'b', []));
		// B received a clock an hour ahead after log row 5: rows 6, 7 come after it, in storage order;
		// row 5 and earlier keep the ids they had.
		const ahead = { wall: 1_000_000 + 3_600_000, counter: 3 };
		const floors = [{ after: 5, at: ahead }];
		const received = formatId(ahead, 'a');
		const six = derivedEventId({ ...row, id: 6 }, 'b', floors);
		const seven = derivedEventId(row, 'b', floors);
		expect(received < six && six < seven).toBe(true);
		expect(derivedEventId({ ...row, id: 5 }, 'b', floors)).toBe(derivedEventId({ ...row, id: 5 }, 'b', []));
		// An answer made after the received clock keeps its own time.
		const later = { ...row, review: ahead.wall + 60_000 };
		expect(parseId(derivedEventId(later, 'b', floors))!.wall).toBe(later.review);
	});
});

