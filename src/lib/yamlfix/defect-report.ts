/**
 * Detection rate of the validator on broken copies of real files, by kind, and false alarms on the
 * unmodified files. Usage: npx tsx src/lib/yamlfix/defect-report.ts <set>… [--missed]
 * Sets: tune, measure (tests/fixtures/yaml/mutation/<set>/), real, real2 (tests/fixtures/yaml/<set>/).
 * --missed lists the mutants that got no error (never use it on the measure set while changing rules).
 */
import { measureDefects, MUTATION_SETS } from './defect-measure';

const args = process.argv.slice(2);
const sets = args.filter((a) => !a.startsWith('--'));
const showMissed = args.includes('--missed');
for (const set of sets.length ? sets : ['tune']) {
	if (!(set in MUTATION_SETS)) throw new Error(`unknown set ${set}; one of ${Object.keys(MUTATION_SETS).join(', ')}`);
	const r = measureDefects(set as keyof typeof MUTATION_SETS);
	console.log(`\n== ${set}: ${r.files} files, ${r.caught}/${r.total} mutants caught (${((100 * r.caught) / Math.max(1, r.total)).toFixed(1)}%), false alarms: ${r.falseAlarms.length}`);
	for (const [kind, k] of Object.entries(r.byKind)) console.log(`  ${kind.padEnd(20)} ${String(k.caught).padStart(4)}/${String(k.total).padEnd(4)} ${((100 * k.caught) / k.total).toFixed(1)}%`);
	for (const f of r.falseAlarms) console.log(`  FALSE ALARM ${f}`);
	if (showMissed) for (const m of r.missed) console.log(`  missed [${m.kind}] ${m.file}: ${m.what}`);
}
