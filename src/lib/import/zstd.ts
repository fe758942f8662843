/** zstd helpers: detection and decompression (fzstd only decompresses). */
import { decompress } from 'fzstd';

export const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

export function isZstd(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && ZSTD_MAGIC.every((b, i) => bytes[i] === b);
}

/** Decompress a zstd frame. Throws on corrupt data (callers catch). */
export function unzstd(bytes: Uint8Array): Uint8Array {
	return decompress(bytes);
}

/**
 * Write `data` as a valid zstd frame made of raw (stored) blocks: no compression, but any zstd
 * decoder reads it. Used to build .apkg test fixtures in-process, where no compressor is available.
 */
export function zstdStored(data: Uint8Array): Uint8Array {
	const BLOCK = 128 * 1024;
	const blocks = Math.max(1, Math.ceil(data.length / BLOCK));
	// magic (4) + descriptor (1) + 4-byte content size, single segment, no checksum.
	const out = new Uint8Array(9 + blocks * 3 + data.length);
	out.set(ZSTD_MAGIC, 0);
	out[4] = 0xa0; // FCS_Field_Size = 4 bytes (flag 2), Single_Segment_flag = 1
	new DataView(out.buffer).setUint32(5, data.length, true);
	let o = 9;
	for (let b = 0; b < blocks; b++) {
		const chunk = data.subarray(b * BLOCK, Math.min(data.length, (b + 1) * BLOCK));
		const last = b === blocks - 1 ? 1 : 0;
		const header = last | (0 << 1) | (chunk.length << 3); // block type 0 = Raw_Block
		out[o] = header & 0xff;
		out[o + 1] = (header >> 8) & 0xff;
		out[o + 2] = (header >> 16) & 0xff;
		out.set(chunk, o + 3);
		o += 3 + chunk.length;
	}
	return out;
}
