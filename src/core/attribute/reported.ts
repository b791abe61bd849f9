/**
 * Reported speech: a sentence with no quotation whose speech verb says who is speaking. Not a
 * record of its own here: it tells the quotations after it who the last speaker was (the records
 * of reported speech, with `indirect`, are made apart, in reported/).
 *
 *     Putin said that the operation was going to plan.   → Putin is speaking
 *     “We will not stop.”                                 → floating: Putin's
 */
import { isSpeechVerb } from '../grammar/speech-verb.js';
import type { Reader } from '../read/reader.js';
import type { Sentence } from '../read/sentences.js';
import type { Cue } from './cue.js';
import { clauseAttribution } from './sentence.js';

/** The cue of the first speech verb of sentence `s` that has a subject, or null. */
export function reportedSpeech(r: Reader, s: Sentence): Cue | null {
  for (let v = s.start; v < s.end; v++) {
    if (!isSpeechVerb(r.tokens, v)) continue;
    const found = clauseAttribution(r, v, s.start, 'sentence', 'reportedSpeech');
    if (found) return found;
  }
  return null;
}
