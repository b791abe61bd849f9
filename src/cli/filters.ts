import type { Quote, QuoteKind } from '../core/types.js';
import type { QuoteMarks } from '../format/marks.js';
import type { FileResult, Formatter } from '../format/record.js';

/**
 * A formatter that sees only the quotations `keep` accepts, in any view and format (`--speaker`,
 * `--min-confidence`). The records keep their `index` and `parent`: those of the full listing,
 * so a record is the same whatever is left out beside it.
 */
export function keepQuotes(formatter: Formatter, keep: (quote: Quote) => boolean): Formatter {
  return {
    begin: () => formatter.begin(),
    file: (result) => formatter.file({ ...result, quotes: result.quotes.filter(keep) }),
    failed: (error) => formatter.failed(error),
    end: (interrupted) => formatter.end(interrupted),
  };
}

/** `--min-confidence P`: the quotations whose attribution is at least that sure. */
export function minConfidence(formatter: Formatter, least: number): Formatter {
  return keepQuotes(formatter, (quote) => quote.confidence >= least);
}

/**
 * `--kind K…`: a formatter that lists the quotations of those kinds only, as the extractor lists
 * its default kinds (run with every kind): `index` counts the listed quotations of the file, and
 * `parent` is the nearest listed one around. So `--kind direct --kind partial` writes what
 * whosaid writes by default.
 */
export function onlyKinds(formatter: Formatter, kinds: readonly QuoteKind[]): Formatter {
  const wanted = new Set(kinds);
  return {
    begin: () => formatter.begin(),
    file: (result) => formatter.file(listed(result, (quote) => wanted.has(quote.kind))),
    failed: (error) => formatter.failed(error),
    end: (interrupted) => formatter.end(interrupted),
  };
}

/** The result with only the quotations `keep` lists, numbered again, and their marks with them. */
function listed(result: FileResult, keep: (quote: Quote) => boolean): FileResult {
  const byIndex = new Map(result.quotes.map((quote) => [quote.index, quote]));
  const newIndex = new Map<number, number>();
  for (const quote of result.quotes) if (keep(quote)) newIndex.set(quote.index, newIndex.size);
  /** the new index of the nearest listed quotation around `parent`, if any */
  const listedAround = (parent: number | null): number | null => {
    for (let at = parent; at !== null; at = byIndex.get(at)?.parent ?? null) {
      const index = newIndex.get(at);
      if (index !== undefined) return index;
    }
    return null;
  };
  const quotes: Quote[] = [];
  const marks: QuoteMarks[] = [];
  for (const quote of result.quotes) {
    const index = newIndex.get(quote.index);
    if (index === undefined) continue;
    quotes.push({ ...quote, index, parent: listedAround(quote.parent) });
    const own = result.marks?.[quote.index];
    if (own !== undefined) marks[index] = own;
  }
  return result.marks === undefined ? { ...result, quotes } : { ...result, quotes, marks };
}
