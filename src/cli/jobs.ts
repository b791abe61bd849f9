import type { ExtractOptions } from '../core/types.js';
import type { FileResult } from '../format/record.js';
import { MIB } from '../io/read.js';
import { analyze, type AnalyzeOptions, analyzeLoaded, type Input, type Loaded, load, sizeOf } from './analyze.js';
import { BATCH_TASKS, DEPTH, type PoolOptions, WorkerPool } from './pool.js';

/** How `--jobs` runs the inputs: `work` for `mapOrdered`, how many at once, and `close` at the end. */
export interface Jobs {
  /** reads one input on this thread and analyses it here or in a worker */
  work: (input: Input) => Promise<FileResult>;
  /** how many inputs may be in flight (read, or analysed and waiting for their turn to be written), now */
  readonly concurrency: number;
  /** stops the workers, if any were started */
  close: () => Promise<void>;
}

/** How worker threads are started (tests point them at the compiled worker and a fake extractor). */
export type WorkerOptions = Omit<PoolOptions, 'size'>;

/** The bytes of input read but not yet analysed, at most (and one input more). */
export const IN_FLIGHT_BYTES = 16 * MIB;

/**
 * The work left, in bytes of input, that pays for starting the workers when `--jobs` is not
 * given. Each worker is a V8 isolate that loads the core and compiles its hot code itself:
 * about 1 s of CPU before it runs at full speed, which on two shared cores takes from the main
 * thread what it gives (measured: the default was 0.97× one job on 19 MiB of articles). See
 * docs/performance.md for the figures this value rests on.
 */
export const WORKERS_PAY_BYTES = 32 * MIB;

/**
 * The cores that must be idle, about, for a worker to pay: this thread's and the worker's. A
 * worker on a core another process holds shares it with that process (measured on two shared
 * cores under load: the default with a worker 0.97× one job on 90 MiB, for 50% more CPU).
 */
export const IDLE_CORES_NEEDED = 1.5;

/**
 * Inputs of this many bytes or more are analysed in a worker thread kept for them, one at a
 * time, whatever `--jobs` says: a signal then stops the run at once, not after seconds of
 * extraction (the core cannot yet be stopped inside an article: a 2.9 MiB single-line article
 * held a signal 3.5 s on this thread, measured under load), and an input that needs more memory
 * than a worker may take fails alone, with one error line, where on this thread it would end the
 * process. 1 MiB is about a third of a second of news text, more for a single line; the worker
 * costs some 0.2 s to start, its own warm-up and some 40 MB of RSS (a 10 MiB article: 259 MB).
 * No article of the corpus comes near (the largest is 34 KB).
 */
export const ISOLATE_BYTES = 1 * MIB;

/** When the workers start: at the second input (`--jobs N` given), or once the batch has shown it is big. */
export interface StartRule {
  /** start the workers only when the work left is at least this many bytes of input (0: at the second input) */
  minBytes: number;
  /** how many inputs the batch has, when they were listed first (text inputs); else unknown */
  total?: number;
  /** the cores idle when the run started (cores less the load average); with fewer than IDLE_CORES_NEEDED, no worker pays */
  idleCores?: number;
}

/**
 * Whether the work left is big enough for the workers: the inputs left times the mean size of
 * those taken so far, or (when their number is unknown: records read from a stream) the bytes
 * taken so far. Two inputs at least must be left: a worker cannot share one input with this
 * thread. And the machine must have a core to spare for it.
 */
export function workersPay(rule: StartRule, taken: number, bytesTaken: number): boolean {
  if (rule.minBytes === 0) return true;
  if (rule.idleCores !== undefined && rule.idleCores < IDLE_CORES_NEEDED) return false;
  if (rule.total === undefined) return bytesTaken >= rule.minBytes;
  const left = rule.total - taken;
  return left >= 2 && (left * bytesTaken) / Math.max(1, taken) >= rule.minBytes;
}

/**
 * Runs the batch on `jobs` threads: this one and `jobs - 1` workers. With one job everything
 * runs here, one input at a time. With more, inputs are read here and go to the workers while
 * they have less than a batch each waiting; otherwise this thread analyses the input itself.
 * The first input is always analysed here, and the workers start only when `start` says the
 * batch pays for them: with `--jobs N` given, when a second input comes (`whosaid article.txt`
 * never pays for a thread); by default, once the work left is WORKERS_PAY_BYTES or more and the
 * machine had two cores idle when the run started. Until then this thread analyses every input,
 * as with one job, so the default is never slower than `--jobs 1` on a small batch or a busy
 * machine.
 *
 * Whatever the jobs, an input of ISOLATE_BYTES or more goes to one more worker, kept for such
 * inputs, which it runs one at a time (with one job, while this thread waits).
 *
 * This thread as one of the jobs, not N workers beside it: it would be idle most of the time,
 * and each worker is a V8 heap of its own (30–60 MB of peak RSS).
 *
 * Memory stays flat: at most `concurrency` inputs are in flight, and reading waits while
 * IN_FLIGHT_BYTES of them are not yet analysed, so a folder of 60 MiB files holds a few of them,
 * not dozens.
 */
export function createJobs(
  jobs: number,
  options: ExtractOptions,
  workers: WorkerOptions = {},
  how: AnalyzeOptions = {},
  start: StartRule = { minBytes: 0 },
): Jobs {
  let pool: WorkerPool | undefined;
  /** the worker of inputs of ISOLATE_BYTES or more */
  let large: WorkerPool | undefined;
  /** the start rule has said the workers pay: they take inputs of any size */
  let sharing = false;
  let taken = 0;
  let bytesTaken = 0;
  const room = new Room(IN_FLIGHT_BYTES);
  const work = async (input: Input): Promise<FileResult> => {
    if ('error' in input) return analyze(input, options, how);
    await room.enter();
    const loaded = await load(input);
    if ('quotes' in loaded) return (room.take(0), loaded);
    const size = sizeOf(loaded);
    taken++;
    bytesTaken += size;
    const big = size >= ISOLATE_BYTES;
    // the workers take any input, not only big ones, once the start rule says they pay
    sharing ||= jobs > 1 && taken > 1 && workersPay(start, taken, bytesTaken);
    if (!big && !sharing) {
      room.take(0);
      return analyzeLoaded(loaded, options, how);
    }
    if (big) return runInPool((large ??= new WorkerPool({ ...workers, size: 1, largeInputs: true })), loaded, size);
    pool ??= new WorkerPool({ ...workers, size: jobs - 1 });
    // let the workers' answers in first (the batch loop can run on microtasks alone, and
    // would keep this thread from taking them), so that `pending` is up to date
    await new Promise((resolve) => setImmediate(resolve));
    // every worker has a batch waiting: this thread takes the input itself
    if (pool.pending >= (jobs - 1) * BATCH_TASKS) {
      room.take(0);
      return analyzeLoaded(loaded, options, how);
    }
    return runInPool(pool, loaded, size);
  };
  /** The input run in a worker, its bytes counted in flight until it is done. */
  const runInPool = async (workers: WorkerPool, loaded: Loaded, size: number): Promise<FileResult> => {
    room.take(size);
    try {
      return await workers.run(loaded, options);
    } finally {
      room.give(size);
    }
  };
  return {
    work,
    // one in flight until the workers take inputs of any size: the run is then that of one job
    get concurrency() {
      return sharing ? jobs * DEPTH * BATCH_TASKS : 1;
    },
    close: async () => void (await Promise.all([pool?.close(), large?.close()])),
  };
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
