import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { QuoteRecord } from '../../src/format/record.js';
import { SpeakerColors } from '../../src/format/palette.js';
import type { FileResult } from '../../src/format/record.js';
import { closingLine, RunTally } from '../../src/format/summary.js';
import { createTableFormatter, formatTable } from '../../src/format/table.js';
import { padEnd, toOneLine, truncate, truncateStart, wrap } from '../../src/format/wrap.js';
import { fileResult, joined, quote } from '../helpers/quotes.js';

const ESC = '\u001b';
const plain = (text: string) => text.replace(/\u001b\[\d+m/g, '');
const record = (fields: Partial<QuoteRecord> = {}): QuoteRecord => ({ file: 'a.txt', ...quote(), ...fields });
const lines = (text: string) => text.split('\n').slice(0, -1);

/** A whole run of the table formatter over `results`. */
function run(results: FileResult[], options: { width?: number; color?: boolean; headings?: boolean } = {}): string {
  const formatter = createTableFormatter({ width: 80, color: false, ...options });
  return formatter.begin() + results.map((result) => joined(formatter.file(result))).join('') + formatter.end(false);
}

describe('table rows', () => {
  it('writes speaker, quotation and line, the role under the name', () => {
    // the quote column takes what the others leave: 80 - 13 (speaker) - 6 (line 1) - 2 × 2 (gaps) = 57
    expect(formatTable([record()], { width: 80, color: false })).toBe(`Elena Marquez  ${padEnd('“We will win,”', 57)}  line 1\nmayor\n`);
  });

  it('gives the line only for one input, the path whole in a batch', () => {
    const file = 'archive/2024/05/harbour-city/press-conference.txt';
    expect(lines(formatTable([record({ file, line: 7 })], { width: 100, color: false }))[0]).toMatch(/ {2}line 7$/);
    expect(lines(formatTable([record({ file, line: 7 })], { width: 100, color: false, headings: true }))[0]).toMatch(/ {2}archive\/2024\/05\/harbour-city\/press-conference\.txt:7$/);
    // too long for the three columns: stacked, the path still whole
    expect(lines(formatTable([record({ file, line: 7 })], { width: 80, color: false, headings: true }))[0]).toBe(`Elena Marquez · ${file}:7`);
    expect(lines(formatTable([record({ file, line: 7 })], { width: 40, color: false, headings: true })).slice(0, 2)).toEqual(['Elena Marquez', `${file}:7`]);
  });

  it('writes nothing for no records', () => {
    expect(formatTable([], { width: 80, color: true })).toBe('');
  });

  it.each([
    ['a sure speaker', { speaker: 'Elena Marquez', confidence: 0.5 }, 'Elena Marquez '],
    ['an unsure speaker', { speaker: 'Elena Marquez', confidence: 0.49 }, 'Elena Marquez?'],
    ['no speaker', { speaker: null, role: null, confidence: 0 }, '(unattributed)'],
  ])('names %s', (_name, fields, shown) => {
    expect(formatTable([record(fields)], { width: 80, color: false }).startsWith(shown)).toBe(true);
  });

  it('writes the context under the quotation with --context, set in and wrapped to the quotation column, dim', () => {
    const context = { text: 'The vote was close. “We will win,” Marquez\nsaid on Monday.', start: 0, end: 57 };
    // 60 columns: speaker 13 (the name), line 6, gaps 4, quotation 37
    const out = formatTable([record({ context, role: null })], { width: 60, color: false });
    expect(lines(out)).toEqual([
      `Elena Marquez  ${padEnd('“We will win,”', 37)}  line 1`,
      '                 The vote was close. “We will win,”',
      '                 Marquez said on Monday.',
    ]);
    // a speaker column taller than quotation and context: the rows go on as long as it does
    const tall = formatTable([record({ context: { ...context, text: '“We will win,” Marquez said.' }, role: 'mayor of the harbour city and of its county' })], { width: 60, color: false });
    // speaker 18 (30% of the line), quotation 32
    expect(lines(tall)).toEqual([
      `Elena Marquez       ${padEnd('“We will win,”', 32)}  line 1`,
      'mayor of the          “We will win,” Marquez said.',
      'harbour city and',
      'of its county',
    ]);
    const colored = formatTable([record({ context, role: null })], { width: 60, color: true });
    expect(plain(colored)).toBe(out);
    expect(lines(colored)[1]).toBe(`                 ${ESC}[2mThe vote was close. “We will win,”${ESC}[22m`);
  });

  it('writes the context under the quotation in the stacked layout too', () => {
    const context = { text: 'The vote was close. “We will win,” Marquez said.', start: 0, end: 48 };
    expect(lines(formatTable([record({ context })], { width: 30, color: false }))).toEqual([
      'Elena Marquez · line 1',
      '  “We will win,”',
      '    The vote was close. “We',
      '    will win,” Marquez said.',
    ]);
  });

  it('names the relay under the speaker of a relayed quotation', () => {
    const relayed = record({ speaker: 'Mark Twain', role: null, via: 'Vladimir Putin', method: 'relay' });
    expect(lines(formatTable([relayed], { width: 100, color: false }))[1]).toBe('via Vladimir Putin');
  });

  it('wraps the quotation on word boundaries; no line is wider than the width', () => {
    const long = record({ text: 'The steel is in place, the crews are paid, and the lights go on in April.', line: 12 });
    const out = lines(formatTable([long, record({ speaker: null, role: null, line: 3 })], { width: 50, color: false }));
    for (const line of out) expect(stringWidth(line)).toBeLessThanOrEqual(50);
    expect(out).toEqual([
      'Elena Marquez   “The steel is in place,    line 12',
      'mayor           the crews are paid, and',
      '                the lights go on in',
      '                April.”',
      '(unattributed)  “We will win,”             line 3',
    ]);
  });

  it.each([
    ['CJK', '東京都の知事は記者会見で新しい橋は春に開通すると述べた。工事は予定通りに進んでいる。', 55],
    ['emoji', 'We love it 👍🏽 and the 👩‍👩‍👧 families love it 🎉🎉 too, every single one of them 🌉', 54],
    ['mixed', 'Der Bürgermeister sagte 市长说 “bridges” 🌉 will open 준비 완료 in April', 53],
  ])('fits %s text to the width, measured in terminal cells', (_name, text, width) => {
    const out = lines(formatTable([record({ text })], { width, color: false }));
    expect(out.length).toBeGreaterThan(1);
    for (const line of out) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    // the words all come back, in order, once the lines are joined
    const column = out[0]!.indexOf('“');
    const quoted = out.map((line) => line.slice(column).replace(/line 1$/, '').trim()).join(' ');
    expect(quoted.replace(/\s+/g, '')).toBe(`“${text}”`.replace(/\s+/g, ''));
  });

  it('stacks speaker and quotation in a terminal too narrow for three columns', () => {
    const out = lines(formatTable([record({ text: 'The steel is in place, the crews are paid.' })], { width: 30, color: false }));
    expect(out).toEqual(['Elena Marquez · line 1', '  “The steel is in place, the', '  crews are paid.”']);
  });

  it.each([20, 24, 30, 36, 48, 60, 80, 120, 200])('never writes a line wider than %i cells', (width) => {
    const records = [
      record({ speaker: 'Alexandria Ocasio-Cortez Maximiliana', role: 'a nineteenth-century economist and commentator', via: 'Vladimir Vladimirovich Putin' }),
      record({ file: 'very/long/path/to/some/folder/with/an-article-of-the-day.txt', text: '日本語のテキスト '.repeat(12), line: 1234 }),
    ];
    for (const line of lines(formatTable(records, { width, color: false }))) expect(stringWidth(line)).toBeLessThanOrEqual(width);
  });

  it.each([
    ['wide enough for it', 160, ['The union representing Vera Cruz nurses', 'via Vladimir Vladimirovich Putin']],
    ['not wide enough: it wraps on words', 80, ['The union representing', 'Vera Cruz nurses', 'via Vladimir', 'Vladimirovich Putin']],
  ])('never cuts a speaker, a role or a relay: the column takes the width they need up to 30%% of the line, %s', (_name, width, side) => {
    const long = record({ speaker: 'Elena Marquez', role: 'The union representing Vera Cruz nurses', via: 'Vladimir Vladimirovich Putin' });
    const out = lines(formatTable([long], { width, color: false }));
    const column = out[0]!.indexOf('“');
    expect(out.map((line) => line.slice(0, column).trim())).toEqual(['Elena Marquez', ...side]);
    expect(out.join('\n')).not.toContain('…');
  });

  it.each([
    ['its own marks', ['‘', '’'], 'direct', '‘We will win,’'],
    ['guillemets', ['«', '»'], 'direct', '«We will win,»'],
    ['no closing mark when unclosed', ['“', ''], 'unclosed', '“We will win, (unclosed)'],
    ['ASCII doubles read with --ascii-quotes', ['``', "''"], 'direct', "``We will win,''"],
  ] as const)('shows a quotation between %s', (_name, marks, kind, shown) => {
    const out = formatTable([record({ kind })], { width: 80, color: false, marks: [marks] });
    expect(lines(out)[0]).toContain(`  ${shown}  `);
  });

  it('shows a quotation between “…” when its marks are not known', () => {
    expect(lines(formatTable([record()], { width: 80, color: false }))[0]).toContain('  “We will win,”  ');
  });

  it('shows the kind of a quotation that is not speech', () => {
    expect(formatTable([record({ kind: 'scare', text: 'experts' })], { width: 80, color: false })).toContain('“experts” (scare)');
  });

  it('keeps control characters of the article from reaching the terminal', () => {
    const out = formatTable([record({ text: `red ${ESC}[31m alert`, speaker: `Eve${ESC}[2J`, role: `x${ESC}]0;title\u0007` })], { width: 80, color: false });
    expect(out).not.toContain(ESC);
  });
});

describe('table colors', () => {
  it('colors nothing without color', () => {
    expect(run([fileResult('a.txt', [quote(), quote({ speaker: null })])])).not.toContain(ESC);
  });

  it('gives each speaker one color for the whole run, in every file, and a new one to the next speaker', () => {
    const okafor = quote({ speaker: 'Thomas Okafor' });
    const out = run(
      [fileResult('a.txt', [quote(), okafor]), fileResult('b.txt', [okafor, quote({ speaker: 'Priya Raman' }), quote()])],
      { color: true, headings: true },
    );
    const colorOf = (name: string) => [...out.matchAll(new RegExp(`(\\u001b\\[\\d+m)${name}`, 'g'))].map((m) => m[1]);
    const [marquez, okaforColors, raman] = [colorOf('Elena Marquez'), colorOf('Thomas Okafor'), colorOf('Priya Raman')];
    expect(marquez).toHaveLength(2);
    expect(new Set(marquez).size).toBe(1);
    expect(new Set(okaforColors).size).toBe(1);
    expect(new Set([marquez[0], okaforColors[0], raman[0]]).size).toBe(3);
  });

  it('dims locations and unattributed quotations', () => {
    const out = run([fileResult('a.txt', [quote({ speaker: null })])], { color: true });
    expect(out).toContain(`${ESC}[2mline 1${ESC}[22m`);
    expect(out).toContain(`${ESC}[2m(unattributed)`);
  });

  it('hands out twelve different colors before it reuses one', () => {
    const colors = new SpeakerColors(true);
    const open = (name: string) => colors.of(name)('x').slice(0, 5);
    const first = Array.from({ length: 12 }, (_, i) => open(`Speaker ${i}`));
    expect(new Set(first).size).toBe(12);
    expect(open('Speaker 12')).toBe(first[0]);
    expect(open('Speaker 3')).toBe(first[3]);
  });
});

describe('table run', () => {
  it('ends with a closing line; one file has no heading', () => {
    expect(plain(run([fileResult('a.txt', [quote(), quote({ speaker: 'Thomas Okafor', role: null })])]))).toBe(
      [
        `Elena Marquez  ${padEnd('“We will win,”', 57)}  line 1`,
        'mayor',
        `Thomas Okafor  ${padEnd('“We will win,”', 57)}  line 1`,
        '',
        '2 quotes from 2 speakers in 1 file',
        '',
      ].join('\n'),
    );
  });

  it('writes a heading per file in a batch, files without quotations included, unreadable ones left out', () => {
    const results = [
      fileResult('a.txt', [quote({ role: null })]),
      fileResult('empty.txt', []),
      { file: 'bad.txt', encoding: null, quotes: [], error: 'binary file' },
      fileResult('b.txt', [quote({ role: null, speaker: null })]),
    ];
    expect(plain(run(results, { headings: true }))).toBe(
      [
        'a.txt  1 quote',
        `Elena Marquez  ${padEnd('“We will win,”', 56)}  a.txt:1`,
        '',
        'empty.txt  no quotes',
        '',
        'b.txt  1 quote',
        `(unattributed)  ${padEnd('“We will win,”', 55)}  b.txt:1`,
        '',
        '2 quotes from 1 speaker in 3 files (1 unattributed)',
        '',
      ].join('\n'),
    );
  });

  it('says so when a signal stopped the run', () => {
    const formatter = createTableFormatter({ width: 80, color: false });
    formatter.file(fileResult('a.txt', [quote()]));
    expect(formatter.end(true)).toBe('\n1 quote from 1 speaker in 1 file (interrupted)\n');
  });

  it('writes no closing line when no input could be read', () => {
    expect(run([{ file: 'bad.txt', encoding: null, quotes: [], error: 'binary file' }])).toBe('');
  });
});

describe('closing line', () => {
  const tally = (...results: FileResult[]) => {
    const t = new RunTally();
    results.forEach((r) => t.add(r));
    return t;
  };
  it.each([
    ['one of each', tally(fileResult('a', [quote()])), '1 quote from 1 speaker in 1 file'],
    ['a speaker in two files', tally(fileResult('a', [quote(), quote()]), fileResult('b', [quote()])), '3 quotes from 1 speaker in 2 files'],
    ['no quotations', tally(fileResult('a', []), fileResult('b', [])), 'no quotes in 2 files'],
    ['unattributed ones', tally(fileResult('a', [quote({ speaker: null }), quote({ speaker: 'Ann' })])), '2 quotes from 1 speaker in 1 file (1 unattributed)'],
    ['nothing read', tally(), ''],
  ])('%s', (_name, t, expected) => {
    expect(closingLine(t)).toBe(expected);
  });
});

describe('wrap', () => {
  it.each([
    ['one two three', 7, ['one two', 'three']],
    ['one two three', 80, ['one two three']],
    ['', 10, ['']],
    ['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['日本語のテキスト', 6, ['日本語', 'のテキ', 'スト']],
    ['日本語 のテキスト', 9, ['日本語', 'のテキス', 'ト']],
    ['a 👩‍👩‍👧 b', 3, ['a', '👩‍👩‍👧', 'b']],
    ['ok 👍🏽👍🏽 go', 6, ['ok', '👍🏽👍🏽', 'go']],
    ['한국어 문장을 나눕니다', 8, ['한국어', '문장을', '나눕니다']],
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

  it.each([
    ['Alexandria Ocasio-Cortez', 10, 'Alexandri…', '…io-Cortez'],
    ['Short', 10, 'Short', 'Short'],
    ['日本語のテキスト', 7, '日本語…', '…キスト'],
  ])('cuts %j to %i cells with an ellipsis, at the end or the start', (text, width, end, start) => {
    expect(truncate(text, width)).toBe(end);
    expect(truncateStart(text, width)).toBe(start);
  });
});
