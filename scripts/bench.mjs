#!/usr/bin/env node
// Times the real CLI on corpora of many articles, beside two regex baselines, in one run.
//
//   npm run bench [-- --sizes 5,20,90] [--jobs N] [--formats] [--keep]
//   npm run bench -- --scaling
//
// For each size (MiB; default 5, a short run), a corpus is built in a temporary directory from
// ../shared/corpus/polnear/train/*.txt when present, else from fixtures/ (cases/*/input.txt and
// sample/), repeated until it holds that size, one article a file. Each run is `node
// bin/whosaid.js --ndjson [--jobs N] dir > /dev/null`: wall time measured here, CPU time and peak
// RSS by GNU time (or, without it, by a hook that reads the process's own figures at exit).
// Side by side at each size: one job, one job with --indirect (speech without quotation marks), the default (one per core, or --jobs N), and the baselines,
// two 30-line scripts written beside the corpus: quotations by regex, speaker = capitalised
// words next to "said", NDJSON out; the first gives UTF-16 offsets, the second code point offsets
// as whosaid does (scripts/baselines.mjs, whose accuracy docs/accuracy.md reports). --formats adds
// --csv, --json and the table at the default jobs.
//
// --scaling: one article of 1 MiB and one of 10 MiB (corpus articles end to end), their time
// ratio (linear would be 10), and the cold start of `whosaid article.txt` (median of 9 runs).
//
// Figures on a shared machine move with its load: the "parallel capacity" line says how much of
// a second core was free during the run. Uses dist/: run `npm run build` first.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'whosaid.js');
const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? (args.splice(args.indexOf(name), 1), true) : false);
const option = (name) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : undefined);
const scaling = flag('--scaling');
const keep = flag('--keep');
const formats = flag('--formats');
const sizes = (option('--sizes') ?? option('--size') ?? '5').split(',').map(Number);
const jobsOption = option('--jobs');
const jobs = Number(jobsOption ?? os.availableParallelism());
if (args.length > 0 || !sizes.every((size) => size > 0) || !(Number.isInteger(jobs) && jobs >= 1)) {
  fail('usage: npm run bench -- [--sizes MiB,MiB,…] [--jobs N] [--formats] [--keep] | --scaling');
}
if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) fail('dist/ is missing: run `npm run build` first');

const MIB = 1024 * 1024;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-bench-'));
// removed however the bench ends (fail() exits at once)
process.on('exit', () => (keep ? console.log(`kept ${tmp}`) : fs.rmSync(tmp, { recursive: true, force: true })));

/**
 * At each size: wall time, MiB/s, CPU time and peak RSS of the baselines, of one job and of the
 * default jobs, side by side, and how they compare.
 */
function runThroughput(articles, from) {
  const baselines = [
    ['regex, UTF-16 offsets', path.join(tmp, 'baseline.mjs'), BASELINE],
    ['regex, code points', path.join(tmp, 'baseline-code-points.mjs'), BASELINE.replace(CODE_UNITS, CODE_POINTS)],
  ];
  for (const [, file, text] of baselines) fs.writeFileSync(file, text);
  const defaultJobs = jobsOption === undefined ? [] : ['--jobs', String(jobs)];
  const defaultName = jobsOption === undefined ? `default (${jobs} cores)` : `--jobs ${jobs}`;
  const summary = [];
  for (const size of sizes) {
    const corpus = path.join(tmp, `corpus-${size}`);
    const { files, bytes } = writeCorpus(corpus, articles, size);
    console.log(`\n${mib(bytes)} MiB in ${files} articles (${from}), load average ${os.loadavg()[0].toFixed(2)}`);
    console.log(`${'run'.padEnd(34)}${'wall s'.padStart(8)}${'MiB/s'.padStart(8)}${'CPU s'.padStart(8)}${'MiB/CPU s'.padStart(11)}${'peak RSS MB'.padStart(13)}`);
    const rows = [
      ...baselines.map(([name, file]) => [name, [file, corpus]]),
      ['whosaid --ndjson --jobs 1', [bin, '--ndjson', '--jobs', '1', corpus]],
      ['whosaid --ndjson --indirect --jobs 1', [bin, '--ndjson', '--indirect', '--jobs', '1', corpus]],
      [`whosaid --ndjson, ${defaultName}`, [bin, '--ndjson', ...defaultJobs, corpus]],
      ...(formats
        ? [
            [`whosaid --csv, ${defaultName}`, [bin, '--csv', ...defaultJobs, corpus]],
            [`whosaid --json, ${defaultName}`, [bin, '--json', ...defaultJobs, corpus]],
            [`whosaid (table), ${defaultName}`, [bin, ...defaultJobs, corpus]],
          ]
        : []),
    ];
    const [units, points, one, indirect, many] = rows.map(([name, argv]) => {
      const run = measure(argv);
      const perCpu = run.cpu === undefined ? 'n/a' : (bytes / MIB / run.cpu).toFixed(2);
      console.log(`${name.padEnd(34)}${run.seconds.toFixed(2).padStart(8)}${(bytes / MIB / run.seconds).toFixed(2).padStart(8)}${cpuText(run.cpu).padStart(8)}${perCpu.padStart(11)}${rssText(run.rss).padStart(13)}`);
      return run;
    });
    const against = (run, base) => `${(run.seconds / base.seconds).toFixed(2)}× its time (CPU ${(run.cpu / base.cpu).toFixed(2)}×)`;
    console.log(`one job against the code-point regex: ${against(one, points)}; against the UTF-16 one: ${against(one, units)}`);
    console.log(`${defaultName} against one job: ${(one.seconds / many.seconds).toFixed(2)}× as fast, ${(((many.cpu - one.cpu) / one.cpu) * 100).toFixed(0)}% more CPU`);
    console.log(`--indirect against one job: ${((one.seconds / indirect.seconds) * 100).toFixed(0)}% of its speed`);
    summary.push({ size: mib(bytes), one, many, points, indirect });
    if (!keep) fs.rmSync(corpus, { recursive: true, force: true });
  }
  console.log('\ntargets:');
  for (const { size, one, many, points, indirect } of summary) {
    const oneSpeed = Number(size) / one.seconds;
    const half = one.seconds <= 2 * points.seconds;
    const notSlower = many.seconds <= one.seconds * 1.05;
    console.log(`  ${size} MiB: one job ${oneSpeed.toFixed(2)} MiB/s (≥ 5, aim 10: ${oneSpeed >= 5 ? 'ok' : 'MISSED'}); ` +
      `≥ half the code-point regex's speed: ${(one.seconds / points.seconds).toFixed(2)}× its time ${half ? 'ok' : 'MISSED'}; ` +
      `default never slower than one job (5% noise): ${(one.seconds / many.seconds).toFixed(2)}× ${notSlower ? 'ok' : 'MISSED'}; ` +
      `--indirect ≥ 75% of one job's speed: ${((one.seconds / indirect.seconds) * 100).toFixed(0)}% ${one.seconds / indirect.seconds >= 0.75 ? 'ok' : 'MISSED'}`);
  }
  const peak = Math.max(...summary.flatMap(({ one, many }) => [one.rss ?? 0, many.rss ?? 0]));
  console.log(`  peak RSS < 200 MB: ${measure.by === 'none' ? 'not measured' : `${(peak / 1e6).toFixed(0)} MB ${peak < 200e6 ? 'ok' : 'MISSED'}`}`);
}

/** The time of a 10 MiB article against a 1 MiB one, and the cold start of one article. */
function runScaling(articles, from) {
  const one = path.join(tmp, 'one-mib.txt');
  const ten = path.join(tmp, 'ten-mib.txt');
  fs.writeFileSync(one, longArticle(articles, 1 * MIB));
  fs.writeFileSync(ten, longArticle(articles, 10 * MIB));
  console.log(`single articles of 1 and 10 MiB, ${from} articles end to end, taken evenly from the whole corpus\n`);
  const small = measure([bin, '--ndjson', one]);
  console.log(`1 MiB article:  ${small.seconds.toFixed(2)} s wall, ${cpuText(small.cpu)} s CPU, ${(1 / small.seconds).toFixed(2)} MiB/s, peak RSS ${rssText(small.rss)} MB`);
  const large = measure([bin, '--ndjson', ten]);
  console.log(`10 MiB article: ${large.seconds.toFixed(2)} s wall, ${cpuText(large.cpu)} s CPU, ${(10 / large.seconds).toFixed(2)} MiB/s, peak RSS ${rssText(large.rss)} MB`);
  const ratio = large.seconds / small.seconds;
  const cpuRatio = large.cpu / small.cpu;
  console.log(`10 MiB / 1 MiB: ${ratio.toFixed(1)}× the wall time, ${Number.isFinite(cpuRatio) ? cpuRatio.toFixed(1) : 'n/a'}× the CPU time (linear: 10×)`);
  // start-up and JIT warm-up weigh on the 1 MiB run: the core alone, warmed, in a process of its own
  const warm = spawnSync(process.execPath, ['--input-type=module', '-e', WARM_SCALING, one, ten], { cwd: root, encoding: 'utf8' });
  if (warm.status !== 0) fail(`the warmed core run failed:\n${warm.stderr}`);
  const [warmOne, warmTen] = warm.stdout.trim().split(' ').map(Number);
  const warmRatio = warmTen / warmOne;
  console.log(`extractQuotes alone, warmed up: 1 MiB ${warmOne.toFixed(2)} s, 10 MiB ${warmTen.toFixed(2)} s: ${warmRatio.toFixed(1)}× (target ≤ ~10×) ${warmRatio <= 11 ? 'ok' : 'MISSED'}\n`);

  const article = path.join(root, 'fixtures', 'sample', 'press-conference.txt');
  const runs = 9;
  const median = (argv) => {
    const all = Array.from({ length: runs }, () => measure(argv));
    const middle = (values) => values.sort((a, b) => a - b)[Math.floor(runs / 2)];
    return { seconds: middle(all.map((r) => r.seconds)), cpu: middle(all.map((r) => r.cpu ?? NaN)) };
  };
  const nodeAlone = median(['-e', '0']);
  const table = median([bin, article]);
  const ndjson = median([bin, '--ndjson', article]);
  console.log(`cold start, median of ${runs} runs (${path.relative(root, article)}, ${fs.statSync(article).size} bytes):`);
  console.log(`  node -e 0                  ${ms(nodeAlone.seconds)} ms wall, ${ms(nodeAlone.cpu)} ms CPU (node itself)`);
  console.log(`  whosaid article.txt        ${ms(table.seconds)} ms wall, ${ms(table.cpu)} ms CPU (table)  target < 250 ms ${table.seconds < 0.25 ? 'ok' : 'MISSED'}`);
  console.log(`  whosaid --ndjson article   ${ms(ndjson.seconds)} ms wall, ${ms(ndjson.cpu)} ms CPU`);
}

/** The corpus articles: the training set of the shared corpus, or the fixtures. */
function sourceArticles() {
  const train = path.resolve(root, '..', 'shared', 'corpus', 'polnear', 'train');
  if (fs.existsSync(train)) {
    const names = fs.readdirSync(train).filter((f) => f.endsWith('.txt')).sort();
    if (names.length > 0) return { articles: names.map((f) => fs.readFileSync(path.join(train, f))), from: 'polnear train, repeated' };
  }
  const cases = path.join(root, 'fixtures', 'cases');
  const sample = path.join(root, 'fixtures', 'sample');
  const files = [
    ...fs.readdirSync(cases).sort().map((c) => path.join(cases, c, 'input.txt')),
    ...fs.readdirSync(sample).sort().map((f) => path.join(sample, f)),
  ].filter((f) => fs.existsSync(f));
  return { articles: files.map((f) => fs.readFileSync(f)), from: 'fixtures, repeated' };
}

/** Writes articles, round and round, as files of `dir` until they hold `sizeMiB`. */
function writeCorpus(dir, articles, sizeMiB) {
  fs.mkdirSync(dir);
  let bytes = 0;
  let files = 0;
  while (bytes < sizeMiB * MIB) {
    const article = articles[files % articles.length];
    fs.writeFileSync(path.join(dir, `${String(files).padStart(6, '0')}.txt`), article);
    bytes += article.length;
    files++;
  }
  return { files, bytes };
}

/**
 * One article of about `size` bytes: corpus articles end to end, a blank line between them.
 * Articles are taken evenly from the whole corpus (every third one, for 1 MiB of a 3.7 MiB
 * corpus), so that a shorter article holds the same mix as a longer one: some corpus articles
 * cost several times more per byte than others.
 */
function longArticle(articles, size) {
  const total = articles.reduce((sum, article) => sum + article.length, 0);
  const stride = Math.max(1, Math.floor(total / size));
  const parts = [];
  let bytes = 0;
  for (let i = 0; bytes < size; i++) {
    const text = articles[(i * stride + Math.floor((i * stride) / articles.length)) % articles.length].toString('utf8').replace(/^\uFEFF/, '').trim();
    parts.push(text);
    bytes += Buffer.byteLength(text) + 2;
  }
  return parts.join('\n\n') + '\n';
}

/**
 * How runs are measured: `measure(argv)` runs `node ...argv` with stdout to /dev/null and gives
 * its wall time and peak RSS (bytes, or undefined). GNU time when there is one, else a hook
 * loaded with --import that writes the process's own maxRSS (all its threads) at exit.
 */
function rssMeter() {
  const gnuTime = '/usr/bin/time';
  let hasGnuTime = false;
  try {
    execFileSync(gnuTime, ['-f', '%M', '-o', '/dev/null', 'true'], { stdio: 'ignore' });
    hasGnuTime = true;
  } catch {
    hasGnuTime = false;
  }
  const hook = path.join(tmp, 'max-rss.mjs');
  fs.writeFileSync(hook, `import fs from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); fs.writeFileSync(process.env.BENCH_RSS_FILE, \`\${u.maxRSS} \${u.userCPUTime / 1e6} \${u.systemCPUTime / 1e6}\`); });\n`);
  const report = path.join(tmp, 'rss.txt');
  const meter = (argv) => {
    fs.rmSync(report, { force: true });
    const run = hasGnuTime
      ? timed(argv, [gnuTime, '-f', '%M %U %S', '-o', report, process.execPath])
      : timed(['--import', hook, ...argv], [process.execPath], { BENCH_RSS_FILE: report });
    // "maxRSS-KiB user-seconds system-seconds", on the last line (GNU time may write a note before)
    const [kib, user, system] = (fs.existsSync(report) ? fs.readFileSync(report, 'utf8').trim().split('\n').at(-1) : '').split(' ').map(Number);
    return { ...run, rss: kib > 0 ? kib * 1024 : undefined, cpu: user + system >= 0 ? user + system : undefined };
  };
  meter.by = hasGnuTime ? 'GNU time' : 'process.resourceUsage()';
  return meter;
}

/** Runs `node ...argv` (or `prefix ...argv`) with stdout to /dev/null; fails the bench if it fails. */
function timed(argv, prefix = [process.execPath], env = {}) {
  const devNull = fs.openSync('/dev/null', 'w');
  const started = process.hrtime.bigint();
  const child = spawnSync(prefix[0], [...prefix.slice(1), ...argv], { stdio: ['ignore', devNull, 'pipe'], env: { ...process.env, ...env }, maxBuffer: 64 * MIB });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  fs.closeSync(devNull);
  if (child.status !== 0) fail(`${argv.join(' ')} exited ${child.status ?? child.signal}:\n${child.stderr}`);
  return { seconds };
}

/** How much faster two threads do a fixed piece of arithmetic than one: about 2 when a second core is free. */
async function parallelCapacity() {
  const code = `let x = 0; for (let i = 0; i < 2e8; i++) x += Math.sqrt(i); require('node:worker_threads').parentPort.postMessage(x);`;
  const run = async (threads) => {
    const started = performance.now();
    await Promise.all(Array.from({ length: threads }, () => new Promise((resolve, reject) => new Worker(code, { eval: true }).once('message', resolve).once('error', reject))));
    return performance.now() - started;
  };
  await run(1);
  return (2 * (await run(1))) / (await run(2));
}

function mib(bytes) {
  return (bytes / MIB).toFixed(1);
}

function ms(seconds) {
  return Number.isFinite(seconds) ? (seconds * 1000).toFixed(0).padStart(4) : ' n/a';
}

function cpuText(cpu) {
  return cpu === undefined ? 'n/a' : cpu.toFixed(2);
}

function rssText(rss) {
  return rss === undefined ? 'n/a' : (rss / 1e6).toFixed(0);
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

/** Times extractQuotes (dist/) on the two articles named, after a warm-up on the start of the first; prints both times in seconds. */
const WARM_SCALING = `
import fs from 'node:fs';
const { extractQuotes } = await import('./dist/index.js');
const [one, ten] = process.argv.slice(1).map((file) => fs.readFileSync(file, 'utf8'));
extractQuotes(one.slice(0, 300000));
const time = (text) => { const started = performance.now(); extractQuotes(text); return (performance.now() - started) / 1000; };
console.log(time(one), time(ten));
`;

/** The baseline: what a regex gets in a few lines. Same input walk and NDJSON output as whosaid. */
const BASELINE = `// Regex baseline: quotations between double marks, speaker = capitalised words next to "said".
import fs from 'node:fs';
import path from 'node:path';

const offset = (text, unit) => unit;

const QUOTE = /[“"]([^”"\\n]{2,2000})[”"]/g;
const NAME = String.raw\`((?:[A-Z][\\w’'-]+ ?){1,3})\`;
const AFTER = new RegExp(String.raw\`^[,.!?]?\\s*(?:said \${NAME}|\${NAME} said)\`);
const BEFORE = new RegExp(String.raw\`(?:\${NAME} said|said \${NAME})[,:]?\\s*$\`);

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(file);
    else if (entry.name.endsWith('.txt')) yield file;
  }
}

let out = '';
for (const file of walk(process.argv[2])) {
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(QUOTE)) {
    const end = m.index + m[0].length;
    const after = AFTER.exec(text.slice(end, end + 60));
    const before = after ? null : BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    const speaker = (after?.[1] ?? after?.[2] ?? before?.[1] ?? before?.[2])?.trim() ?? null;
    out += JSON.stringify({ file, text: m[1], start: offset(text, m.index), end: offset(text, end), speaker }) + '\\n';
  }
  if (out.length > 65536) (fs.writeSync(1, out), (out = ''));
}
fs.writeSync(1, out);
`;

/** The baseline's offsets: UTF-16 code units as they are, or code points as whosaid gives them (scripts/baselines.mjs). */
const CODE_UNITS = 'const offset = (text, unit) => unit;';
const CODE_POINTS = 'const offset = (text, unit) => Array.from(text.slice(0, unit)).length;';

const measure = rssMeter();
const { articles, from } = sourceArticles();
console.log(`whosaid bench: node ${process.version}, ${os.availableParallelism()} cores, load average ${os.loadavg()[0].toFixed(2)}, peak RSS by ${measure.by}`);
console.log(`parallel capacity now: ${(await parallelCapacity()).toFixed(2)}× (two threads of arithmetic against one; 2.00 = a second core wholly free)`);
if (scaling) runScaling(articles, from);
else runThroughput(articles, from);
