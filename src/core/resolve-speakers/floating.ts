/**
 * Floating quotations: a quotation with no cue of its own continues the speaker of the context
 * before it — the quotation before it in its paragraph, or the last speaker, one or two blocks
 * back at most.
 *
 *     “We will not close the harbour,” said Ines Kollberg. “Not while I am here.”   → Kollberg's
 *     Marit Solberg said the vote would go ahead.⏎ “The council owes us an answer.” → Solberg's
 *
 * The last speaker is noted after each quotation with a cue of its own, and after a sentence
 * of reported speech that names someone (not a noun phrase: “police said …” is not followed).
 */
import type { ReportedCue } from '../attribute/cue.js';
import { FLOATING, type FloatingName } from '../attribute/confidence.js';
import type { Discourse, Resolved } from './discourse.js';
import { resolvePhrase } from './resolve.js';
import type { Finding } from './finding.js';

/** How many blocks back the last speaker may have spoken. */
const REACH = 2;

/**
 * The speaker a quotation with no cue continues, as its finding's fields, or null. `previous`
 * is the quotation before it in its block, `paragraph` whether that one stands in the same
 * paragraph.
 */
export function floatingSpeaker(previous: Finding | null, paragraph: boolean, d: Discourse, block: number): (Pick<Finding, 'speaker' | 'mention' | 'method'> & { context: FloatingName; paragraph: boolean }) | null {
  const inParagraph = !!previous?.speaker && paragraph;
  const context = inParagraph ? { resolved: resolvedOf(previous!), block } : d.last;
  if (!context || !context.resolved.entity || block - context.block > REACH) return null;
  return {
    speaker: context.resolved.entity,
    mention: [context.resolved.mentionStart, context.resolved.mentionEnd],
    method: 'floating',
    context: block === context.block ? FLOATING.sameBlock : FLOATING.earlier,
    paragraph: inParagraph,
  };
}

/** After a quotation of block `block`: its speaker, if it had a cue of its own, is the last speaker. */
export function noteSpeaker(d: Discourse, f: Finding, block: number): void {
  if (f.speaker && f.method !== 'floating') d.last = { resolved: resolvedOf(f), block };
}

/** A sentence of reported speech (Putin said that …): who it names is the last speaker. */
export function noteReportedSpeech(d: Discourse, reported: ReportedCue, block: number): void {
  const resolved = resolvePhrase(d, reported.reader, reported.cue.phrase, block);
  // Millbrook police said …: a nominal speaker is noted for later (“police said”), not followed by floating quotations
  if (resolved.entity && reported.cue.phrase.kind !== 'nominal') d.last = { resolved, block };
}

function resolvedOf(f: Finding): Resolved {
  return { entity: f.speaker, mentionStart: f.mention?.[0] ?? 0, mentionEnd: f.mention?.[1] ?? 0, how: null };
}
