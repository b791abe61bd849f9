import type { Quote } from '../core/types.js';
import { HONORIFICS } from '../lexicon/titles.js';
import { toOneLine } from './wrap.js';

/** What the human views show where a quotation has no speaker. */
export const UNATTRIBUTED = '(unattributed)';

/** Below this confidence a speaker is shown with a question mark: `Elena Marquez?`. */
export const LOW_CONFIDENCE = 0.5;

/**
 * The speaker of a quotation as people read it: the canonical name, `?` after it when the
 * attribution is unsure, `(unattributed)` when there is none; one line, no control characters.
 *
 *     Elena Marquez      confidence 0.95
 *     Elena Marquez?     confidence 0.3
 *     (unattributed)     no speaker
 */
export function speakerName(quote: Pick<Quote, 'speaker' | 'confidence'>): string {
  if (quote.speaker === null) return UNATTRIBUTED;
  return toOneLine(quote.speaker) + (quote.confidence < LOW_CONFIDENCE ? '?' : '');
}

/** The quotations people count as speech: a whole quotation or a fragment of one, not scare quotes or titles. */
export function isSpeech(quote: Pick<Quote, 'kind'>): boolean {
  return quote.kind === 'direct' || quote.kind === 'partial';
}

/** Whether a record is speech without quotation marks (with --indirect): reported speech or a transcript turn. */
export function isUnquoted(quote: Pick<Quote, 'kind'>): boolean {
  return quote.kind === 'indirect' || quote.kind === 'turn';
}

/** `n` and a noun, plural when n is not 1: `1 quote`, `3 quotes`, `2 speakers`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * A name made comparable: case and accents dropped, a possessive `’s` taken off, split into
 * words. `Márquez’s` → `["marquez"]`, `Elena  MARQUEZ` → `["elena", "marquez"]`.
 */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((word) => word !== '');
}

/** Name words without the titles before the name: ["gov", "landry"] → ["landry"] (one word is kept: ["president"]). */
export function withoutTitles(words: readonly string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.has(words[i]!)) i++;
  return words.slice(i);
}
