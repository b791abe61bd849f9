import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../core/types.js';
import type { FileResult } from '../format/record.js';
import { failed } from './analyze.js';

/** One input for a worker: its bytes (decoded there) or its text (an `--input ndjson` record). */
export type Task = { id: number; file: string; options: ExtractOptions } & ({ bytes: Uint8Array; text?: undefined } | { text: string; bytes?: undefined });

/** A worker's answer to a task. */
export interface Done {
  id: number;
  result: FileResult;
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
}

/** A task waiting for a worker, and whom to tell when it is done. */
interface Pending {
  task: Task;
  resolve: (result: FileResult) => void;
}

/** A worker thread and the task it is running, if any. */
interface Slot {
  worker: Worker;
  running: Pending | undefined;
}

/**
 * A pool of worker threads running `analyzeBytes` / `analyzeText` (worker.ts). Workers are
 * started as tasks come, up to `size`; each runs one task at a time, the others wait here in
 * order. `run` never rejects: a worker that dies (an exception outside a task, out of memory)
 * gives its task an `internal error: …` result and is replaced for the next task.
 *
 * Bytes are moved to the worker, not copied, when the buffer is theirs alone.
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

  /** Runs one input in a worker: its bytes are decoded there, or its text taken as it is. */
  run(input: { file: string; bytes: Uint8Array } | { file: string; text: string }, options: ExtractOptions): Promise<FileResult> {
    if (this.#closed) return Promise.resolve(failed(input.file, 'internal error: the worker pool is closed'));
    const task: Task = 'bytes' in input
      ? { id: this.#nextId++, file: input.file, options, bytes: input.bytes }
      : { id: this.#nextId++, file: input.file, options, text: input.text };
    return new Promise((resolve) => {
      this.#queue.push({ task, resolve });
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

  /** Hands waiting tasks to idle workers, starting workers while there are fewer than `size`. */
  #dispatch(): void {
    while (this.#queue.length > 0 && !this.#closed) {
      const slot = this.#slots.find((s) => s.running === undefined) ?? (this.#slots.length < this.#options.size ? this.#start() : undefined);
      if (slot === undefined) return;
      const pending = this.#queue.shift()!;
      slot.running = pending;
      const { bytes } = pending.task;
      const movable = bytes !== undefined && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
      slot.worker.postMessage(pending.task, movable ? [bytes.buffer as ArrayBuffer] : []);
    }
  }

  #start(): Slot {
    const setup: WorkerSetup = this.#options.extractor === undefined ? {} : { extractor: this.#options.extractor };
    const worker = new Worker(this.#options.script ?? new URL('./worker.js', import.meta.url), { workerData: setup });
    const slot: Slot = { worker, running: undefined };
    worker.on('message', (done: Done) => {
      const pending = slot.running;
      slot.running = undefined;
      pending?.resolve(done.result);
      this.#dispatch();
    });
    // an exception outside a task, or out of memory: the worker is gone, its task failed
    worker.on('error', (error) => this.#lose(slot, error.message));
    worker.on('exit', (code) => this.#lose(slot, `worker stopped (exit code ${code})`));
    this.#slots.push(slot);
    return slot;
  }

  /** A worker died: its task gets an internal error, and a new worker takes its place when needed. */
  #lose(slot: Slot, message: string): void {
    const index = this.#slots.indexOf(slot);
    if (index === -1) return;
    this.#slots.splice(index, 1);
    const pending = slot.running;
    slot.running = undefined;
    pending?.resolve(failed(pending.task.file, `internal error: ${message}`));
    this.#dispatch();
  }
}
