import type { Encoding } from '../io/decode.js';
import type { Quote } from '../core/types.js';
import type { QuoteMarks } from './marks.js';

/** A quote record as written by the CLI: a `Quote` and the file it came from. */
export interface QuoteRecord extends Quote {
  /** the path as given on the command line, `-` for stdin, or the record id with `--input ndjson` */
  file: string;
}

/** What became of one input: its quotations, or why it has none. */
export interface FileResult {
  /** the path as given on the command line (or found in a directory or glob), `-` for stdin */
  file: string;
  /** the encoding the text was read in; null when it could not be read */
  encoding: Encoding | null;
  quotes: Quote[];
  /** why the input could not be read or processed (also reported on stderr) */
  error?: string;
  /** what was changed to read it (`1 byte not UTF-8, replaced`), reported on stderr; the input was processed */
  notes?: string[];
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
  'speakerType',
  'gender',
] as const satisfies readonly (keyof QuoteRecord)[];

/**
 * The fields a record holds only when they were asked for, after all the others, in this order:
 * `context` (`--context`, `{ context: true }`). A record without them is as it always was.
 */
export const OPTIONAL_FIELDS = ['context'] as const satisfies readonly (keyof QuoteRecord)[];

/** The fields of a quote, in record order: `RECORD_FIELDS` without `file`. */
const QUOTE_FIELDS = RECORD_FIELDS.slice(1) as readonly (keyof Quote)[];

/** A quote with its keys in record order, whatever order the extractor built it in; the optional fields last, where it has them. */
export function orderQuote(quote: Quote): Quote {
  const ordered: Record<string, unknown> = {};
  for (const field of QUOTE_FIELDS) ordered[field] = quote[field];
  for (const field of OPTIONAL_FIELDS) if (quote[field] !== undefined) ordered[field] = quote[field];
  return ordered as unknown as Quote;
}

/** A quote as a record of one file: `file` first, then the quote's fields in record order. */
export function toRecord(file: string, quote: Quote): QuoteRecord {
  return { file, ...orderQuote(quote) };
}

/** The records of one file, one at a time, in the order the extractor gave them. */
export function* eachRecord(result: FileResult): Generator<QuoteRecord> {
  for (const quote of result.quotes) yield toRecord(result.file, quote);
}

/** The records of one file, in the order the extractor gave them. */
export function toRecords(result: FileResult): QuoteRecord[] {
  return result.quotes.map((quote) => toRecord(result.file, quote));
}

/** About how many characters a piece of output holds: a few writes per file, never one string per file. */
export const PIECE_CHARS = 64 * 1024;

/**
 * Texts joined into pieces of about `size` characters, each made when asked for: what a
 * formatter gives for one file's records, so that no file's output is ever one string (2.5
 * million records of NDJSON pass the longest string V8 holds) and memory holds one piece.
 */
export function* pieces(texts: Iterable<string>, size = PIECE_CHARS): Generator<string> {
  let piece = '';
  for (const text of texts) {
    piece += text;
    if (piece.length >= size) {
      yield piece;
      piece = '';
    }
  }
  if (piece !== '') yield piece;
}

/**
 * Text pieces of an output document. The batch writes `begin()`, then the pieces of `file()`
 * for each input as it finishes (in order), then `end()`; every piece is whole records, so
 * output cut short between two pieces holds only complete records. Formatters are pure: they
 * return text and never write.
 *
 * The batch may stop taking a file's pieces part way (a signal): `end` then closes what is
 * open. Making a piece may throw (a record too large for a string): the pieces written stand,
 * and the batch writes `failed(error)` in place of the rest of that file.
 */
export interface Formatter {
  /** text before the first file (a header row, an opening brace) */
  begin(): string;
  /** the text of one finished input in pieces, each made when asked for; errors included (formats without a place for errors skip them) */
  file(result: FileResult): Iterable<string>;
  /** text that ends the file whose pieces failed part way with `error` (the JSON entry closed with it; nothing in most formats) */
  failed(error: string): string;
  /** text after the last file; `interrupted` when a signal stopped the batch early */
  end(interrupted: boolean): string;
}
