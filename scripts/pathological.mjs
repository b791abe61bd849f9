// Pathological articles: the inputs that make quotation finders throw, loop or go quadratic.
// Each `make(length)` builds a text of about `length` UTF-16 code units (never more), the same
// text every time, whole units only (a nesting is closed, a pair is never cut in half).
//
//   tests/core/pathological.test.ts     what extractQuotes gives for each (correct, no throw)
//   scripts/bench-pathological.mjs      how its time grows with the size (linear, or not)

/** Marks of every kind that whosaid reads. */
const MARKS = ['“', '”', '"', '‘', '’', "'", '«', '»', '„', '‹', '›', '‚', '‟', '‛', '＂', '〝', '〞', '〟'];

/** A quotation that pairs cleanly wherever it stands among other marks: a space on each side. */
export const CLEAN = ' “Yes,” he said. ';

/** `unit` repeated as often as it fits in `length`, whole. */
const repeat = (unit, length) => unit.repeat(Math.max(1, Math.floor(length / unit.length)));

/** A small deterministic generator (a linear congruential one), so every run reads the same text. */
function random(seed) {
  let x = seed;
  return (n) => {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    return x % n;
  };
}

export const CASES = [
  {
    name: 'opening-marks',
    about: 'one opening mark after another, none closed: ““““…',
    make: (length) => '“'.repeat(length),
  },
  {
    name: 'unclosed-then-text',
    about: 'one opening mark, then a paragraph of prose that never closes it',
    make: (length) => '“We will' + repeat(' win the day, and the talks went on', length - 8),
  },
  {
    name: 'mixed-marks',
    about: 'marks of every kind at random among short words, one paragraph, clean quotations here and there',
    make: (length) => {
      const next = random(7);
      const parts = [];
      let size = 0;
      while (size < length - CLEAN.length - 4) {
        const part = next(40) === 0 ? CLEAN : MARKS[next(MARKS.length)] + ['', 'ab ', ' ', 'cd'][next(4)];
        parts.push(part);
        size += part.length;
      }
      return parts.join('');
    },
  },
  {
    name: 'single-line',
    about: 'one line, no line break: “We will win,” Lavrov said. The talks went on for hours … (×3) …',
    make: (length) => repeat('“We will win,” Lavrov said. ' + 'The talks went on for hours and the ministers met again later that day. '.repeat(3), length),
  },
  {
    name: 'deep-nesting',
    about: 'quotations nested in quotations: “A ‘B “A ‘B … x … c’ d” c’ d”',
    make: (length) => {
      const depth = 2 * Math.max(1, Math.floor((length - 1) / 12));
      return '“A ‘B '.repeat(depth / 2) + 'x' + ' c’ d”'.repeat(depth / 2);
    },
  },
  {
    name: 'apostrophes',
    about: "nothing but straight apostrophes: ''''''…",
    make: (length) => "'".repeat(length),
  },
  {
    name: 'apostrophe-words',
    about: "apostrophes in and around words: don't Jones' ’tis the ’90s rock ’n’ roll …",
    make: (length) => repeat("don't Jones' ’tis the ’90s rock ’n’ roll, the players’ union, O'Brien’s ", length),
  },
  {
    name: 'many-paragraphs',
    about: 'a short quoted paragraph, over and over: “We will win,” Lavrov said.⏎',
    make: (length) => repeat('“We will win,” Lavrov said.\n', length),
  },
  {
    name: 'one-long-sentence',
    about: 'one sentence holding quotation after quotation: She said x “y” and x “y” and …',
    make: (length) => 'She said' + repeat(' x “y” and', length - 13) + ' end.',
  },
  {
    name: 'many-inner-quotations',
    about: 'one quotation holding quotation after quotation: “‘x’ y ‘x’ y …”',
    make: (length) => '“' + repeat('‘x’ y ', length - 2) + '”',
  },
  {
    name: 'unclosed-then-quotations',
    about: 'opening marks never closed, then quotations inside them: “a “a … “Yes,” he said. …',
    make: (length) => {
      const half = Math.max(1, Math.floor(length / 2));
      return repeat('“a ', half) + repeat(CLEAN.trimStart(), length - repeat('“a ', half).length);
    },
  },
  {
    name: 'apostrophes-then-quotations',
    about: "straight apostrophes opening nothing, then quotations: 'a 'a … “Yes,” he said. …",
    make: (length) => {
      const half = Math.max(1, Math.floor(length / 2));
      return repeat("'a ", half) + repeat(CLEAN.trimStart(), length - repeat("'a ", half).length);
    },
  },
  {
    name: 'one-surname-many-people',
    about: 'a new person of the same surname for every quotation: Ann Qa Smith said: “Yes.” …',
    make: (length) => {
      const parts = [];
      let size = 0;
      for (let i = 0; ; i++) {
        // Qa, Qb, … Qba, …: a first name no list knows, never repeated
        const part = `Ann Q${i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)))} Smith said: “Yes.”\n`;
        if (size + part.length > length && i > 0) break;
        parts.push(part);
        size += part.length;
      }
      return parts.join('');
    },
  },
  {
    name: 'singles-then-double-closers',
    about: 'single opening marks, then double closing marks: ‘a ‘a … b” b” …',
    make: (length) => {
      const half = Math.max(1, Math.floor(length / 6));
      return '‘a '.repeat(half) + 'b” '.repeat(half);
    },
  },
  // the shapes below were found super-linear by a review (issue 14): minutes at 64 KiB to 1 MiB
  // a quotation at the end, so that the article is read at all (one without marks is not)
  {
    name: 'capitalised-token',
    about: 'one capitalised word as long as the text, then a quotation: AAAA… “Yes,” he said.',
    make: (length) => 'A'.repeat(Math.max(1, length - CLEAN.length)) + CLEAN,
  },
  {
    name: 'dna',
    about: 'a DNA string, one word of capitals, then a quotation: ACGTACGT… “Yes,” he said.',
    make: (length) => repeat('ACGT', length - CLEAN.length) + CLEAN,
  },
  {
    name: 'capitalised-words',
    about: 'capitalised words in a row, no sentence end, then a quotation: Ab Ab Ab … “Yes,” he said.',
    make: (length) => repeat('Ab ', length - CLEAN.length) + CLEAN,
  },
  {
    name: 'empty-single-quotes',
    about: 'empty single quotations side by side: ‘’‘’‘’…',
    make: (length) => repeat('‘’', length),
  },
  {
    name: 'apostrophes-and-singles',
    about: "apostrophes among single quotations: it’s ‘a’ don’t ’tis ‘b …",
    make: (length) => repeat('it’s ‘a’ don’t ’tis ‘b ', length),
  },
  {
    name: 'short-quotations',
    about: 'a list of one-word quotations with no speaker: “x” “x” “x” …',
    make: (length) => repeat('“x” ', length),
  },
  {
    name: 'short-quotations-dashes',
    about: 'one-word quotations between dashes: “x” — “x” — …',
    make: (length) => repeat('“x” — ', length),
  },
  {
    name: 'straight-nested',
    about: 'straight double marks inside straight double marks: a "b "c d" e" a "b "c d" e" …',
    make: (length) => repeat('a "b "c d" e" ', length),
  },
  {
    name: 'json-in-markdown',
    about: 'a fenced block of a .md file holding a JSON array of strings: ```json ["alpha", "beta", …] ```',
    make: (length) => {
      const open = '```json\n[';
      const close = '"end"]\n```\n';
      return open + repeat('"alpha", "beta", ', length - open.length - close.length) + close;
    },
  },
  {
    name: 'unclosed-words',
    about: 'an opening mark before every other word, none closed: “a b “a b “a b …',
    make: (length) => repeat('“a b ', length),
  },
];
