/**
 * A finding: what the pipeline knows of one quotation when its block is resolved, before it
 * becomes a record (records.ts).
 */
import type { AttributionMethod, QuoteKind } from '../types.js';
import type { Entity } from './discourse.js';

/** What the pipeline knows of one quotation before it becomes a record. */
export interface Finding {
  /** index into `Article.quotes` */
  quote: number;
  kind: QuoteKind;
  speaker: Entity | null;
  /** code unit ranges, half-open, of the words that name the speaker and of the cue */
  mention: [number, number] | null;
  cue: [number, number] | null;
  /** who relays it: the speaker of the quotation it stands inside */
  via: Entity | null;
  method: AttributionMethod;
  confidence: number;
  /** the features its confidence was weighed from (evidence.ts), null with no speaker */
  evidence: string[] | null;
}

/** A quotation no cue was read for: no speaker (and, for an unclosed mark, its kind in the record). */
export function unattributed(quote: number): Finding {
  return { quote, kind: 'direct', speaker: null, mention: null, cue: null, via: null, method: 'none', confidence: 0, evidence: null };
}
