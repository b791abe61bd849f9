/**
 * The pipeline, top to bottom:
 *
 *     records(attribute(classify(findQuotes(segment(text)))))
 *
 * segment      lines and paragraphs (wrapped lines joined)
 * findQuotes   quotation marks paired into quotations, nested ones linked to their parent
 * indexNames   the full names the article gives ("Sergey Lavrov"), for "Lavrov said"
 * readBlocks   paragraph by paragraph: tokens, sentences, cues (attribute), speakers (resolve-speakers), kinds (classify)
 * records      code point offsets, lines and columns, and the records in order
 */
import type { Cue } from './attribute/cue.js';
import { findCue } from './attribute/rules.js';
import { clauseAttribution } from './attribute/sentence.js';
import { transcriptTurn } from './attribute/transcript.js';
import { CUE, FLOATING, RESOLVED } from './attribute/confidence.js';
import { classify, innerKind } from './classify.js';
import { findQuotes, type RawQuote } from './find-quotes.js';
import { isSpeechVerb } from './grammar/speech-verb.js';
import { indexNames, type NameIndex } from './name-index.js';
import { positions } from './offsets.js';
import { Discourse, type Resolved } from './resolve-speakers/discourse.js';
import type { Entity } from './resolve-speakers/entities.js';
import { noteNames } from './resolve-speakers/mentions.js';
import { interviewee, resolvePhrase } from './resolve-speakers/resolve.js';
import { segment, type Doc } from './segment.js';
import type { Reader } from './read/reader.js';
import { splitSentences, type Sentence } from './read/sentences.js';
import { tokenize } from './read/tokens.js';
import type { AttributionMethod, ExtractOptions, Quote, QuoteKind } from './types.js';

/** What the pipeline knows of one quotation before it becomes a record. */
interface Finding {
  raw: RawQuote;
  kind: QuoteKind;
  speaker: Entity | null;
  mention: [number, number] | null;
  cue: [number, number] | null;
  via: Entity | null;
  method: AttributionMethod;
  confidence: number;
}

/**
 * Finds the quotations in one article and names who said each.
 *
 * `text` is the decoded article. Records come in order of position; only direct and partial
 * quotations are listed unless `options.all` is set.
 */
export function extractQuotes(text: string, options: ExtractOptions = {}): Quote[] {
  const doc = segment(text);
  const raw = findQuotes(doc, options);
  // no quotation marks that pair or open: nothing to attribute (a sixth of a news archive's text)
  if (raw.length === 0) return [];
  const index = indexNames(text);
  const findings = readBlocks(doc, raw, index);
  return records(doc, findings, options);
}

/**
 * A quotation read with the text around it: not inside another one, or only inside an opening
 * mark never closed (“…, he said. “We won,” she said. — the second is read as if the first were not there).
 */
function isTopLevel(raw: RawQuote[], q: RawQuote): boolean {
  return !q.unclosed && (q.parent === null || raw[q.parent]!.unclosed);
}

/** Paragraphs joined where a quotation runs across them, as paragraph index ranges. */
function blocks(doc: Doc, raw: RawQuote[]): Array<[number, number]> {
  const reach = new Map<number, number>();
  for (const q of raw) if (isTopLevel(raw, q)) reach.set(q.paragraph, Math.max(reach.get(q.paragraph) ?? q.paragraph, q.lastParagraph));
  const out: Array<[number, number]> = [];
  for (let p = 0; p < doc.paragraphs.length; ) {
    let last = p;
    for (let k = p; k <= last; k++) last = Math.max(last, reach.get(k) ?? k);
    out.push([p, last]);
    p = last + 1;
  }
  return out;
}

function readBlocks(doc: Doc, raw: RawQuote[], index: NameIndex): Finding[] {
  const { text } = doc;
  const findings: Finding[] = raw.map((q) => ({
    raw: q, kind: 'direct', speaker: null, mention: null, cue: null, via: null, method: 'none', confidence: 0,
  }));
  const discourse = new Discourse(index);
  const top = raw.map((q, i) => (isTopLevel(raw, q) ? i : -1)).filter((i) => i >= 0);
  const children = new Map<number, number[]>();
  raw.forEach((q, i) => {
    if (q.parent === null) return;
    const list = children.get(q.parent);
    if (list) list.push(i);
    else children.set(q.parent, [i]);
  });
  let nextTop = 0;

  blocks(doc, raw).forEach(([first, last], block) => {
    // past the last quotation, the text can attribute nothing more
    if (nextTop === top.length) return;
    const from = doc.paragraphs[first]!.start;
    const to = doc.paragraphs[last]!.end;
    const here: number[] = [];
    while (nextTop < top.length && raw[top[nextTop]!]!.open < to) {
      if (raw[top[nextTop]!]!.open >= from) here.push(top[nextTop]!);
      nextTop++;
    }
    const tokens = tokenize(text, from, to, raw, here);
    const sentences = splitSentences(tokens);
    const starts = new Set(sentences.map((s) => s.start));
    const reader: Reader = { tokens, index, sentenceStart: (i) => starts.has(i) || tokens[i - 1]?.type === 'quote' || tokens[i - 1]?.text === ':' };
    noteNames(discourse, reader, block);
    const turn = transcriptTurn(reader);

    let previous: Finding | null = null;
    let previousAt = -1;
    for (const s of sentences) {
      let floor = s.start;
      let quoted = false;
      let before: Cue | null = null;
      for (let q = s.start; q < s.end; q++) {
        if (tokens[q]!.type !== 'quote') continue;
        quoted = true;
        const f = findings[tokens[q]!.quote]!;
        // Trump called her “disgusting” and “a con”: quotations in a row share the cue before them
        let local: Cue | null = findCue(reader, q, s, floor) ?? shared(before);
        // in a transcript turn, what the turn's speaker says is theirs unless a cue says otherwise
        // (and “I” in a turn is the turn's speaker: HALVEY: what I call “living within our means”)
        if (turn && (!local || local.method === 'sentence' || local.method === 'possessive' || isFirstPerson(reader, local))) local = turn;
        // “…,” said X, “…”: the second half of a split quotation is as direct as the first
        const continues = previous?.kind === 'direct' && previousAt >= s.start && !!local && local.cueStart > previousAt && local.cueStart < q &&
          tokens.slice(Math.max(local.phrase.end, local.cueEnd), q).every((t) => t.type === 'punct');
        settle(f, local, { reader, discourse, block, previous, doc, sentence: s, continues });
        if (f.speaker && f.method !== 'floating') discourse.last = { resolved: resolvedOf(f), block };
        previous = f;
        previousAt = q;
        before = local && local.cueStart < q ? local : before;
        // a title or a scare quote does not cut the sentence: he told ABC’s “Good Morning America” that “…”
        if (f.kind === 'direct' || f.kind === 'partial') floor = q + 1;
      }
      if (!quoted) noteReportedSpeech(reader, s, discourse, block);
    }
    for (const qi of here) attributeNestedAll(text, raw, findings, children, qi, index, discourse, block);
  });
  for (const f of findings) if (f.raw.unclosed) f.kind = 'unclosed';
  return findings;
}

function resolvedOf(f: Finding): Resolved {
  return { entity: f.speaker, mentionStart: f.mention?.[0] ?? 0, mentionEnd: f.mention?.[1] ?? 0, certainty: f.confidence };
}

/** Where a quotation stands while it is settled. */
interface Place {
  reader: Reader;
  discourse: Discourse;
  block: number;
  /** the quotation before it in the same block, if any */
  previous: Finding | null;
  doc: Doc;
  sentence: Sentence;
  /** it continues the direct quotation before it across the cue between them */
  continues: boolean;
}

/** Fills in a finding from what the tokens around it say, or from the discourse when they say nothing. */
function settle(f: Finding, local: Cue | null, place: Place): void {
  const { reader: r, discourse, block, previous, doc, sentence: s } = place;
  const { text } = doc;
  const tokens = r.tokens;
  const paragraph = doc.paragraphs[f.raw.paragraph]!;
  const inner = innerText(text, f.raw);
  if (local) {
    const resolved = local.interviewee
      ? interviewee(discourse, tokens[local.phrase.start]!.start, tokens[local.phrase.end - 1]!.end)
      : resolvePhrase(discourse, r, local.phrase, block);
    f.speaker = resolved.entity;
    f.mention = [resolved.mentionStart, resolved.mentionEnd];
    f.cue = [tokens[local.cueStart]!.start, tokens[local.cueEnd - 1]!.end];
    f.method = local.method;
    f.confidence = resolved.entity ? local.confidence * resolved.certainty : 0;
    if (local.via) f.via = resolvePhrase(discourse, r, local.via, block).entity;
  } else {
    const context = previous?.speaker && previous.raw.paragraph === f.raw.paragraph ? { resolved: resolvedOf(previous), block } : discourse.last;
    if (context && context.resolved.entity && block - context.block <= 2) {
      f.speaker = context.resolved.entity;
      f.mention = [context.resolved.mentionStart, context.resolved.mentionEnd];
      f.method = 'floating';
      f.confidence = block === context.block ? FLOATING.sameBlock : FLOATING.earlier;
    }
  }
  const adjacent = !!local && local.method !== 'sentence' && local.method !== 'possessive';
  // “…,” said X, “…” (the second half) and “‘…’” (words quoted whole) are direct
  f.kind = place.continues || f.raw.merged ? 'direct' : classify({
    text, quote: f.raw, inner, paragraph, attributed: !!local, adjacentCue: adjacent, sentenceStart: tokens[s.start]!.start,
    titleLine: f.raw.paragraph === 0 && doc.paragraphs.length > 1 && doc.paragraphs[1]!.end - doc.paragraphs[1]!.start > paragraph.end - paragraph.start,
  });
  // titles, scare quotes and headline fragments are nobody's speech
  if (f.kind !== 'direct' && f.kind !== 'partial') {
    f.speaker = null;
    f.mention = null;
    f.cue = null;
    f.method = 'none';
    f.confidence = 0;
  }
  if (!f.speaker) {
    f.method = 'none';
    f.confidence = 0;
  }
}

function isFirstPerson(r: Reader, local: Cue): boolean {
  return local.phrase.kind === 'pronoun' && /^(?:i|we)$/.test(r.tokens[local.phrase.start]!.lower);
}

/** A cue shared with the quotation before: it no longer stands right next to this one. */
function shared(before: Cue | null): Cue | null {
  return before && { ...before, method: before.method === 'cue' ? 'sentence' : before.method };
}

/** A sentence with no quotation but a speech verb (Putin said that …) sets who is speaking. */
function noteReportedSpeech(r: Reader, s: Sentence, discourse: Discourse, block: number): void {
  for (let v = s.start; v < s.end; v++) {
    if (!isSpeechVerb(r.tokens, v)) continue;
    const local = clauseAttribution(r, v, s.start, 'sentence', CUE.reportedSpeech);
    if (!local) continue;
    // Millbrook police said …: a nominal speaker is noted for later (“police said”), not followed by floating quotations
    const resolved = resolvePhrase(discourse, r, local.phrase, block);
    if (resolved.entity && local.phrase.kind !== 'nominal') discourse.last = { resolved, block };
    return;
  }
}

/**
 * The quotations inside quotation `top`, level by level, outer ones first (a loop, not recursion:
 * quotations can nest thousands deep in a broken text).
 */
function attributeNestedAll(
  text: string, raw: RawQuote[], findings: Finding[], childrenOf: Map<number, number[]>, top: number, index: NameIndex, discourse: Discourse, block: number,
): void {
  const todo = [top];
  while (todo.length > 0) {
    const qi = todo.pop()!;
    const children = childrenOf.get(qi);
    if (!children) continue;
    attributeNested(text, raw, findings, children, qi, index, discourse, block);
    for (let c = children.length - 1; c >= 0; c--) todo.push(children[c]!);
  }
}

/**
 * A quotation inside a quotation: its cue, if any, stands inside the outer one; it is relayed
 * by the outer speaker. “My father told me ‘never give up’,” she said.
 */
function attributeNested(
  text: string, raw: RawQuote[], findings: Finding[], children: number[], qi: number, index: NameIndex, discourse: Discourse, block: number,
): void {
  const outer = raw[qi]!;
  const from = outer.open + outer.openLength;
  const tokens = tokenize(text, from, outer.close, raw, children);
  const sentences = splitSentences(tokens);
  const starts = new Set(sentences.map((s) => s.start));
  const reader: Reader = { tokens, index, sentenceStart: (i) => starts.has(i) };
  const parent = findings[qi]!;
  for (const s of sentences) {
    // as at the top level, a cue before a quotation is not read again for the next one
    let floor = s.start;
    for (let q = s.start; q < s.end; q++) {
      if (tokens[q]!.type !== 'quote') continue;
      const f = findings[tokens[q]!.quote]!;
      const local = findCue(reader, q, s, floor);
      f.kind = innerKind(text, f.raw, innerText(text, f.raw));
      if (f.kind !== 'direct') continue;
      floor = q + 1;
      f.via = parent.speaker;
      if (local) {
        const pronoun = local.phrase.kind === 'pronoun' ? tokens[local.phrase.start]!.lower : '';
        const resolved = /^(?:i|we)$/.test(pronoun)
          ? { entity: parent.speaker, mentionStart: tokens[local.phrase.start]!.start, mentionEnd: tokens[local.phrase.start]!.end, certainty: RESOLVED.firstPersonInside }
          : resolvePhrase(discourse, reader, local.phrase, block);
        f.speaker = resolved.entity;
        f.mention = [resolved.mentionStart, resolved.mentionEnd];
        f.cue = [tokens[local.cueStart]!.start, tokens[local.cueEnd - 1]!.end];
        f.method = resolved.entity ? 'relay' : 'none';
        f.confidence = resolved.entity ? local.confidence * resolved.certainty : 0;
        if (f.speaker === f.via) f.via = null;
      }
    }
  }
}

/** The text between a quotation's outer marks, with paragraph re-opening marks taken out. */
function innerText(text: string, q: RawQuote): string {
  let out = '';
  let at = q.open + q.openLength;
  for (const r of q.reopens) {
    out += text.slice(at, r.at);
    at = r.at + r.length;
  }
  return out + text.slice(at, q.close);
}

function records(doc: Doc, findings: Finding[], options: ExtractOptions): Quote[] {
  const pos = positions(doc.text, doc.lineStarts);
  const shown = findings.map((f) => options.all || f.kind === 'direct' || f.kind === 'partial');
  const recordIndex = new Map<number, number>();
  findings.forEach((_, i) => {
    if (shown[i]) recordIndex.set(i, recordIndex.size);
  });
  const cpSpan = (range: [number, number] | null) =>
    range ? { text: doc.text.slice(range[0], range[1]), start: pos.codePoint(range[0]), end: pos.codePoint(range[1]) } : null;
  // the nearest listed quotation around each one (a parent opens before its child, so it is known first)
  const listedAround: Array<number | null> = [];
  findings.forEach((f, i) => {
    const parent = f.raw.parent;
    listedAround[i] = parent === null ? null : shown[parent] ? parent : listedAround[parent]!;
  });
  const out: Quote[] = [];
  findings.forEach((f, i) => {
    if (!shown[i]) return;
    const { line, column } = pos.lineColumn(f.raw.open);
    const parent = listedAround[i]!;
    out.push({
      index: recordIndex.get(i)!,
      text: innerText(doc.text, f.raw),
      start: pos.codePoint(f.raw.open),
      end: pos.codePoint(f.raw.close + f.raw.closeLength),
      line,
      column,
      kind: f.kind,
      speaker: f.speaker?.name ?? null,
      role: f.speaker?.role ?? null,
      mention: cpSpan(f.mention),
      cue: cpSpan(f.cue),
      via: f.via && f.via !== f.speaker ? f.via.name : null,
      parent: parent === null ? null : recordIndex.get(parent) ?? null,
      confidence: Math.round(f.confidence * 100) / 100,
      method: f.method,
    });
  });
  return out;
}
