/**
 * A worker thread of `--jobs N`: decodes and extracts the inputs the main thread sends it, in
 * batches, and sends the results of each batch back in one message, in the same order. It loads
 * the core and nothing of the command line (no commander, chalk or fast-glob), so it starts
 * quickly.
 *
 *     main thread ── Batch {id, tasks: [{file, bytes | text, options}, …]} ──► worker
 *     main thread ◄── Done {id, results: [FileResult, …]} ──────────────────── worker
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeLoaded, type Extract } from './analyze.js';
import type { Batch, Done, WorkerSetup } from './pool.js';

const setup = (workerData ?? {}) as WorkerSetup;
// tests give a stand-in extractor (one that throws on a chosen article); users never do
const extract: Extract | undefined = setup.extractor ? ((await import(setup.extractor)) as { extractQuotes: Extract }).extractQuotes : undefined;

// a worker is stopped from outside (terminate), so it needs no signal of its own
parentPort!.on('message', async (batch: Batch) => {
  const results = [];
  for (const task of batch.tasks) results.push(await analyzeLoaded(task, task.options, { extract }));
  parentPort!.postMessage({ id: batch.id, results } satisfies Done);
});
