/**
 * What a quoted stretch is — speech (direct or partial), or a title, a scare quote,
 * a headline fragment. Decided by context, not by length:
 *
 *     she called the plan “reckless”.        → partial (someone is said to have said it)
 *     “Where?”                               → direct (a sentence of its own)
 *     the so-called “experts”                → scare
 *     his novel “The Long Winter”            → title
 *     Russia ‘achieved its goals’            → headline
 */
import { alternation } from '../lexicon/list.js';
import { COPULAS, SCARE_CUES, TITLE_CUES, TITLE_MINOR_WORDS, TITLE_PLACE_WORDS } from '../lexicon/quote-kinds.js';
import type { QuoteKind } from './types.js';
import type { RawQuote } from './find-quotes.js';
import type { Range } from './segment.js';

/** Words before a quotation that announce a title: the book “…”, a film called “…”. */
const TITLE_CUE = new RegExp(String.raw`\b(?:${alternation(TITLE_CUES)})(?:\s+of)?\s*$`, 'i');
/** the place of a name: after a preposition or an article, and any capitalised words of its owner (the NBC “…”) */
const TITLE_PLACE = new RegExp(String.raw`\b(?:${alternation(TITLE_PLACE_WORDS)})\s+(?:\p{Lu}[\p{L}\u2019'.&-]*\s+)*$`, 'u');
/** Reyes, known to film crews as “the Metronome”; the striker nicknamed “the Hammer” */
const NICKNAME_CUES = /\b(?:known(?:\s+[\w\u2019']+){0,4}\s+as|nicknamed|also called|affectionately called)\s*$/i;
/** so-called “experts” */
const SCARE_CUE = new RegExp(String.raw`\b(?:${alternation(SCARE_CUES)})\s*$`, 'i');
/** her favourite film is “…”: a verb of being right before the quotation */
const COPULA = new RegExp(String.raw`\b(?:${alternation(COPULAS)})\s*$`, 'i');
/** a word a title leaves in lower case: of, the, and */
const TITLE_MINOR_WORD = new RegExp(`^(?:${alternation(TITLE_MINOR_WORDS)})$`, 'i');

export interface KindContext {
  text: string;
  quote: RawQuote;
  /** the text of the quotation between its marks */
  inner: string;
  /** the paragraph it opens in */
  paragraph: Range;
  /** the paragraph is the article's first and a longer one follows: the place of a title */
  titleLine: boolean;
  /** the quotation has a cue or a speech verb in its sentence */
  attributed: boolean;
  /** the cue stands right next to it (“…,” she said / she said: “…”), not just in its sentence */
  adjacentCue: boolean;
  /** the first code unit of the sentence the quotation stands in */
  sentenceStart: number;
}

/** The kind of a top-level quotation, from its words and the text around it. */
export function quoteKind(c: KindContext): QuoteKind {
  if (c.quote.unclosed) return 'unclosed';
  const before = c.text.slice(Math.max(c.paragraph.start, c.quote.open - 40), c.quote.open);
  // “We are ready ⏎ “Bring it on,” she said. — a quotation that runs on past its paragraph is no headline
  const runsOn = c.quote.lastParagraph > c.quote.paragraph;
  if (!runsOn && (isHeadline(c.text, c.paragraph) || (c.titleLine && isShortTitle(c.text, c.paragraph)))) return 'headline';
  const words = c.inner.trim().split(/\s+/).filter(Boolean);
  const startsSentence = isSentenceOpening(c.text, c.sentenceStart, c.quote.open);
  const capital = /^[\s'"\u2018\u2019\u201C([]*[\p{Lu}\p{N}]/u.test(c.inner);
  const endsSentence = /[.!?\u2026,;:\u2014-]['"\u2019\u201D)\]]*\s*$/u.test(c.inner);

  if (SCARE_CUE.test(before)) return 'scare';
  // Ruiz says her favourite film is “The Long Goodbye”: after is/are, a name in title case is a title, whatever speech
  // verb the sentence has (a lower-case word there — the plan is “bold” — stays the speaker's words: partial)
  if (!c.adjacentCue && COPULA.test(before) && words.length <= 12 && isTitleCase(words) && !endsSentence) return 'title';
  // MSNBC’s “Morning Joe”: a title after a possessive, even next to a cue
  if (words.length <= 12 && isTitleCase(words) && /\p{L}[\u2019']s?\s*$/u.test(before)) return 'title';
  if (!c.adjacentCue && words.length <= 12 && isTitleCase(words) && (TITLE_CUE.test(before) || !c.attributed)) return 'title';
  // appeared on “Meet the Press”; at the NBC “Commander-in-Chief Forum”: a name in title case after a preposition or an article
  if (words.length <= 8 && isTitleCase(words) && TITLE_PLACE.test(before)) return 'title';
  // known to film crews as “the Metronome”; the spot, titled “Arrogant”: a capitalised name after a naming cue
  if (!c.adjacentCue && words.length <= 3 && (NICKNAME_CUES.test(before) || /\b(?:titled|entitled)\s*$/i.test(before)) &&
    /^(?:the\s+)?\p{Lu}/u.test(c.inner.trim())) return 'title';
  if (capital && (startsSentence || c.adjacentCue) && (endsSentence || words.length >= 4 || c.adjacentCue)) return 'direct';
  if (capital && startsSentence && /[?!]$/.test(c.inner.trim())) return 'direct';
  if (c.attributed) return 'partial';
  // no one is said to have said it: a long stretch is still speech whose cue is elsewhere
  if (words.length >= 6 || (capital && endsSentence && startsSentence)) return startsSentence && capital ? 'direct' : 'partial';
  return 'scare';
}

/**
 * The kind of a quotation inside a quotation: a scare quote or a title stays one (“… the so-called
 * ‘new marina’ …”); anything else is the quoted speech of someone the outer speaker quotes.
 */
export function innerKind(text: string, quote: RawQuote, inner: string): QuoteKind {
  const before = text.slice(Math.max(0, quote.open - 40), quote.open);
  if (SCARE_CUE.test(before)) return 'scare';
  // the first 13 words at most: a title has 12 or fewer (and a quotation can hold the rest of a long text)
  const words = firstWords(inner, 13);
  if (words.length <= 12 && isTitleCase(words) && (TITLE_CUE.test(before) || TITLE_PLACE.test(before))) return 'title';
  return 'direct';
}

/** The first `n` words of a text (runs of non-space), read no further than the nth. */
function firstWords(text: string, n: number): string[] {
  const words: string[] = [];
  const word = /\S+/g;
  for (let m = word.exec(text); m && words.length < n; m = word.exec(text)) words.push(m[0]);
  return words;
}

/** Whether only white space and opening punctuation stand between a sentence's start and `at`. */
function isSentenceOpening(text: string, sentenceStart: number, at: number): boolean {
  return /^[\s([\u2014\u2013-]*$/.test(text.slice(sentenceStart, at)) || /[:]\s*$/.test(text.slice(Math.max(sentenceStart, at - 3), at));
}

/** Most words capitalised: “One Hundred Years of Solitude”, “Make America Great Again”. */
function isTitleCase(words: string[]): boolean {
  const content = words.filter((w) => !TITLE_MINOR_WORD.test(w));
  if (content.length < 2) return false;
  const caps = content.filter((w) => /^['"\u2018\u201C(]*\p{Lu}/u.test(w)).length;
  return caps === content.length;
}

/**
 * An article's first line, short and not itself a quotation, is its title, full stop or not:
 *
 *     Flynn says Trump “absolutely right” on intelligence briefings.
 */
function isShortTitle(text: string, p: Range): boolean {
  const line = text.slice(p.start, p.end);
  return !/[\r\n]/.test(line) && !/^['"\u2018\u201C\u201E\u00AB]/.test(line) && line.split(/\s+/).length <= 16;
}

/**
 * A headline or subhead: a short paragraph with no full stop at its end, or one in title case.
 *
 *     Russia ‘achieved its goals’
 *     Stealth Over Health: Senator Heads Home Early
 */
export function isHeadline(text: string, p: Range): boolean {
  if (p.end - p.start > 160) return false;
  const line = text.slice(p.start, p.end);
  if (/[\r\n]/.test(line)) return false;
  // two sentences are a paragraph, not a headline: „I can stay“, he said. „That is all.“
  if (/[.!?]['"\u2019\u201C\u201D\u00BB]*\s+['"\u2018\u201C\u201E\u00AB]?\p{Lu}/u.test(line)) return false;
  const words = line.split(/\s+/);
  const ending = line.replace(/[\s\p{Pi}\p{Pf}'"\u201E\u00AB\u00BB\u2039\u203A)\]]+$/u, '');
  // (a paragraph that opens with a quoted sentence is no headline: “Where are we going” / “…,” ― Jo Reyes)
  const wholeQuote = /^['"\u2018\u201C\u201E\u00AB]/.test(line) && (/['"\u2019\u201D\u201C\u00BB]$/.test(line) || /[.!?\u2026,]['"\u2019\u201D\u201C\u00BB]/.test(line));
  if (!/[.!?:;,\u2026]$/.test(ending) && words.length >= 2 && !wholeQuote) return true;
  // “Not yet,” said Prime Minister Keir Starmer. — a quoted sentence and its cue, full stop and all, is no headline
  // however many capitals the titled name brings (a headline has no full stop: “Not Yet,” Says Starmer)
  if (/^['"\u2018\u201C\u201E\u00AB][^'"\u2019\u201D\u00BB]*[.!?,\u2026]['"\u2019\u201D\u201C\u00BB]\s+\p{Ll}/u.test(line) && /[.!?]$/.test(ending)) return false;
  const content = words.filter((w) => w.replace(/\W/g, '').length > 3);
  const caps = content.filter((w) => /^['"\u2018\u201C(]*\p{Lu}/u.test(w)).length;
  return content.length >= 4 && caps >= content.length * 0.8;
}
