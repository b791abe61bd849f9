/**
 * The candidate speakers of a quotation read with its block, each with its evidence, and the
 * choice among them:
 *
 *     “…,” said Ines Kollberg.            the cue's speaker: Ines Kollberg (rule:cueAfterVerb …)
 *     “…”  (no cue)                       the speaker carried from before (rule:sameBlock, rule:earlier)
 *     “…”  (no cue, nobody before)        none
 *
 * Every candidate is weighed by the same model as the record's confidence (confidenceOf). The
 * choice is by evidence measured on the train split: where a quotation has a cue of its own, the
 * speaker the cue names is right far more often than the one carried from before, whatever their
 * weights (docs/accuracy.md, "Candidates"), so the cue's candidate is taken, even when its words
 * name nobody (“…,” Sunday said — no speaker beats a guess); else the carried one; else none.
 */
import { confidenceOf } from '../attribute/confidence.js';
import type { QuoteCue } from '../attribute/cue.js';
import type { Article } from '../read/blocks.js';
import type { Discourse } from './discourse.js';
import { evidenceOf } from './evidence.js';
import type { Finding } from './finding.js';
import { floatingSpeaker } from './floating.js';
import { interviewee, resolvePhrase } from './resolve.js';

/** One candidate speaker of a quotation: the finding's fields it would give, and how sure it is. */
export interface Candidate {
  /** where the candidate comes from */
  source: 'cue' | 'carried';
  fields: Pick<Finding, 'speaker' | 'mention' | 'cue' | 'via' | 'method' | 'evidence'>;
  /** the probability that it is right (0 when it names nobody) */
  p: number;
}

/** The speaker the quotation's own cue names (its words are read, which counts as a mention). */
export function cueCandidate(c: QuoteCue, d: Discourse, block: number, article: Article): Candidate | null {
  const { cue, reader: r } = c;
  if (!cue) return null;
  const tokens = r.tokens;
  const resolved = cue.interviewee
    ? interviewee(d, tokens[cue.phrase.start]!.start, tokens[cue.phrase.end - 1]!.end)
    : resolvePhrase(d, r, cue.phrase, block);
  const via = cue.via ? resolvePhrase(d, r, cue.via, block).entity : null;
  const evidence = resolved.entity
    ? evidenceOf({
      rule: cue.rule, how: resolved.how, kind: c.kind, speaker: resolved.entity, phrase: cue.phrase.kind, gap: c.gap, at: resolved.mentionStart,
      length: lengthOf(c, article), rival: resolved.rival, inverted: cue.inverted, between: c.between, shared: c.shared, turn: c.turn,
      via: !!via, roleGiven: !!cue.phrase.role,
    }, d)
    : null;
  return {
    source: 'cue',
    fields: {
      speaker: resolved.entity, mention: [resolved.mentionStart, resolved.mentionEnd],
      cue: [tokens[cue.cueStart]!.start, tokens[cue.cueEnd - 1]!.end], via, method: cue.method, evidence,
    },
    p: evidence ? confidenceOf(evidence) : 0,
  };
}

/**
 * The speaker carried from the context before: the quotation before it in its paragraph
 * (`previous`, `paragraph`), or the last speaker (floating.ts).
 */
export function carriedCandidate(c: QuoteCue, previous: Finding | null, paragraph: boolean, d: Discourse, block: number, article: Article): Candidate | null {
  const floating = floatingSpeaker(previous, paragraph, d, block);
  if (!floating) return null;
  const { context, paragraph: inParagraph, speaker, mention, method } = floating;
  const evidence = evidenceOf({ rule: context, how: null, kind: c.kind, speaker: speaker!, at: mention![0], length: lengthOf(c, article), floatingParagraph: inParagraph }, d);
  return { source: 'carried', fields: { speaker, mention, cue: null, via: null, method, evidence }, p: confidenceOf(evidence) };
}

/** The candidate taken: the cue's where there is one, else the carried one, else none (null). */
export function choose(candidates: ReadonlyArray<Candidate | null>): Candidate | null {
  return candidates.find((k) => k?.source === 'cue') ?? candidates.find((k) => k?.source === 'carried') ?? null;
}

/** A quotation's length in code units, marks included. */
export function lengthOf(c: QuoteCue, article: Article): number {
  const q = article.quotes[c.quote]!;
  return q.close + q.closeLength - q.open;
}
