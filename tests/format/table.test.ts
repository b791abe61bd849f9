import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/format/table.js';
import { padEnd, toOneLine, truncate, wrap } from '../../src/format/wrap.js';
import type { QuoteRecord } from '../../src/core/types.js';
import { quote } from '../helpers/quotes.js';

const ESC = '\u001b';
const record = (fields: Partial<QuoteRecord> = {}): QuoteRecord => ({ file: 'a.txt', ...quote(), ...fields });

describe('table', () => {
  it('writes speaker, quotation and file:line on one row', () => {
    // the quote column takes what the others leave: 80 - 13 (speaker) - 7 (a.txt:1) - 2 × 2 (gaps) = 56
    expect(formatTable([record()], { width: 80, color: false })).toBe(`Elena Marquez  ${padEnd('“We will win,”', 56)}  a.txt:1\n`);
  });

  it('writes nothing for no records', () => {
    expect(formatTable([], { width: 80, color: true })).toBe('');
  });

  it('wraps the quotation to the width, other columns stay put', () => {
    const long = record({ text: 'The steel is in place, the crews are paid, and the lights go on in April.', line: 12 });
    const out = formatTable([long, record({ speaker: null, line: 3 })], { width: 50, color: false });
    const lines = out.split('\n').slice(0, -1);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(50);
    expect(lines[0]).toMatch(/^Elena Marquez  “The steel .* a\.txt:12$/);
    expect(lines[1]).toMatch(/^ {15}\S/);
    expect(lines.at(-1)).toMatch(/^\(unknown\) {4} {2}“We will win,” +a\.txt:3$/);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('the lights go on in');
  });

  it('colors by speaker only when asked', () => {
    expect(formatTable([record()], { width: 80, color: false })).not.toContain(ESC);
    const colored = formatTable([record(), record({ speaker: 'Thomas Okafor' }), record()], { width: 80, color: true });
    const [first, second, third] = colored.split('\n');
    expect(first).toContain(`${ESC}[`);
    expect(first!.slice(0, 5)).toBe(third!.slice(0, 5));
    expect(first!.slice(0, 5)).not.toBe(second!.slice(0, 5));
  });

  it('shows the kind of a quotation that is not speech', () => {
    expect(formatTable([record({ kind: 'scare', text: 'experts' })], { width: 80, color: false })).toContain('“experts” (scare)');
  });

  it('keeps control characters of the article from reaching the terminal', () => {
    const out = formatTable([record({ text: `red ${ESC}[31m alert`, speaker: `Eve${ESC}[2J` })], { width: 80, color: false });
    expect(out).not.toContain(ESC);
  });
});

describe('wrap', () => {
  it.each([
    ['one two three', 7, ['one two', 'three']],
    ['one two three', 80, ['one two three']],
    ['', 10, ['']],
    ['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['日本語のテキスト', 6, ['日本語', 'のテキ', 'スト']],
    ['a 👩‍👩‍👧 b', 3, ['a', '👩‍👩‍👧', 'b']],
  ])('wraps %j to %i cells', (text, width, expected) => {
    expect(wrap(text, width)).toEqual(expected);
  });

  it('never gives a line wider than the width for words that fit', () => {
    const lines = wrap('the quick brown fox jumps over the lazy dog '.repeat(5), 12);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(12);
  });

  it('makes text one line, without control characters', () => {
    expect(toOneLine('  two\r\nlines\tand\u0007bell ')).toBe('two lines and\uFFFDbell');
  });

  it('truncates with an ellipsis', () => {
    expect(truncate('Alexandria Ocasio-Cortez', 10)).toBe('Alexandri…');
    expect(truncate('Short', 10)).toBe('Short');
  });
});
