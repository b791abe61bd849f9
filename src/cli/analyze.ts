import { extractQuotes } from '../core/extract.js';
import type { ExtractOptions, Quote } from '../core/types.js';
import { quoteMarks } from '../format/marks.js';
import type { FileResult } from '../format/record.js';
import { decode, type Encoding } from '../io/decode.js';
import type { ReadResult } from '../io/read.js';
import { internalError } from './diagnostics.js';

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
 * An input in hand, read but not analysed: its bytes, to decode, or its text (an `--input
 * ndjson` record). It is what a worker thread is sent.
 */
export type Loaded = { file: string; bytes: Uint8Array; text?: undefined } | { file: string; text: string; bytes?: undefined };

/** The extractor: `extractQuotes`, or a stand-in that tests hand to worker threads. */
export type Extract = (text: string, options: ExtractOptions) => Quote[];

/** The extractor block by block: each item the records of one more stretch of the article, in order. */
export type ExtractBlocks = (text: string, options: ExtractOptions) => Iterable<Quote[]>;

/** How an input is analysed, besides the extractor's options. */
export interface AnalyzeOptions {
  /** the extractor (tests only); the core's `extractQuotes` by default */
  extract?: Extract;
  /** the extractor block by block, in place of `extract` (tests only) */
  blocks?: ExtractBlocks;
  /** keep the decoded article in the result, for a view that prints it (`--show`) */
  keepText?: boolean;
  /** called between blocks of an article, to let the event loop turn (see signals.ts `pacer`) */
  pace?: () => Promise<void> | undefined;
  /** a signal that stops the article between two blocks; its result is then INTERRUPTED */
  signal?: AbortSignal;
}

/** The error of an article stopped part way by a signal (the batch stops there, so it is not printed). */
export const INTERRUPTED = 'interrupted';

/**
 * One input, the whole way on this thread:
 *
 *     input ─load─► bytes or text ─analyzeLoaded (decode, extract)─► result
 *
 * Never throws: an input that named nothing, a file that cannot be read, bytes that are not
 * text and an exception of the extractor (as `internal error: <message>`, no stack) each become
 * a result with an `error`, and the batch goes on with the next input.
 */
export async function analyze(input: Input, options: ExtractOptions, how: AnalyzeOptions = {}): Promise<FileResult> {
  const loaded = await load(input);
  return 'quotes' in loaded ? loaded : analyzeLoaded(loaded, options, how);
}

/** Reads one input: its bytes or text in hand, or the result of an input that could not be read. */
export async function load(input: Input): Promise<Loaded | FileResult> {
  if ('error' in input) return failed(input.file, input.error);
  if ('text' in input) return { file: input.file, text: input.text };
  const read = await input.read();
  if ('error' in read) return failed(input.file, read.error);
  return { file: input.file, bytes: read.bytes };
}

/**
 * Decodes an input in hand (text in hand is `utf-8`) and extracts its quotations. Never
 * throws (see `analyze`). It touches nothing outside, so it runs the same on the main thread
 * and in a worker thread.
 *
 * Between blocks of the article it calls `how.pace` and stops if `how.signal` has aborted, so a
 * signal never waits for the whole of a long article: see `extractInBlocks`.
 */
export async function analyzeLoaded(loaded: Loaded, options: ExtractOptions, how: AnalyzeOptions = {}): Promise<FileResult> {
  let text: string;
  let encoding: Encoding;
  let notes: string[] | undefined;
  if (loaded.bytes === undefined) [text, encoding] = [loaded.text, 'utf-8'];
  else {
    const decoded = decode(loaded.bytes);
    if ('error' in decoded) return failed(loaded.file, decoded.error);
    [text, encoding, notes] = [decoded.text, decoded.encoding, decoded.notes];
  }
  let quotes: Quote[] = [];
  try {
    for (const block of (how.blocks ?? extractInBlocks(how.extract ?? extractQuotes))(text, options)) {
      if (quotes.length === 0) quotes = block;
      else for (const quote of block) quotes.push(quote);
      await how.pace?.();
      if (how.signal?.aborted) return failed(loaded.file, INTERRUPTED);
    }
  } catch (error) {
    return failed(loaded.file, internalError(error));
  }
  const result: FileResult = { file: loaded.file, encoding, quotes, marks: quoteMarks(text, quotes, options.asciiQuotes), ...(notes && { notes }) };
  return how.keepText ? { ...result, text } : result;
}

/**
 * The records of an article block by block, from an extractor that gives them all at once: one
 * block, today, for the core has no other way yet. This is the place for the core's block-by-block
 * stage when it comes (the records of each paragraph run as they are read): `analyzeLoaded`
 * already waits for a signal between blocks, so a long article will then stop within a block.
 */
function extractInBlocks(extract: Extract): ExtractBlocks {
  return (text, options) => [extract(text, options)];
}

/** The bytes an input in hand holds, about (a string's UTF-16 code units count two). */
export function sizeOf(loaded: Loaded): number {
  return loaded.bytes !== undefined ? loaded.bytes.byteLength : 2 * loaded.text.length;
}

/** The result of an input with no quotations because of `error`. */
export function failed(file: string, error: string): FileResult {
  return { file, encoding: null, quotes: [], error };
}
