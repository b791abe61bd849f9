import { type FileResult, type Formatter, orderQuote, pieces } from './record.js';

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
 * `file`, `encoding` and `quotes`; `error` is there only for inputs that could not be read, or
 * whose records could not all be written (those before it stand).
 *
 * The text is what `JSON.stringify(document, null, 2)` gives, made quote by quote: a file's
 * entry is written in pieces, never as one string. A run stopped inside a file's quotes (a
 * signal) closes that entry with `"interrupted": true` (it holds the quotes written so far),
 * then the document.
 */
export function createJsonFormatter(): Formatter {
  let files = 0;
  /** the entry whose quotes are being written: its array and object still to close */
  let open: FileResult | undefined;
  /** the end of the open entry: the quotes closed, then its error, or `"interrupted": true` when the run stopped inside it */
  const close = (last: { error?: string; interrupted?: boolean } = {}) => {
    const entry = open!;
    open = undefined;
    const error = last.error === undefined ? '' : `,\n      "error": ${JSON.stringify(last.error)}`;
    return (entry.quotes.length === 0 ? ']' : '\n      ]') + error + (last.interrupted ? ',\n      "interrupted": true' : '') + '\n    }';
  };
  return {
    begin: () => `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "files": [`,
    *file(result) {
      if (open !== undefined) yield close();
      open = result;
      yield `${files++ === 0 ? '\n' : ',\n'}    {\n      "file": ${JSON.stringify(result.file)},\n      "encoding": ${JSON.stringify(result.encoding)},\n      "quotes": [`;
      yield* pieces(quoteTexts(result));
      yield close(result.error === undefined ? {} : { error: result.error });
    },
    failed: (error) => (open === undefined ? '' : close({ error })),
    end(interrupted) {
      const last = open === undefined ? '' : close({ interrupted: true });
      return last + (files === 0 ? ']' : '\n  ]') + (interrupted ? ',\n  "interrupted": true' : '') + '\n}\n';
    },
  };
}

/** The quotes of a file's entry as they stand in the document, each after its separator. */
function* quoteTexts(result: FileResult): Generator<string> {
  let first = true;
  for (const quote of result.quotes) {
    yield (first ? '\n' : ',\n') + indent(JSON.stringify(orderQuote(quote), null, 2), '        ');
    first = false;
  }
}

/**
 * `text` with `prefix` after each of its line breaks and at its start. JSON.stringify writes a
 * line break inside a string as `\n`, so every `\n` is one of its own; U+2028 and U+2029 it
 * writes as they are, and they are no line breaks here (a `^` with the m flag would take them
 * for ones, and put spaces inside the string).
 */
function indent(text: string, prefix: string): string {
  return prefix + text.replaceAll('\n', '\n' + prefix);
}
