import { describe, expect, it, vi } from 'vitest';
import type { Quote } from '../../src/core/types.js';
import { runMain } from '../helpers/run-main.js';
import { tmpDir } from '../helpers/tmp.js';

// The table at a terminal (a faked TTY of a given width), on a stand-in extractor that reads
// one quotation a line, as `<quotation between its marks> — Name, Role`: so that speakers,
// roles and marks are the test's, whatever the core makes of them.
vi.mock('../../src/core/extract.js', () => ({
  extractQuotes: (text: string): Quote[] => {
    const quotes: Quote[] = [];
    let offset = 0;
    text.split('\n').forEach((line, i) => {
      const match = /^(.)(.*)(.) — ([^,]+)(?:, (.+))?$/u.exec(line);
      if (match) {
        const length = Array.from(match[1]! + match[2]! + match[3]!).length;
        quotes.push({
          index: quotes.length, text: match[2]!, start: offset, end: offset + length, line: i + 1, column: 1, kind: 'direct',
          speaker: match[4]!, role: match[5] ?? null, mention: null, cue: null, via: null, parent: null, confidence: 0.9, method: 'cue',
          speakerType: 'person', gender: null,
        });
      }
      offset += Array.from(line).length + 1;
    });
    return quotes;
  },
}));

const cwd = tmpDir({
  'marks.txt': [
    '‘We will not close the harbour,’ — Vera Lindqvist, The union representing the dock workers of the eastern harbour',
    '“They told us ‘never again’ last year,” — Tom Berg',
    '«Nous verrons,» — Anne Roux, Mayor',
  ].join('\n'),
  'two.txt': '“Yes,” — Tom Berg\n',
  'reports/2024/harbour/a-long-file-name-for-the-article.txt': '“No,” — Anne Roux\n',
});
const atTerminal = (argv: string[], columns: number) => runMain(argv, { cwd, stdoutIsTTY: true, columns, env: { NO_COLOR: '1' } });

describe('the table at a terminal', () => {
  // 100 columns: the speaker column is 30 (its share), the location 6, the quotation 60
  const row = (name: string, quotation: string, line: number) => `${name.padEnd(30)}  ${quotation.padEnd(60)}  line ${line}`;

  it('keeps each quotation between its own marks, and wraps a long role in a column that takes what it needs', async () => {
    expect(await atTerminal(['marks.txt'], 100)).toEqual({
      code: 0,
      stdout: [
        row('Vera Lindqvist', '‘We will not close the harbour,’', 1),
        'The union representing the',
        'dock workers of the eastern',
        'harbour',
        row('Tom Berg', '“They told us ‘never again’ last year,”', 2),
        row('Anne Roux', '«Nous verrons,»', 3),
        'Mayor',
        '',
        '3 quotes from 3 speakers in 1 file',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('gives the role its whole width when the line has room for it', async () => {
    const { code, stdout, stderr } = await atTerminal(['marks.txt'], 300);
    expect([code, stderr]).toEqual([0, '']);
    const role = 'The union representing the dock workers of the eastern harbour';
    expect(stdout.split('\n').slice(0, 2)).toEqual([`${'Vera Lindqvist'.padEnd(role.length)}  ${'‘We will not close the harbour,’'.padEnd(300 - role.length - 6 - 4)}  line 1`, role]);
  });

  it('writes each path whole in a batch, on a line of its own where the name leaves it no room', async () => {
    const long = 'reports/2024/harbour/a-long-file-name-for-the-article.txt';
    expect(await atTerminal(['two.txt', long], 60)).toEqual({
      code: 0,
      stdout: [
        'two.txt  1 quote',
        `Tom Berg  ${'“Yes,”'.padEnd(60 - 8 - 9 - 4)}  two.txt:1`,
        '',
        `${long}  1 quote`,
        'Anne Roux',
        `${long}:1`,
        '  “No,”',
        '',
        '2 quotes from 2 speakers in 2 files',
        '',
      ].join('\n'),
      stderr: '',
    });
  });
});
