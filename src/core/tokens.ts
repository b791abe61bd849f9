/**
 * Words and punctuation of a stretch of text, with each quotation standing as one token, so
 * that the attribution rules read patterns such as `QUOTE , NAME said`.
 */
import { speechVerbLemma } from '../lexicon/speech-verbs.js';
import { ABBREVIATIONS } from '../lexicon/words.js';
import type { RawQuote } from './find-quotes.js';

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

  private known: string | null | undefined;
  /** answers the rules remember for this token: whether it is a title, a name word at a sentence start or not */
  title: boolean | undefined;
  name: boolean | undefined;
  nameAtStart: boolean | undefined;

  /** the speech verb the word is a form of (said → say), or null; looked up the first time it is asked */
  get lemma(): string | null {
    if (this.known === undefined) this.known = this.type === 'word' ? speechVerbLemma(this.lower) : null;
    return this.known;
  }
}

// a word: letters and digits, joined by apostrophes, hyphens, dots (U.S.) and ampersands (AT&T)
const TOKEN = /([\p{L}\p{N}]+(?:[\u2019'\-.&][\p{L}\p{N}]+)*\.?)|[^\s\p{L}\p{N}]/gu;
const POSSESSIVE = /^(.+?)([\u2019']s?)$/u;
const INITIAL = /^\p{Lu}\.$/u;
const CONTRACTION = /^(he|she|it|they|we|i|you|that|there|who)([\u2019'](?:s|re|ve|ll|d|m))$/iu;
/** he’s predicting, it’s time: a verb, not a possessive */
const CONTRACTED = new Set(['he', 'she', 'it', 'that', 'there', 'here', 'what', 'who', 'where', 'when', 'how', 'let', 'this']);

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
  if (from >= to) return;
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let word = m[0];
    const start = from + m.index;
    if (m[1] === undefined) {
      // the Haldanes’ statement: a bare apostrophe right after a plural is a possessive
      const prev = out[out.length - 1];
      const possessive = (word === '\u2019' || word === "'") && prev?.type === 'word' && prev.end === start && /s$/i.test(prev.text) &&
        /^\s+\p{L}/u.test(slice.slice(m.index + 1, m.index + 3));
      out.push(make(possessive ? 'poss' : 'punct', start, word));
      continue;
    }
    // a trailing full stop belongs to the word only for abbreviations and initials: Sen. J. U.S.
    if (word.endsWith('.') && !INITIAL.test(word) && !ABBREVIATIONS.has(word.slice(0, -1).toLowerCase()) && !/\.\p{L}/u.test(word)) {
      word = word.slice(0, -1);
      TOKEN.lastIndex -= 1;
    }
    const apostrophe = word.includes('\u2019') || word.includes("'");
    // he’s, it’s, they’re: the pronoun, then the verb (he’s claiming → he + ’s claiming)
    const contraction = apostrophe ? CONTRACTION.exec(word) : null;
    if (contraction) {
      out.push(make('word', start, contraction[1]!));
      out.push(make('word', start + contraction[1]!.length, contraction[2]!));
      continue;
    }
    // Putin’s → Putin + ’s; the Joneses’ → Joneses + ’ (but he’s, it’s, that’s are contractions)
    const poss = apostrophe ? POSSESSIVE.exec(word) : null;
    if (poss && /\p{L}/u.test(poss[1]!) && (poss[2]!.length === 2 || /s$/i.test(poss[1]!)) && !CONTRACTED.has(poss[1]!.toLowerCase())) {
      out.push(make('word', start, poss[1]!));
      out.push(make('poss', start + poss[1]!.length, poss[2]!));
      continue;
    }
    out.push(make('word', start, word));
  }
}

function make(type: TokenType, start: number, text: string): Token {
  const first = text.charAt(0);
  // al-Tamimi, bin-Salman: a particle joined to a capitalised name counts as capitalised
  const cap = first !== first.toLowerCase() || (text.includes('-') && /^(?:al|el|bin|ibn|abu|ad|da|de|di|du|van|von)-\p{Lu}/u.test(text));
  return new Token(type, start, start + text.length, text, text.toLowerCase(), cap, -1);
}
