/**
 * Fits the card-quality weights (src/lib/notes/weights.json) by logistic regression on the labelled
 * candidates of the TUNING split only: y = 1 for a card judged keep, 0 for weak or junk. Features
 * are the 0/1 answers of src/lib/notes/quality.ts. L2-regularised gradient descent, a few thousand
 * steps (milliseconds). Prints the fitted table and the tuning log-loss; `--write` stores it.
 *
 * The weights are constrained by the tests of the compiler (built-in decks and the earlier unseen
 * notes), so run `npx vitest run src/lib/notes` after writing and keep the hand-set table if they fail.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cardText } from '../src/lib/notes/card-text';
import { compileNotes } from '../src/lib/notes/index';
import { FEATURES, featureVector, type CardContext } from '../src/lib/notes/quality';
import { yamlBlockToExercises } from '../src/lib/yamlfix/index';

const ROOT = 'tests/fixtures/notes/eval';
const sources = JSON.parse(readFileSync(join(ROOT, 'sources.json'), 'utf8')) as { notes: { file: string }[] };
const xs: number[][] = [];
const ys: number[] = [];
for (const { file } of sources.notes.filter((n) => n.file.startsWith('tuning/'))) {
	const labels = JSON.parse(readFileSync(join(ROOT, 'labels', file.replace(/\.md$/, '.json')), 'utf8')) as { cards: { kind: string; q: string; a: string; label: string }[] };
	const seen: CardContext[] = [];
	compileNotes(readFileSync(join(ROOT, file), 'utf8'), basename(file), { yamlBlocks: yamlBlockToExercises, onCandidate: (ctx) => seen.push(ctx) });
	for (const ctx of seen) {
		const { q, a } = cardText(ctx.card);
		const l = labels.cards.find((x) => x.kind === ctx.card.kind && x.q === q && x.a === a);
		if (!l || l.label === '?') continue;
		xs.push(featureVector(ctx));
		ys.push(l.label === 'keep' ? 1 : 0);
	}
}

const n = FEATURES.length;
const w = new Array<number>(n).fill(0);
let b = 0;
const lambda = 0.002;
const rate = 0.5;
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
for (let step = 0; step < 20000; step++) {
	const gw = new Array<number>(n).fill(0);
	let gb = 0;
	for (let i = 0; i < xs.length; i++) {
		const p = sigmoid(b + xs[i].reduce((s, x, j) => s + x * w[j], 0));
		const e = p - ys[i];
		gb += e;
		for (let j = 0; j < n; j++) gw[j] += e * xs[i][j];
	}
	b -= (rate * gb) / xs.length;
	for (let j = 0; j < n; j++) w[j] -= rate * (gw[j] / xs.length + lambda * w[j]);
}
let loss = 0;
for (let i = 0; i < xs.length; i++) {
	const p = sigmoid(b + xs[i].reduce((s, x, j) => s + x * w[j], 0));
	loss -= ys[i] * Math.log(p + 1e-9) + (1 - ys[i]) * Math.log(1 - p + 1e-9);
}
const round = (v: number): number => Math.round(v * 100) / 100;
const table = {
	about: 'Weights of the card-quality features (src/lib/notes/quality.ts), fitted by logistic regression on the labelled tuning split (scripts/fit-notes-weights.ts).',
	bias: round(b),
	features: Object.fromEntries(FEATURES.map((f, j) => [f.name, round(w[j])]))
};
console.log(`${xs.length} labelled candidates (${ys.filter((y) => y === 1).length} keep); mean log-loss ${(loss / xs.length).toFixed(3)}`);
console.log(JSON.stringify(table, null, '\t'));
if (process.argv.includes('--write')) writeFileSync('src/lib/notes/weights.json', `${JSON.stringify(table, null, '\t')}\n`);
