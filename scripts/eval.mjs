#!/usr/bin/env node
// Scores whosaid on a folder of gold articles with the shared scorer.
//
//   npm run eval -- [GOLD_DIR] [--errors N] [--keep FILE] [--indirect] [--calibration] [--json]
//
// GOLD_DIR defaults to ../shared/corpus/polnear/dev. Runs `whosaid --ndjson GOLD_DIR` (the built
// command line) over every <stem>.txt, keeps the records in a temporary file (or --keep FILE), and
// hands them to ../shared/eval/score.mjs, whose last line holds the figures (see its README);
// --calibration (the bins of confidence) and --json go to the scorer as they are.
// --indirect is passed to whosaid: the records of speech without quotation marks are scored too
// (the rep* figures), and leave the quotation figures as they are.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : undefined);
const errors = option('--errors');
const keep = option('--keep');
const passed = ['--calibration', '--json'].filter((f) => args.includes(f) && args.splice(args.indexOf(f), 1));
const indirect = args.includes('--indirect') ? (args.splice(args.indexOf('--indirect'), 1), true) : false;
const goldDir = path.resolve(args[0] ?? path.join(root, '..', 'shared', 'corpus', 'polnear', 'dev'));
const scorer = path.resolve(root, '..', 'shared', 'eval', 'score.mjs');
if (!fs.existsSync(goldDir)) fail(`${goldDir}: no such directory`);
if (!fs.existsSync(scorer)) fail(`${scorer}: the scorer is missing (it lives in ../shared/eval)`);

const out = keep ? path.resolve(keep) : path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-eval-')), 'predictions.ndjson');
const bin = path.join(root, 'bin', 'whosaid.js');
if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) fail('dist/ is missing: run `npm run build` first');
// the real command line, as a script would run it: NDJSON of every article in the folder
const started = process.hrtime.bigint();
const run = spawnSync(process.execPath, [bin, '--ndjson', '--quiet', ...(indirect ? ['--indirect'] : []), goldDir], { encoding: 'utf8', maxBuffer: 1 << 30 });
if (run.status !== 0) fail(`whosaid exited with ${run.status}: ${run.stderr.trim()}`);
fs.writeFileSync(out, run.stdout);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const bytes = fs.readdirSync(goldDir).filter((f) => f.endsWith('.txt')).reduce((n, f) => n + fs.statSync(path.join(goldDir, f)).size, 0);
const quotes = run.stdout.split('\n').filter(Boolean).length;
console.error(`eval: ${quotes} records in ${seconds.toFixed(1)} s (${(bytes / 1048576 / seconds).toFixed(1)} MiB/s, start-up included); predictions in ${out}`);
const scored = spawnSync(process.execPath, [scorer, goldDir, out, ...(errors ? ['--errors', errors] : []), ...passed], { stdio: 'inherit' });
process.exitCode = scored.status ?? 1;

function fail(message) {
  console.error(`eval: ${message}`);
  process.exit(2);
}
