/**
 * tokenize: the scanner's cuts, held to the regex it replaced; then possessives, contractions,
 * initials and ampersands, seen through the quotations they let the later stages find.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/read/tokens.js';
import { ALL, check, type Row } from '../rule-table.js';

// The tokenizer reads words by a scanner over character codes. It must cut text exactly where the
// regex it replaced did, on every kind of character: this is that regex, and the property compares
// the two on random text rich in joiners, full stops, white space, non-Latin and astral characters.
const REFERENCE = /([\p{L}\p{N}]+(?:[\u2019'\-.&][\p{L}\p{N}]+)*\.?)|[^\s\p{L}\p{N}]/gu;

/** Where the regex puts token boundaries: [start, end) of each match, trailing full stops included. */
function referenceSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(REFERENCE)].map((m) => [m.index, m.index + m[0].length]);
}

/** The scanner's tokens as spans, a word split by the tokenizer (Putin + ’s) joined again, a word's own full stop added back. */
function scannedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const t of tokenize(text, 0, text.length, [], [])) {
    const last = spans[spans.length - 1];
    // a contraction or a possessive (he + ’s, Putin + ’s): two tokens from one match
    if (last && last[1] === t.start && /^[\u2019']\p{L}/u.test(t.text) && /[\p{L}\p{N}]$/u.test(text.slice(last[0], last[1]))) last[1] = t.end;
    else spans.push([t.start, t.end]);
  }
  // the regex keeps a word's full stop in the match; the tokenizer leaves it as punctuation unless the word is an abbreviation
  const joined: Array<[number, number]> = [];
  for (const s of spans) {
    const last = joined[joined.length - 1];
    if (last && last[1] === s[0] && text.slice(s[0], s[1]) === '.' && /[\p{L}\p{N}]$/u.test(text.slice(last[0], last[1]))) last[1] = s[1];
    else joined.push([...s]);
  }
  return joined;
}

const piece = fc.constantFrom(
  'word', 'Putin', 'U.S.', 'Sen.', 'J.', 'AT&T', 'rock-solid', 'don’t', "it's", 'Jones’', 'the ’90s', '-', '.', '..', '&', '’', "'", ',',
  ' ', '  ', '\t', '\n', '\r\n', '\u00A0', '\u2003', '\u3000', '\uFEFF', '\u200B', '\u2028', 'é', 'Ñandú', '東京', 'Σ', '٣', '😀', '𝐀', '𠜎',
  '\uD83D', '\uDE00', '“', '”', '«', '—', '…', '42', '3.5', 'e.g.', 'x',
);

describe('tokenize', () => {
  it('cuts text where the reference regex does', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => {
      expect(scannedSpans(text)).toEqual(referenceSpans(text));
    }), { numRuns: 2000 });
  });

  it('keeps the full stop of an abbreviation or initial, not of a plain word', () => {
    const words = tokenize('Sen. J. Smith met the U.S. envoy.', 0, 33, [], []).map((t) => t.text);
    expect(words).toEqual(['Sen.', 'J.', 'Smith', 'met', 'the', 'U.S.', 'envoy', '.']);
  });

  it('reads only the range asked for', () => {
    const text = 'abc def. ghi';
    expect(tokenize(text, 4, 7, [], []).map((t) => t.text)).toEqual(['def']);
    expect(tokenize(text, 4, 8, [], []).map((t) => t.text)).toEqual(['def', '.']);
  });
});

describe('tokenize: possessives, initials, ampersands', () => {
  it.each<Row>([
    ['Reiter’s → Reiter + ’s', 'Tomas Reiter met the crew. Reiter’s warning was grim: “A long, hard winter is coming.”',
      [{ speaker: 'Tomas Reiter', mention: 'Reiter', cue: 'warning', method: 'possessive' }]],
    ['initials keep their stops: J. R. Pilbeam', '“We are selling the boat,” said Dr. J. R. Pilbeam of the U.S. Coast Guard.',
      [{ speaker: 'J. R. Pilbeam', mention: 'J. R. Pilbeam', method: 'cue' }]],
    ['an ampersand joins a word: B&B Marine', '“We are selling the boat,” said a spokeswoman for B&B Marine.',
      [{ speaker: 'a spokeswoman for B&B Marine', method: 'cue' }]],
    ['he’s predicting: a contraction, not a possessive; its pronoun is the subject', 'Tomas Reiter met the crew. He’s predicting “a long, hard winter.”',
      [{ kind: 'partial', speaker: 'Tomas Reiter', mention: 'He', cue: 'predicting' }]],
    // was: tokenize: “the Joneses’ → Joneses + ’” — the bare ’ after a plural is left as punctuation, never a 'poss' token,
    // so possessiveBefore does not see it
    ['the Haldanes’ → Haldanes + ’', 'The Haldanes’ statement was short: “We are selling the boat.”',
      [{ cue: 'statement', method: 'possessive' }], ALL],
  ])('%s', check());
});
