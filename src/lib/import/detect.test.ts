import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect';
import { checkFileSize, MAX_IMPORT_BYTES } from './diagnostics';

const text = (s: string) => new TextEncoder().encode(s);

describe('detectFormat', () => {
	it.each([
		['notes.md', '# Docker\n\n- term: def', 'markdown'],
		['deck.json', '{\n "format": "deckhand/deck@1"', 'json'],
		['whatever.json', '{"format":"deckhand/backup@1","createdAt":1', 'backup'],
		['deckhand-backup.txt', '  {"format": "deckhand/backup@1"', 'backup'],
		['cards.csv', 'front,back\na,b', 'csv'],
		['cards.tsv', 'front\tback', 'tsv'],
		['Anki export.txt', '#separator:tab\n#html:true\na\tb', 'tsv'],
		['Anki export.txt', '#separator:Comma\na,b', 'csv'],
		['notes.txt', 'just some notes', 'markdown'],
		['photo.png', '\u0089PNG\r\n\u001a\n\u0000\u0000', 'unknown'],
		// Named as a package but damaged: the package reader tells the learner it is not a zip.
		['deck.apkg', 'not a zip at all', 'apkg'],
		['noext', 'hello', 'unknown']
	])('%s → %s', (name, content, expected) => {
		expect(detectFormat(name, text(content))).toBe(expected);
	});

	it('recognises zips as .apkg', () => {
		const zip = zipSync({ 'collection.anki2': new Uint8Array(10) });
		expect(detectFormat('Deck.apkg', zip)).toBe('apkg');
		expect(detectFormat('Deck.colpkg', zip)).toBe('apkg');
		expect(detectFormat('deck.csv', zip)).toBe('unknown');
	});
});

describe('size guard', () => {
	it('refuses files over 50 MB with a message, before parsing', () => {
		expect(checkFileSize('ok.csv', MAX_IMPORT_BYTES)).toBeNull();
		const d = checkFileSize('huge.apkg', 60 * 1024 * 1024);
		expect(d).toMatchObject({ file: 'huge.apkg', line: 1, severity: 'error', message: 'file is too large to import: 60.0 MB (limit 50.0 MB)', code: 'file-too-large' });
	});
});
