import fs from 'node:fs';
import path from 'node:path';
import { describeError } from '../io/errors.js';
import { type Expanded, STDIN } from '../io/expand.js';
import { readLines } from '../io/lines.js';
import type { Input } from './analyze.js';
import type { ReadOptions } from './inputs.js';

/** A record line read: the name its quotations are filed under and its text, or what is wrong with it. */
export type ParsedRecord = { id: string | undefined; text: string } | { error: string };

/**
 * One line of `--input ndjson`: a JSON object with a `text` string and an `id`, a string or a
 * number, that becomes the `file` of its quotations.
 *
 *     {"id": "reuters-0042", "text": "“We will win,” Marquez said."}
 *
 * A number id is kept as it is written: `1790000000000000001` and `…002` stay two ids (as
 * JavaScript numbers they are one), `1e400` stays `1e400` (not `Infinity`), `1.50` stays `1.50`.
 *
 * Other fields are ignored. A record without an id (or with `"id": null`) is named after its
 * place, `<source>:<line>`, by the caller.
 */
export function parseRecord(line: string): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not a JSON object' };
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (text === undefined) return { error: 'no "text" field' };
  if (typeof text !== 'string') return { error: '"text" is not a string' };
  if (id === undefined || id === null) return { id: undefined, text };
  if (typeof id === 'string') return { id, text };
  if (typeof id === 'number') return { id: numberText(line, 'id') ?? String(id), text };
  return { error: '"id" is not a string or a number' };
}

/**
 * The text of the number that is the value of `key` in the JSON object `json` (valid JSON), as
 * written: `{"id": 1e400}` → `1e400`. Keys nested deeper are skipped; of a key given twice, the
 * last counts, as in JSON.parse. Undefined if the value is no number.
 */
export function numberText(json: string, key: string): string | undefined {
  let depth = 0;
  let found: string | undefined;
  // strings, brackets, and the numbers after a `"key":` at the top level of the object
  const token = /"(?:[^"\\]|\\.)*"|[{[]|[}\]]|-?\d[\d.eE+-]*/g;
  let previousKey: string | undefined;
  for (let match = token.exec(json); match !== null; match = token.exec(json)) {
    const text = match[0];
    if (text === '{' || text === '[') depth++;
    else if (text === '}' || text === ']') depth--;
    else if (text.startsWith('"')) {
      // a string at the top level followed by a colon is a key
      const isKey = depth === 1 && /^\s*:/.test(json.slice(token.lastIndex));
      previousKey = isKey ? (JSON.parse(text) as string) : undefined;
      continue;
    } else if (depth === 1 && previousKey === key) found = text;
    previousKey = undefined;
  }
  return found;
}

/**
 * `--input ndjson`: the records of NDJSON sources (files, or standard input as `-`) as inputs
 * for the batch, read line by line as the batch asks for them, so memory holds a few records
 * whatever the size of the stream.
 *
 * Blank lines are skipped. A bad line becomes an error input named `<source>:<line>` (the batch
 * prints `whosaid: <source>:<line>: <problem>` and goes on); a source that cannot be read
 * becomes one error named after it. A signal ends the reading at once.
 */
export async function* toRecordInputs(expanded: AsyncIterable<Expanded>, options: ReadOptions): AsyncGenerator<Input> {
  for await (const entry of expanded) {
    const source = entry.path;
    if (entry.error !== undefined) {
      yield { file: source, error: entry.error };
      continue;
    }
    if (options.signal.aborted) return;
    const stream = source === STDIN ? options.stdin() : fs.createReadStream(path.resolve(options.cwd, source), { highWaterMark: 1 << 16 });
    const onAbort = () => stream.destroy?.();
    options.signal.addEventListener('abort', onAbort);
    try {
      for await (const line of readLines(stream as AsyncIterable<Uint8Array | string>, options.maxBytes)) {
        const place = `${source}:${line.number}`;
        if (line.error !== undefined) {
          yield { file: place, error: line.error };
          continue;
        }
        if (line.text.trim() === '') continue;
        const record = parseRecord(line.text);
        if ('error' in record) yield { file: place, error: record.error };
        else yield { file: record.id ?? place, text: record.text };
      }
    } catch (error) {
      if (options.signal.aborted) return;
      yield { file: source, error: describeError(error) };
    } finally {
      options.signal.removeEventListener('abort', onAbort);
      if (source !== STDIN) (stream as fs.ReadStream).destroy();
    }
  }
}
