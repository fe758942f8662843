/**
 * `npm run eval:notes`: quality of the notes compiler on real notes it was not written for (issue 14).
 *
 * The notes are in tests/fixtures/notes/eval/{tuning,measuring}/ (sources in sources.json), split by
 * author. Each note has a label file in tests/fixtures/notes/eval/labels/: the gold list of cards worth
 * making from it, and a judgement of every card the compiler has ever made from it
 * (keep | weak | junk, with the reason and the gold card it asks, if any). The figures:
 *
 * - precision: cards labelled keep ÷ cards made; junk and weak likewise;
 * - recall: gold cards asked by a made card labelled keep or weak ÷ gold cards (overall and for
 *   gold command cards); "recall (keep)" counts keep cards only;
 * - unlabelled: made cards nobody has judged yet (label them before trusting the figures);
 * - suggestions: candidates below the threshold (offered unchecked in the import preview), and the
 *   recall if the learner added every suggestion.
 *
 * Options: `--show <split>` prints every made card with its label; `--pending` appends unlabelled
 * cards to the label files with label "?" so they can be judged; `--json` prints the figures as JSON;
 * `--only tuning` measures one split; `--counts` prints the cards per kind of the built-in decks and the seed notes (../shared/seeds).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Card } from '../src/lib/deck/types';
import { cardText } from '../src/lib/notes/card-text';
import { compileNotesWithExercises } from '../src/lib/notes/with-exercises';

const ROOT = 'tests/fixtures/notes/eval';
const SPLITS = ['measuring', 'tuning'] as const;
type Split = (typeof SPLITS)[number];
type Label = 'keep' | 'weak' | 'junk' | '?';

interface Gold {
	id: string;
	kind: 'concept' | 'command' | 'choice';
	q: string;
	a: string;
}
interface CardLabel {
	kind: Card['kind'];
	q: string;
	a: string;
	label: Label;
	reason: string;
	gold?: string;
}
interface LabelFile {
	note: string;
	gold: Gold[];
	cards: CardLabel[];
}

function labelPath(note: string): string {
	return join(ROOT, 'labels', note.replace(/\.md$/, '.json'));
}

function readLabels(note: string): LabelFile {
	const path = labelPath(note);
	if (!existsSync(path)) return { note, gold: [], cards: [] };
	return JSON.parse(readFileSync(path, 'utf8')) as LabelFile;
}

interface Figures {
	notes: number;
	cards: number;
	keep: number;
	weak: number;
	junk: number;
	unlabelled: number;
	gold: number;
	goldAsked: number;
	goldKept: number;
	goldCommands: number;
	goldCommandsAsked: number;
	suggestions: number;
	suggestedKeep: number;
	goldOffered: number;
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

function evaluate(split: Split, opts: { show: boolean; pending: boolean }): Figures {
	const sources = JSON.parse(readFileSync(join(ROOT, 'sources.json'), 'utf8')) as { notes: { file: string }[] };
	const f: Figures = { notes: 0, cards: 0, keep: 0, weak: 0, junk: 0, unlabelled: 0, gold: 0, goldAsked: 0, goldKept: 0, goldCommands: 0, goldCommandsAsked: 0, suggestions: 0, suggestedKeep: 0, goldOffered: 0 };
	for (const { file } of sources.notes.filter((n) => n.file.startsWith(`${split}/`))) {
		const text = readFileSync(join(ROOT, file), 'utf8');
		const { deck, suggestions } = compileNotesWithExercises(text, basename(file));
		const labels = readLabels(file);
		f.notes++;
		const asked = new Set<string>();
		const kept = new Set<string>();
		const offered = new Set<string>();
		let added = false;
		if (opts.show) console.log(`\n## ${file}`);
		const judge = (card: Card): CardLabel | undefined => {
			const { q, a } = cardText(card);
			let l = labels.cards.find((x) => x.kind === card.kind && x.q === q && x.a === a);
			if (!l && opts.pending) {
				l = { kind: card.kind, q, a, label: '?', reason: '' };
				labels.cards.push(l);
				added = true;
			}
			return l;
		};
		for (const card of deck.cards) {
			const l = judge(card);
			f.cards++;
			const label = l?.label ?? '?';
			if (label === 'keep') f.keep++;
			else if (label === 'weak') f.weak++;
			else if (label === 'junk') f.junk++;
			else f.unlabelled++;
			if (l?.gold && (label === 'keep' || label === 'weak')) asked.add(l.gold);
			if (l?.gold && label === 'keep') kept.add(l.gold);
			if (opts.show) console.log(`- [${label}] ${card.kind} L${card.line}: ${JSON.stringify(cardText(card).q)} → ${JSON.stringify(cardText(card).a)}${l?.reason ? `  (${l.reason})` : ''}`);
		}
		for (const s of suggestions) {
			const l = judge(s.card);
			f.suggestions++;
			if (l?.label === 'keep') f.suggestedKeep++;
			if (l?.gold && (l.label === 'keep' || l.label === 'weak')) offered.add(l.gold);
			if (opts.show) console.log(`  (suggestion ${s.score.toFixed(1)} [${l?.label ?? '?'}] ${s.card.kind} L${s.card.line}: ${JSON.stringify(cardText(s.card).q)} → ${JSON.stringify(cardText(s.card).a)} — ${s.reasons.map((r) => r.feature).join(', ')})`);
		}
		f.gold += labels.gold.length;
		for (const g of labels.gold) {
			if (asked.has(g.id)) f.goldAsked++;
			if (asked.has(g.id) || offered.has(g.id)) f.goldOffered++;
			if (kept.has(g.id)) f.goldKept++;
			if (g.kind === 'command') {
				f.goldCommands++;
				if (asked.has(g.id)) f.goldCommandsAsked++;
			}
		}
		if (opts.show) for (const g of labels.gold.filter((g) => !asked.has(g.id))) console.log(`  missed ${g.id} ${g.kind}: ${g.q} → ${g.a}`);
		if (added) writeFileSync(labelPath(file), `${JSON.stringify(labels, null, '\t')}\n`);
	}
	return f;
}

function table(results: Partial<Record<Split, Figures>>): string {
	const splits = SPLITS.filter((s) => results[s]);
	const row = (name: string, cell: (f: Figures) => string): string => `| ${name} | ${splits.map((s) => cell(results[s]!)).join(' | ')} |`;
	return [
		`| | ${splits.map((s) => (s === 'measuring' ? 'measuring split' : 'tuning split')).join(' | ')} |`,
		`| --- | ${splits.map(() => '---').join(' | ')} |`,
		row('notes', (f) => String(f.notes)),
		row('cards made', (f) => String(f.cards)),
		row('precision (keep)', (f) => `${pct(f.keep, f.cards)} (${f.keep}/${f.cards})`),
		row('junk', (f) => `${pct(f.junk, f.cards)} (${f.junk})`),
		row('weak', (f) => `${pct(f.weak, f.cards)} (${f.weak})`),
		row('unlabelled', (f) => String(f.unlabelled)),
		row('recall (keep or weak)', (f) => `${pct(f.goldAsked, f.gold)} (${f.goldAsked}/${f.gold})`),
		row('recall (keep)', (f) => `${pct(f.goldKept, f.gold)} (${f.goldKept}/${f.gold})`),
		row('recall of commands', (f) => `${pct(f.goldCommandsAsked, f.goldCommands)} (${f.goldCommandsAsked}/${f.goldCommands})`),
		row('suggestions (keep among them)', (f) => `${f.suggestions} (${f.suggestedKeep})`),
		row('recall with suggestions', (f) => `${pct(f.goldOffered, f.gold)} (${f.goldOffered}/${f.gold})`)
	].join('\n');
}

/** Cards per kind in the built-in decks and the seed notes (for "before/after" counts). */
function counts(): void {
	const dirs = [
		['decks', 'decks'],
		['seeds', '../shared/seeds']
	];
	for (const [name, dir] of dirs) {
		if (!existsSync(dir)) {
			console.log(`${name}: ${dir} not found`);
			continue;
		}
		const byKind: Record<string, number> = {};
		let total = 0;
		for (const file of readdirSync(dir).sort()) {
			if (!/\.(?:md|txt)$/.test(file) || file === 'README.md') continue;
			for (const card of compileNotesWithExercises(readFileSync(join(dir, file), 'utf8'), file).deck.cards) {
				byKind[card.kind] = (byKind[card.kind] ?? 0) + 1;
				total++;
			}
		}
		console.log(`${name}: ${total} cards (${Object.entries(byKind).map(([k, n]) => `${k} ${n}`).join(', ')})`);
	}
}

const args = process.argv.slice(2);
if (args.includes('--counts')) {
	counts();
	process.exit(0);
}
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? (args[showAt + 1] as Split) : null;
const pending = args.includes('--pending');
// `--only tuning` while changing rules: the measuring split is measured only before and after.
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? (args[onlyAt + 1] as Split) : null;
const results = {} as Record<Split, Figures>;
for (const split of SPLITS) {
	if (only && split !== only) continue;
	results[split] = evaluate(split, { show: show === split, pending });
}
if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
else console.log(`\n${table(results)}`);
