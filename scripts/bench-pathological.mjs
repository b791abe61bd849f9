#!/usr/bin/env node
// Times extractQuotes on each pathological article (scripts/pathological.mjs) at 1×, 2×, 4× and
// 8× a base size, and prints the time ratios: linear time doubles with the size (ratio ~2),
// quadratic time quadruples (~4). Times are CPU time, which moves less than wall time with the
// load of a shared machine; a case is judged by the median of its ratios.
//
//   npm run bench:pathological [-- --base KiB] [--budget seconds] [--only name,name]
//
// --base     size of the 1× text in Ki code units (≈ characters); default 512 (0.5 Mi → 4 Mi)
// --budget   a run taking longer is stopped, and the larger sizes of its case are not tried;
//            default 60. A case stopped so is super-linear: linear time would have fitted.
// --only     the cases to run, by name
//
// Each run is one call of extractQuotes (default options) in a worker thread of its own, after a
// warm-up on a small text of the same case, so one run neither warms nor slows the next and a
// run over budget can be stopped. The worker's stack is that of the main thread (about 1 MB),
// where the CLI runs the core. Uses dist/: run `npm run build` first.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { CASES } from './pathological.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const library = pathToFileURL(path.join(root, 'dist', 'index.js')).href;

if (!isMainThread) {
  // one run: build the text, warm up, time one call
  const { name, length } = workerData;
  const { extractQuotes } = await import(library);
  const make = CASES.find((c) => c.name === name).make;
  extractQuotes(make(4096));
  const text = make(length);
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  try {
    const records = extractQuotes(text).length;
    const { user, system } = process.cpuUsage(cpu);
    parentPort.postMessage({ ms: (user + system) / 1000, wall: Number(process.hrtime.bigint() - started) / 1e6, records, length: text.length });
  } catch (error) {
    parentPort.postMessage({ error: `${error?.name ?? 'Error'}: ${error?.message ?? error}` });
  }
} else {
  await main();
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : undefined);
  const base = Number(option('--base') ?? 512) * 1024;
  const budget = Number(option('--budget') ?? 60) * 1000;
  const only = option('--only')?.split(',');
  if (args.length > 0 || !(base >= 1024) || !(budget > 0)) fail('usage: npm run bench:pathological -- [--base KiB] [--budget seconds] [--only name,name]');
  const unknown = only?.filter((name) => !CASES.some((c) => c.name === name)) ?? [];
  if (unknown.length > 0) fail(`no such case: ${unknown.join(', ')} (cases: ${CASES.map((c) => c.name).join(', ')})`);
  if (!fs.existsSync(new URL(library))) fail('dist/ is missing: run `npm run build` first');

  const sizes = [1, 2, 4, 8].map((k) => k * base);
  console.log(`extractQuotes on pathological articles: CPU time at ${sizes.map(label).join(', ')} code units; ratio = time / time at half the size`);
  console.log(`(linear ≈ 2, quadratic ≈ 4; a run over ${budget / 1000} s of wall time is stopped)\n`);
  const head = ['case', ...sizes.map(label), 'ratios', 'verdict'];
  const widths = [28, 11, 11, 11, 11, 20, 0];
  console.log(row(head, widths));
  for (const c of CASES.filter((c) => !only || only.includes(c.name))) {
    const times = [];
    const cells = [];
    let verdict = null;
    for (const length of sizes) {
      const result = await time(c.name, length, budget);
      if ('error' in result) {
        cells.push('threw');
        verdict = result.error;
        break;
      }
      if ('overBudget' in result) {
        cells.push(`>${budget / 1000} s`);
        verdict = `SUPER-LINEAR (${label(length)} took over ${budget / 1000} s)`;
        break;
      }
      times.push(result.ms);
      cells.push(ms(result.ms));
    }
    while (cells.length < sizes.length) cells.push('-');
    const ratios = times.slice(1).map((t, i) => t / times[i]);
    // times of a few milliseconds are mostly noise: judge by the ratios of runs long enough to mean something
    const telling = ratios.filter((_, i) => times[i] >= 20).sort((a, b) => a - b);
    const median = telling[Math.floor(telling.length / 2)];
    verdict ??= median === undefined ? 'too fast to tell' : median > 3 ? 'SUPER-LINEAR' : median < 2.6 ? 'linear' : 'unclear';
    console.log(row([c.name, ...cells, ratios.map((r) => r.toFixed(1)).join(' ') || '-', verdict], widths));
  }
}

/** One run in a worker: `{ms, records}`, `{error}`, or `{overBudget}` when it ran past the budget. */
function time(name, length, budget) {
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { name, length }, resourceLimits: { stackSizeMb: 1 } });
    const timer = setTimeout(() => {
      resolve({ overBudget: true });
      void worker.terminate();
    }, budget);
    worker.once('message', (message) => {
      clearTimeout(timer);
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({ error: `${error.name}: ${error.message}` });
    });
  });
}

function label(length) {
  return length >= 1024 * 1024 ? `${length / 1024 / 1024} Mi` : `${length / 1024} Ki`;
}

function ms(value) {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

function row(cells, widths) {
  return cells.map((cell, i) => (widths[i] ? String(cell).padEnd(widths[i]) : cell)).join(' ').trimEnd();
}

function fail(message) {
  console.error(`bench-pathological: ${message}`);
  process.exit(2);
}
