import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/extract.js';
import type { ExtractOptions, Quote } from '../../src/core/types.js';
import { contractProblems } from '../helpers/invariants.js';

// The invariants of extractQuotes over random text rich in what breaks quotation finders:
// marks of every kind, apostrophes, line ends of every kind, invisible and astral characters,
// names and speech verbs. Each property runs 200 texts, so the suite stays fast; for a deeper
// search: WHOSAID_PROPERTY_RUNS=20000 npx vitest run tests/core/properties.test.ts

const RUNS = Number(process.env.WHOSAID_PROPERTY_RUNS ?? 200);

const piece = (...values: string[]) => fc.constantFrom(...values);

/** Quotation marks: curly, straight, guillemets, low-9, CJK, doubled ASCII. */
const mark = piece('“', '”', '"', '‘', '’', "'", '«', '»', '„', '‹', '›', '‚', '‟', '‛', '＂', '〝', '〞', '〟', '``', "''");
const space = piece(' ', ' ', ' ', '  ', '\t', '\u00A0', '\u202F', '\u3000');
const lineEnd = piece('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n \n', '\n\t', '\u2028', '\u2029');
const invisible = piece('\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD');
/** Astral characters, so code point and code unit offsets part: emoji, a family (ZWJ), a flag, math, CJK ext. B. */
const astral = piece('😀', '👩‍👩‍👧', '🇫🇷', '𝐀', '𠜎');
const word = piece('we', 'will', 'win', 'the', 'plan', 'is', 'reckless', 'No', 'Yes', 'It', 'Now', 'friends', 'asked', 'for', 'help', 'never', 'give', 'up', 'experts', 'so-called');
const apostrophe = piece("don't", 'don’t', "Jones'", 'the players’ union', '’tis', "'90s", 'the ’90s', 'rock ’n’ roll', "O'Brien", 'the Joneses’ dog', 'Putin’s', "it's");
const attribution = piece(
  'Lavrov said', 'said Lavrov', 'Sergey Lavrov', 'he said', 'she said', 'they said', 'according to', 'according to Putin',
  'told reporters', 'Putin:', 'PENCE:', '— Lavrov', 'Mr. Putin said', 'the minister said', 'said the Russian foreign minister, Sergey Lavrov',
  'Lavrov’s statement', 'Maria Zakharova, a spokeswoman, added', 'I said', 'asked', 'she called the plan',
);
const punctuation = piece(',', '.', ':', ';', '?', '!', '—', '–', '-', '…', '(', ')', '*', '.,');
/** Rare: halves of surrogate pairs standing alone (text from JSON input can hold them). */
const loneSurrogate = piece('\uD83D', '\uDE00');

/** One of everything above, mostly words and spaces. */
const token = fc.oneof(
  { arbitrary: word, weight: 6 },
  { arbitrary: space, weight: 8 },
  { arbitrary: mark, weight: 6 },
  { arbitrary: attribution, weight: 3 },
  { arbitrary: punctuation, weight: 3 },
  { arbitrary: apostrophe, weight: 2 },
  { arbitrary: lineEnd, weight: 3 },
  { arbitrary: invisible, weight: 1 },
  { arbitrary: astral, weight: 2 },
);

/** A token, mostly followed by a space. */
const spaced = fc.tuple(token, piece('', ' ', ' ', ' ')).map(([t, s]) => t + s);

/** Opening and closing marks as articles pair them, and now and then any mark with any other, or with none. */
const pair: fc.Arbitrary<readonly [string, string]> = fc.oneof(
  {
    arbitrary: fc.constantFrom<readonly [string, string]>(
      ['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['«', '»'], ['»', '«'], ['„', '“'], ['„', '”'], ['‹', '›'], ['‚', '‘'],
      ['＂', '＂'], ['〝', '〞'], ['``', "''"],
    ),
    weight: 4,
  },
  { arbitrary: fc.tuple(mark, fc.oneof(mark, fc.constant(''))), weight: 1 },
);

/** A quotation as articles write it, possibly holding quotations of its own: “… ‘…’ …,” Lavrov said. */
const { quotation } = fc.letrec<{ quotation: string; inside: string }>((tie) => ({
  quotation: fc
    .tuple(pair, fc.array(tie('inside'), { maxLength: 8 }), piece(',', '.', '', '?', ',', '!'), piece(' ', ' ', '', '\n'), attribution)
    .map(([[open, close], inside, stop, gap, attr]) => `${open}${inside.join('').trim()}${stop}${close}${gap}${attr}. `),
  inside: fc.oneof(
    { arbitrary: spaced, weight: 12 },
    { arbitrary: fc.tuple(pair, fc.array(spaced, { maxLength: 5 })).map(([[o, c], t]) => `${o}${t.join('').trim()}${c} `), weight: 1 },
    { arbitrary: tie('quotation'), weight: 1 },
  ),
}));

/** A quotation running over paragraphs, each re-opened: “…⏎“…” */
const reopened = fc
  .tuple(pair, fc.array(fc.array(spaced, { maxLength: 6 }), { minLength: 2, maxLength: 4 }), lineEnd, attribution)
  .map(([[open, close], paragraphs, end, attr]) => `${paragraphs.map((p) => open + p.join('').trim()).join(end)}${close} ${attr}.`);

/** A random article: tokens and whole quotations, with now and then a lone surrogate. */
const loose = fc
  .array(
    fc.oneof({ arbitrary: spaced, weight: 60 }, { arbitrary: quotation, weight: 20 }, { arbitrary: reopened, weight: 5 }, { arbitrary: loneSurrogate, weight: 1 }),
    { maxLength: 50 },
  )
  .map((parts) => parts.join(''));

/** The same, hard-wrapped at a typewriter width, as some archives keep articles: a line break is not a paragraph's end. */
const wrapped = fc.tuple(fc.array(loose, { minLength: 4, maxLength: 8 }), fc.integer({ min: 30, max: 90 }), piece('\n', '\r\n')).map(([parts, width, end]) => {
  const lines: string[] = [];
  let line = '';
  for (const w of parts.join(' ').split(' ')) {
    if (line !== '' && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  return [...lines, line].join(end);
});

const article = fc.oneof({ arbitrary: loose, weight: 4 }, { arbitrary: wrapped, weight: 1 });

/** What extractQuotes gives, or the message of what it threw (so `fc.assert` prints both). */
function run(text: string, options: ExtractOptions): Quote[] | { threw: string } {
  try {
    return extractQuotes(text, options);
  } catch (error) {
    return { threw: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) };
  }
}

function extract(text: string, options: ExtractOptions): Quote[] {
  const result = run(text, options);
  if (!Array.isArray(result)) throw new Error(`extractQuotes threw on ${JSON.stringify(text)}: ${result.threw}`);
  return result;
}

const OPTIONS: ExtractOptions[] = [{}, { all: true }, { asciiQuotes: true }, { all: true, asciiQuotes: true }, { all: true, context: true }];
const eachOption = OPTIONS.map((o) => [JSON.stringify(o), o] as const);

describe('extractQuotes on any text', () => {
  it.each(eachOption)('never throws (options %s)', (_name, options) => {
    fc.assert(
      fc.property(article, (text) => {
        expect(run(text, options)).toBeInstanceOf(Array);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(eachOption)(
    'keeps the record contract: ranges in code points holding the marks and the text, line and column of the start, index in order of start, spans inside the text, nesting only inside a parent (options %s)',
    (_name, options) => {
      fc.assert(
        fc.property(article, (text) => {
          expect(contractProblems(text, extract(text, options), options)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
  );

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(article, fc.constantFrom(...OPTIONS), (text, options) => {
        expect(extract(text, options)).toEqual(extract(text, options));
      }),
      { numRuns: RUNS },
    );
  });

  it('with `indirect`, never throws, lists the quotations it lists without, and holds each statement without marks between its offsets', () => {
    fc.assert(
      fc.property(article, fc.boolean(), (text, all) => {
        const records = extract(text, { all, indirect: true });
        const strip = ({ index: _index, parent: _parent, ...q }: Quote) => q;
        const unquoted = (q: Quote) => q.kind === 'indirect' || q.kind === 'turn';
        expect(records.filter((q) => !unquoted(q)).map(strip)).toEqual(extract(text, { all }).map(strip));
        const points = Array.from(text);
        for (const q of records.filter(unquoted)) expect(points.slice(q.start, q.end).join('')).toBe(q.text);
        expect(records.map((q) => q.index)).toEqual(records.map((_, i) => i));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives with `context` the records it gives without, each with its context added', () => {
    fc.assert(
      fc.property(article, fc.boolean(), (text, all) => {
        const withContext = extract(text, { all, context: true }).map(({ context: _context, ...rest }) => rest);
        expect(withContext).toEqual(extract(text, { all }));
      }),
      { numRuns: RUNS },
    );
  });

  it('lists with `all` every record it lists without, with the same range, text and kind', () => {
    fc.assert(
      fc.property(article, fc.boolean(), (text, asciiQuotes) => {
        const all = extract(text, { all: true, asciiQuotes });
        const key = (q: Quote) => JSON.stringify([q.start, q.end, q.text, q.kind]);
        const listed = new Set(all.map(key));
        const missing = extract(text, { asciiQuotes }).filter((q) => !listed.has(key(q)));
        expect(missing).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
