import { type FileResult, type Formatter, toRecords } from './record.js';

/** One quote record per line (`\n` line ends), nothing else: no header, no errors, no summary. */
export function formatNdjson(result: FileResult): string {
  return toRecords(result)
    .map((record) => JSON.stringify(record) + '\n')
    .join('');
}

/** The NDJSON format: records only, so nothing before or after them. */
export function createNdjsonFormatter(): Formatter {
  return { begin: () => '', file: formatNdjson, end: () => '' };
}
