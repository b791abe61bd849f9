/**
 * Sentences of a run of tokens. A full stop, question or exclamation mark ends a sentence when
 * a capital or a quotation follows; a quotation that ends in one does too:
 *
 *     “We won.” The crowd cheered.      → two sentences
 *     “We won,” she said. “Again.”      → two sentences
 *     Sen. Cruz said U.S. troops …      → one (abbreviations keep their stops)
 */
import { PLAINEST_SAYING } from '../../lexicon/speech-verbs.js';
import { isSpeechVerb } from '../grammar/speech-verb.js';
import type { Token } from './tokens.js';

export interface Sentence {
  /** token indices, half-open */
  start: number;
  end: number;
  /** where its speech verbs stand (token indices, in order): found the first time a rule asks */
  verbs?: number[];
}

const TERMINAL = /^[.!?\u2026]$/;
const QUOTE_ENDS_SENTENCE = /[.!?\u2026]['"\u2019\u201D\u00BB\u203A\s]*$/u;

export function splitSentences(tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const opensNext = !next || next.type === 'quote' || (next.cap && next.type === 'word');
    const ends = (t.type === 'punct' && TERMINAL.test(t.text) && opensNext) ||
      (t.type === 'quote' && QUOTE_ENDS_SENTENCE.test(t.text) && next !== undefined && next.type !== 'punct' && opensNext && !next.cap === false && !cueFollows(tokens, i + 1));
    if (ends || !next) {
      sentences.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  return sentences;
}

/** “We won.” Smith said. — a name and a speech verb that end the sentence still belong to the quotation. */
function cueFollows(tokens: readonly Token[], i: number): boolean {
  // (“The ferry is saved.” The crowd cheered. — a noun phrase and any verb is a sentence of its own)
  if (/^(?:the|a|an)$/.test(tokens[i]?.lower ?? '')) return false;
  for (let k = i; k < tokens.length && k < i + 7; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word') return false;
    if (!t.cap && isSpeechVerb(tokens, k)) return PLAINEST_SAYING.has(t.lemma ?? '') &&
      /^[.,;!?]$/.test(tokens[k + 1]?.text ?? '.');
  }
  return false;
}
