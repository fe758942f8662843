/**
 * Fits the card-quality weights (src/lib/notes/weights.json) by logistic regression on the labelled
 * candidates of the TUNING split only: y = 1 for a card judged keep, 0 for weak or junk. Features
 * are the 0/1 answers of src/lib/notes/quality.ts.
 *
 * The tuning split is small (about a hundred labelled candidates), so the fit is regularised toward
 * the hand-set table (`src/lib/notes/weights.prior.json`), not toward zero: a feature that never fires
 * on the tuning notes (code debris, long lists…) keeps its hand-set weight instead of dropping to 0,
 * and the data moves a weight only as far as it has evidence for. L2 toward the prior, gradient
 * descent, a few thousand steps (milliseconds).
 *
 * It prints the fitted table, the tuning log-loss, and a leave-one-author-out check: for each tuning
 * author, fit on the others and count how that author's labelled candidates fall (made keep / made
 * not-keep / held back keep / held back not-keep) with the fitted table and with the prior alone.
 * `--write` stores the table; `--lambda <x>` sets the pull toward the prior (default 0.05).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cardText } from '../src/lib/notes/card-text';
import { compileNotes } from '../src/lib/notes/index';
import { FEATURES, featureVector, type CardContext } from '../src/lib/notes/quality';
import { THRESHOLDS } from '../src/lib/notes/thresholds';
import { yamlBlockToExercises } from '../src/lib/yamlfix/index';

const ROOT = 'tests/fixtures/notes/eval';
const PRIOR = 'src/lib/notes/weights.prior.json';
const sources = JSON.parse(readFileSync(join(ROOT, 'sources.json'), 'utf8')) as { notes: { file: string; author: string }[] };
const prior = JSON.parse(readFileSync(PRIOR, 'utf8')) as { bias: number; features: Record<string, number> };
const priorW = FEATURES.map((f) => prior.features[f.name] ?? 0);

interface Sample {
	x: number[];
	y: number;
	author: string;
}
const samples: Sample[] = [];
for (const { file, author } of sources.notes.filter((n) => n.file.startsWith('tuning/'))) {
	const labels = JSON.parse(readFileSync(join(ROOT, 'labels', file.replace(/\.md$/, '.json')), 'utf8')) as { cards: { kind: string; q: string; a: string; label: string }[] };
	const seen: CardContext[] = [];
	compileNotes(readFileSync(join(ROOT, file), 'utf8'), basename(file), { yamlBlocks: yamlBlockToExercises, onCandidate: (ctx) => seen.push(ctx) });
	for (const ctx of seen) {
		const { q, a } = cardText(ctx.card);
		const l = labels.cards.find((x) => x.kind === ctx.card.kind && x.q === q && x.a === a);
		if (!l || l.label === '?') continue;
		samples.push({ x: featureVector(ctx), y: l.label === 'keep' ? 1 : 0, author });
	}
}

const lambdaAt = process.argv.indexOf('--lambda');
const lambda = lambdaAt >= 0 ? Number(process.argv[lambdaAt + 1]) : 0.05;
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const score = (b: number, w: number[], x: number[]): number => b + x.reduce((s, v, j) => s + v * w[j], 0);

function fit(data: Sample[]): { b: number; w: number[] } {
	const n = FEATURES.length;
	const w = [...priorW];
	let b = prior.bias;
	const rate = 0.5;
	for (let step = 0; step < 20000; step++) {
		const gw = new Array<number>(n).fill(0);
		let gb = 0;
		for (const { x, y } of data) {
			const e = sigmoid(score(b, w, x)) - y;
			gb += e;
			for (let j = 0; j < n; j++) gw[j] += e * x[j];
		}
		b -= rate * (gb / data.length + lambda * (b - prior.bias));
		for (let j = 0; j < n; j++) w[j] -= rate * (gw[j] / data.length + lambda * (w[j] - priorW[j]));
	}
	return { b, w };
}

const { b, w } = fit(samples);
let loss = 0;
for (const { x, y } of samples) {
	const p = sigmoid(score(b, w, x));
	loss -= y * Math.log(p + 1e-9) + (1 - y) * Math.log(1 - p + 1e-9);
}
const round = (v: number): number => Math.round(v * 100) / 100;
const table = {
	about: `Weights of the card-quality features (src/lib/notes/quality.ts): logistic regression on the labelled tuning split, regularised toward the hand-set table weights.prior.json (lambda ${lambda}); scripts/fit-notes-weights.ts.`,
	bias: round(b),
	features: Object.fromEntries(FEATURES.map((f, j) => [f.name, round(w[j])]))
};
console.log(`${samples.length} labelled candidates (${samples.filter((s) => s.y === 1).length} keep); mean log-loss ${(loss / samples.length).toFixed(3)}; lambda ${lambda}`);

// Leave one author out: how the held-out author's candidates fall with the table fitted on the others.
const tally = { fitted: { madeKeep: 0, madeOther: 0, heldKeep: 0, heldOther: 0 }, prior: { madeKeep: 0, madeOther: 0, heldKeep: 0, heldOther: 0 } };
for (const author of new Set(samples.map((s) => s.author))) {
	const rest = samples.filter((s) => s.author !== author);
	const m = fit(rest);
	for (const s of samples.filter((x) => x.author === author)) {
		for (const [name, bb, ww] of [['fitted', m.b, m.w], ['prior', prior.bias, priorW]] as const) {
			const made = score(bb, ww, s.x) >= THRESHOLDS.makeCard;
			const t = tally[name];
			const key = made ? (s.y ? 'madeKeep' : 'madeOther') : s.y ? 'heldKeep' : 'heldOther';
			t[key]++;
		}
	}
}
for (const [name, t] of Object.entries(tally)) {
	const made = t.madeKeep + t.madeOther;
	console.log(`leave-one-author-out, ${name}: made ${made}, keep among them ${t.madeKeep} (${((100 * t.madeKeep) / Math.max(1, made)).toFixed(1)}%); keep cards held back ${t.heldKeep}, others held back ${t.heldOther}`);
}
console.log(JSON.stringify(table, null, '\t'));
if (process.argv.includes('--write')) writeFileSync('src/lib/notes/weights.json', `${JSON.stringify(table, null, '\t')}\n`);
