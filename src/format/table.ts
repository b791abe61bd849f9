import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { SpeakerColors } from './palette.js';
import { type FileResult, type Formatter, type QuoteRecord, toRecords } from './record.js';
import { count, speakerName } from './speaker.js';
import { closingLine, RunTally } from './summary.js';
import { cells, padEnd, toOneLine, truncate, truncateStart, wrap } from './wrap.js';

/** Options of the table: how wide the terminal is, whether to color, whether files get headings. */
export interface TableOptions {
  /** columns to fit the table into (the quotation wraps; other columns are cut with …) */
  width: number;
  /** color speakers (ANSI escapes); the caller decides, see `--color` */
  color: boolean;
  /** a heading before each file's rows: on in a batch of more than one input */
  headings?: boolean;
}

const GAP = '  ';
/** The narrowest quotation column of the three-column layout; narrower terminals get the stacked one. */
const MIN_QUOTE = 24;

/**
 * The table for people, the default output. Per quotation, three columns:
 *
 *     Elena Marquez   “We are not going to let a few wet months stop   press-conference.txt:5
 *     Mayor           this city,”
 *
 * the speaker (a `?` after an unsure one, `(unattributed)` for none) with the role and the
 * relaying speaker below it, the quotation wrapped on word boundaries to the width left (wide
 * CJK and emoji characters measured as two cells), and `file:line`. In a batch a heading names
 * each file; the run ends with a closing line, `11 quotes from 6 speakers in 1 file`.
 *
 * With color, each speaker keeps one color for the whole run, in every file; locations, roles
 * and the closing line are dim. Terminals narrower than the three columns need get a stacked
 * layout: the speaker and location on one line, the quotation indented below.
 */
export function createTableFormatter(options: TableOptions): Formatter {
  const colors = new SpeakerColors(options.color);
  const tally = new RunTally();
  let blocks = 0;
  return {
    begin: () => '',
    file(result) {
      tally.add(result);
      if (result.error !== undefined) return '';
      const rows = formatTable(toRecords(result), { ...options, colors });
      if (!options.headings && rows === '') return '';
      const heading = options.headings ? formatHeading(result, options.width, colors.paint) : '';
      return (blocks++ > 0 ? '\n' : '') + heading + rows;
    },
    end(interrupted) {
      const line = closingLine(tally, interrupted);
      if (line === '') return '';
      return (blocks > 0 ? '\n' : '') + colors.paint.dim(truncate(line, options.width)) + '\n';
    },
  };
}

/** A file's heading in a batch: its path in bold, and how many quotations it holds. */
function formatHeading(result: FileResult, width: number, paint: ChalkInstance): string {
  const found = `  ${result.quotes.length === 0 ? 'no quotes' : count(result.quotes.length, 'quote')}`;
  const file = truncateStart(toOneLine(result.file), Math.max(1, width - cells(found)));
  return paint.bold(file) + paint.dim(found) + '\n';
}

/**
 * The rows of one file's records (no heading, no closing line). Columns are sized per file, so
 * a file's rows line up with each other. `colors` carries speaker colors from file to file.
 */
export function formatTable(
  records: readonly QuoteRecord[],
  options: TableOptions & { colors?: SpeakerColors },
): string {
  if (records.length === 0) return '';
  const colors = options.colors ?? new SpeakerColors(options.color);
  const width = Math.max(1, options.width);
  const place = location(records[0]!.file, records.map((r) => r.line), width);
  const names = records.map((r) => speakerName(r));
  // as wide as the widest name, role or relay, but no more than 22% of the width (14 to 28 cells)
  const speakerWidth = Math.min(
    Math.max(...records.flatMap((r, i) => [names[i]!, ...notes(r)]).map((text) => cells(text))),
    Math.max(14, Math.min(28, Math.floor(width * 0.22))),
  );
  const placeWidth = Math.max(...records.map((r) => cells(place(r.line))));
  const quoteWidth = width - speakerWidth - placeWidth - 2 * GAP.length;
  if (quoteWidth < MIN_QUOTE) return records.map((r, i) => stacked(r, names[i]!, place(r.line), width, colors)).join('');

  let out = '';
  records.forEach((record, i) => {
    const paint = colors.of(record.speaker);
    // the speaker column: the name in the speaker's color, the notes under it dim; padded
    // outside the color codes, and not at all where no quotation text follows
    const side = [{ text: truncate(names[i]!, speakerWidth), paint }];
    for (const note of notes(record)) side.push({ text: truncate(note, speakerWidth), paint: colors.paint.dim });
    const quoted = wrap(quotation(record), quoteWidth);
    const height = Math.max(side.length, quoted.length);
    for (let line = 0; line < height; line++) {
      const left = side[line];
      const text = quoted[line] ?? '';
      const pad = ' '.repeat(speakerWidth - (left ? cells(left.text) : 0));
      const shown = left ? left.paint(left.text) : '';
      out += line === 0 ? shown + pad + GAP + padEnd(text, quoteWidth) + GAP + colors.paint.dim(place(record.line)) : text === '' ? shown : shown + pad + GAP + text;
      out += '\n';
    }
  });
  return out;
}

/**
 * One quotation in the stacked layout, for narrow terminals (the role left out):
 *
 *     Elena Marquez · a.txt:5
 *       “We are not going to let a
 *       few wet months stop this city,”
 */
function stacked(record: QuoteRecord, name: string, place: string, width: number, colors: SpeakerColors): string {
  const paint = colors.of(record.speaker);
  const tail = truncateStart(` · ${place}`, Math.max(0, width - 2));
  const who = name + (record.via === null ? '' : ` via ${toOneLine(record.via)}`);
  const head = paint(truncate(who, Math.max(1, width - cells(tail)))) + colors.paint.dim(tail);
  const body = wrap(quotation(record), Math.max(1, width - 2)).map((line) => '  ' + line);
  return [head, ...body].join('\n') + '\n';
}

/** What the speaker column says under the name: the role, and who relays the quotation. */
function notes(record: QuoteRecord): string[] {
  const lines: string[] = [];
  if (record.role !== null) lines.push(toOneLine(record.role));
  if (record.via !== null) lines.push(`via ${toOneLine(record.via)}`);
  return lines;
}

/** The quotation between curly marks, its kind added when it is not speech (with --all). */
function quotation(record: QuoteRecord): string {
  const text = `“${toOneLine(record.text)}”`;
  return record.kind === 'direct' || record.kind === 'partial' ? text : `${text} (${record.kind})`;
}

/**
 * The location column of a file: `path:line` when that fits a quarter of the width, else
 * `name:line` (the heading or the command line has the full path), else cut from the left.
 */
function location(file: string, lines: readonly number[], width: number): (line: number) => string {
  const cap = Math.max(12, Math.floor(width * 0.3));
  const last = `:${Math.max(...lines)}`;
  const full = toOneLine(file);
  const shown = cells(full + last) <= cap ? full : truncateStart(toOneLine(path.basename(file)), cap - cells(last));
  return (line) => `${shown}:${line}`;
}
