/**
 * Transcript turns: a paragraph that opens with its speaker's name in capitals and a colon,
 * whose quotations are the speaker's unless a cue of their own says otherwise.
 */
import { isFirstPerson, type Phrase } from '../grammar/phrases.js';
import type { Reader } from '../read/reader.js';
import { cue, type Cue } from './cue.js';

/**
 * A transcript turn: the paragraph opens with the speaker's name in capitals and a colon, or
 * with A: for an interview's answer (Q:, the question, is nobody's in particular).
 *
 *     PENCE: Well, look, she thinks this is an episode of “Shark Tank.”
 *     A: My predecessor told me “you will say no forty times a day.”
 */
export function transcriptTurn(r: Reader): Cue | null {
  let i = 0;
  while (r.tokens[i]?.type === 'punct' && /^["\u201C\u201D]$/.test(r.tokens[i]!.text)) i++;
  let j = i;
  while (j < r.tokens.length && j - i < 4 && r.tokens[j]!.type === 'word' && r.tokens[j]!.cap) j++;
  if (j === i || r.tokens[j]?.text !== ':') return null;
  const words = r.tokens.slice(i, j);
  const phrase: Phrase = { kind: 'name', start: i, end: j, nameStart: i, nameEnd: j, role: null };
  if (words.length === 1 && words[0]!.text === 'A') return { ...cue('transcript', phrase, j, j + 1, 'interviewAnswer'), interviewee: true };
  const shouting = words.every((t) => t.text === t.text.toUpperCase() && /\p{Lu}{2}/u.test(t.text));
  return shouting ? cue('transcript', phrase, j, j + 1, 'transcriptTurn') : null;
}

/**
 * The cue of a quotation in a transcript turn: what the turn's speaker says is theirs unless a
 * cue beside the quotation says otherwise (and “I” in a turn is the turn's speaker).
 *
 *     HALVEY: what I call “living within our means”       → HALVEY's
 *     SOLBERG: My father told me “never sell the boat.”    → My father's
 */
export function inTurn(turn: Cue, found: Cue | null, r: Reader): Cue {
  return !found || found.method === 'sentence' || found.method === 'possessive' || isFirstPerson(r, found.phrase) ? turn : found;
}
