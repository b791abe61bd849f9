import { describe, expect, it } from 'vitest';
import { createJsonFormatter, SCHEMA_VERSION } from '../../src/format/json.js';
import type { FileResult } from '../../src/format/record.js';
import { orderQuote, PIECE_CHARS, RECORD_FIELDS } from '../../src/format/record.js';
import { formatNdjson } from '../../src/format/ndjson.js';
import { fileResult, joined, quote } from '../helpers/quotes.js';

function document(results: FileResult[], interrupted = false): string {
  const formatter = createJsonFormatter();
  return formatter.begin() + results.map((r) => joined(formatter.file(r))).join('') + formatter.end(interrupted);
}

describe('json', () => {
  it('writes an empty run as a document with no files', () => {
    expect(JSON.parse(document([]))).toEqual({ schemaVersion: SCHEMA_VERSION, files: [] });
  });

  it('writes one entry per file, quotes without the file field, in record order', () => {
    const parsed = JSON.parse(
      document([
        fileResult('a.txt', [quote()], 'windows-1252'),
        { file: 'b.txt', encoding: null, quotes: [], error: 'permission denied' },
        fileResult('c.txt', []),
      ]),
    );
    expect(parsed).toEqual({
      schemaVersion: 1,
      files: [
        { file: 'a.txt', encoding: 'windows-1252', quotes: [quote()] },
        { file: 'b.txt', encoding: null, quotes: [], error: 'permission denied' },
        { file: 'c.txt', encoding: 'utf-8', quotes: [] },
      ],
    });
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'files']);
    expect(Object.keys(parsed.files[0])).toEqual(['file', 'encoding', 'quotes']);
    expect(Object.keys(parsed.files[0].quotes[0])).toEqual(RECORD_FIELDS.slice(1));
  });

  it('writes a quote’s context after its other fields, as JSON.stringify does', () => {
    const withContext = quote({ context: { text: '“We will win,” Marquez said.', start: 0, end: 28 } });
    const text = document([fileResult('a.txt', [withContext])]);
    expect(text).toBe(JSON.stringify({ schemaVersion: 1, files: [{ file: 'a.txt', encoding: 'utf-8', quotes: [withContext] }] }, null, 2) + '\n');
    expect(Object.keys(JSON.parse(text).files[0].quotes[0])).toEqual([...RECORD_FIELDS.slice(1), 'context']);
  });

  it('closes an interrupted run with "interrupted": true', () => {
    expect(JSON.parse(document([fileResult('a.txt', [])], true))).toEqual({
      schemaVersion: 1,
      files: [{ file: 'a.txt', encoding: 'utf-8', quotes: [] }],
      interrupted: true,
    });
    expect(JSON.parse(document([], true))).toEqual({ schemaVersion: 1, files: [], interrupted: true });
  });

  it('writes each file as a whole piece: stopped after any file, the end makes valid JSON', () => {
    const formatter = createJsonFormatter();
    let text = formatter.begin();
    for (const name of ['a', 'b', 'c']) {
      text += joined(formatter.file(fileResult(name, [quote()])));
      expect(JSON.parse(text + formatter.end(true)).files.at(-1).file).toBe(name);
    }
  });

  it('writes what JSON.stringify(document, null, 2) writes, byte for byte, U+2028 and U+2029 inside strings left alone', () => {
    const odd = quote({ text: 'one\u2028two\u2029three\nfour', role: null, mention: null });
    const results = [fileResult('a.txt', [quote(), odd]), fileResult('b\u2028.txt', []), { file: 'c.txt', encoding: null, quotes: [], error: 'permission denied' }];
    const expected = {
      schemaVersion: 1,
      files: results.map((r) => ({ file: r.file, encoding: r.encoding, quotes: r.quotes.map(orderQuote), ...(r.error ? { error: r.error } : {}) })),
    };
    const text = document(results);
    expect(text).toBe(JSON.stringify(expected, null, 2) + '\n');
    // the text in the JSON is the text in the NDJSON
    const ndjson = JSON.parse(formatNdjson(fileResult('a.txt', [odd]))) as { text: string };
    expect((JSON.parse(text) as { files: Array<{ quotes: Array<{ text: string }> }> }).files[0]!.quotes[1]!.text).toBe(ndjson.text);
  });

  it('writes a file of many quotes in pieces, and a run stopped inside them closes the file, marked, and the document', () => {
    const many = Array.from({ length: 2000 }, (_, index) => quote({ index }));
    const formatter = createJsonFormatter();
    const pieces = [...formatter.file(fileResult('a.txt', many))];
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(PIECE_CHARS + 1000);
    const stopped = createJsonFormatter();
    const iterator = stopped.file(fileResult('a.txt', many))[Symbol.iterator]();
    const written = [stopped.begin(), iterator.next().value, iterator.next().value, iterator.next().value].join('') + stopped.end(true);
    const parsed = JSON.parse(written) as { files: Array<{ quotes: unknown[]; interrupted?: boolean }>; interrupted: boolean };
    expect([parsed.interrupted, parsed.files.length, parsed.files[0]!.interrupted]).toEqual([true, 1, true]);
    expect(parsed.files[0]!.quotes.length).toBeGreaterThan(0);
    expect(parsed.files[0]!.quotes.length).toBeLessThan(2000);
  });

  it('closes a file whose quotes could not all be written with the error, the quotes before it kept', () => {
    const bad = Object.defineProperty(quote({ index: 1 }), 'text', {
      enumerable: true,
      get: () => {
        throw new RangeError('Invalid string length');
      },
    });
    const formatter = createJsonFormatter();
    let text = formatter.begin();
    const iterator = formatter.file(fileResult('a.txt', [...Array.from({ length: 400 }, (_, index) => quote({ index })), bad]))[Symbol.iterator]();
    expect(() => {
      for (let next = iterator.next(); !next.done; next = iterator.next()) text += next.value;
    }).toThrow('Invalid string length');
    text += formatter.failed('internal error: Invalid string length');
    text += joined(formatter.file(fileResult('b.txt', [])));
    const parsed = JSON.parse(text + formatter.end(false)) as { files: Array<{ file: string; quotes: unknown[]; error?: string }> };
    expect(parsed.files.map((f) => [f.file, f.quotes.length, f.error])).toEqual([
      ['a.txt', expect.any(Number), 'internal error: Invalid string length'],
      ['b.txt', 0, undefined],
    ]);
    expect(parsed.files[0]!.quotes.length).toBeGreaterThan(0);
  });
});
