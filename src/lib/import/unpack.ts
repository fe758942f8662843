/**
 * Unzip and un-zstd with a size limit per entry, checked twice: the size an archive declares (refused
 * before anything is inflated) and the bytes actually produced (inflation stops at the limit). A
 * 451-byte .apkg that declares or inflates to gigabytes is refused at once with a bounded amount of
 * memory, instead of filling the tab.
 */
import { Inflate } from 'fflate';
import { Decompress } from 'fzstd';
import { mb } from './diagnostics';
import { ZSTD_MAGIC } from './zstd';

/** Thrown when an entry is, or would become, larger than its limit. */
export class TooLargeError extends Error {
	constructor(
		readonly entry: string,
		readonly limit: number
	) {
		super(`${entry} unpacks to more than ${mb(limit)} MB, the limit`);
		this.name = 'TooLargeError';
	}
}

/** Compressed bytes fed per step: bounds what one step can produce (deflate ≤ ~1,000×, zstd RLE ≤ 128 KB per 4 bytes). */
const STEP = 1024;

/** Collects output chunks up to `limit` bytes, throwing {@link TooLargeError} past it. */
function collector(entry: string, limit: number) {
	const parts: Uint8Array[] = [];
	let total = 0;
	return {
		add(chunk: Uint8Array) {
			total += chunk.length;
			if (total > limit) throw new TooLargeError(entry, limit);
			parts.push(chunk);
		},
		join(): Uint8Array {
			if (parts.length === 1) return parts[0];
			const out = new Uint8Array(total);
			let at = 0;
			for (const p of parts) {
				out.set(p, at);
				at += p.length;
			}
			return out;
		}
	};
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

export interface ZipEntryInfo {
	name: string;
	/** 0 stored, 8 deflate. */
	compression: number;
	compressedSize: number;
	/** The size the archive declares (a hostile file may lie: inflation checks again). */
	declaredSize: number;
	/** Offset of the local header. */
	offset: number;
}

/** The entries of a zip's central directory. Throws on a damaged archive. */
export function zipEntries(zip: Uint8Array): ZipEntryInfo[] {
	let eocd = -1;
	for (let o = zip.length - 22; o >= Math.max(0, zip.length - 22 - 65_535); o--) {
		if (u32(zip, o) === 0x06054b50) {
			eocd = o;
			break;
		}
	}
	if (eocd < 0) throw new Error('no end of central directory: not a zip, or truncated');
	const count = u16(zip, eocd + 10);
	let o = u32(zip, eocd + 16);
	const entries: ZipEntryInfo[] = [];
	const names = new TextDecoder();
	for (let i = 0; i < count; i++) {
		if (o + 46 > zip.length || u32(zip, o) !== 0x02014b50) throw new Error('damaged central directory');
		const nameLength = u16(zip, o + 28);
		const entry: ZipEntryInfo = {
			name: names.decode(zip.subarray(o + 46, o + 46 + nameLength)),
			compression: u16(zip, o + 10),
			compressedSize: u32(zip, o + 20),
			declaredSize: u32(zip, o + 24),
			offset: u32(zip, o + 42)
		};
		if (entry.compressedSize === 0xffffffff || entry.declaredSize === 0xffffffff || entry.offset === 0xffffffff) throw new Error('zip64 archives are not supported');
		entries.push(entry);
		o += 46 + nameLength + u16(zip, o + 30) + u16(zip, o + 32);
	}
	return entries;
}

/** One entry's bytes, at most `limit` of them (declared and actual). Throws on damage or {@link TooLargeError}. */
export function unzipEntry(zip: Uint8Array, entry: ZipEntryInfo, limit: number): Uint8Array {
	if (entry.declaredSize > limit) throw new TooLargeError(entry.name, limit);
	const o = entry.offset;
	if (o + 30 > zip.length || u32(zip, o) !== 0x04034b50) throw new Error(`damaged local header of ${entry.name}`);
	const start = o + 30 + u16(zip, o + 26) + u16(zip, o + 28);
	const end = start + entry.compressedSize;
	if (end > zip.length) throw new Error(`${entry.name} is truncated`);
	const data = zip.subarray(start, end);
	if (entry.compression === 0) {
		if (data.length > limit) throw new TooLargeError(entry.name, limit);
		return data.slice();
	}
	if (entry.compression !== 8) throw new Error(`${entry.name}: unsupported compression method ${entry.compression}`);
	const out = collector(entry.name, limit);
	const inflate = new Inflate((chunk) => out.add(chunk));
	for (let at = 0; at < data.length; at += STEP) inflate.push(data.subarray(at, Math.min(data.length, at + STEP)), at + STEP >= data.length);
	if (data.length === 0) inflate.push(new Uint8Array(0), true);
	return out.join();
}

/**
 * The entries of `zip` that `limitOf` gives a limit for (by name; null = skip), each unpacked within
 * its limit. Throws on a damaged archive and {@link TooLargeError} for an entry over its limit.
 */
export function unzipBounded(zip: Uint8Array, limitOf: (name: string) => number | null): Record<string, Uint8Array> {
	const out: Record<string, Uint8Array> = {};
	for (const entry of zipEntries(zip)) {
		const limit = limitOf(entry.name);
		if (limit !== null) out[entry.name] = unzipEntry(zip, entry, limit);
	}
	return out;
}

/** The content size a zstd frame declares, or null when it declares none. */
export function zstdDeclaredSize(bytes: Uint8Array): number | null {
	if (bytes.length < 6 || !ZSTD_MAGIC.every((b, i) => bytes[i] === b)) return null;
	const descriptor = bytes[4];
	const fcsFlag = descriptor >> 6;
	const single = (descriptor >> 5) & 1;
	const dictSize = [0, 1, 2, 4][descriptor & 3];
	const at = 5 + (single ? 0 : 1) + dictSize;
	const size = fcsFlag === 0 ? (single ? 1 : 0) : [1, 2, 4, 8][fcsFlag];
	if (size === 0 || at + size > bytes.length) return null;
	let value = 0;
	for (let i = size - 1; i >= 0; i--) value = value * 256 + bytes[at + i];
	return size === 2 ? value + 256 : value;
}

/** Decompress zstd data, at most `limit` bytes (declared and actual). Throws on corrupt data or {@link TooLargeError}. */
export function unzstdBounded(bytes: Uint8Array, entry: string, limit: number): Uint8Array {
	const declared = zstdDeclaredSize(bytes);
	if (declared !== null && declared > limit) throw new TooLargeError(entry, limit);
	const out = collector(entry, limit);
	const stream = new Decompress((chunk) => out.add(chunk));
	for (let at = 0; at < bytes.length; at += STEP) stream.push(bytes.subarray(at, Math.min(bytes.length, at + STEP)), at + STEP >= bytes.length);
	return out.join();
}
