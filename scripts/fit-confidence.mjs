#!/usr/bin/env node
// Fits the confidence weights (src/core/attribute/confidence-weights.ts) on a gold split.
//
//   npm run build && node scripts/fit-confidence.mjs [GOLD_DIR] [--check DIR] [--dry-run] [--dump FILE]
//
// GOLD_DIR defaults to ../shared/corpus/polnear/train. Runs the built library over every
// <stem>.txt with the evidence of each record, matches the records with the gold quotations as
// ../shared/eval/score.mjs does (see its README), and fits a logistic regression from the
// features of each found gold quotation whose record names a speaker to whether that speaker is
// right. The fit is deterministic: files and features in sorted order, Newton's method for a
// fixed number of steps from zero, weights rounded to three places; the same input writes the
// same bytes. `--check DIR` prints the calibration the new weights give on DIR (dev); rebuild
// afterwards so that the command line uses them. `--dump FILE`: each attribution fitted on, as a
// JSON line (features, right, the record's speaker and the gold source), to study the misses.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : undefined);
const flag = (name) => (args.includes(name) ? (args.splice(args.indexOf(name), 1), true) : false);
const check = option('--check');
const dryRun = flag('--dry-run');
const dump = option('--dump');
const goldDir = path.resolve(args[0] ?? path.join(root, '..', 'shared', 'corpus', 'polnear', 'train'));
const out = path.join(root, 'src', 'core', 'attribute', 'confidence-weights.ts');
/** features seen fewer times than this keep no weight of their own */
const MIN_COUNT = 8;
/** L2 penalty on the weights (not the bias): keeps rare features near zero */
const L2 = 2;
const STEPS = 30;

const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
if (!fs.existsSync(path.join(root, 'dist', 'core', 'extract.js'))) fail('dist/ is missing: run `npm run build` first');
const { extractWithEvidence } = await import(dist('core/extract.js'));
const { FEATURES } = await import(dist('core/attribute/confidence.js'));
const { decodeArticle } = await import(dist('index.js'));

/** [features, right] of each found gold quotation with a source whose record names a speaker. */
function examples(dir) {
  if (!fs.existsSync(dir)) fail(`${dir}: no such directory`);
  const found = [];
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const stem = f.replace(/\.gold\.json$/, '');
    const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const decoded = decodeArticle(fs.readFileSync(path.join(dir, stem + '.txt')));
    if ('error' in decoded) continue;
    const ps = extractWithEvidence(decoded.text).filter((p) => p.parent === null);
    for (const [g, p] of matched(ps, gold.quotes)) {
      if (!g.source || !p.speaker) continue;
      found.push({ features: [...(p.evidence ?? [])].sort(), right: speakerMatches(p, g) ? 1 : 0, doc: stem, text: p.text.slice(0, 60), speaker: p.speaker, gold: g.source.text });
    }
  }
  return found;
}

/** Gold quotations and the record that takes each, as the scorer pairs them. */
function matched(ps, golds) {
  const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const pairs = [];
  ps.forEach((p, pi) => golds.forEach((g, gi) => {
    const o = overlap(p, g);
    if (o > 0 && (o >= 0.5 * (g.end - g.start) || o >= 0.5 * (p.end - p.start))) pairs.push({ pi, gi, o });
  }));
  const covered = ps.map((p, pi) => pairs.filter((x) => x.pi === pi).reduce((n, x) => n + x.o, 0) >= 0.5 * (p.end - p.start));
  const owner = new Map();
  for (const x of pairs.filter((x) => covered[x.pi]).sort((a, b) => b.o - a.o || a.gi - b.gi || a.pi - b.pi)) if (!owner.has(x.gi)) owner.set(x.gi, x.pi);
  return [...owner].sort((a, b) => a[0] - b[0]).map(([gi, pi]) => [golds[gi], ps[pi]]);
}

// the scorer's speaker match: the mention overlaps the gold source, or a name word is shared
const STOP = new Set(('he she they it we i you him her them his their its this that these those who which ' +
  'the a an of and or for to in on at by with from as mr mrs ms miss dr sen rep gov president ' +
  'said says told according spokesman spokeswoman spokesperson').split(' '));
const words = (s) => String(s ?? '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  .replace(/['’]s\b/g, '').split(/[^a-z0-9]+/).filter((t) => t.length >= 3 && !STOP.has(t));
function speakerMatches(p, g) {
  const m = p.mention;
  const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  if (m && m.end - m.start <= 80 && g.source.spans.some(([s, e]) => overlap(m, { start: s, end: e }) > 0)) return true;
  const gt = new Set(words(g.source.text));
  return [...words(p.speaker).slice(0, 8), ...words(m && m.text).slice(0, 8)].some((t) => gt.has(t));
}

/** Logistic regression by Newton's method: a bias and one weight per feature, L2 on the weights. */
function fit(samples, features) {
  const n = features.length + 1;
  const index = new Map(features.map((f, i) => [f, i + 1]));
  const rows = samples.map((s) => [0, ...s.features.filter((f) => index.has(f)).map((f) => index.get(f))]);
  let w = new Array(n).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const grad = new Array(n).fill(0);
    const hess = Array.from({ length: n }, () => new Array(n).fill(0));
    rows.forEach((row, k) => {
      const z = row.reduce((t, i) => t + w[i], 0);
      const p = 1 / (1 + Math.exp(-z));
      const r = p - samples[k].right;
      const v = p * (1 - p);
      for (const i of row) {
        grad[i] += r;
        for (const j of row) hess[i][j] += v;
      }
    });
    for (let i = 1; i < n; i++) { grad[i] += L2 * w[i]; hess[i][i] += L2; }
    hess[0][0] += 1e-6;
    const delta = solve(hess, grad);
    w = w.map((x, i) => x - delta[i]);
  }
  const round = (x) => Math.round(x * 1000) / 1000 + 0;
  return { bias: round(w[0]), weights: features.map((f, i) => [f, round(w[i + 1])]) };
}

/** Solves A x = b by Gaussian elimination with partial pivoting. */
function solve(A, b) {
  const n = b.length;
  const m = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = c + 1; r < n; r++) {
      const k = m[r][c] / m[c][c];
      if (k !== 0) for (let j = c; j <= n; j++) m[r][j] -= k * m[c][j];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let t = m[r][n];
    for (let j = r + 1; j < n; j++) t -= m[r][j] * x[j];
    x[r] = t / m[r][r];
  }
  return x;
}

/** ece, sure and sureRight of the weights on some samples, as the scorer counts them; with bins. */
function report(samples, bias, weights, bins = false) {
  const wm = new Map(weights);
  const conf = (s) => Math.round(100 / (1 + Math.exp(-(bias + s.features.reduce((t, f) => t + (wm.get(f) ?? 0), 0))))) / 100;
  const b = Array.from({ length: 10 }, () => ({ n: 0, right: 0, conf: 0 }));
  let sure = 0, sureRight = 0;
  for (const s of samples) {
    const c = conf(s);
    const bin = b[Math.min(9, Math.floor(c * 10))];
    bin.n++; bin.right += s.right; bin.conf += c;
    if (c >= 0.9) { sure++; sureRight += s.right; }
  }
  const ece = b.reduce((e, x) => e + (x.n ? (x.n / samples.length) * Math.abs(x.right / x.n - x.conf / x.n) : 0), 0);
  const lines = bins ? '\n' + b.map((x, i) => x.n ? `  ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}: ${x.n}, mean ${(x.conf / x.n).toFixed(3)}, right ${(x.right / x.n).toFixed(3)}` : '').filter(Boolean).join('\n') : '';
  return `ece=${ece.toFixed(3)} sure=${(sure / samples.length).toFixed(3)} sureRight=${(sureRight / Math.max(1, sure)).toFixed(3)}${lines}`;
}

function render(bias, weights) {
  const body = weights.map(([f, w]) => `    '${f}': ${w},`).join('\n');
  return `/**
 * The confidence weights: a record's confidence is the logistic of the bias plus the weights of
 * its features (confidence.ts). Written by scripts/fit-confidence.mjs from the train split; to
 * refit: \`npm run build && node scripts/fit-confidence.mjs --check ../shared/corpus/polnear/dev && npm run build\`.
 * Do not edit by hand.
 */
export const WEIGHTS: { bias: number; features: Record<string, number> } = {
  bias: ${bias},
  features: {
${body}
  },
};
`;
}

async function main() {
  const samples = examples(goldDir);
  const features = [...new Set(samples.flatMap((s) => s.features))].filter((f) => samples.filter((s) => s.features.includes(f)).length >= MIN_COUNT).sort();
  for (const f of features) if (!FEATURES.has(f)) fail(`feature ${f} is not in FEATURES (src/core/attribute/confidence.ts)`);
  const { bias, weights } = fit(samples, features);
  const text = render(bias, weights);
  console.error(`fit-confidence: ${samples.length} attributions in ${goldDir}, ${features.length} features; ${report(samples, bias, weights)}`);
  if (check) {
    const held = examples(path.resolve(check));
    console.error(`fit-confidence: check on ${check}: ${held.length} attributions; ${report(held, bias, weights, true)}`);
  }
  if (dump) fs.writeFileSync(dump, samples.map((s) => JSON.stringify(s)).join('\n') + '\n');
  if (!dryRun) fs.writeFileSync(out, text);
}

function fail(message) {
  console.error(`fit-confidence: ${message}`);
  process.exit(2);
}

main();
