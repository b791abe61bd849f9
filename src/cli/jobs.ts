import type { ExtractOptions } from '../core/types.js';
import type { FileResult } from '../format/record.js';
import { failed } from './analyze.js';
import { analyze, type Input } from './batch.js';
import { type PoolOptions, WorkerPool } from './pool.js';

/** How `--jobs` runs the inputs: `work` for `mapOrdered`, how many at once, and `close` at the end. */
export interface Jobs {
  /** reads one input on this thread and analyses it here or in a worker */
  work: (input: Input) => Promise<FileResult>;
  /** how many inputs may be in flight: 1 for one job, two per worker otherwise (one running, one waiting) */
  concurrency: number;
  /** stops the workers, if any were started */
  close: () => Promise<void>;
}

/** How worker threads are started (tests point them at the compiled worker and a fake extractor). */
export type WorkerOptions = Omit<PoolOptions, 'size'>;

/**
 * Runs the batch on `jobs` threads. With one job everything runs on this thread. With more, the
 * first input is analysed here too, and the pool of workers starts only when a second input
 * comes: `whosaid article.txt` never pays for starting a thread. Files are read here (the
 * I/O waits overlap); decoding and extraction, the CPU work, run in the workers.
 *
 * At most `concurrency` inputs are in flight, so memory stays flat whatever the batch's size.
 */
export function createJobs(jobs: number, options: ExtractOptions, workers: WorkerOptions = {}): Jobs {
  if (jobs === 1) return { work: (input) => analyze(input, options), concurrency: 1, close: async () => undefined };
  let pool: WorkerPool | undefined;
  let first = true;
  const work = async (input: Input): Promise<FileResult> => {
    if ('error' in input) return analyze(input, options);
    if (first) {
      first = false;
      return analyze(input, options);
    }
    pool ??= new WorkerPool({ ...workers, size: jobs });
    if ('text' in input) return pool.run(input, options);
    const read = await input.read();
    if ('error' in read) return failed(input.file, read.error);
    return pool.run({ file: input.file, bytes: read.bytes }, options);
  };
  return { work, concurrency: 2 * jobs, close: async () => pool?.close() };
}
