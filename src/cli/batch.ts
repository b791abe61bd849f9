import { decode } from '../core/decode.js';
import { extractQuotes } from '../core/extract.js';
import type { ExtractOptions } from '../core/types.js';
import type { FileResult } from '../format/record.js';
import type { ReadResult } from '../io/read.js';

/**
 * One article for the batch. Today inputs are files and standard input (`read`) or arguments
 * that named nothing readable (`error`). `--input ndjson` would add records whose text is
 * already in hand (`text`, with the record id as `file`): `analyze` handles all three.
 */
export type Input =
  | { file: string; error: string }
  | { file: string; read: () => Promise<ReadResult> }
  | { file: string; text: string };

/**
 * Reads, decodes and extracts one input. Never throws: a file that cannot be read, or an
 * exception from the extractor, becomes a result with an `error` (the extractor's as
 * `internal error: <message>`, no stack) and the batch goes on with the next file.
 */
export async function analyze(input: Input, options: ExtractOptions): Promise<FileResult> {
  const failed = (error: string): FileResult => ({ file: input.file, encoding: null, quotes: [], error });
  if ('error' in input) return failed(input.error);
  let text: string;
  let encoding: FileResult['encoding'];
  if ('text' in input) {
    text = input.text;
    encoding = 'utf-8';
  } else {
    const read = await input.read();
    if ('error' in read) return failed(read.error);
    const decoded = decode(read.bytes);
    if ('error' in decoded) return failed(decoded.error);
    ({ text, encoding } = decoded);
  }
  try {
    return { file: input.file, encoding, quotes: extractQuotes(text, options) };
  } catch (error) {
    return failed(`internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Maps `work` over `items`, running up to `concurrency` calls at once and yielding the results
 * in the order of the items, each as soon as it and those before it are done. At most
 * `concurrency` results are held at a time, so memory stays flat however many items there are.
 *
 * The CLI runs it with concurrency 1. `--jobs N` is meant to be this with concurrency N and a
 * `work` like `analyze` that reads the input on the main thread (I/O) and hands the bytes to a
 * pool of worker threads for `decode` and `extractQuotes` (pure functions of plain data).
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
