import { eachRecord, type FileResult, type Formatter, pieces } from './record.js';

/** The NDJSON lines of one file's records, each ending in `\n`, one at a time. */
export function* ndjsonLines(result: FileResult): Generator<string> {
  for (const record of eachRecord(result)) yield JSON.stringify(record) + '\n';
}

/** One file's records as NDJSON, in one string (for a few records; the batch writes `ndjsonLines` in pieces). */
export function formatNdjson(result: FileResult): string {
  return [...ndjsonLines(result)].join('');
}

/** The NDJSON format: one quote record per line (`\n` line ends), nothing else: no header, no errors, no summary. */
export function createNdjsonFormatter(): Formatter {
  return { begin: () => '', file: (result) => pieces(ndjsonLines(result)), failed: () => '', end: () => '' };
}
