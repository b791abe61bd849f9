import { formatHeading } from './heading.js';
import { DEFAULT_MARKS, type QuoteMarks } from './marks.js';
import { SpeakerColors } from './palette.js';
import { type Formatter, pieces, type QuoteRecord, toRecords } from './record.js';
import { speakerName } from './speaker.js';
import { closingLine, RunTally } from './summary.js';
import { cells, padEnd, toOneLine, truncate, wrap } from './wrap.js';

/** Options of the table: how wide the terminal is, whether to color, whether files get headings. */
export interface TableOptions {
  /** columns to fit the table into (the quotation, the speaker and the role wrap) */
  width: number;
  /** color speakers (ANSI escapes); the caller decides, see `--color` */
  color: boolean;
  /**
   * more than one input: a heading before each file's rows, and the location as `path:line`
   * (with one input, `line 5`: the file is the one named on the command line)
   */
  headings?: boolean;
}

const GAP = '  ';
/** The narrowest quotation column of the three-column layout; narrower terminals get the stacked one. */
const MIN_QUOTE = 24;
/** The speaker column takes the width its widest name, role or relay needs, up to this share of the line (and at least MIN_SPEAKER). */
const SPEAKER_SHARE = 0.3;
const MIN_SPEAKER = 14;
/** What sets the sentence around a quotation (`--context`) in from the quotation above it. */
const CONTEXT_INDENT = '  ';

/**
 * The table for people, the default output. Per quotation, three columns:
 *
 *     Elena Marquez   “We are not going to let a few wet months stop   line 5
 *     Mayor           this city,”
 *
 * the speaker (a `?` after an unsure one, `(unattributed)` for none) with the role and the
 * relaying speaker below it, the quotation between its own marks (‘…’ stays ‘…’) wrapped on
 * word boundaries to the width left (wide CJK and emoji characters measured as two cells), and
 * where it is: `line 5` for one input, `path:line` in a batch, the path whole so that it can be
 * pasted. The speaker column is as wide as its longest name, role or relay, up to 30% of the
 * line; longer ones wrap, never cut. In a batch a heading names each file; the run ends with a
 * closing line, `11 quotes from 6 speakers in 1 file`.
 *
 * With `--context`, the sentence that holds the quotation comes under it, set in by two spaces
 * and wrapped to the same column:
 *
 *     Elena Marquez   “We will win,”                                   line 5
 *     Mayor             The vote was close. “We will win,” Marquez
 *                       said.
 *
 * With color, each speaker keeps one color for the whole run, in every file; locations, roles,
 * contexts and the closing line are dim. Terminals narrower than the three columns need get a stacked
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
      if (result.error !== undefined) return [];
      const rows = tableRows(toRecords(result), { ...options, colors, marks: result.marks });
      if (!options.headings && result.quotes.length === 0) return [];
      const heading = options.headings ? formatHeading(result, colors.paint) : '';
      return pieces(startingWith((blocks++ > 0 ? '\n' : '') + heading, rows));
    },
    failed: () => '',
    end(interrupted) {
      const line = closingLine(tally, interrupted);
      if (line === '') return '';
      return (blocks > 0 ? '\n' : '') + colors.paint.dim(truncate(line, options.width)) + '\n';
    },
  };
}

/**
 * The rows of one file's records (no heading, no closing line). Columns are sized per file, so
 * a file's rows line up with each other. `colors` carries speaker colors from file to file;
 * `marks`, each quotation's own marks by its index (else “…”).
 */
type RowOptions = TableOptions & { colors?: SpeakerColors; marks?: readonly QuoteMarks[] | undefined };

export function formatTable(records: readonly QuoteRecord[], options: RowOptions): string {
  return [...tableRows(records, options)].join('');
}

/** The greatest of `values` (-Infinity for none), however many: `Math.max(...values)` overflows the stack past about 100,000. */
function greatest(values: readonly number[]): number {
  return values.reduce((most, value) => (value > most ? value : most), -Infinity);
}

/** `text`, then what `rest` yields. */
function* startingWith(text: string, rest: Iterable<string>): Generator<string> {
  yield text;
  yield* rest;
}

/** The rows of `formatTable`, one record's lines at a time. */
function* tableRows(records: readonly QuoteRecord[], options: RowOptions): Generator<string> {
  if (records.length === 0) return;
  const colors = options.colors ?? new SpeakerColors(options.color);
  const width = Math.max(1, options.width);
  const place = (record: QuoteRecord) => (options.headings ? `${toOneLine(record.file)}:${record.line}` : `line ${record.line}`);
  const shown = (record: QuoteRecord) => quotation(record, options.marks?.[record.index] ?? DEFAULT_MARKS);
  const names = records.map((r) => speakerName(r));
  const speakerWidth = Math.min(
    greatest(records.map((r, i) => greatest([names[i]!, ...notes(r)].map((text) => cells(text))))),
    Math.max(MIN_SPEAKER, Math.floor(width * SPEAKER_SHARE)),
  );
  const placeWidth = greatest(records.map((r) => cells(place(r))));
  const quoteWidth = width - speakerWidth - placeWidth - 2 * GAP.length;
  if (quoteWidth < MIN_QUOTE) {
    for (const [i, record] of records.entries()) yield stacked(record, names[i]!, place(record), shown(record), width, colors);
    return;
  }

  for (const [i, record] of records.entries()) {
    let out = '';
    const paint = colors.of(record.speaker);
    // the speaker column: the name in the speaker's color, the notes under it dim, each wrapped
    // to the column; padded outside the color codes, and not at all where no quotation text follows
    const side = wrap(names[i]!, speakerWidth).map((text) => ({ text, paint }));
    for (const note of notes(record)) side.push(...wrap(note, speakerWidth).map((text) => ({ text, paint: colors.paint.dim })));
    const quoted = wrap(shown(record), quoteWidth);
    const around = context(record, quoteWidth).map((line) => CONTEXT_INDENT + colors.paint.dim(line));
    const height = Math.max(side.length, quoted.length + around.length);
    for (let line = 0; line < height; line++) {
      const left = side[line];
      const text = quoted[line] ?? around[line - quoted.length] ?? '';
      const pad = ' '.repeat(speakerWidth - (left ? cells(left.text) : 0));
      const name = left ? left.paint(left.text) : '';
      out += line === 0 ? name + pad + GAP + padEnd(text, quoteWidth) + GAP + colors.paint.dim(place(record)) : text === '' ? name : name + pad + GAP + text;
      out += '\n';
    }
    yield out;
  }
}

/**
 * One quotation in the stacked layout, for narrow terminals (the role left out); the location
 * on a line of its own when the name leaves it no room:
 *
 *     Elena Marquez · line 5
 *       “We are not going to let a
 *       few wet months stop this city,”
 */
function stacked(record: QuoteRecord, name: string, place: string, quoted: string, width: number, colors: SpeakerColors): string {
  const paint = colors.of(record.speaker);
  const who = name + (record.via === null ? '' : ` via ${toOneLine(record.via)}`);
  const tail = ` · ${place}`;
  const head =
    cells(who + tail) <= width
      ? paint(who) + colors.paint.dim(tail)
      : wrap(who, width).map((line) => paint(line)).join('\n') + '\n' + colors.paint.dim(place);
  const body = wrap(quoted, Math.max(1, width - 2)).map((line) => '  ' + line);
  const around = context(record, Math.max(1, width - 2)).map((line) => '  ' + CONTEXT_INDENT + colors.paint.dim(line));
  return [head, ...body, ...around].join('\n') + '\n';
}

/** The lines of the sentence around the quotation (`--context`), to fit `width` cells once set in; none without one. */
function context(record: QuoteRecord, width: number): string[] {
  if (record.context === undefined) return [];
  return wrap(toOneLine(record.context.text), Math.max(1, width - CONTEXT_INDENT.length));
}

/** What the speaker column says under the name: the role, and who relays the quotation. */
function notes(record: QuoteRecord): string[] {
  const lines: string[] = [];
  if (record.role !== null) lines.push(toOneLine(record.role));
  if (record.via !== null) lines.push(`via ${toOneLine(record.via)}`);
  return lines;
}

/**
 * The quotation between its marks, its kind added when it is not speech (with --all): `‘We will,’`,
 * `“experts” (scare)`; speech without quotation marks (--indirect) without marks, after what it is,
 * so that a paraphrase is never read as someone's words: `reported: the city held`, `turn: Well, look`.
 */
function quotation(record: QuoteRecord, [open, close]: QuoteMarks): string {
  if (record.kind === 'indirect') return toOneLine('reported: ' + record.text);
  if (record.kind === 'turn') return toOneLine('turn: ' + record.text);
  const text = toOneLine(open + record.text + close);
  return record.kind === 'direct' || record.kind === 'partial' ? text : `${text} (${record.kind})`;
}
