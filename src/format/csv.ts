import type { Span } from '../core/types.js';
import { eachRecord, type FileResult, type Formatter, pieces, type QuoteRecord, RECORD_FIELDS } from './record.js';

/** What `--bom` puts first, so that spreadsheet programs read the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** The line end of CSV (RFC 4180). */
export const CRLF = '\r\n';

/** Options of the CSV format. */
export interface CsvOptions {
  /** start with a UTF-8 byte order mark */
  bom?: boolean;
  /** `--context`: the sentence around each quotation in three more columns, at the end (see CONTEXT_COLUMNS) */
  context?: boolean;
}

/** The columns of `--context`, after the record fields: the sentence's text, and its offsets as `start` and `end` are. */
export const CONTEXT_COLUMNS = ['context', 'contextStart', 'contextEnd'] as const;

/**
 * CSV as RFC 4180 has it: a header row of the record field names in record order, one row per
 * quote, CRLF line ends, fields quoted when they hold a comma, a double quote or a line break
 * (a line break inside a quotation stays as it is, inside the quoted field).
 * `mention` and `cue` are written as their text; null is an empty field. With `context`, three
 * columns more: the context's text, start and end. A text field that
 * a spreadsheet would run as a formula gets a leading apostrophe (see `spreadsheetSafe`).
 */
export function createCsvFormatter(options: CsvOptions = {}): Formatter {
  return {
    begin: () => (options.bom ? UTF8_BOM : '') + [...RECORD_FIELDS, ...(options.context ? CONTEXT_COLUMNS : [])].join(',') + CRLF,
    file: (result) => pieces(csvRows(result, options.context)),
    failed: () => '',
    end: () => '',
  };
}

/** The CSV rows of one file's records, each ending in CRLF, one at a time; none for a file that could not be read. */
export function* csvRows(result: FileResult, context = false): Generator<string> {
  for (const record of eachRecord(result)) {
    const cells = RECORD_FIELDS.map((field) => csvField(cell(record, field)));
    if (context) cells.push(...contextCells(record.context));
    yield cells.join(',') + CRLF;
  }
}

/** The `--context` columns of a record: its context's text, start and end (empty fields for a record without one). */
function contextCells(context: Span | undefined): string[] {
  return context === undefined ? ['', '', ''] : [csvField(spreadsheetSafe(context.text)), String(context.start), String(context.end)];
}

/** One file's CSV rows in one string (for a few records; the batch writes `csvRows` in pieces). */
export function formatCsvRows(result: FileResult): string {
  return [...csvRows(result)].join('');
}

function cell(record: QuoteRecord, field: (typeof RECORD_FIELDS)[number]): string {
  const value: string | number | Span | null = record[field];
  if (value === null) return '';
  if (typeof value === 'object') return spreadsheetSafe(value.text);
  return typeof value === 'string' ? spreadsheetSafe(value) : String(value);
}

/**
 * Text a spreadsheet will not run as a formula. Excel, LibreOffice and Google Sheets evaluate a
 * cell that starts with `=`, `+`, `-` or `@` (and some a tab or carriage return before one):
 * an article quoting `=HYPERLINK("http://…")` could plant a live link or worse in a journalist's
 * sheet. Such a field gets a leading apostrophe, which spreadsheets read as "this is text"
 * (OWASP's advice for CSV injection); every other field is left exactly as it is. The CSV is
 * for spreadsheets: programs that want the text untouched read `--ndjson` or `--json`.
 *
 *     =1+2        → '=1+2
 *     -5 degrees  → '-5 degrees
 *     @mayor      → '@mayor
 *     “=”         → “=”           (only the first character counts)
 *     -           → -             (the file name of standard input; alone it computes nothing)
 */
export function spreadsheetSafe(value: string): string {
  return value !== '-' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A field, quoted when it must be: `say "no"` → `"say ""no"""`. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
