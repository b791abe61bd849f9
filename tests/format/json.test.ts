import { describe, expect, it } from 'vitest';
import { createJsonFormatter, SCHEMA_VERSION } from '../../src/format/json.js';
import type { FileResult } from '../../src/format/record.js';
import { RECORD_FIELDS } from '../../src/format/record.js';
import { fileResult, quote } from '../helpers/quotes.js';

function document(results: FileResult[], interrupted = false): string {
  const formatter = createJsonFormatter();
  return formatter.begin() + results.map((r) => formatter.file(r)).join('') + formatter.end(interrupted);
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
      text += formatter.file(fileResult(name, [quote()]));
      expect(JSON.parse(text + formatter.end(true)).files.at(-1).file).toBe(name);
    }
  });
});
