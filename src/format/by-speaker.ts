import { csvField, CRLF, spreadsheetSafe, UTF8_BOM } from './csv.js';
import { SCHEMA_VERSION } from './json.js';
import { SpeakerColors } from './palette.js';
import type { FileResult, Formatter } from './record.js';
import { count, isSpeech, UNATTRIBUTED } from './speaker.js';
import { cells, padEnd, padStart, toOneLine, truncate } from './wrap.js';

/** One line of the per-speaker summary; `speaker` null gathers the quotations nobody was found for. */
export interface SpeakerSummary {
  /** the canonical name, as in the records; null: unattributed */
  speaker: string | null;
  /** the first role the articles give the speaker, or null */
  role: string | null;
  /** how many quotations (direct and partial) are theirs */
  quotes: number;
  /** how many words those quotations hold */
  words: number;
  /** in how many files they are quoted */
  files: number;
}

/** The fields of a summary line in the order every format writes them. */
export const SUMMARY_FIELDS = ['speaker', 'role', 'quotes', 'words', 'files'] as const satisfies readonly (keyof SpeakerSummary)[];

const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The words of a text, CJK included (Intl.Segmenter's word boundaries): `“We will win,”` → 3. */
export function countWords(text: string): number {
  let n = 0;
  for (const segment of words.segment(text)) if (segment.isWordLike) n++;
  return n;
}

/**
 * Counters per speaker over a whole run. Speakers are merged across files by canonical name. A
 * relayed quotation (Mark Twain's line quoted by Putin) counts for its speaker, never for the
 * relay (`via`). Only speech counts: scare quotes and titles (listed with --all) do not.
 * Memory holds one counter per speaker, never the records.
 */
export class SpeakerTally {
  readonly #speakers = new Map<string | null, SpeakerSummary & { lastFile: string }>();
  /** inputs read */
  files = 0;

  /** Counts the quotations of one finished input. */
  add(result: FileResult): void {
    if (result.error !== undefined) return;
    this.files++;
    for (const quote of result.quotes) {
      if (!isSpeech(quote)) continue;
      let entry = this.#speakers.get(quote.speaker);
      if (entry === undefined) {
        entry = { speaker: quote.speaker, role: null, quotes: 0, words: 0, files: 0, lastFile: '' };
        this.#speakers.set(quote.speaker, entry);
      }
      entry.role ??= quote.role;
      entry.quotes++;
      entry.words += countWords(quote.text);
      // files are counted as they come: a file's quotations arrive together, once
      if (entry.files === 0 || entry.lastFile !== result.file) {
        entry.files++;
        entry.lastFile = result.file;
      }
    }
  }

  /** The summary lines: most quoted first (then most words, then by name), unattributed last. */
  summary(): SpeakerSummary[] {
    const lines = [...this.#speakers.values()].map(({ speaker, role, quotes, words, files }) => ({ speaker, role, quotes, words, files }));
    return lines.sort(
      (a, b) =>
        Number(a.speaker === null) - Number(b.speaker === null) ||
        b.quotes - a.quotes ||
        b.words - a.words ||
        (a.speaker! < b.speaker! ? -1 : a.speaker! > b.speaker! ? 1 : 0),
    );
  }
}

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
}

/**
 * `--by-speaker`: nothing while files are read, then one line per speaker at the end, as a
 * table, one JSON document `{"schemaVersion": 1, "speakers": [...]}`, NDJSON (one speaker a
 * line) or CSV (a header row `speaker,role,quotes,words,files`).
 */
export function createBySpeakerFormatter(options: BySpeakerOptions): Formatter {
  const tally = new SpeakerTally();
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
          return formatSummaryJson(lines, interrupted);
        case 'ndjson':
          return lines.map((line) => JSON.stringify(line) + '\n').join('');
        case 'csv':
          return formatSummaryCsv(lines, options.bom ?? false);
        case 'table':
          return formatSummaryTable(lines, { width: options.width ?? 80, color: options.color ?? false, files: tally.files, interrupted });
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
export function formatSummaryJson(lines: readonly SpeakerSummary[], interrupted = false): string {
  const entries = lines.map((line) => '    ' + JSON.stringify(line, [...SUMMARY_FIELDS], 1).replace(/\n\s*/g, ' '));
  const speakers = entries.length === 0 ? '[]' : `[\n${entries.join(',\n')}\n  ]`;
  return `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "speakers": ${speakers}${interrupted ? ',\n  "interrupted": true' : ''}\n}\n`;
}

/** The summary as CSV: a header row, one row per speaker, CRLF line ends; null as an empty field. */
export function formatSummaryCsv(lines: readonly SpeakerSummary[], bom: boolean): string {
  const rows = lines.map((line) => SUMMARY_FIELDS.map((field) => csvField(spreadsheetSafe(String(line[field] ?? '')))).join(','));
  return (bom ? UTF8_BOM : '') + [SUMMARY_FIELDS.join(','), ...rows].map((row) => row + CRLF).join('');
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
  options: { width: number; color: boolean; files: number; interrupted?: boolean },
): string {
  const colors = new SpeakerColors(options.color);
  const { paint } = colors;
  const quotes = lines.reduce((sum, line) => sum + line.quotes, 0);
  const speakers = lines.filter((line) => line.speaker !== null).length;
  const closing =
    `${count(speakers, 'speaker')}, ${count(quotes, 'quote')} in ${count(options.files, 'file')}` +
    (options.interrupted ? ' (interrupted)' : '');
  if (lines.length === 0) return options.files === 0 && !options.interrupted ? '' : paint.dim(truncate(closing, options.width)) + '\n';

  const numbers = ['quotes', 'words', 'files'] as const;
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
