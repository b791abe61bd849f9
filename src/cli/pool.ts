import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../core/types.js';
import type { FileResult } from '../format/record.js';
import { failed, type Loaded, sizeOf } from './analyze.js';
import { internalError } from './diagnostics.js';

/** One input for a worker: its bytes (decoded there) or its text (an `--input ndjson` record), and the extractor's options. */
export type Task = Loaded & { options: ExtractOptions };

/** Tasks sent to a worker in one message; it answers them in one `Done`, results in the same order. */
export interface Batch {
  id: number;
  tasks: Task[];
}

/** A worker's answer to a batch. */
export interface Done {
  id: number;
  results: FileResult[];
}

/** What a worker is started with (`workerData`). */
export interface WorkerSetup {
  /** the URL of a module whose `extractQuotes` replaces the core's (tests only) */
  extractor?: string;
}

/** How the pool starts its workers. */
export interface PoolOptions {
  /** the most worker threads at once */
  size: number;
  /** the worker's script: the compiled worker.js beside this file unless a test says otherwise */
  script?: URL;
  /** the URL of a module whose `extractQuotes` the workers use in place of the core's (tests only) */
  extractor?: string;
  /** the old generation of each worker's heap, in MB (tests give a small one); OLD_MB by default */
  oldMb?: number;
  /** leave the young generation at V8's size, for workers that take large inputs (see YOUNG_MB) */
  largeInputs?: boolean;
}

/** A task waiting for a worker, and whom to tell when it is done. */
interface Pending {
  task: Task;
  resolve: (result: FileResult) => void;
  /** sent alone: it was in a batch whose worker died, and may be the reason */
  alone: boolean;
}

/** A worker thread and the batches posted to it, in order: the first is running, the others wait in its port. */
interface Slot {
  worker: Worker;
  batches: Pending[][];
}

/**
 * Batches posted to a worker ahead of its answers. With two, a worker that finishes one starts the
 * next at once, without waiting for this thread to take the answer and post another (this thread
 * may be busy writing output, or not scheduled at all when other processes hold the cores).
 */
export const DEPTH = 2;
/** The most tasks in a batch: a message costs about 70 µs of both threads' time, an article about 1 ms. */
export const BATCH_TASKS = 16;
/** A batch stops growing past this many bytes, so a worker with long articles gets them one at a time. */
const BATCH_BYTES = 256 * 1024;
/**
 * The young generation of a worker's heap, in MB. V8 lets it grow to 34 MB in each isolate;
 * at 16 the peak RSS of `--jobs 2` drops by some 25 MB with no change in CPU time measured
 * (docs/performance.md). Not for a worker of large inputs: on an 8 MiB article of quotations,
 * more objects live long enough to be promoted, and the peak RSS grows by 250 MB (918 → 1,162 MB).
 */
const YOUNG_MB = 16;
/**
 * The old generation of a worker's heap, in MB: V8's own limit on this machine (4,144 MB), given
 * so that a worker that reaches it is stopped alone (ERR_WORKER_OUT_OF_MEMORY) and its input gets
 * `outOfMemory`, where the main thread would end the process (exit 134, the next file never read).
 */
const OLD_MB = 4096;

/** The error of an input whose extraction ran out of memory in its worker. */
export function outOfMemory(mb: number): string {
  return `too large to analyse: it needs more than ${mb} MB of memory`;
}

/**
 * A pool of worker threads running `analyzeLoaded` (worker.ts). Workers are
 * started as tasks come, up to `size`. Tasks waiting here go to workers in batches (up to
 * BATCH_TASKS, and a share of the queue, so that every worker gets some), DEPTH batches per
 * worker at most; each worker runs its tasks one at a time, in order.
 *
 * `run` never rejects. A worker that dies (an exception outside a task, out of memory) is
 * replaced: the tasks of the batch it was running are run again, each alone, and the one that
 * kills its worker alone gets an `internal error: …` result, or `outOfMemory`'s when it ran out of memory.
 *
 * Bytes are copied to the worker, not moved: a batch must stay whole here until answered, in
 * case its worker dies. The copy costs about 1 µs for an article.
 */
export class WorkerPool {
  readonly #options: PoolOptions;
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  #nextId = 0;
  #closed = false;

  constructor(options: PoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`pool size must be a positive integer, got ${options.size}`);
    this.#options = options;
  }

  /** Tasks given to `run` and not answered yet: waiting here, or posted to a worker. */
  get pending(): number {
    return this.#queue.length + this.#slots.reduce((sum, slot) => sum + slot.batches.reduce((n, batch) => n + batch.length, 0), 0);
  }

  /** Runs one input in a worker: its bytes are decoded there, or its text taken as it is. */
  run(input: Loaded, options: ExtractOptions): Promise<FileResult> {
    if (this.#closed) return Promise.resolve(failed(input.file, 'internal error: the worker pool is closed'));
    const task: Task = { ...input, options };
    return new Promise((resolve) => {
      this.#queue.push({ task, resolve, alone: false });
      this.#dispatch();
    });
  }

  /** Stops every worker; tasks still waiting or running are dropped (their promises never settle). */
  async close(): Promise<void> {
    this.#closed = true;
    this.#queue.length = 0;
    const slots = this.#slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /** Hands waiting tasks to workers: an idle one, else a new one while there are fewer than `size`, else the least busy. */
  #dispatch(): void {
    while (this.#queue.length > 0 && !this.#closed) {
      const slot =
        this.#slots.find((s) => s.batches.length === 0) ??
        (this.#slots.length < this.#options.size ? this.#start() : undefined) ??
        this.#slots.reduce<Slot | undefined>((best, s) => (s.batches.length < DEPTH && (!best || s.batches.length < best.batches.length) ? s : best), undefined);
      if (slot === undefined) return;
      const batch = this.#takeBatch();
      slot.batches.push(batch);
      slot.worker.postMessage({ id: this.#nextId++, tasks: batch.map((p) => p.task) } satisfies Batch);
    }
  }

  /** The next batch from the front of the queue: one task alone, or up to BATCH_TASKS, BATCH_BYTES and a fair share of the queue. */
  #takeBatch(): Pending[] {
    const first = this.#queue.shift()!;
    const batch = [first];
    if (first.alone) return batch;
    const share = Math.min(BATCH_TASKS, Math.ceil((this.#queue.length + 1) / this.#options.size));
    let bytes = sizeOf(first.task);
    while (batch.length < share && bytes < BATCH_BYTES && this.#queue.length > 0 && !this.#queue[0]!.alone) {
      const next = this.#queue.shift()!;
      batch.push(next);
      bytes += sizeOf(next.task);
    }
    return batch;
  }

  #start(): Slot {
    const setup: WorkerSetup = this.#options.extractor === undefined ? {} : { extractor: this.#options.extractor };
    const resourceLimits = {
      maxOldGenerationSizeMb: this.#options.oldMb ?? OLD_MB,
      ...(this.#options.largeInputs ? {} : { maxYoungGenerationSizeMb: YOUNG_MB }),
    };
    const worker = new Worker(this.#options.script ?? new URL('./worker.js', import.meta.url), { workerData: setup, resourceLimits });
    const slot: Slot = { worker, batches: [] };
    worker.on('message', (done: Done) => {
      // a worker answers its batches in the order they were posted
      const batch = slot.batches.shift() ?? [];
      batch.forEach((pending, i) => pending.resolve(done.results[i] ?? failed(pending.task.file, 'internal error: no result from the worker')));
      this.#dispatch();
    });
    // an exception outside a task, or out of memory: the worker is gone
    worker.on('error', (error) =>
      this.#lose(slot, (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(resourceLimits.maxOldGenerationSizeMb) : internalError(error)),
    );
    worker.on('exit', (code) => this.#lose(slot, internalError(`worker stopped (exit code ${code})`)));
    this.#slots.push(slot);
    return slot;
  }

  /**
   * A worker died while running its first batch. A task alone in that batch gets an internal
   * error; the others go back to the front of the queue, those of the running batch to be run alone
   * (one of them may be the reason), and a new worker takes its place when needed.
   */
  #lose(slot: Slot, message: string): void {
    const index = this.#slots.indexOf(slot);
    if (index === -1) return;
    this.#slots.splice(index, 1);
    const [running = [], ...waiting] = slot.batches.splice(0);
    const again: Pending[] = [];
    if (running.length === 1) running[0]!.resolve(failed(running[0]!.task.file, message));
    else again.push(...running.map((pending) => ({ ...pending, alone: true })));
    this.#queue.unshift(...again, ...waiting.flat());
    this.#dispatch();
  }
}
