import type { ChalkInstance } from 'chalk';
import type { FileResult } from './record.js';
import { count, isUnquoted } from './speaker.js';
import { toOneLine } from './wrap.js';

/**
 * A file's heading in a batch (the table and `--show`): its path in bold, whole, so that it can
 * be pasted, and how many quotations it holds, dim:
 *
 *     articles/press-conference.txt  11 quotes
 */
export function formatHeading(result: FileResult, paint: ChalkInstance): string {
  const reported = result.quotes.filter(isUnquoted).length;
  const quotes = result.quotes.length - reported;
  // (with --indirect: 3 quotes, 5 reported)
  const found = `  ${result.quotes.length === 0 ? 'no quotes' : reported === 0 ? count(quotes, 'quote') : `${count(quotes, 'quote')}, ${reported} reported`}`;
  return paint.bold(toOneLine(result.file)) + paint.dim(found) + '\n';
}
