/**
 * A worker thread of `--jobs N`: decodes and extracts the inputs the main thread sends it, one
 * at a time, and sends each result back. It loads the core and nothing of the command line
 * (no commander, chalk or fast-glob), so it starts quickly.
 *
 *     main thread ── Task {id, file, bytes | text, options} ──► worker
 *     main thread ◄── Done {id, result} ─────────────────────── worker
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeBytes, analyzeText, type Extract } from './analyze.js';
import type { Done, Task, WorkerSetup } from './pool.js';

const setup = (workerData ?? {}) as WorkerSetup;
// tests give a stand-in extractor (one that throws on a chosen article); users never do
const extract: Extract | undefined = setup.extractor ? ((await import(setup.extractor)) as { extractQuotes: Extract }).extractQuotes : undefined;

parentPort!.on('message', (task: Task) => {
  const result = task.bytes !== undefined
    ? analyzeBytes(task.file, task.bytes, task.options, extract)
    : analyzeText(task.file, task.text ?? '', 'utf-8', task.options, extract);
  parentPort!.postMessage({ id: task.id, result } satisfies Done);
});
