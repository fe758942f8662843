import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeckhandDb, deckWithCards, saveCard, talliesOf } from '../../src/lib/db';
import type { ConceptCard, Deck } from '../../src/lib/deck/types';
import { ImportSession, PREVIEW_CARDS, type ImportView, type SessionCall } from '../../src/lib/import/session';
import { defaultSrsSettings } from '../../src/lib/srs/fsrs';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

function deckJson(id: string, n: number, text = (i: number) => `Q${i}`): string {
	const deck = {
		format: 'deckhand/deck@1',
		id,
		title: `Deck ${id}`,
		lang: 'en',
		cards: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, kind: 'concept', tags: ['t'], front: text(i), back: `A${i}` }))
	};
	return JSON.stringify(deck);
}

const parse = (text: string, name = 'deck.json'): SessionCall => ({ type: 'parse', file: new Blob([text]), name, format: 'json' });
const write = (title = 'Mine', extra: Partial<{ removeIds: string[]; takeTheirs: string[] }> = {}): SessionCall => ({
	type: 'write',
	choice: { title, removeIds: [], takeTheirs: [], srs: defaultSrsSettings, now: T0, ...extra }
});
const noProgress = () => {};

async function view(session: ImportSession, call: SessionCall): Promise<ImportView> {
	const result = await session.run(call, noProgress);
	if (!('view' in result)) throw new Error('expected a view');
	return result.view;
}

let db: DeckhandDb;
let counter = 0;
beforeEach(async () => {
	db = new DeckhandDb(`session-${counter++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

describe('ImportSession (the deck stays in the import worker)', () => {
	it('a big deck: the page gets counts and the first cards only, and the write stores every card with tallies recounted', async () => {
		const session = new ImportSession(db);
		const shown = await view(session, parse(deckJson('big', 3_000)));
		expect(shown.deck).toMatchObject({ id: 'big', title: 'Deck big', count: 3_000, byKind: { concept: 3_000, command: 0, choice: 0, yamlfix: 0 } });
		expect(shown.deck!.sample).toHaveLength(PREVIEW_CARDS);
		// What crosses to the page stays small whatever the file holds.
		expect(JSON.stringify(shown).length).toBeLessThan(20_000);
		const progress: number[] = [];
		const result = await session.run(write('Big one'), (p) => progress.push(p.done));
		expect(result).toMatchObject({ deckId: 'big', report: { added: 3_000 } });
		expect(progress.at(-1)).toBe(6_000);
		expect((await db.decks.get('big'))?.title).toBe('Big one');
		expect(await db.cards.where('deckId').equals('big').count()).toBe(3_000);
		const stored = (await db.tallies.toArray()).filter((r) => r.count !== 0).map((r) => `${r.queue}:${r.hour}=${r.count}`).sort();
		const recount = talliesOf(await db.states.toArray()).filter((r) => r.count !== 0).map((r) => `${r.queue}:${r.hour}=${r.count}`).sort();
		expect(stored).toEqual(recount);
	});

	it('edits, removals and added suggestions in the preview are what gets written', async () => {
		const session = new ImportSession(db);
		const note = '# Docker\n\n컨테이너::격리된 프로세스\n이미지::컨테이너를 만드는 읽기 전용 템플릿\n';
		const first = await view(session, { type: 'parse', file: new Blob([note]), name: 'note.md', format: 'markdown' });
		const [a, b] = first.deck!.sample as ConceptCard[];
		expect(first.deck!.count).toBe(2);
		const edited = await view(session, { type: 'replace', card: { ...a, back: '격리된 프로세스 (edited)' } });
		expect(edited.edited).toEqual([a.id]);
		const removed = await view(session, { type: 'remove', cardId: b.id });
		expect(removed.deck!.count).toBe(1);
		// A removed card goes back among the suggestions and can be added again.
		expect(removed.suggestions[0].card.id).toBe(b.id);
		const added = await view(session, { type: 'add-suggestion', cardId: b.id });
		expect(added.deck!.count).toBe(2);
		expect(added.added).toEqual([b.id]);
		await session.run(write('Note'), noProgress);
		const stored = await deckWithCards(db, first.deck!.id);
		expect((stored.cards.find((c) => c.id === a.id) as ConceptCard).back).toBe('격리된 프로세스 (edited)');
		expect(stored.cards).toHaveLength(2);
	});

	it('a re-import shows the changes (bounded lists with counts) and a card the learner edited as a conflict; taking the file’s text is written', async () => {
		const first = new ImportSession(db);
		await view(first, parse(deckJson('d', 150)));
		await first.run(write('Stored'), noProgress);
		const ids = (await deckWithCards(db, 'd')).cards.map((c) => c.id);
		await saveCard(db, { id: ids[0], kind: 'concept', tags: ['t'], front: 'Q0', back: 'my own answer' });
		const session = new ImportSession(db);
		// The file changes every card's answer and drops the last 10.
		const next = JSON.parse(deckJson('d', 140)) as Deck;
		next.cards = next.cards.map((c) => ({ ...(c as ConceptCard), back: `${(c as ConceptCard).back} v2` }));
		const shown = await view(session, parse(JSON.stringify(next)));
		expect(shown.existingTitle).toBe('Stored');
		expect(shown.diff).toMatchObject({ added: 0, changedCount: 139, removedCount: 10, unchanged: 1 });
		expect(shown.diff!.changed).toHaveLength(PREVIEW_CARDS);
		expect(shown.conflicts.map((c) => c.mine.id)).toEqual([ids[0]]);
		const theirs = await view(session, { type: 'conflicts', takeTheirs: [ids[0]] });
		expect(theirs.diff!.changedCount).toBe(140);
		await view(session, { type: 'conflicts', takeTheirs: [] });
		// The choice sent with Import is the one written, whatever the preview last showed.
		await session.run(write('Stored', { removeIds: ['c149'], takeTheirs: [ids[0]] }), noProgress);
		const stored = await deckWithCards(db, 'd');
		expect(stored.cards).toHaveLength(149);
		expect((stored.cards.find((c) => c.id === ids[0]) as ConceptCard).back).toBe('A0 v2');
	});

	it('Cancel during the write and a device without room: nothing is written, the learner is told', async () => {
		const session = new ImportSession(db);
		await view(session, parse(deckJson('x', 2_000)));
		const controller = new AbortController();
		const cancelled = session.run(write(), (p) => p.done > 0 && controller.abort(), controller.signal);
		await expect(cancelled).rejects.toMatchObject({ code: 'aborted' });
		expect(await db.cards.count()).toBe(0);
		expect(await db.decks.count()).toBe(0);

		const full = new ImportSession(db, undefined, async (bytes) => `needs ${bytes} bytes`);
		await view(full, parse(deckJson('x', 10)));
		await expect(full.run(write(), noProgress)).rejects.toMatchObject({ code: 'quota', message: expect.stringContaining('needs') });
		expect(await db.cards.count()).toBe(0);
	});
});
