import { describe, expect, it } from 'vitest';
import { CASES, CLEAN } from '../../scripts/pathological.mjs';
import { extractQuotes } from '../../src/core/extract.js';
import type { ExtractOptions, Quote } from '../../src/core/types.js';
import { codePoints, contractProblems } from '../helpers/invariants.js';

// extractQuotes on the inputs that break quotation finders (scripts/pathological.mjs, also
// timed by `npm run bench:pathological`): it must not throw, must keep the record contract, and
// must give what can be paired. Not timed here: the bench shows whether time stays linear.
//
// Each article ends with a paragraph of its own, `Lavrov said: “We will win.”`, which must come
// out as it would alone, whatever stands before it.

const TAIL = '\n\nLavrov said: “We will win.”';

function make(name: string, length: number): string {
  const found = CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no pathological case ${name}`);
  return found.make(length) + TAIL;
}

/** The records of `text`, after checking the contract on them. */
function extract(text: string, options: ExtractOptions = {}): Quote[] {
  const quotes = extractQuotes(text, options);
  expect(contractProblems(text, quotes, options)).toEqual([]);
  return quotes;
}

/** The records of `text` but the last, which must be the tail's quotation, in place. */
function beforeTail(text: string, quotes: Quote[]): Quote[] {
  const start = codePoints(text).length - 14;
  expect(quotes.at(-1)).toMatchObject({ text: 'We will win.', start, end: start + 14, kind: 'direct', speaker: 'Lavrov' });
  return quotes.slice(0, -1);
}

const ranges = (quotes: Quote[]) => quotes.map((q) => [q.start, q.end, q.parent]);

/** What each pathological article must give, by name: `(text, length) => void`, checked at any size. */
const EXPECT: Record<string, (text: string) => void> = {
  // ““““…: nothing is a quotation; with `all`, each opening mark is unclosed inside the one before it
  'opening-marks': (text) => {
    expect(beforeTail(text, extract(text))).toEqual([]);
    const all = beforeTail(text, extract(text, { all: true }));
    const n = text.length - TAIL.length;
    // the last mark faces the paragraph's end: it closes the one before it, around nothing
    expect(all).toHaveLength(n - 1);
    all.forEach((q, i) => {
      expect([q.start, q.end, q.parent]).toEqual([i, n, i === 0 ? null : i - 1]);
      expect(q.kind).toBe(i < n - 2 ? 'unclosed' : 'scare');
    });
  },
  'unclosed-then-text': (text) => {
    expect(beforeTail(text, extract(text))).toEqual([]);
    const all = beforeTail(text, extract(text, { all: true }));
    const paragraph = text.length - TAIL.length;
    expect(all).toMatchObject([{ start: 0, end: paragraph, kind: 'unclosed', text: text.slice(1, paragraph) }]);
  },
  // marks at random: the contract holds, and every clean “Yes,” among them is found
  'mixed-marks': (text) => {
    beforeTail(text, extract(text));
    const all = beforeTail(text, extract(text, { all: true }));
    const starts = new Map(all.map((q) => [q.start, q]));
    let clean = 0;
    for (let at = text.indexOf(CLEAN); at >= 0; at = text.indexOf(CLEAN, at + 1), clean++) {
      expect(starts.get(at + 1)).toMatchObject({ end: at + 7, text: 'Yes,' });
    }
    expect(clean).toBeGreaterThan(0);
  },
  'single-line': (text) => {
    const unit = CASES.find((c) => c.name === 'single-line')!.make(1).length;
    const quotes = beforeTail(text, extract(text));
    expect(quotes).toHaveLength(Math.floor((text.length - TAIL.length) / unit));
    quotes.forEach((q, i) => {
      expect(q).toMatchObject({ start: unit * i, end: unit * i + 14, line: 1, column: unit * i + 1, text: 'We will win,', kind: 'direct', speaker: 'Lavrov' });
    });
  },
  // “A ‘B “A ‘B … x … c’ d” c’ d”: each level a record inside the one before
  'deep-nesting': (text) => {
    const all = beforeTail(text, extract(text, { all: true }));
    const length = text.length - TAIL.length;
    const depth = (length - 1) / 6;
    expect(all).toHaveLength(depth);
    all.forEach((q, i) => {
      expect([q.start, q.end, q.parent, q.text]).toEqual([3 * i, length - 3 * i, i === 0 ? null : i - 1, text.slice(3 * i + 1, length - 3 * i - 1)]);
    });
  },
  apostrophes: (text) => {
    expect(beforeTail(text, extract(text))).toEqual([]);
    expect(beforeTail(text, extract(text, { all: true }))).toEqual([]);
  },
  'apostrophe-words': (text) => {
    expect(beforeTail(text, extract(text))).toEqual([]);
    expect(beforeTail(text, extract(text, { all: true }))).toEqual([]);
  },
  'many-paragraphs': (text) => {
    const unit = '“We will win,” Lavrov said.\n'.length;
    const quotes = beforeTail(text, extract(text));
    expect(quotes).toHaveLength((text.length - TAIL.length) / unit);
    quotes.forEach((q, i) => {
      expect(q).toMatchObject({ start: unit * i, line: i + 1, column: 1, text: 'We will win,', kind: 'direct', speaker: 'Lavrov' });
    });
  },
  // She said x “y” and x “y” and … end.
  'one-long-sentence': (text) => {
    const all = beforeTail(text, extract(text, { all: true }));
    expect(all).toHaveLength((text.length - TAIL.length - 13) / 10);
    expect(ranges(all)).toEqual(all.map((_, i) => [11 + 10 * i, 14 + 10 * i, null]));
    expect(all.every((q) => q.text === 'y')).toBe(true);
  },
  // “‘x’ y ‘x’ y …”: one quotation, its children side by side
  'many-inner-quotations': (text) => {
    const [outer, ...inner] = beforeTail(text, extract(text, { all: true }));
    const length = text.length - TAIL.length;
    expect([outer!.start, outer!.end, outer!.parent]).toEqual([0, length, null]);
    expect(inner).toHaveLength((length - 2) / 6);
    expect(ranges(inner)).toEqual(inner.map((_, i) => [1 + 6 * i, 4 + 6 * i, 0]));
  },
  // ‘a ‘a … b” b” …: the double closers find no double opener; the single marks stay open
  'singles-then-double-closers': (text) => {
    expect(beforeTail(text, extract(text))).toEqual([]);
    const all = beforeTail(text, extract(text, { all: true }));
    const paragraph = text.length - TAIL.length - 1;
    expect(all).toHaveLength((paragraph + 1) / 6);
    expect(ranges(all)).toEqual(all.map((_, i) => [3 * i, paragraph, i === 0 ? null : i - 1]));
    expect(all.every((q) => q.kind === 'unclosed')).toBe(true);
  },
};

/** 1 Mi code units (about 1 MB of mostly ASCII text). */
const MI = 1024 * 1024;

describe('extractQuotes on pathological articles', () => {
  it('has an expectation for every case of the bench', () => {
    expect(Object.keys(EXPECT).sort()).toEqual(CASES.map((c) => c.name).sort());
  });

  // small sizes: every case, whatever its time complexity
  it.each(CASES.map((c) => [c.name, c.about] as const))('%s (small: %s)', (name) => {
    EXPECT[name]!(make(name, 6_000));
  });

  it('100,000 opening marks', () => {
    EXPECT['opening-marks']!(make('opening-marks', 100_000));
  });

  it('a mark never closed, then 1 Mi of text', () => {
    EXPECT['unclosed-then-text']!(make('unclosed-then-text', MI));
  });

  it('100,000 apostrophes, alone and in words', () => {
    EXPECT.apostrophes!(make('apostrophes', 100_000));
    EXPECT['apostrophe-words']!(make('apostrophe-words', MI));
  });

  it('quotations nested 1,000 deep', () => {
    EXPECT['deep-nesting']!(make('deep-nesting', 6_001));
  });

  it('marks of every kind mixed, 1 Mi', () => {
    EXPECT['mixed-marks']!(make('mixed-marks', MI));
  });

  it('a 5 MB single line', () => {
    EXPECT['single-line']!(make('single-line', 5 * 1_000_000));
  });

  it('a quoted paragraph 37,000 times, 1 Mi', () => {
    EXPECT['many-paragraphs']!(make('many-paragraphs', MI));
  });

  it('one sentence holding 100,000 quotations', () => {
    EXPECT['one-long-sentence']!(make('one-long-sentence', 1_000_013));
  });

  it('one quotation holding 100,000 quotations', () => {
    EXPECT['many-inner-quotations']!(make('many-inner-quotations', 600_002));
  });

  it('100,000 single opening marks, then 100,000 double closing marks', () => {
    EXPECT['singles-then-double-closers']!(make('singles-then-double-closers', 600_000));
  });

  it('quotations nested 20,000 deep', () => {
    EXPECT['deep-nesting']!(make('deep-nesting', 120_001));
  });
});
