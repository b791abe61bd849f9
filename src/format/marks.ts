import type { Quote } from '../core/types.js';

/** The marks a quotation opens and closes with, as the article has them: `["‘", "’"]`; the closing one `''` for an unclosed quotation. */
export type QuoteMarks = readonly [open: string, close: string];

/** What the views show for a quotation whose marks are not known (a record from elsewhere). */
export const DEFAULT_MARKS: QuoteMarks = ['“', '”'];

/** The two ASCII marks `--ascii-quotes` reads as one double mark: ``…'' */
const ASCII_DOUBLES = new Set(['``', "''"]);

/**
 * The marks of each quotation of an article, by the quotation's `index`: the code point at its
 * `start` (two with `--ascii-quotes`: ``` `` ``` or `''`), and the one before its `end` (none for
 * an unclosed quotation). The table shows a quotation between its own marks: ‘…’ stays ‘…’.
 *
 *     ‘We will,’ she said.        → ["‘", "’"]
 *     ``We will,'' she said.      → ["``", "''"]   (with --ascii-quotes)
 */
export function quoteMarks(text: string, quotes: readonly Quote[], asciiQuotes = false): QuoteMarks[] {
  if (quotes.length === 0) return [];
  const at = codePointsAt(text, quotes.flatMap((q) => [q.start, q.start + 1, q.end - 2, q.end - 1]));
  const marks: QuoteMarks[] = [];
  for (const quote of quotes) {
    const first = at.get(quote.start) ?? '';
    const opening = first + (at.get(quote.start + 1) ?? '');
    const last = at.get(quote.end - 1) ?? '';
    const closing = (at.get(quote.end - 2) ?? '') + last;
    const open = asciiQuotes && ASCII_DOUBLES.has(opening) ? opening : first;
    // speech without quotation marks (--indirect) has none
    if (quote.kind === 'indirect' || quote.kind === 'turn') {
      marks[quote.index] = ['', ''];
      continue;
    }
    const close = quote.kind === 'unclosed' ? '' : asciiQuotes && ASCII_DOUBLES.has(closing) && quote.end - 2 >= quote.start + open.length ? closing : last;
    marks[quote.index] = [open, close];
  }
  return marks;
}

/** The code points of `text` at the given code point offsets (those inside it). */
function codePointsAt(text: string, offsets: readonly number[]): Map<number, string> {
  const wanted = [...new Set(offsets)].filter((offset) => offset >= 0).sort((a, b) => a - b);
  const found = new Map<number, string>();
  // text without surrogate pairs: code points are UTF-16 units
  if (!/[\uD800-\uDFFF]/.test(text)) {
    for (const offset of wanted) if (offset < text.length) found.set(offset, text[offset]!);
    return found;
  }
  let next = 0;
  let offset = 0;
  for (const char of text) {
    if (next === wanted.length) break;
    if (offset === wanted[next]) {
      found.set(offset, char);
      next++;
    }
    offset++;
  }
  return found;
}
