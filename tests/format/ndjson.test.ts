import { describe, expect, it } from 'vitest';
import { createNdjsonFormatter, formatNdjson } from '../../src/format/ndjson.js';
import { PIECE_CHARS, RECORD_FIELDS } from '../../src/format/record.js';
import { fileResult, joined, quote } from '../helpers/quotes.js';

describe('ndjson', () => {
  it('writes one record per line, nothing else', () => {
    const text = formatNdjson(fileResult('a.txt', [quote(), quote({ index: 1, text: 'line\nbreak', speaker: null })]));
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(3);
    const records = lines.slice(0, 2).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((r) => Object.keys(r))).toEqual([RECORD_FIELDS, RECORD_FIELDS]);
    expect(records[0]).toEqual({ file: 'a.txt', ...quote() });
    expect(records[1]).toMatchObject({ index: 1, text: 'line\nbreak', speaker: null });
  });

  it('writes nothing for a file without quotations or with an error, and nothing around the records', () => {
    const formatter = createNdjsonFormatter();
    expect(formatter.begin()).toBe('');
    expect(joined(formatter.file(fileResult('a.txt', [])))).toBe('');
    expect(joined(formatter.file({ file: 'b.txt', encoding: null, quotes: [], error: 'permission denied' }))).toBe('');
    expect(formatter.end(true)).toBe('');
  });

  it('writes a file of many records in pieces of whole lines, never as one string', () => {
    const many = Array.from({ length: 3000 }, (_, index) => quote({ index }));
    const pieces = [...createNdjsonFormatter().file(fileResult('a.txt', many))];
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces) {
      expect(piece.endsWith('\n')).toBe(true);
      expect(piece.length).toBeLessThan(PIECE_CHARS + 1000);
    }
    expect(pieces.join('')).toBe(formatNdjson(fileResult('a.txt', many)));
  });
});
