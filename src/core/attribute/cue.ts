/**
 * A cue: the words around a quotation that name its speaker ("Lavrov", "he", "a spokesman"),
 * and the cue that ties them to it ("said", "according to", ":"); and what the attribute stage
 * gives the next one: each quotation's cue and kind, and the sentences of reported speech. Who
 * the words stand for is resolve-speakers' work.
 */
import type { Phrase } from '../grammar/phrases.js';
import type { ReadBlock } from '../read/blocks.js';
import type { Reader } from '../read/reader.js';
import type { Sentence } from '../read/sentences.js';
import type { AttributionMethod, QuoteKind } from '../types.js';

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

/** A cue of `method`, the speaker phrase `phrase`, the cue tokens [cueStart, cueEnd), at the rule's `confidence`. */
export function cue(method: AttributionMethod, phrase: Phrase, cueStart: number, cueEnd: number, confidence: number): Cue {
  return { method, phrase, cueStart, cueEnd, confidence };
}

/** What the text says of one quotation: its cue, if any, and its kind. */
export interface QuoteCue {
  type: 'quote';
  /** index into `Article.quotes` */
  quote: number;
  /** the tokens the cue's offsets are read in */
  reader: Reader;
  cue: Cue | null;
  kind: QuoteKind;
  /** the quotation it stands inside (read inside it, nested.ts), or null when read with the block */
  inside: number | null;
}

/** A sentence of reported speech: who is said to speak (Putin said that …). */
export interface ReportedCue {
  type: 'reported';
  reader: Reader;
  cue: Cue;
}

/**
 * The block's cues, in the order they are read: its sentences, then the quotations inside its
 * quotations. Read as they are asked for, so that a block of a hundred thousand quotations is
 * never held in memory as tokens all at once.
 */
export interface BlockCues {
  read: ReadBlock;
  cues: Iterable<QuoteCue | ReportedCue>;
}
