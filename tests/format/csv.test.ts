import { describe, expect, it } from 'vitest';
import { createCsvFormatter, csvField, formatCsvRows, UTF8_BOM } from '../../src/format/csv.js';
import { fileResult, quote } from '../helpers/quotes.js';

const HEADER = 'file,index,text,start,end,line,column,kind,speaker,role,mention,cue,via,parent,confidence,method\r\n';

describe('csv', () => {
  it('starts with the header row of the record fields, CRLF', () => {
    expect(createCsvFormatter().begin()).toBe(HEADER);
  });

  it('starts with a UTF-8 byte order mark when asked', () => {
    expect(createCsvFormatter({ bom: true }).begin()).toBe(UTF8_BOM + HEADER);
  });

  it('writes mention and cue as their text, null as an empty field', () => {
    expect(formatCsvRows(fileResult('a.txt', [quote()]))).toBe(
      'a.txt,0,"We will win,",0,14,1,1,direct,Elena Marquez,mayor,Marquez,said,,,0.9,cue\r\n',
    );
    expect(formatCsvRows(fileResult('a.txt', [quote({ speaker: null, role: null, mention: null, cue: null, confidence: 0, method: 'none', parent: 3, via: 'Mark Twain' })]))).toBe(
      'a.txt,0,"We will win,",0,14,1,1,direct,,,,,Mark Twain,3,0,none\r\n',
    );
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['', ''],
    ['“curly” is fine', '“curly” is fine'],
  ])('quotes %j only when it must', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('parses back to the same fields (RFC 4180)', () => {
    const tricky = quote({ text: 'He said, "no"\r\nand left', speaker: 'O"Brien, J.' });
    const rows = parseCsv(createCsvFormatter().begin() + formatCsvRows(fileResult('dir/a,b.txt', [tricky])));
    expect(rows[0]![2]).toBe('text');
    expect(rows[1]![0]).toBe('dir/a,b.txt');
    expect(rows[1]![2]).toBe('He said, "no"\r\nand left');
    expect(rows[1]![8]).toBe('O"Brien, J.');
    expect(rows.map((r) => r.length)).toEqual([16, 16]);
  });

  it('writes nothing for a file that could not be read, nothing at the end', () => {
    const formatter = createCsvFormatter();
    expect(formatter.file({ file: 'b.txt', encoding: null, quotes: [], error: 'binary file' })).toBe('');
    expect(formatter.end(true)).toBe('');
  });
});

/** A small RFC 4180 reader, to check the writer against. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}
