import { decode, type Encoding } from '../core/decode.js';
import { extractQuotes } from '../core/extract.js';
import type { ExtractOptions, Quote } from '../core/types.js';
import { quoteMarks } from '../format/marks.js';
import type { FileResult } from '../format/record.js';

/** The extractor: `extractQuotes`, or a stand-in that tests hand to worker threads. */
export type Extract = (text: string, options: ExtractOptions) => Quote[];

/**
 * Decodes one input's bytes and extracts its quotations. Never throws: bytes that are not text
 * and exceptions of the extractor come back as a result with an `error`. Pure, so it runs the
 * same on the main thread (`--jobs 1`) and in a worker thread.
 */
export function analyzeBytes(file: string, bytes: Uint8Array, options: ExtractOptions, extract: Extract = extractQuotes): FileResult {
  const decoded = decode(bytes);
  if ('error' in decoded) return failed(file, decoded.error);
  return analyzeText(file, decoded.text, decoded.encoding, options, extract);
}

/**
 * Extracts the quotations of text already decoded (an `--input ndjson` record is `utf-8`),
 * and the marks each opens and closes with (for the table).
 * An exception of the extractor becomes `internal error: <message>`, without the stack.
 */
export function analyzeText(file: string, text: string, encoding: Encoding, options: ExtractOptions, extract: Extract = extractQuotes): FileResult {
  try {
    const quotes = extract(text, options);
    return { file, encoding, quotes, marks: quoteMarks(text, quotes, options.asciiQuotes) };
  } catch (error) {
    return failed(file, internalError(error));
  }
}

/** The message of an exception that is a bug of whosaid: `internal error: <message>`. */
export function internalError(error: unknown): string {
  return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

/** The result of an input with no quotations because of `error`. */
export function failed(file: string, error: string): FileResult {
  return { file, encoding: null, quotes: [], error };
}
