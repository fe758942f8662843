/** Which importer a file goes to, from its name and first bytes. */

export type ImportFormat = 'markdown' | 'json' | 'csv' | 'tsv' | 'apkg' | 'backup' | 'unknown';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** NUL and other C0 controls that text files do not hold (tab, newlines, form feed, ESC are fine). */
function hasBinaryChars(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c <= 8 || (c >= 14 && c <= 26)) return true;
	}
	return false;
}

/**
 * Guess the format of an import file. `firstBytes` should be the first few KB of the file (4 KB is
 * plenty); the content wins over the extension when they disagree (a `.json` that holds a backup is
 * a backup, a zip is an .apkg only when named so or when nothing else fits).
 */
export function detectFormat(fileName: string, firstBytes: Uint8Array): ImportFormat {
	const name = fileName.toLowerCase();
	const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
	if (startsWith(firstBytes, ZIP_MAGIC) || startsWith(firstBytes, ZIP_EMPTY)) {
		return ext === 'apkg' || ext === 'colpkg' || ext === 'zip' || ext === '' ? 'apkg' : 'unknown';
	}
	let text = new TextDecoder('utf-8', { fatal: false }).decode(firstBytes.subarray(0, 4096));
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	// Binary content that is not a zip: nothing we read.
	if (hasBinaryChars(text.slice(0, 1024))) return 'unknown';
	const head = text.trimStart();
	if (head.startsWith('{') || head.startsWith('[')) {
		if (/"format"\s*:\s*"deckhand\/backup@/.test(head)) return 'backup';
		if (/"format"\s*:\s*"deckhand\/deck@/.test(head)) return 'json';
		if (ext === 'json') return 'json';
	}
	switch (ext) {
		case 'md':
		case 'markdown':
		case 'mdown':
			return 'markdown';
		case 'json':
			return 'json';
		case 'csv':
			return 'csv';
		case 'tsv':
		case 'tab':
			return 'tsv';
		case 'apkg':
		case 'colpkg':
			return 'apkg'; // named .apkg but not a zip: the package reader says so ("not a zip archive")
		case 'txt': {
			if (/^#separator:tab/m.test(text) || /^#html:/m.test(text)) return 'tsv';
			if (/^#separator:/m.test(text)) return 'csv';
			const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
			if (firstLine.includes('\t')) return 'tsv';
			return 'markdown';
		}
	}
	if (/^#separator:/m.test(text)) return /^#separator:tab/m.test(text) ? 'tsv' : 'csv';
	return 'unknown';
}
