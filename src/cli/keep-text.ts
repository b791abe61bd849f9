import { decode } from '../core/decode.js';
import type { ExtractOptions } from '../core/types.js';
import type { FileResult } from '../format/record.js';
import { analyzeText, failed } from './analyze.js';
import type { Input } from './batch.js';
import type { Jobs } from './jobs.js';

/**
 * How `--show` runs the batch: like `analyze` on this thread, but the decoded article stays in
 * the result (`text`) for the view to print. Articles shown are read by people, a few at a
 * time, so no worker threads.
 */
export function keepingText(options: ExtractOptions): Jobs {
  return { work: (input) => analyzeKeepingText(input, options), concurrency: 1, close: async () => undefined };
}

/** Reads, decodes and extracts one input, and keeps its text. Never throws (see `analyze`). */
export async function analyzeKeepingText(input: Input, options: ExtractOptions): Promise<FileResult> {
  if ('error' in input) return failed(input.file, input.error);
  if ('text' in input) return { ...analyzeText(input.file, input.text, 'utf-8', options), text: input.text };
  const read = await input.read();
  if ('error' in read) return failed(input.file, read.error);
  const decoded = decode(read.bytes);
  if ('error' in decoded) return failed(input.file, decoded.error);
  const result = analyzeText(input.file, decoded.text, decoded.encoding, options);
  return result.error === undefined ? { ...result, text: decoded.text } : result;
}
