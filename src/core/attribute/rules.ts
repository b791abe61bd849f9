/**
 * The cue rules, in the order they are tried: the first that finds a cue wins. Each is a
 * function of its own, in the file of its family: after the quotation (after.ts), before it
 * (before.ts), elsewhere in its sentence (sentence.ts); transcript turns, relays and quotations
 * inside quotations are read apart (transcript.ts, relay.ts, nested.ts).
 */
import type { Reader } from '../read/reader.js';
import type { Sentence } from '../read/sentences.js';
import { cueAfter } from './after.js';
import { clauseColon, colonBefore, cueBefore, possessiveBefore } from './before.js';
import type { Cue, CueRule } from './cue.js';
import { characterization, speechInSentence } from './sentence.js';

/** The cue rules in the order they are tried. */
export const CUE_RULES: readonly CueRule[] = [
  cueAfter, cueBefore, colonBefore, speechInSentence, characterization, possessiveBefore, clauseColon,
];

/**
 * Finds the speaker phrase and cue of the quotation at token `q`, within its sentence `s`:
 * the first rule's that finds one. `floor` is where the quotation's own context starts (after
 * an earlier quotation's cue).
 */
export function findCue(r: Reader, q: number, s: Sentence, floor: number): Cue | null {
  for (const rule of CUE_RULES) {
    const found = rule(r, q, s, floor);
    if (found) return found;
  }
  return null;
}
