/**
 * Rate of the command grader on its MEASURING set (src/lib/drill/measure/pairs.ts), by kind:
 * `npx tsx scripts/measure-grader.ts [--set a|b|all] [--json]` (set A by default). A pair is right
 * when the grader's verdict (correct or not) is the label (same effect as the real CLI or not).
 */
import { gradeCommand } from '../src/lib/drill/index';
import { MEASURE_PAIRS } from '../src/lib/drill/measure/pairs';
import { MEASURE_PAIRS_B } from '../src/lib/drill/measure/pairs-b';

// `--set b` measures set B (written after the rule changes), `--set all` both; set A by default.
const arg = process.argv[process.argv.indexOf('--set') + 1];
const which = process.argv.includes('--set') ? arg : 'a';
const PAIRS = which === 'b' ? MEASURE_PAIRS_B : which === 'all' ? [...MEASURE_PAIRS, ...MEASURE_PAIRS_B] : MEASURE_PAIRS;

const byKind = new Map<string, { right: number; total: number }>();
let right = 0;
for (const pair of PAIRS) {
	const ok = gradeCommand(pair.expected, pair.answer).correct === pair.equal;
	const k = byKind.get(pair.kind) ?? { right: 0, total: 0 };
	k.total++;
	if (ok) {
		k.right++;
		right++;
	}
	byKind.set(pair.kind, k);
}
const pct = (r: number, t: number): string => `${((100 * r) / t).toFixed(1)}%`;
if (process.argv.includes('--json')) {
	console.log(JSON.stringify({ right, total: PAIRS.length, byKind: Object.fromEntries(byKind) }));
} else {
	for (const [kind, k] of byKind) console.log(`${kind.padEnd(10)} ${k.right}/${k.total} (${pct(k.right, k.total)})`);
	console.log(`${'all'.padEnd(10)} ${right}/${PAIRS.length} (${pct(right, PAIRS.length)})`);
}
