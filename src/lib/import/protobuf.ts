/** A minimal protobuf wire-format reader: enough for Anki's config blobs and media list. */

export interface ProtoField {
	field: number;
	wire: number;
	/** Varint value (wire 0). Values above 2^53 lose precision; we only read small enums and sizes. */
	int?: number;
	/** Length-delimited payload (wire 2). */
	bytes?: Uint8Array;
}

/** Every top-level field of a message, in order. Throws on malformed input (callers catch). */
export function readProto(buf: Uint8Array): ProtoField[] {
	const out: ProtoField[] = [];
	let i = 0;
	const varint = (): number => {
		let value = 0;
		let mul = 1;
		for (let k = 0; k < 10; k++) {
			if (i >= buf.length) throw new Error('protobuf: truncated varint');
			const b = buf[i++];
			value += (b & 0x7f) * mul;
			mul *= 128;
			if ((b & 0x80) === 0) return value;
		}
		throw new Error('protobuf: varint too long');
	};
	while (i < buf.length) {
		const tag = varint();
		const field = Math.floor(tag / 8);
		const wire = tag % 8;
		if (wire === 0) out.push({ field, wire, int: varint() });
		else if (wire === 2) {
			const len = varint();
			if (i + len > buf.length) throw new Error('protobuf: truncated field');
			out.push({ field, wire, bytes: buf.subarray(i, i + len) });
			i += len;
		} else if (wire === 1) i += 8;
		else if (wire === 5) i += 4;
		else throw new Error(`protobuf: unsupported wire type ${wire}`);
	}
	if (i > buf.length) throw new Error('protobuf: truncated');
	return out;
}

const utf8 = new TextDecoder();

export function protoString(fields: ProtoField[], field: number): string | undefined {
	const f = fields.find((x) => x.field === field && x.wire === 2);
	return f?.bytes ? utf8.decode(f.bytes) : undefined;
}

export function protoInt(fields: ProtoField[], field: number): number | undefined {
	return fields.find((x) => x.field === field && x.wire === 0)?.int;
}
