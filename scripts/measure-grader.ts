/**
 * Rate of the command grader on its MEASURING set (src/lib/drill/measure/pairs.ts), by kind:
 * `npx tsx scripts/measure-grader.ts` (add `--json` for machine-readable output). A pair is right
 * when the grader's verdict (correct or not) is the label (same effect as the real CLI or not).
 */
import { gradeCommand } from '../src/lib/drill/index';
import { MEASURE_PAIRS } from '../src/lib/drill/measure/pairs';

const byKind = new Map<string, { right: number; total: number }>();
let right = 0;
for (const pair of MEASURE_PAIRS) {
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
	console.log(JSON.stringify({ right, total: MEASURE_PAIRS.length, byKind: Object.fromEntries(byKind) }));
} else {
	for (const [kind, k] of byKind) console.log(`${kind.padEnd(10)} ${k.right}/${k.total} (${pct(k.right, k.total)})`);
	console.log(`${'all'.padEnd(10)} ${right}/${MEASURE_PAIRS.length} (${pct(right, MEASURE_PAIRS.length)})`);
}
