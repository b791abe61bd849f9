import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { QuoteRecord } from '../core/types.js';
import { type Formatter, toRecords } from './record.js';
import { padEnd, toOneLine, truncate, wrap } from './wrap.js';

/** Options of the table: how wide the terminal is and whether to color. */
export interface TableOptions {
  /** columns to fit the table into (the quote column wraps; other columns never do) */
  width: number;
  /** color each speaker's name (ANSI escapes); the caller decides, see `--color` */
  color: boolean;
}

/** The widest a speaker column gets; longer names end in …. */
const MAX_SPEAKER = 20;
/** The narrowest quote column, even in a terminal too narrow for the table. */
const MIN_QUOTE = 20;
const GAP = '  ';
const UNKNOWN = '(unknown)';
const PALETTE = ['cyan', 'magenta', 'yellow', 'green', 'blue', 'red'] as const;

/** The table format for people: rows of speaker, quotation and file:line, no header. */
export function createTableFormatter(options: TableOptions): Formatter {
  return { begin: () => '', file: (result) => formatTable(toRecords(result), options), end: () => '' };
}

/**
 * The rows of one file's records: speaker | quotation | file:line, the quotation wrapped to fit
 * `width`. Columns are sized per file, so a file's rows line up with each other.
 *
 *     Marquez   “We are not going to let a few wet     article.txt:5
 *               months stop this city,”
 */
export function formatTable(records: readonly QuoteRecord[], options: TableOptions): string {
  if (records.length === 0) return '';
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const speakers = records.map((r) => truncate(toOneLine(r.speaker ?? UNKNOWN), MAX_SPEAKER));
  const places = records.map((r) => `${toOneLine(r.file)}:${r.line}`);
  const speakerWidth = Math.max(...speakers.map((s) => stringWidth(s)));
  const placeWidth = Math.max(...places.map((p) => stringWidth(p)));
  const quoteWidth = Math.max(MIN_QUOTE, options.width - speakerWidth - placeWidth - 2 * GAP.length);

  let out = '';
  records.forEach((record, i) => {
    const [first = '', ...rest] = wrap(quotation(record), quoteWidth);
    const speaker = padEnd(speakers[i]!, speakerWidth);
    out += colorOf(paint, record.speaker)(speaker) + GAP + padEnd(first, quoteWidth) + GAP + paint.dim(places[i]) + '\n';
    for (const line of rest) out += ' '.repeat(speakerWidth) + GAP + line + '\n';
  });
  return out;
}

/** The quotation between curly marks, its kind added when it is not speech (with --all). */
function quotation(record: QuoteRecord): string {
  const text = `“${toOneLine(record.text)}”`;
  return record.kind === 'direct' || record.kind === 'partial' ? text : `${text} (${record.kind})`;
}

/** One color per speaker, the same in every run; no speaker is dim. */
function colorOf(paint: ChalkInstance, speaker: string | null): (text: string) => string {
  if (speaker === null) return paint.dim;
  let hash = 0;
  for (const char of speaker) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return paint[PALETTE[hash % PALETTE.length]!];
}
