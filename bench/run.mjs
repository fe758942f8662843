// `npm run bench [-- --json]`: every benchmark on the production build, results into BENCHMARKS.md.
// Pure-code figures run in node (bench/*.bench.ts through tsx); storage and page figures in
// headless Chromium (bench/browser/*.mjs). Each module returns { key: value }.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { pathToFileURL } from 'node:url';

const json = process.argv.includes('--json');
const log = (...args) => (json ? process.stderr.write(args.join(' ') + '\n') : console.log(...args));

/** Goals per figure: [goal, 'max' | 'min', unit, what it measures]. */
const goals = {
	first_load_js_gz_kb: [100, 'max', 'KB', 'gzipped JS loaded on `/` (production build, Chromium)'],
	compile_decks_ms: [100, 'max', 'ms', 'compile every note in `decks/` (node)'],
	grade_pair_ms: [1, 'max', 'ms', 'grade one command pair (mean of ≥ 2,000 pairs, node)'],
	validate_200_lines_ms: [20, 'max', 'ms', 'validate a 200-line manifest (median, node)'],
	answer_next_p95_ms: [16, 'max', 'ms', 'answer → next card shown, p95 (100k cards, 1M log rows, Chromium)'],
	answer_next_live_sync_p95_ms: [16, 'max', 'ms', 'the same with the app signed in to pouchdb-server (loopback), first sync done, live sync on'],
	due_counts_ms: [50, 'max', 'ms', 'Today due counts (same collection, Chromium)'],
	stats_ms: [300, 'max', 'ms', 'stats page figures (same collection, Chromium)'],
	cold_start_today_ms: [1000, 'max', 'ms', 'installed app opened, Today counts on screen (same collection, service worker, CPU ÷4)'],
	cold_start_review_ms: [1000, 'max', 'ms', 'installed app opened on Review, first card on screen (same collection, service worker, CPU ÷4)'],
	import_10k_ratio: [1.5, 'max', '×', 'import 10k cards ÷ raw Dexie bulkPut of the same rows'],
	validator_chunk_gz_kb: [null, 'max', 'KB', 'validator chunks (gz), loaded only with the exercise editor'],
	apkg_10k_import_ms: [5000, 'max', 'ms', 'import a 10,000-card .apkg with its review log (Chromium)'],
	sync_initial_s: [120, 'max', 's', 'first sync of 100k cards and 1M log rows: A → pouchdb-server (loopback) → empty B (Chromium)'],
	sync_incremental_ms: [2000, 'max', 'ms', '50 answers on A (a burst) → on B, live sync on both (local-write trigger + _changes longpoll)'],
	browse_open_ms: [500, 'max', 'ms', 'tap Browse → first rows on screen, median of 5 (100k cards, 1M log rows, Chromium)'],
	browse_search_ms: [50, 'max', 'ms', 'Browse keystroke → results updated, median (same collection, Chromium)'],
	bulk_suspend_1k_ms: [1000, 'max', 'ms', 'Browse: suspend the 1,111 cards of one query (same collection, Chromium)'],
	import_stall_1m_csv_ms: [200, 'max', 'ms', 'longest main-thread task while the import page reads a 1,000,000-row CSV (37 MB) to its refusal (Chromium)'],
	import_stall_200k_json_ms: [200, 'max', 'ms', 'longest main-thread task while the import page reads a 200,000-card deck JSON (17 MB) to its preview (Chromium)']
};

if (!existsSync('build/index.html') && !existsSync('build/200.html')) {
	log('building…');
	execFileSync('npm', ['run', 'build'], { stdio: json ? ['ignore', 2, 2] : 'inherit' });
}

const results = {};
const nodeBenches = readdirSync('bench').filter((f) => f.endsWith('.bench.ts')).sort();
for (const file of nodeBenches) {
	log(`node: ${file}`);
	const out = execFileSync('npx', ['tsx', '-e', `import('./bench/${file}').then(async m => process.stdout.write('\\n@@' + JSON.stringify(await m.run())))`], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		maxBuffer: 64 * 1024 * 1024
	});
	Object.assign(results, JSON.parse(out.slice(out.lastIndexOf('@@') + 2)));
}
const browserDir = 'bench/browser';
const browserBenches = existsSync(browserDir) ? readdirSync(browserDir).filter((f) => f.endsWith('.mjs')).sort() : [];
for (const file of browserBenches) {
	log(`chromium: ${file}`);
	const module = await import(pathToFileURL(`${browserDir}/${file}`).href);
	Object.assign(results, await module.run({ log }));
}

const rows = Object.entries(results).map(([key, value]) => {
	const [goal, dir, unit, what] = goals[key] ?? [null, 'max', '', ''];
	const ok = goal == null ? '—' : (dir === 'max' ? value <= goal : value >= goal) ? 'yes' : 'NO';
	return `| \`${key}\` | ${what} | ${goal == null ? '—' : `≤ ${goal} ${unit}`} | ${round(value)} ${unit} | ${ok} |`;
});
const cpu = cpus()[0]?.model ?? 'unknown cpu';
const md = `# Benchmarks

Produced by \`npm run bench\` (\`node bench/run.mjs\`) on ${new Date().toISOString().slice(0, 10)}.
Machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Debian Chromium (headless).

| figure | what | goal | value | met |
| --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
writeFileSync('BENCHMARKS.md', md);
log(md);
if (json) console.log(JSON.stringify(results));

function round(v) {
	return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100;
}
