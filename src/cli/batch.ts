import type { ExtractOptions } from '../core/types.js';
import type { FileResult } from '../format/record.js';
import type { ReadResult } from '../io/read.js';
import { analyzeBytes, analyzeText, failed } from './analyze.js';

/**
 * One article for the batch: a file or standard input to read (`read`), an argument that
 * named nothing readable or a bad `--input ndjson` line (`error`), or an `--input ndjson`
 * record whose text is already in hand (`text`, with the record id as `file`).
 */
export type Input =
  | { file: string; error: string }
  | { file: string; read: () => Promise<ReadResult> }
  | { file: string; text: string };

/**
 * Reads, decodes and extracts one input on this thread. Never throws: a file that cannot be
 * read, or an exception from the extractor, becomes a result with an `error` (the extractor's
 * as `internal error: <message>`, no stack) and the batch goes on with the next file.
 */
export async function analyze(input: Input, options: ExtractOptions): Promise<FileResult> {
  if ('error' in input) return failed(input.file, input.error);
  if ('text' in input) return analyzeText(input.file, input.text, 'utf-8', options);
  const read = await input.read();
  if ('error' in read) return failed(input.file, read.error);
  return analyzeBytes(input.file, read.bytes, options);
}

/**
 * Maps `work` over `items`, running up to `concurrency` calls at once and yielding the results
 * in the order of the items, each as soon as it and those before it are done. At most
 * `concurrency` results are held at a time, so memory stays flat however many items there are.
 *
 * With `--jobs N` the CLI runs it with concurrency 2N and a `work` that reads on the main thread
 * and hands the bytes to a pool of N worker threads (see jobs.ts), so each worker has its next
 * input waiting when it finishes one.
 */
export async function* mapOrdered<T, R>(
  items: AsyncIterable<T>,
  work: (item: T) => Promise<R>,
  concurrency = 1,
): AsyncGenerator<R> {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  const iterator = items[Symbol.asyncIterator]();
  const running: Promise<R>[] = [];
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && running.length < concurrency) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else {
          const result = work(next.value);
          // a failure is rethrown when its turn comes, not reported as unhandled before
          result.catch(() => undefined);
          running.push(result);
        }
      }
      const head = running.shift();
      if (head === undefined) return;
      yield await head;
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}
