import { csvField, CRLF, spreadsheetSafe, UTF8_BOM } from './csv.js';
import { SCHEMA_VERSION } from './json.js';
import { SpeakerColors } from './palette.js';
import type { Formatter } from './record.js';
import { count, UNATTRIBUTED } from './speaker.js';
import { REPORTED_SUMMARY_FIELDS, SpeakerTally, SUMMARY_FIELDS, summaryTotals, type SpeakerSummary, type SummaryTotals } from './speaker-tally.js';
import { cells, padEnd, padStart, toOneLine, truncate, truncateStart } from './wrap.js';

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
 * table, one JSON document `{"schemaVersion": 1, "speakers": [...], "totals": {...}}`, NDJSON
 * (one speaker a line) or CSV (a header row `speaker,role,quotes,words,files,type,gender,file`).
 * With `reported` (--indirect), a `reported` column after `quotes` counts the statements
 * without quotation marks apart.
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
 *         { "speaker": "Elena Marquez", "role": "Mayor", "quotes": 5, "words": 52, "files": 1, "type": "person", "gender": "female", "file": null },
 *         { "speaker": "a spokesman", "role": null, "quotes": 1, "words": 9, "files": 1, "type": "description", "gender": "male", "file": "a.txt" },
 *         { "speaker": null, "role": null, "quotes": 1, "words": 3, "files": 1, "type": null, "gender": null, "file": null }
 *       ],
 *       "totals": { "quotes": 7, "named": 5, "unnamed": 1, "none": 1, "female": 5, "male": 1, "unknown": 1 }
 *     }
 *
 * `"interrupted": true` is added when a signal stopped the run (the counts cover the files before it).
 */
export function formatSummaryJson(lines: readonly SpeakerSummary[], interrupted = false, fields: readonly string[] = SUMMARY_FIELDS): string {
  const entries = lines.map((line) => '    ' + JSON.stringify(line, [...fields], 1).replace(/\n\s*/g, ' '));
  const speakers = entries.length === 0 ? '[]' : `[\n${entries.join(',\n')}\n  ]`;
  const totals = JSON.stringify(summaryTotals(lines), null, 1).replace(/\n\s*/g, ' ');
  return `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "speakers": ${speakers},\n  "totals": ${totals}${interrupted ? ',\n  "interrupted": true' : ''}\n}\n`;
}

/** The summary as CSV: a header row, one row per speaker, CRLF line ends; null as an empty field. */
export function formatSummaryCsv(lines: readonly SpeakerSummary[], bom: boolean, fields: readonly (keyof SpeakerSummary)[] = SUMMARY_FIELDS): string {
  const rows = lines.map((line) => fields.map((field) => csvField(spreadsheetSafe(String(line[field] ?? '')))).join(','));
  return (bom ? UTF8_BOM : '') + [fields.join(','), ...rows].map((row) => row + CRLF).join('');
}

/**
 * The summary as a table for people, fitted to `width` (names, roles and files cut with …, the
 * role column left out when there is no room for it): the named speakers, then the descriptions
 * and authors with their file in the role's place, then the unattributed; and a closing line:
 *
 *     speaker         type          role    gender  quotes  words  files
 *     Elena Marquez   person        Mayor   female       5     52      1
 *
 *     unnamed         type          file    gender  quotes  words  files
 *     a spokesman     description   a.txt   male         1      9      1
 *     (unattributed)                                     1      3      1
 *
 *     7 quotes from 2 speakers in 1 file: 5 named, 1 unnamed, 1 none
 *     by gender: female 71%, male 14%, unknown 14%
 */
export function formatSummaryTable(
  lines: readonly SpeakerSummary[],
  options: { width: number; color: boolean; files: number; interrupted?: boolean; reported?: boolean },
): string {
  const colors = new SpeakerColors(options.color);
  const { paint } = colors;
  const reported = options.reported ? lines.reduce((sum, line) => sum + (line.reported ?? 0), 0) : undefined;
  const closing = closingLines(summaryTotals(lines), lines.filter((line) => line.speaker !== null).length, options.files, options.interrupted, reported)
    .map((line) => paint.dim(truncate(line, options.width)) + '\n').join('');
  if (lines.length === 0) return options.files === 0 && !options.interrupted ? '' : closing;

  const numbers = options.reported ? (['quotes', 'reported', 'words', 'files'] as const) : (['quotes', 'words', 'files'] as const);
  const numberWidths = numbers.map((field) => Math.max(field.length, ...lines.map((line) => String(line[field]).length)));
  const unnamed = lines.some((line) => line.file !== null);
  const types = lines.map((line) => line.type ?? '');
  const genders = lines.map((line) => line.gender ?? '');
  const typeWidth = Math.max('type'.length, ...types.map((t) => t.length));
  const genderWidth = Math.max('gender'.length, ...genders.map((g) => g.length));
  const numbersWidth = numberWidths.reduce((sum, w) => sum + w + 2, 0) + typeWidth + 2 + genderWidth + 2;
  const names = lines.map((line) => (line.speaker === null ? UNATTRIBUTED : toOneLine(line.speaker)));
  const roles = lines.map((line) => toOneLine(line.file ?? line.role ?? ''));
  const room = Math.max(8, options.width - numbersWidth);
  const nameWidth = Math.min(Math.max((unnamed ? 'unnamed' : 'speaker').length, ...names.map((name) => cells(name))), Math.max(8, Math.floor(room * 0.45)));
  // the role column takes what is left after the name and a gap, if that is 6 cells or more
  const roleWidth = Math.min(Math.max('role'.length, ...roles.map((role) => cells(role))), room - nameWidth - 2);
  const withRole = roleWidth >= 6;

  const row = (name: string, type: string, role: string, gender: string, cells: string[]) =>
    padEnd(name, nameWidth) + '  ' + padEnd(type, typeWidth) + (withRole ? '  ' + padEnd(role, roleWidth) : '') + '  ' + padEnd(gender, genderWidth) +
    cells.map((cell, i) => '  ' + padStart(cell, numberWidths[i]!)).join('');
  const header = (first: string, third: string) => paint.bold(row(first, 'type', third, 'gender', [...numbers]).trimEnd()) + '\n';
  let out = lines[0]!.file === null && lines[0]!.speaker !== null ? header('speaker', 'role') : '';
  lines.forEach((line, i) => {
    // the descriptions and authors, each in its own file, after the named speakers
    if (line.file !== null && (i === 0 || lines[i - 1]!.file === null)) out += (i === 0 ? '' : '\n') + header('unnamed', 'file');
    if (line.speaker === null && i === 0) out += header('speaker', 'role');
    const name = truncate(names[i]!, nameWidth);
    const painted = colors.of(line.speaker)(name) + ' '.repeat(nameWidth - cells(name));
    out += painted + row('', types[i]!, (line.file === null ? truncate : truncateStart)(roles[i]!, roleWidth), genders[i]!, numbers.map((field) => String(line[field]))).slice(nameWidth) + '\n';
  });
  return out + '\n' + closing;
}

/**
 * The closing lines of the summary: the quotations, by whom, and the shares by gender.
 *
 *     11 quotes from 6 speakers in 1 file: 8 named, 2 unnamed, 1 none
 *     by gender: female 36%, male 18%, unknown 45%
 */
export function closingLines(t: SummaryTotals, speakers: number, files: number, interrupted = false, reported?: number): string[] {
  const mark = interrupted ? ' (interrupted)' : '';
  const statements = reported === undefined ? '' : ` and ${count(reported, 'reported statement')}`;
  const found = `${count(t.quotes, 'quote')}${statements} from ${count(speakers, 'speaker')} in ${count(files, 'file')}`;
  if (t.quotes === 0) return [found + mark];
  const share = (n: number) => `${Math.round((100 * n) / t.quotes)}%`;
  return [
    `${found}: ${t.named} named, ${t.unnamed} unnamed, ${t.none} none${mark}`,
    `by gender: female ${share(t.female)}, male ${share(t.male)}, unknown ${share(t.unknown)}`,
  ];
}
