import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TooLargeError, unzipBounded, unzstdBounded, zipEntries, zstdDeclaredSize } from './unpack';
import { ZSTD_MAGIC, zstdStored } from './zstd';

const MB = 1024 * 1024;

/** A zstd frame of `blocks` RLE blocks of 128 KB each, declaring `declared` bytes (or nothing). */
function zstdRle(declared: number | null, blocks: number): Uint8Array {
	const out: number[] = declared === null ? [...ZSTD_MAGIC, 0x00, 0x58] : [...ZSTD_MAGIC, 0xe0];
	if (declared !== null) for (let i = 0, v = BigInt(declared); i < 8; i++, v >>= 8n) out.push(Number(v & 0xffn));
	for (let b = 0; b < blocks; b++) {
		const header = (b === blocks - 1 ? 1 : 0) | (1 << 1) | ((128 * 1024) << 3);
		out.push(header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff, 0x41);
	}
	return Uint8Array.from(out);
}

/** `zip` with the central directory's declared size of every entry set to `size` (a lying archive). */
function lying(zip: Uint8Array, size: number): Uint8Array {
	const out = zip.slice();
	const view = new DataView(out.buffer);
	for (let o = 0; o + 4 <= out.length; o++) if (view.getUint32(o, true) === 0x02014b50) view.setUint32(o + 24, size, true);
	return out;
}

describe('bounded unzip', () => {
	const data = new TextEncoder().encode('hello '.repeat(1000));
	const zip = zipSync({ a: data, b: [data, { level: 0 }], skip: data });

	it('unpacks the asked entries as fflate does', () => {
		const out = unzipBounded(zip, (name) => (name === 'skip' ? null : MB));
		expect(Object.keys(out).sort()).toEqual(['a', 'b']);
		expect(out.a).toEqual(data);
		expect(out.b).toEqual(data);
	});

	it('refuses an entry whose declared size is over the limit before inflating', () => {
		const bomb = zipSync({ big: [new Uint8Array(8 * MB), { level: 9 }] });
		expect(zipEntries(bomb)[0].declaredSize).toBe(8 * MB);
		expect(() => unzipBounded(bomb, () => MB)).toThrow(TooLargeError);
	});

	it('stops inflating at the limit when the declared size lies', () => {
		const bomb = lying(zipSync({ big: [new Uint8Array(8 * MB), { level: 9 }] }), 10);
		expect(zipEntries(bomb)[0].declaredSize).toBe(10);
		expect(() => unzipBounded(bomb, () => MB)).toThrow(/big unpacks to more than 1\.0 MB, the limit/);
	});

	it('a damaged archive throws a plain error', () => {
		expect(() => unzipBounded(zip.subarray(0, zip.length - 30), () => MB)).toThrow(/central directory/);
	});
});

describe('bounded zstd', () => {
	it('reads what a frame declares', () => {
		expect(zstdDeclaredSize(zstdRle(3.5e9, 1))).toBe(3.5e9);
		expect(zstdDeclaredSize(zstdRle(null, 1))).toBeNull();
		expect(zstdDeclaredSize(zstdStored(new Uint8Array(1000)))).toBe(1000);
	});

	it('unpacks a frame within the limit', () => {
		const data = new TextEncoder().encode('abc'.repeat(100_000));
		expect(unzstdBounded(zstdStored(data), 'x', MB)).toEqual(data);
		expect(unzstdBounded(zstdRle(null, 4), 'x', MB)).toEqual(new Uint8Array(512 * 1024).fill(0x41));
	});

	it('refuses a frame that declares 3.5 GB before decoding', () => {
		expect(() => unzstdBounded(zstdRle(3.5e9, 100), 'collection.anki21b', 256 * MB)).toThrow(TooLargeError);
	});

	it('stops decoding at the limit when nothing is declared', () => {
		expect(() => unzstdBounded(zstdRle(null, 24_000), 'collection.anki21b', 2 * MB)).toThrow(/collection\.anki21b unpacks to more than 2\.0 MB/);
	});
});
