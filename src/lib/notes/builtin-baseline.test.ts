/**
 * No card of the built-in decks is lost or changed by a compiler change: every card recorded in
 * tests/fixtures/notes/eval/builtin-cards.json (id, what it asks, what it answers) is still made, the
 * same. New cards are allowed (they are listed, so a reviewer sees them). After a deliberate change,
 * regenerate with `UPDATE_BUILTIN_BASELINE=1 npx vitest run src/lib/notes/builtin-baseline.test.ts`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { cardText } from './card-text';
import { compileNotesWithExercises } from './with-exercises';

const BASELINE = 'tests/fixtures/notes/eval/builtin-cards.json';

interface Recorded {
	id: string;
	kind: string;
	q: string;
	a: string;
}

function current(): Recorded[] {
	const files = readdirSync('decks').filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
	return files.flatMap((f) => compileNotesWithExercises(readFileSync(`decks/${f}`, 'utf8'), f).deck.cards.map((c) => ({ id: c.id, kind: c.kind, ...cardText(c) })));
}

it('every recorded built-in card is still made, asking and answering the same', () => {
	const now = current();
	if (process.env.UPDATE_BUILTIN_BASELINE) writeFileSync(BASELINE, `${JSON.stringify(now, null, '\t')}\n`);
	const before = JSON.parse(readFileSync(BASELINE, 'utf8')) as Recorded[];
	const byId = new Map(now.map((c) => [c.id, c]));
	const changed = before.filter((c) => {
		const n = byId.get(c.id);
		return !n || n.kind !== c.kind || n.q !== c.q || n.a !== c.a;
	});
	expect(changed.map((c) => `${c.id}: ${c.q} → ${c.a} (now: ${byId.get(c.id)?.a ?? 'missing'})`)).toEqual([]);
	const added = now.length - before.length;
	if (added > 0) console.info(`built-in decks: ${added} new card(s) beyond the baseline`);
});
