import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '$lib/deck/types';
import { diagnosticText } from '$lib/notes/messages';
import { readApkg } from './apkg';
import { parseBackup } from './backup';
import { delimitedToDeck, parseDelimited } from './delimited';
import { checkFileSize } from './diagnostics';
import { parseDeckJson } from './json';
import { IMPORT_MESSAGES } from './messages';

const HANGUL = /[\uac00-\ud7a3]/;
const csv = (text: string, front = 0, back = 1) => {
	const parsed = parseDelimited(text, 'cards.csv');
	return delimitedToDeck(parsed, { front, back, deckTitle: 'T' }).diagnostics;
};

/** Every diagnostic a learner may meet while importing, from each kind of bad file. */
async function badInputs(): Promise<Diagnostic[]> {
	return [
		...csv('front,back\n"open quote,x\n'),
		...csv('front,back\n'),
		...csv('a,b\nonly\n,empty front\nc,\nd,1\nd,2\n'),
		...parseDeckJson('{"format": "deckhand/deck@1",', 'deck.json').diagnostics,
		...parseDeckJson('{"format": "deckhand/deck@1", "id": "d", "title": "t", "lang": "ko", "cards": [{"id": "c", "kind": "concept", "front": 3}]}', 'deck.json').diagnostics,
		...parseBackup('{"format": "something-else"}', 'backup.json').diagnostics,
		...parseBackup('not json', 'backup.json').diagnostics,
		...(await readApkg(new TextEncoder().encode('not a zip at all'), 'deck.apkg')).diagnostics,
		checkFileSize('huge.csv', 80 * 1024 * 1024)!
	];
}

describe('import diagnostics in the learner language', () => {
	it('every bad CSV, deck file, backup and package gets a Korean message, and the English one stays in `message`', async () => {
		const diagnostics = await badInputs();
		expect(diagnostics.length).toBeGreaterThan(10);
		for (const d of diagnostics) {
			expect(d.code, d.message).toBeDefined();
			expect(diagnosticText(d, 'ko'), d.message).toMatch(HANGUL);
			expect(diagnosticText(d, 'en')).toBe(d.message);
		}
	});

	it('a JSON file that is not a deck is told in Korean, not in the schema’s English', () => {
		for (const d of parseDeckJson('{"hello": "world"}', 'notadeck.json').diagnostics) {
			expect(diagnosticText(d, 'ko')).not.toMatch(/required|unknown property|expected/);
		}
		const [syntax] = parseDeckJson('{"a": 1,}', 'broken.json').diagnostics;
		expect(diagnosticText(syntax, 'ko')).not.toMatch(/Expected|position/);
	});

	it('a CSV row problem names the row in Korean', () => {
		const [missing] = csv('a,b\nonly\nc,d\n');
		// The line is shown beside every diagnostic (줄 2): the text does not say it again (walkthrough finding).
		expect(diagnosticText(missing, 'ko')).toBe('이 줄은 열이 1개라 2번째 열이 없습니다. 이 행을 건너뛰었습니다');
	});

	it('every catalogue entry has both languages for its parameters', () => {
		const params = { row: 3, line: 4, count: 2, name: 'x.png', path: 'cards[0].front', error: 'boom', limit: 5, size: '9.0', table: 'cards', detail: 'd', problem: 'p', problemKo: '문제' };
		for (const [code, entry] of Object.entries(IMPORT_MESSAGES)) {
			expect(entry.ko(params), code).toMatch(HANGUL);
			expect(entry.en(params), code).not.toMatch(HANGUL);
		}
	});
});
