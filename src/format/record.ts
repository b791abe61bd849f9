import type { Encoding } from '../core/decode.js';
import type { Quote } from '../core/types.js';

/** A quote record as written by the CLI: a `Quote` and the file it came from. */
export interface QuoteRecord extends Quote {
  /** the path as given on the command line, `-` for stdin, or the record id with `--input ndjson` */
  file: string;
}
import type { QuoteMarks } from './marks.js';

/** What became of one input: its quotations, or why it has none. */
export interface FileResult {
  /** the path as given on the command line (or found in a directory or glob), `-` for stdin */
  file: string;
  /** the encoding the text was read in; null when it could not be read */
  encoding: Encoding | null;
  quotes: Quote[];
  /** why the input could not be read or processed (also reported on stderr) */
  error?: string;
  /** the decoded article, kept only when a view prints it (`--show`) */
  text?: string;
  /** each quotation's own marks, by its `index` (the table shows them); never in a data format */
  marks?: readonly QuoteMarks[];
}

/**
 * The fields of a quote record in the order every format writes them: the CSV header, the keys
 * of each NDJSON line and of each JSON quote (which leaves out `file`, given once per file).
 */
export const RECORD_FIELDS = [
  'file',
  'index',
  'text',
  'start',
  'end',
  'line',
  'column',
  'kind',
  'speaker',
  'role',
  'mention',
  'cue',
  'via',
  'parent',
  'confidence',
  'method',
] as const satisfies readonly (keyof QuoteRecord)[];

/** The fields of a quote, in record order: `RECORD_FIELDS` without `file`. */
const QUOTE_FIELDS = RECORD_FIELDS.slice(1) as readonly (keyof Quote)[];

/** A quote with its keys in record order, whatever order the extractor built it in. */
export function orderQuote(quote: Quote): Quote {
  const ordered: Record<string, unknown> = {};
  for (const field of QUOTE_FIELDS) ordered[field] = quote[field];
  return ordered as unknown as Quote;
}

/** A quote as a record of one file: `file` first, then the quote's fields in record order. */
export function toRecord(file: string, quote: Quote): QuoteRecord {
  return { file, ...orderQuote(quote) };
}

/** The records of one file, in the order the extractor gave them. */
export function toRecords(result: FileResult): QuoteRecord[] {
  return result.quotes.map((quote) => toRecord(result.file, quote));
}

/**
 * Text pieces of an output document. The batch writes `begin()`, then `file()` for each
 * input as it finishes (in order), then `end()`; every piece is whole records, so output cut
 * short between two pieces holds only complete records. Formatters are pure: they return text
 * and never write.
 */
export interface Formatter {
  /** text before the first file (a header row, an opening brace) */
  begin(): string;
  /** text for one finished input, errors included (formats without a place for errors skip them) */
  file(result: FileResult): string;
  /** text after the last file; `interrupted` when a signal stopped the batch early */
  end(interrupted: boolean): string;
}
