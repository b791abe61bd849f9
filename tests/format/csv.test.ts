import { describe, expect, it } from 'vitest';
import { createCsvFormatter, csvField, formatCsvRows, spreadsheetSafe, UTF8_BOM } from '../../src/format/csv.js';
import { fileResult, joined, quote } from '../helpers/quotes.js';

const HEADER = 'file,index,text,start,end,line,column,kind,speaker,role,mention,cue,via,parent,confidence,method,speakerType,gender\r\n';

describe('csv', () => {
  it('starts with the header row of the record fields, CRLF', () => {
    expect(createCsvFormatter().begin()).toBe(HEADER);
  });

  it('adds the context columns at the end with --context, and each row its context’s text, start and end', () => {
    const context = { text: '“We will win,” Marquez said.', start: 0, end: 28 };
    const formatter = createCsvFormatter({ context: true });
    expect(formatter.begin()).toBe(HEADER.replace('\r\n', ',context,contextStart,contextEnd\r\n'));
    expect(joined(formatter.file(fileResult('a.txt', [quote({ context })])))).toBe(
      'a.txt,0,"We will win,",0,14,1,1,direct,Elena Marquez,mayor,Marquez,said,,,0.9,cue,person,,"“We will win,” Marquez said.",0,28\r\n',
    );
    // a context a spreadsheet would run as a formula is guarded as every text field is
    expect(joined(formatter.file(fileResult('a.txt', [quote({ context: { ...context, text: '=1+2 “We will win,”' } })])))).toMatch(/,"'=1\+2 “We will win,”",0,28\r\n$/);
  });

  it('writes no context columns without --context, even for records that have one', () => {
    const formatter = createCsvFormatter();
    expect(formatter.begin()).toBe(HEADER);
    expect(joined(formatter.file(fileResult('a.txt', [quote({ context: { text: 'x', start: 0, end: 1 } })])))).toBe(formatCsvRows(fileResult('a.txt', [quote()])));
  });

  it('starts with a UTF-8 byte order mark when asked', () => {
    expect(createCsvFormatter({ bom: true }).begin()).toBe(UTF8_BOM + HEADER);
  });

  it('writes mention and cue as their text, null as an empty field', () => {
    expect(formatCsvRows(fileResult('a.txt', [quote()]))).toBe(
      'a.txt,0,"We will win,",0,14,1,1,direct,Elena Marquez,mayor,Marquez,said,,,0.9,cue,person,\r\n',
    );
    expect(formatCsvRows(fileResult('a.txt', [quote({ speaker: null, role: null, mention: null, cue: null, confidence: 0, method: 'none', parent: 3, via: 'Mark Twain', speakerType: null })]))).toBe(
      'a.txt,0,"We will win,",0,14,1,1,direct,,,,,Mark Twain,3,0,none,,\r\n',
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
    expect(rows.map((r) => r.length)).toEqual([18, 18]);
  });

  it.each([
    ['a formula', '=HYPERLINK("http://example.com","click")', `'=HYPERLINK("http://example.com","click")`],
    ['a sum', '+1+2', "'+1+2"],
    ['a minus', '-5 degrees, and falling', "'-5 degrees, and falling"],
    ['a handle', '@mayor is wrong', "'@mayor is wrong"],
    ['a tab first', '\t=1', "'\t=1"],
    ['a carriage return first', '\r=1', "'\r=1"],
    ['standard input', '-', '-'],
    ['a formula later on', 'a=1', 'a=1'],
    ['a curly mark first', '“=1”', '“=1”'],
    ['nothing', '', ''],
  ])('keeps spreadsheets from running %s', (_name, value, expected) => {
    expect(spreadsheetSafe(value)).toBe(expected);
  });

  it('neutralizes formulas in every text field of a row, quoting still applied', () => {
    const row = formatCsvRows(fileResult('=evil.txt', [quote({ text: '=1+1, "two"', speaker: '@Ann', role: '-', mention: { text: '+x', start: 0, end: 2 } })]));
    expect(row).toBe(`'=evil.txt,0,"'=1+1, ""two""",0,14,1,1,direct,'@Ann,-,'+x,said,,,0.9,cue,person,\r\n`);
  });

  it.each([
    ['only a double quote', '"', '""""'],
    ['quotes at both ends', '"quoted"', '"""quoted"""'],
    ['CRLF inside', 'one\r\ntwo', '"one\r\ntwo"'],
    ['spaces kept', '  padded  ', '  padded  '],
    ['a lone comma', ',', '","'],
    ['emoji and CJK', '市长 🌉', '市长 🌉'],
  ])('writes %s as RFC 4180 has it', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('reads back every tricky field exactly, after the formula guard', () => {
    const texts = ['a "b", c', 'line\nbreak', 'cr\r\nlf', '"', ',', '=1+2', '市长 🌉, “quoted”'];
    const csv = createCsvFormatter().begin() + formatCsvRows(fileResult('a.txt', texts.map((text, index) => quote({ text, index }))));
    expect(parseCsv(csv).slice(1).map((row) => row[2])).toEqual(texts.map(spreadsheetSafe));
  });

  it('writes nothing for a file that could not be read, nothing at the end', () => {
    const formatter = createCsvFormatter();
    expect(joined(formatter.file({ file: 'b.txt', encoding: null, quotes: [], error: 'binary file' }))).toBe('');
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
