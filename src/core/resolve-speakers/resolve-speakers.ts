/**
 * The resolve-speakers stage: who each cue of a block names, read against the discourse (the
 * people named so far, and who spoke last), or whom a quotation with no cue continues.
 *
 *     “…,” Lavrov said.                          → Sergey Lavrov, named in full before
 *     “…,” he said.                              → the last man mentioned
 *     “…”                                        → the speaker before (floating.ts)
 *     “My father told me ‘…’,” she said.         → My father, via her
 *
 * The block's names are noted first (mentions.ts), then its cues are resolved in the order they
 * were read. Titles, scare quotes and headline fragments are nobody's speech: their speaker is
 * cleared (after the phrase was read, which counts as a mention).
 */
import type { BlockCues, QuoteCue } from '../attribute/cue.js';
import { confidenceOf, RESOLVED } from '../attribute/confidence.js';
import { isFirstPerson } from '../grammar/phrases.js';
import type { Article, Block } from '../read/blocks.js';
import type { Discourse } from './discourse.js';
import { evidenceOf } from './evidence.js';
import { unattributed, type Finding } from './finding.js';
import { noteReportedSpeech, noteSpeaker } from './floating.js';
import { carriedCandidate, choose, cueCandidate, lengthOf } from './candidates.js';
import { noteNames } from './mentions.js';
import { resolvePhrase } from './resolve.js';

export interface ResolveOptions {
  article: Article;
  discourse: Discourse;
  block: Block;
}

/** The findings of the quotations that open in the block, in order. */
export function resolveSpeakers(input: BlockCues, options: ResolveOptions): Finding[] {
  const { article, discourse: d, block } = options;
  noteNames(d, input.read.reader, block.index);
  const [first, end] = block.opening;
  const found: Array<Finding | undefined> = [];
  let previous: Finding | null = null;
  for (const c of input.cues) {
    if (c.type === 'reported') {
      noteReportedSpeech(d, c, block.index);
    } else if (c.inside === null) {
      const paragraph = !!previous && article.quotes[previous.quote]!.paragraph === article.quotes[c.quote]!.paragraph;
      const f = speakerOf(c, previous, paragraph, d, block.index, article);
      found[c.quote - first] = f;
      noteSpeaker(d, f, block.index);
      previous = f;
    } else {
      // (a quotation inside an unclosed mark inside another is read with its block, then again inside: the second reading adds to the first)
      const outer = found[c.inside - first] ?? unattributed(c.inside);
      found[c.quote - first] = relayed(c, found[c.quote - first] ?? unattributed(c.quote), outer, d, block.index, article);
    }
  }
  const out: Finding[] = [];
  for (let i = first; i < end; i++) out.push(found[i - first] ?? unattributed(i));
  return out;
}

/**
 * A quotation read with its block: the speaker its cue names, or the one it continues. Titles,
 * scare quotes and headline fragments are nobody's speech; a quotation with no speaker has no
 * method.
 */
function speakerOf(c: QuoteCue, previous: Finding | null, paragraph: boolean, d: Discourse, block: number, article: Article): Finding {
  const f = unattributed(c.quote);
  f.kind = c.kind;
  // the carried candidate is read only where there is no cue: with a cue, it is never chosen (candidates.ts)
  const own = cueCandidate(c, d, block, article);
  const chosen = choose([own, own ? null : carriedCandidate(c, previous, paragraph, d, block, article)]);
  if (chosen) {
    Object.assign(f, chosen.fields);
    f.confidence = chosen.p;
  }
  if (f.kind !== 'direct' && f.kind !== 'partial') {
    f.speaker = null;
    f.mention = null;
    f.cue = null;
  }
  if (!f.speaker) {
    f.method = 'none';
    f.confidence = 0;
    f.evidence = null;
  }
  return f;
}

/**
 * A quotation inside another (`outer`), relayed by the outer speaker: said by the one its cue
 * names, or by the outer speaker where the cue is “I” or “we”.
 */
function relayed(c: QuoteCue, before: Finding, outer: Finding, d: Discourse, block: number, article: Article): Finding {
  const f: Finding = { ...before, kind: c.kind };
  if (c.kind !== 'direct') return f;
  f.via = outer.speaker;
  const { cue, reader: r } = c;
  if (!cue) return f;
  const tokens = r.tokens;
  const resolved = isFirstPerson(r, cue.phrase)
    ? { entity: outer.speaker, mentionStart: tokens[cue.phrase.start]!.start, mentionEnd: tokens[cue.phrase.start]!.end, how: RESOLVED.firstPersonInside }
    : resolvePhrase(d, r, cue.phrase, block);
  f.speaker = resolved.entity;
  f.mention = [resolved.mentionStart, resolved.mentionEnd];
  f.cue = [tokens[cue.cueStart]!.start, tokens[cue.cueEnd - 1]!.end];
  f.method = resolved.entity ? 'relay' : 'none';
  f.evidence = resolved.entity
    ? evidenceOf({ rule: cue.rule, how: resolved.how, kind: c.kind, speaker: resolved.entity, phrase: cue.phrase.kind, gap: c.gap, at: resolved.mentionStart, length: lengthOf(c, article), rival: resolved.rival, inverted: cue.inverted, between: c.between, nested: true, via: !!f.via && f.via !== resolved.entity, roleGiven: !!cue.phrase.role }, d)
    : null;
  f.confidence = f.evidence ? confidenceOf(f.evidence) : 0;
  if (f.speaker === f.via) f.via = null;
  return f;
}
