/**
 * Words and punctuation of a stretch of text, with each quotation standing as one token, so
 * that the attribution rules read patterns such as `QUOTE , NAME said`.
 */
import { cueWord, type CueWord } from '../../lexicon/speech-verbs.js';
import { alternation } from '../../lexicon/list.js';
import { TOKEN_HYPHENED_PARTICLES } from '../../lexicon/names.js';
import { ABBREVIATIONS, CONTRACTED_WORDS, CONTRACTION_HOSTS } from '../../lexicon/words.js';
import type { RawQuote } from '../find-quotes.js';

export type TokenType = 'word' | 'punct' | 'quote' | 'poss';

export class Token {
  constructor(
    readonly type: TokenType,
    /** code unit offsets, half-open */
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly lower: string,
    /** begins with a capital letter */
    readonly cap: boolean,
    /** for a quote token: index of the quotation in the stage's list */
    readonly quote: number,
  ) {}

  private known: CueWord | null | undefined;
  /** answers the rules remember for this token: whether it is a title, a name word at a sentence start or not */
  title: boolean | undefined;
  name: boolean | undefined;
  nameAtStart: boolean | undefined;

  /** what the cue rules know of the word (its speech verb, its second word, a light verb), or null; looked up the first time it is asked */
  get cue(): CueWord | null {
    if (this.known === undefined) this.known = this.type === 'word' ? cueWord(this.lower) : null;
    return this.known;
  }

  /** the speech verb the word is a form of (said → say), or null */
  get lemma(): string | null {
    return this.cue?.lemma ?? null;
  }
}

// A word: letters and digits, joined by apostrophes, hyphens, dots (U.S.) and ampersands (AT&T),
// with one full stop after it; anything else that is not white space is a token of one character.
// Read by a scanner over character codes rather than a regex: the regex's match objects were
// about half of the tokenizer's time (the regex this replaces, and the reference for the tests:
// /([\p{L}\p{N}]+(?:[\u2019'\-.&][\p{L}\p{N}]+)*\.?)|[^\s\p{L}\p{N}]/gu).
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Code units of the letter or digit at `i` (2 for an astral one), or 0 when there is none. */
function letterOrDigit(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  const size = cp > 0xffff && i + 1 < to ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(i, i + size)) ? size : 0;
}

/** White space as the regex \s has it: ECMAScript's white space and line terminators. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff;
}

/** Joiners inside a word: ’ ' - . & */
function isJoiner(c: number): boolean {
  return c === 0x2019 || c === 39 || c === 45 || c === 46 || c === 38;
}

const POSSESSIVE = /^(.+?)([\u2019']s?)$/u;
const INITIAL = /^\p{Lu}\.$/u;
const CONTRACTION = new RegExp(String.raw`^(${alternation(CONTRACTION_HOSTS)})([\u2019'](?:s|re|ve|ll|d|m))$`, 'iu');
/** al-Tamimi, bin-Salman: a particle joined to a capitalised name */
const HYPHENED_NAME = new RegExp(String.raw`^(?:${alternation(TOKEN_HYPHENED_PARTICLES)})-\p{Lu}`, 'u');

/**
 * Tokens of `text[from, to)`. Quotations (from `quotes`, by index) that open in the range
 * become single `quote` tokens covering their marks.
 */
export function tokenize(text: string, from: number, to: number, quotes: readonly RawQuote[], indices: readonly number[]): Token[] {
  const tokens: Token[] = [];
  let at = from;
  for (const qi of indices) {
    const q = quotes[qi]!;
    if (q.open < at || q.open >= to) continue;
    words(text, at, q.open, tokens);
    const end = q.close + q.closeLength;
    tokens.push(new Token('quote', q.open, end, text.slice(q.open, Math.min(end, q.open + 200)), '', false, qi));
    at = end;
  }
  words(text, at, to, tokens);
  return tokens;
}

function words(text: string, from: number, to: number, out: Token[]): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    let size = letterOrDigit(text, i, to);
    if (size === 0) {
      // one character (one code point) that is neither a word nor white space
      i += (text.codePointAt(i)! > 0xffff && i + 1 < to ? 2 : 1);
      const mark = text.slice(start, i);
      // the Haldanes’ statement: a bare apostrophe right after a plural is a possessive
      const prev = out[out.length - 1];
      const possessive = (mark === '\u2019' || mark === "'") && prev?.type === 'word' && prev.end === start && /s$/i.test(prev.text) &&
        /^\s+\p{L}/u.test(text.slice(i, Math.min(i + 2, to)));
      out.push(make(possessive ? 'poss' : 'punct', start, mark));
      continue;
    }
    for (i += size; (size = letterOrDigit(text, i, to)) > 0; ) i += size;
    // joined parts: rock-solid, U.S, AT&T, doesn’t
    while (i + 1 < to && isJoiner(text.charCodeAt(i)) && (size = letterOrDigit(text, i + 1, to)) > 0) {
      for (i += 1 + size; (size = letterOrDigit(text, i, to)) > 0; ) i += size;
    }
    let end = i;
    // a trailing full stop belongs to the word only for abbreviations and initials: Sen. J. U.S.
    if (end < to && text.charCodeAt(end) === 46) {
      const word = text.slice(start, end + 1);
      if (INITIAL.test(word) || ABBREVIATIONS.has(word.slice(0, -1).toLowerCase()) || /\.\p{L}/u.test(word)) end++;
    }
    i = end;
    const word = text.slice(start, end);
    wordTokens(word, start, out);
  }
}

/** A word as one token, or two: he’s → he + ’s, Putin’s → Putin + ’s. */
function wordTokens(word: string, start: number, out: Token[]): void {
  const apostrophe = word.includes('\u2019') || word.includes("'");
  if (!apostrophe) {
    out.push(make('word', start, word));
    return;
  }
  // he’s, it’s, they’re: the pronoun, then the verb (he’s claiming → he + ’s claiming)
  const contraction = CONTRACTION.exec(word);
  if (contraction) {
    out.push(make('word', start, contraction[1]!));
    out.push(make('word', start + contraction[1]!.length, contraction[2]!));
    return;
  }
  // Putin’s → Putin + ’s; the Joneses’ → Joneses + ’ (but he’s, it’s, that’s are contractions)
  const poss = POSSESSIVE.exec(word);
  if (poss && /\p{L}/u.test(poss[1]!) && (poss[2]!.length === 2 || /s$/i.test(poss[1]!)) && !CONTRACTED_WORDS.has(poss[1]!.toLowerCase())) {
    out.push(make('word', start, poss[1]!));
    out.push(make('poss', start + poss[1]!.length, poss[2]!));
    return;
  }
  out.push(make('word', start, word));
}

function make(type: TokenType, start: number, text: string): Token {
  const c = text.charCodeAt(0);
  // al-Tamimi, bin-Salman: a particle joined to a capitalised name counts as capitalised
  const cap = (c >= 65 && c <= 90) || (c >= 128 && isUpper(text.charAt(0))) ||
    (c >= 97 && c <= 122 && text.includes('-') && HYPHENED_NAME.test(text));
  return new Token(type, start, start + text.length, text, text.toLowerCase(), cap, -1);
}

/** A character with a lower-case form different from itself (the test the tokenizer has always used for a capital). */
function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** Tokens as written: a space where the text has white space between them (9/11, Moss’s, (R-Ind.) stay whole). */
export function spanText(tokens: readonly Token[]): string {
  return tokens.map((t, i) => (i === 0 || t.start === tokens[i - 1]!.end ? t.text : ' ' + t.text)).join('');
}
