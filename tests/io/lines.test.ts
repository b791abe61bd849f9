import { describe, expect, it } from 'vitest';
import { lineTooLong, NOT_UTF8, readLines, type Line } from '../../src/io/lines.js';

async function* chunks(...parts: (string | number[])[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === 'string' ? Buffer.from(part) : new Uint8Array(part);
}

async function lines(source: AsyncIterable<Uint8Array>, maxBytes = 100): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of readLines(source, maxBytes)) out.push(line);
  return out;
}

const text = (...texts: string[]) => texts.map((t, i) => ({ number: i + 1, text: t }));

describe('readLines', () => {
  it.each([
    ['one line with its end', ['a\n'], text('a')],
    ['a last line without an end', ['a\nb'], text('a', 'b')],
    ['blank lines, kept for their numbers', ['\n\na\n'], text('', '', 'a')],
    ['CRLF ends', ['a\r\nb\r\n'], text('a', 'b')],
    ['a line cut across chunks', ['ab', 'c', '\nd', 'e\n'], text('abc', 'de')],
    ['a CR and LF in two chunks', ['a\r', '\nb'], text('a', 'b')],
    ['a byte order mark on the first line only', ['\uFEFFa\n\uFEFFb\n'], text('a', '\uFEFFb')],
    ['nothing', [], []],
  ])('%s', async (_name, parts, expected) => {
    expect(await lines(chunks(...parts))).toEqual(expected);
  });

  it('joins a character cut across chunks', async () => {
    const bytes = [...Buffer.from('é“\n')];
    expect(await lines(chunks(bytes.slice(0, 1), bytes.slice(1, 3), bytes.slice(3)))).toEqual(text('é“'));
  });

  it('gives a line that is not UTF-8 as an error and reads on', async () => {
    expect(await lines(chunks([0x61, 0xe9, 0x0a], 'b\n'))).toEqual([{ number: 1, error: NOT_UTF8 }, { number: 2, text: 'b' }]);
  });

  it('skips a line longer than the limit, without holding it, and reads on', async () => {
    const long = 'x'.repeat(40);
    expect(await lines(chunks('ok\n', long, long, long, '\nafter\n'), 100)).toEqual([
      { number: 1, text: 'ok' },
      { number: 2, error: lineTooLong(100) },
      { number: 3, text: 'after' },
    ]);
    expect(await lines(chunks(long + long + long), 100)).toEqual([{ number: 1, error: lineTooLong(100) }]);
  });

  it('names the limit in bytes or MiB', () => {
    expect(lineTooLong(100)).toBe('line is longer than 100 bytes (raise the limit with --max-size <MiB>)');
    expect(lineTooLong(64 * 1024 * 1024)).toBe('line is longer than 64 MiB (raise the limit with --max-size <MiB>)');
  });
});
