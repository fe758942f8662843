/**
 * Build step: compile every note in `decks/` with the notes compiler (the same one the browser uses)
 * into `static/decks/<id>.json` plus `static/decks/index.json`. Fails the build on any error diagnostic.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileNotesWithExercises } from '../src/lib/notes/with-exercises';
import { hashText } from '../src/lib/deck/ids';
import type { BuiltinIndex } from '../src/lib/db/builtin';

const sourceDir = 'decks';
const outDir = join('static', 'decks');

const files = readdirSync(sourceDir)
	.filter((name) => name.endsWith('.md') && name !== 'README.md')
	.sort();
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const index: BuiltinIndex = { version: '', decks: [] };
let errors = 0;
for (const name of files) {
	const text = readFileSync(join(sourceDir, name), 'utf8');
	const { deck, diagnostics } = compileNotesWithExercises(text, name);
	for (const d of diagnostics.filter((d) => d.severity === 'error')) {
		console.error(`${d.file}:${d.line}: ${d.message}`);
		errors++;
	}
	const json = JSON.stringify(deck);
	const file = `${deck.id}.json`;
	writeFileSync(join(outDir, file), json);
	index.decks.push({ id: deck.id, file, title: deck.title, cards: deck.cards.length });
	index.version += hashText(json);
}
index.version = hashText(index.version);
writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, 1));
const total = index.decks.reduce((sum, d) => sum + d.cards, 0);
console.log(`built-in decks: ${index.decks.length} decks, ${total} cards → ${outDir}`);
if (errors) {
	console.error(`${errors} error(s) in decks/`);
	process.exit(1);
}
