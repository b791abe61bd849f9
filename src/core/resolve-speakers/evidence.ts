/**
 * The evidence for one attribution: the named features (attribute/confidence.ts) its confidence
 * is weighed from.
 *
 *     “Not now,” Ines Kollberg said.    rule:cueAfterName resolved:name phrase:name gap:0 …
 *     “Not now,” she said.              rule:cueAfterPronoun resolved:pronounKnownGender rival? …
 *     (a paragraph on) “Not now.”       rule:floatingEarlier lastSpeaker …
 */
import type { Between } from '../attribute/cue.js';
import type { CueRuleName, FloatingName, ResolvedHow } from '../attribute/confidence.js';
import type { PhraseKind } from '../grammar/phrases.js';
import type { QuoteKind } from '../types.js';
import type { Discourse, Entity } from './discourse.js';

/** What is known of an attribution when its speaker is found. */
export interface EvidenceParts {
  rule: CueRuleName | FloatingName;
  how: ResolvedHow | null;
  kind: QuoteKind;
  speaker: Entity;
  /** the speaker phrase's kind, for a cue of its own */
  phrase?: PhraseKind;
  /** tokens between the quotation and its cue, for a cue of its own */
  gap?: number;
  /** code unit offset of the words that name the speaker here */
  at: number;
  /** the quotation's length in code units */
  length: number;
  rival?: boolean;
  inverted?: boolean;
  shared?: boolean;
  turn?: boolean;
  nested?: boolean;
  via?: boolean;
  roleGiven?: boolean;
  /** words between a cue before the quotation and the quotation (attribute/cue.ts) */
  between?: Between;
  /** a floating quotation continuing the quotation before it in its paragraph */
  floatingParagraph?: boolean;
}

/** The features of an attribution, read before the discourse notes this quotation's speaker. */
export function evidenceOf(p: EvidenceParts, d: Discourse): string[] {
  const out = [`rule:${p.rule}`];
  if (p.how) out.push(`resolved:${p.how}`);
  if (p.kind === 'partial') out.push('kind:partial');
  if (p.phrase) out.push(`phrase:${p.phrase}`);
  if (p.gap !== undefined) out.push(p.gap <= 0 ? 'gap:0' : p.gap <= 3 ? 'gap:1-3' : p.gap <= 10 ? 'gap:4-10' : 'gap:11+');
  if (p.length < 24) out.push('length:short');
  else if (p.length >= 160) out.push('length:long');
  for (const flag of ['rival', 'inverted', 'shared', 'turn', 'nested', 'via', 'roleGiven'] as const) if (p[flag]) out.push(flag);
  if (p.floatingParagraph) out.push('floating:paragraph');
  if (p.between?.pronoun) out.push('between:pronoun');
  if (p.between?.name) out.push('between:name');
  const e = p.speaker;
  if (e.group) out.push('group');
  if (!/\s/.test(e.name)) out.push('oneWord');
  // how often the speaker was named before these words (among the last mentions the discourse keeps)
  let named = 0;
  for (const m of d.mentions.recent) if (m.entity === e && m.start < p.at) named++;
  if (named === 0) out.push('named:once');
  else if (named >= 3) out.push('named:often');
  if (d.last?.resolved.entity === e) out.push('lastSpeaker');
  return out;
}
