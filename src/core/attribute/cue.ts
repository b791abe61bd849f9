/**
 * A cue: the words around a quotation that name its speaker ("Lavrov", "he", "a spokesman"),
 * and the cue that ties them to it ("said", "according to", ":"). Who those words stand for is
 * resolve-speakers' work.
 */
import type { Phrase } from '../grammar/phrases.js';
import type { Reader } from '../read/reader.js';
import type { Sentence } from '../read/sentences.js';
import type { AttributionMethod } from '../types.js';

/** What the tokens around one quotation say about its speaker: the words that name them, and the cue that ties them to it. */
export interface Cue {
  method: AttributionMethod;
  phrase: Phrase;
  /** token range of the cue: the speech verb, "according to", ":" or "—" */
  cueStart: number;
  cueEnd: number;
  /** how sure the rule that matched is, before resolving the phrase */
  confidence: number;
  /** X quoted Y, saying “…”: the phrase for X (the relay), where `phrase` is Y */
  via?: Phrase;
  /** an interview answer (A: …): the speaker is the person the interview is with */
  interviewee?: boolean;
}

/**
 * A cue rule: the cue of the quotation at token `q` of sentence `s`, or null. `floor` is where
 * the quotation's own context starts (after an earlier quotation's cue).
 */
export type CueRule = (r: Reader, q: number, s: Sentence, floor: number) => Cue | null;

export function cue(method: AttributionMethod, phrase: Phrase, cueStart: number, cueEnd: number, confidence: number): Cue {
  return { method, phrase, cueStart, cueEnd, confidence };
}
