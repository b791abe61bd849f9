#!/usr/bin/env node
// Scores whosaid on a folder of gold articles with the shared scorer.
//
//   npm run eval -- [GOLD_DIR] [--errors N] [--keep FILE]
//
// GOLD_DIR defaults to ../shared/corpus/polnear/dev. Runs the built library over every
// <stem>.txt, writes the NDJSON records to a temporary file (or --keep FILE), and hands it to
// ../shared/eval/score.mjs, whose last line holds the figures (see its README).
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
const goldDir = path.resolve(args[0] ?? path.join(root, '..', 'shared', 'corpus', 'polnear', 'dev'));
const scorer = path.resolve(root, '..', 'shared', 'eval', 'score.mjs');
if (!fs.existsSync(goldDir)) fail(`${goldDir}: no such directory`);
if (!fs.existsSync(scorer)) fail(`${scorer}: the scorer is missing (it lives in ../shared/eval)`);

const { extractQuotes } = await import(path.join(root, 'dist', 'index.js')).catch(() => fail('dist/ is missing: run `npm run build` first'));
const out = keep ? path.resolve(keep) : path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-eval-')), 'predictions.ndjson');
const lines = [];
const started = process.hrtime.bigint();
let bytes = 0;
const files = fs.readdirSync(goldDir).filter((f) => f.endsWith('.txt')).sort();
for (const f of files) {
  const text = fs.readFileSync(path.join(goldDir, f), 'utf8').replace(/^\uFEFF/, '');
  bytes += Buffer.byteLength(text);
  for (const q of extractQuotes(text)) lines.push(JSON.stringify({ file: f, ...q }));
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
fs.writeFileSync(out, lines.join('\n') + '\n');
console.error(`eval: ${files.length} articles, ${lines.length} quotes, ${(bytes / 1048576 / seconds).toFixed(1)} MiB/s extraction; predictions in ${out}`);
const scored = spawnSync(process.execPath, [scorer, goldDir, out, ...(errors ? ['--errors', errors] : [])], { stdio: 'inherit' });
process.exitCode = scored.status ?? 1;

function fail(message) {
  console.error(`eval: ${message}`);
  process.exit(2);
}
