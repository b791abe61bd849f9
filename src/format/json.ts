import { type FileResult, type Formatter, orderQuote } from './record.js';

/** The version of the JSON document; it changes only if a field is removed or changes meaning. */
export const SCHEMA_VERSION = 1;

/**
 * One JSON document for the whole run, written file by file as each finishes:
 *
 *     {
 *       "schemaVersion": 1,
 *       "files": [
 *         { "file": "a.txt", "encoding": "utf-8", "quotes": [ … ] },
 *         { "file": "b.txt", "encoding": null, "quotes": [], "error": "permission denied" }
 *       ],
 *       "interrupted": true          ← only when a signal stopped the run
 *     }
 *
 * A quote holds the record fields without `file`, in record order. Every file entry has
 * `file`, `encoding` and `quotes`; `error` is there only for inputs that could not be read.
 */
export function createJsonFormatter(): Formatter {
  let files = 0;
  return {
    begin: () => `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "files": [`,
    file(result) {
      const separator = files++ === 0 ? '\n' : ',\n';
      return separator + indent(JSON.stringify(fileEntry(result), null, 2), '    ');
    },
    end(interrupted) {
      const close = files === 0 ? ']' : '\n  ]';
      return close + (interrupted ? ',\n  "interrupted": true' : '') + '\n}\n';
    },
  };
}

function fileEntry(result: FileResult) {
  const entry = { file: result.file, encoding: result.encoding, quotes: result.quotes.map(orderQuote) };
  return result.error === undefined ? entry : { ...entry, error: result.error };
}

function indent(text: string, prefix: string): string {
  return text.replace(/^/gm, prefix);
}
