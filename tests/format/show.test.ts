import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/types.js';
import { SpeakerColors } from '../../src/format/palette.js';
import { createShowFormatter, formatShow, unshow } from '../../src/format/show.js';
import { quote } from '../helpers/quotes.js';
import { wrappedFrom } from '../helpers/wrapped.js';

const ESC = '\u001b';
const plain = (text: string) => text.replace(/\u001b\[\d+m/g, '');
/** A line as a terminal lays it out: each tab to the next multiple of 8 columns. */
const expandTabs = (line: string) => line.split('\t').reduce((out, part, i) => (i === 0 ? part : out + ' '.repeat(8 - (stringWidth(out) % 8)) + part), '');

/** A quotation over [start, end) of `text` (code points). */
function at(text: string, start: number, end: number, fields: Partial<Quote> = {}): Quote {
  return quote({ text: Array.from(text).slice(start + 1, end - 1).join(''), start, end, ...fields });
}

describe('show', () => {
  const article = 'Intro.\n“We will win,” Marquez said. “Soon.”\nShe called it “a wish list”.\n';
  const quotes = [
    at(article, 7, 21),
    at(article, 36, 43, { confidence: 0.3 }),
    at(article, 58, 71, { speaker: null, role: null, confidence: 0 }),
  ];

  it('writes the article with the speaker after each quotation', () => {
    expect(formatShow(article, quotes, new SpeakerColors(false))).toBe(
      'Intro.\n“We will win,” ⟦Elena Marquez⟧ Marquez said. “Soon.” ⟦Elena Marquez?⟧\nShe called it “a wish list” ⟦(unattributed)⟧.\n',
    );
  });

  it('colors each quotation and its label by speaker, the label dim', () => {
    const out = formatShow(article, quotes, new SpeakerColors(true));
    expect(out).toContain(`${ESC}[36m“We will win,”${ESC}[39m${ESC}[2m${ESC}[36m ⟦Elena Marquez⟧${ESC}[39m${ESC}[22m`);
    expect(out.startsWith('Intro.\n')).toBe(true);
  });

  it('labels a nested quotation inside the outer one, with its relay', () => {
    const text = 'Bell promised “a bridge ‘worth the wait’” then.';
    const outer = at(text, 14, 41, { speaker: 'Walter Bell', role: null });
    const inner = at(text, 24, 40, { speaker: 'Mark Twain', role: null, via: 'Walter Bell', parent: 0 });
    expect(plain(formatShow(text, [outer, inner], new SpeakerColors(true)))).toBe(
      'Bell promised “a bridge ‘worth the wait’ ⟦Mark Twain via Walter Bell⟧” ⟦Walter Bell⟧ then.\n',
    );
  });

  it.each([
    ['plain text', 'No quotations at all.\n', []],
    ['brackets of its own', 'He wrote ⟦this⟧ and “that ⟦x⟧,” ⟦she⟧ said. ⟦⟦ ⟧', [[21, 33]]],
    ['CRLF line ends', '“One,” he said.\r\n“Two.”\r\n', [[0, 6], [17, 23]]],
    ['no final line break', '“Yes,” she said.', [[0, 6]]],
    ['CJK and emoji', '市长说：“我们会赢 🌉。”他说。', [[4, 14]]],
  ] as const)('gives the article back exactly once colors and labels are removed: %s', (_name, text, spans) => {
    const quoted = spans.map(([start, end]) => at(text, start, end));
    for (const color of [false, true]) {
      const out = formatShow(text, quoted, new SpeakerColors(color));
      expect(unshow(out)).toBe(text.endsWith('\n') ? text : text + '\n');
    }
  });

  it('gives any article back exactly, whatever its quotations and speakers (property)', () => {
    const chars = fc.constantFrom('a', ' ', '\n', '“', '”', '⟦', '⟧', '[', ']', '’', '日', '👍🏽'.slice(0, 2), 'é', '\t');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 60 }).map((a) => a.join('')),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(fc.string({ maxLength: 8 })), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 5 }),
        fc.boolean(),
        (text, raw, color) => {
          const length = Array.from(text).length;
          const quotes = raw.map(([a, b, speaker, confidence]) => {
            const [start, end] = [a % (length + 1), b % (length + 1)].sort((x, y) => x - y) as [number, number];
            return at(text, start, end, { speaker: speaker === null ? null : speaker.replace(/[\u0000-\u001f]/g, ''), confidence });
          });
          const out = formatShow(text, quotes, new SpeakerColors(color));
          return unshow(out) === (text.endsWith('\n') ? text : text + '\n');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('wraps on spaces to the width, a label with the word before it, and gives the article back but for those breaks (property)', () => {
    const words = fc.constantFrom('a', 'bb', 'ccc', 'dddddddddddd', '“', '”', '⟦', '日本', '\t', 'é');
    const separators = fc.constantFrom(' ', ' ', '  ', '\n');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(words, separators), { maxLength: 40 }).map((parts) => parts.flat().join('')),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
        fc.integer({ min: 4, max: 30 }),
        fc.boolean(),
        (text, raw, width, color) => {
          const length = Array.from(text).length;
          const quotes = raw.map(([a, b]) => {
            const [start, end] = [a % (length + 1), b % (length + 1)].sort((x, y) => x - y) as [number, number];
            return at(text, start, end, { speaker: 'Ann' });
          });
          const out = formatShow(text, quotes, new SpeakerColors(color), width);
          if (!wrappedFrom(unshow(out), text.endsWith('\n') ? text : text + '\n')) return false;
          // every line fits, or holds no space to break at (outside labels)
          return plain(out)
            .split('\n')
            .every((line) => stringWidth(expandTabs(line)) <= width || !/\S +\S/.test(line.replace(/ ⟦[^⟧]*⟧/g, '')));
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['breaks at the last space that fits', 'one two three four', 9, 'one two\nthree\nfour\n'],
    ['keeps a label with its word', '“Yes,” she said.', 14, '“Yes,” ⟦Ann⟧\nshe said.\n'],
    ['leaves a word longer than the line whole', 'see https://example.com/a/long/path now', 10, 'see\nhttps://example.com/a/long/path\nnow\n'],
    ['keeps the article\'s own line breaks', 'one two\nthree four five', 10, 'one two\nthree four\nfive\n'],
    ['breaks at the first of two spaces', 'one two  three', 7, 'one two\n three\n'],
    ['counts wide characters as two cells', '日本語 日本語 日本語', 14, '日本語 日本語\n日本語\n'],
  ])('%s', (_name, text, width, expected) => {
    const quoted = text.startsWith('“') ? [at(text, 0, 6, { speaker: 'Ann', role: null })] : [];
    expect(formatShow(text, quoted, new SpeakerColors(false), width)).toBe(expected);
  });

  it('keeps control characters of the article from the terminal', () => {
    const out = formatShow(`red ${ESC}[31m and a bell\u0007 and a lone\rreturn`, [], new SpeakerColors(false));
    expect(out).toBe('red \uFFFD[31m and a bell\uFFFD and a lone\uFFFDreturn\n');
  });

  it('writes a heading per article in a batch, nothing for unreadable files', () => {
    const formatter = createShowFormatter({ color: false, headings: true, width: 80 });
    const one = { file: 'a.txt', encoding: 'utf-8' as const, quotes: [], text: 'One.\n' };
    const two = { file: 'b.txt', encoding: 'utf-8' as const, quotes: [], text: 'Two.\n' };
    const bad = { file: 'bad.txt', encoding: null, quotes: [], error: 'binary file' };
    expect([one, bad, two].map((r) => formatter.file(r)).join('')).toBe('a.txt  no quotes\n\nOne.\n\nb.txt  no quotes\n\nTwo.\n');
  });
});
