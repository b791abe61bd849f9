import type { ExtractOptions } from '../core/types.js';
import type { FileResult } from '../format/record.js';
import { MIB } from '../io/read.js';
import { analyze, type AnalyzeOptions, analyzeLoaded, type Input, load, sizeOf } from './analyze.js';
import { BATCH_TASKS, DEPTH, type PoolOptions, WorkerPool } from './pool.js';

/** How `--jobs` runs the inputs: `work` for `mapOrdered`, how many at once, and `close` at the end. */
export interface Jobs {
  /** reads one input on this thread and analyses it here or in a worker */
  work: (input: Input) => Promise<FileResult>;
  /** how many inputs may be in flight (read, or analysed and waiting for their turn to be written) */
  concurrency: number;
  /** stops the workers, if any were started */
  close: () => Promise<void>;
}

/** How worker threads are started (tests point them at the compiled worker and a fake extractor). */
export type WorkerOptions = Omit<PoolOptions, 'size'>;

/** The bytes of input read but not yet analysed, at most (and one input more). */
export const IN_FLIGHT_BYTES = 16 * MIB;

/**
 * Runs the batch on `jobs` threads: this one and `jobs - 1` workers. With one job everything
 * runs here, one input at a time. With more, inputs are read here and go to the workers while
 * they have less than a batch each waiting; otherwise this thread analyses the input itself.
 * The first input is always analysed here, and the workers start only when a second comes:
 * `whosaid article.txt` never pays for starting a thread.
 *
 * This thread as one of the jobs, not N workers beside it: it would be idle most of the time,
 * and each worker is a V8 heap of its own (30–60 MB of peak RSS).
 *
 * Memory stays flat: at most `concurrency` inputs are in flight, and reading waits while
 * IN_FLIGHT_BYTES of them are not yet analysed, so a folder of 60 MiB files holds a few of them,
 * not dozens.
 */
export function createJobs(jobs: number, options: ExtractOptions, workers: WorkerOptions = {}, how: AnalyzeOptions = {}): Jobs {
  if (jobs === 1) return { work: (input) => analyze(input, options, how), concurrency: 1, close: async () => undefined };
  let pool: WorkerPool | undefined;
  let first = true;
  const room = new Room(IN_FLIGHT_BYTES);
  const work = async (input: Input): Promise<FileResult> => {
    if ('error' in input) return analyze(input, options, how);
    if (first) {
      first = false;
      return analyze(input, options, how);
    }
    pool ??= new WorkerPool({ ...workers, size: jobs - 1 });
    await room.enter();
    const loaded = await load(input);
    if ('quotes' in loaded) return (room.take(0), loaded);
    // let the workers' answers in first (the batch loop can run on microtasks alone, and
    // would keep this thread from taking them), so that `pending` is up to date
    await new Promise((resolve) => setImmediate(resolve));
    // every worker has a batch waiting: this thread takes the input itself
    if (pool.pending >= (jobs - 1) * BATCH_TASKS) {
      room.take(0);
      return analyzeLoaded(loaded, options, how);
    }
    const size = sizeOf(loaded);
    room.take(size);
    try {
      return await pool.run(loaded, options);
    } finally {
      room.give(size);
    }
  };
  return { work, concurrency: jobs * DEPTH * BATCH_TASKS, close: async () => pool?.close() };
}

/**
 * Room for bytes in flight. `enter()` resolves, in call order and one caller at a time, once
 * less than `max` is taken; that caller then reads its input and `take`s its size, which lets
 * the next one in. So at most `max` plus one input is held, whatever the inputs' sizes.
 */
export class Room {
  readonly #max: number;
  #used = 0;
  #inside = false;
  readonly #waiting: (() => void)[] = [];

  constructor(max: number) {
    this.#max = max;
  }

  /** Waits for the turn of this caller and for room; then the caller must `take` (0 if it read nothing). */
  enter(): Promise<void> {
    return new Promise((resolve) => {
      this.#waiting.push(resolve);
      this.#next();
    });
  }

  /** The caller let in holds `bytes` now; the next may enter. */
  take(bytes: number): void {
    this.#used += bytes;
    this.#inside = false;
    this.#next();
  }

  /** `bytes` taken earlier are analysed. */
  give(bytes: number): void {
    this.#used -= bytes;
    this.#next();
  }

  #next(): void {
    if (this.#inside || this.#used >= this.#max || this.#waiting.length === 0) return;
    this.#inside = true;
    this.#waiting.shift()!();
  }
}
