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
  if (typeof id === 'number') return { id: String(id), text };
  return { error: '"id" is not a string or a number' };
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
