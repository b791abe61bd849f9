import { csvField, CRLF, spreadsheetSafe, UTF8_BOM } from './csv.js';
import { SCHEMA_VERSION } from './json.js';
import { SpeakerColors } from './palette.js';
import type { Formatter } from './record.js';
import { count, UNATTRIBUTED } from './speaker.js';
import { REPORTED_SUMMARY_FIELDS, SpeakerTally, SUMMARY_FIELDS, type SpeakerSummary } from './speaker-tally.js';
import { cells, padEnd, padStart, toOneLine, truncate } from './wrap.js';

/** How `--by-speaker` writes its summary. */
export type SummaryFormat = 'table' | 'json' | 'ndjson' | 'csv';

/** Options of the per-speaker summary. */
export interface BySpeakerOptions {
  format: SummaryFormat;
  /** the table's width */
  width?: number;
  /** color the table */
  color?: boolean;
  /** with csv: start with a UTF-8 byte order mark */
  bom?: boolean;
  /** count statements without quotation marks in a `reported` column of their own (--indirect) */
  reported?: boolean;
}

/**
 * `--by-speaker`: nothing while files are read, then one line per speaker at the end, as a
 * table, one JSON document `{"schemaVersion": 1, "speakers": [...]}`, NDJSON (one speaker a
 * line) or CSV (a header row `speaker,role,quotes,words,files`). With `reported` (--indirect), a
 * `reported` column after `quotes` counts the statements without quotation marks apart.
 */
export function createBySpeakerFormatter(options: BySpeakerOptions): Formatter {
  const tally = new SpeakerTally(options.reported ?? false);
  const fields = options.reported ? REPORTED_SUMMARY_FIELDS : SUMMARY_FIELDS;
  return {
    begin: () => '',
    file(result) {
      tally.add(result);
      return [];
    },
    failed: () => '',
    end(interrupted) {
      const lines = tally.summary();
      switch (options.format) {
        case 'json':
          return formatSummaryJson(lines, interrupted, fields);
        case 'ndjson':
          return lines.map((line) => JSON.stringify(line) + '\n').join('');
        case 'csv':
          return formatSummaryCsv(lines, options.bom ?? false, fields);
        case 'table':
          return formatSummaryTable(lines, { width: options.width ?? 80, color: options.color ?? false, files: tally.files, interrupted, reported: options.reported ?? false });
      }
    },
  };
}

/**
 * The summary as one JSON document:
 *
 *     {
 *       "schemaVersion": 1,
 *       "speakers": [
 *         { "speaker": "Elena Marquez", "role": "Mayor", "quotes": 5, "words": 52, "files": 1 },
 *         { "speaker": null, "role": null, "quotes": 1, "words": 3, "files": 1 }
 *       ]
 *     }
 *
 * `"interrupted": true` is added when a signal stopped the run (the counts cover the files before it).
 */
export function formatSummaryJson(lines: readonly SpeakerSummary[], interrupted = false, fields: readonly string[] = SUMMARY_FIELDS): string {
  const entries = lines.map((line) => '    ' + JSON.stringify(line, [...fields], 1).replace(/\n\s*/g, ' '));
  const speakers = entries.length === 0 ? '[]' : `[\n${entries.join(',\n')}\n  ]`;
  return `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "speakers": ${speakers}${interrupted ? ',\n  "interrupted": true' : ''}\n}\n`;
}

/** The summary as CSV: a header row, one row per speaker, CRLF line ends; null as an empty field. */
export function formatSummaryCsv(lines: readonly SpeakerSummary[], bom: boolean, fields: readonly (keyof SpeakerSummary)[] = SUMMARY_FIELDS): string {
  const rows = lines.map((line) => fields.map((field) => csvField(spreadsheetSafe(String(line[field] ?? '')))).join(','));
  return (bom ? UTF8_BOM : '') + [fields.join(','), ...rows].map((row) => row + CRLF).join('');
}

/**
 * The summary as a table for people, fitted to `width` (names and roles cut with …, the role
 * column left out when there is no room for it), and a closing line:
 *
 *     speaker         role            quotes  words  files
 *     Elena Marquez   Mayor                5     52      1
 *     (unattributed)                       1      3      1
 *
 *     5 speakers, 11 quotes in 1 file
 */
export function formatSummaryTable(
  lines: readonly SpeakerSummary[],
  options: { width: number; color: boolean; files: number; interrupted?: boolean; reported?: boolean },
): string {
  const colors = new SpeakerColors(options.color);
  const { paint } = colors;
  const quotes = lines.reduce((sum, line) => sum + line.quotes, 0);
  const reported = options.reported ? lines.reduce((sum, line) => sum + (line.reported ?? 0), 0) : undefined;
  const speakers = lines.filter((line) => line.speaker !== null).length;
  const closing =
    `${count(speakers, 'speaker')}, ${count(quotes, 'quote')}${reported === undefined ? '' : `, ${count(reported, 'reported statement')}`} in ${count(options.files, 'file')}` +
    (options.interrupted ? ' (interrupted)' : '');
  if (lines.length === 0) return options.files === 0 && !options.interrupted ? '' : paint.dim(truncate(closing, options.width)) + '\n';

  const numbers = options.reported ? (['quotes', 'reported', 'words', 'files'] as const) : (['quotes', 'words', 'files'] as const);
  const numberWidths = numbers.map((field) => Math.max(field.length, ...lines.map((line) => String(line[field]).length)));
  const numbersWidth = numberWidths.reduce((sum, w) => sum + w + 2, 0);
  const names = lines.map((line) => (line.speaker === null ? UNATTRIBUTED : toOneLine(line.speaker)));
  const roles = lines.map((line) => (line.role === null ? '' : toOneLine(line.role)));
  const room = Math.max(8, options.width - numbersWidth);
  const nameWidth = Math.min(Math.max('speaker'.length, ...names.map((name) => cells(name))), Math.max(8, Math.floor(room * 0.45)));
  // the role column takes what is left after the name and a gap, if that is 6 cells or more
  const roleWidth = Math.min(Math.max('role'.length, ...roles.map((role) => cells(role))), room - nameWidth - 2);
  const withRole = roleWidth >= 6;

  const row = (name: string, role: string, cells: string[]) =>
    padEnd(name, nameWidth) + (withRole ? '  ' + padEnd(role, roleWidth) : '') + cells.map((cell, i) => '  ' + padStart(cell, numberWidths[i]!)).join('');
  let out = paint.bold(row('speaker', 'role', [...numbers])) + '\n';
  lines.forEach((line, i) => {
    const name = truncate(names[i]!, nameWidth);
    const painted = colors.of(line.speaker)(name) + ' '.repeat(nameWidth - cells(name));
    out += painted + row('', truncate(roles[i]!, roleWidth), numbers.map((field) => String(line[field]))).slice(nameWidth) + '\n';
  });
  return out + '\n' + paint.dim(truncate(closing, options.width)) + '\n';
}
