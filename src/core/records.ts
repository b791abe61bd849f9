/**
 * The records stage: each finding as a record, with code point offsets, its line and column,
 * its number among the records listed, and the record of the quotation it stands inside.
 * Only direct and partial quotations are listed, unless `options.all` is set.
 */
import { Contexts } from './context.js';
import { innerText, type RawQuote } from './find-quotes.js';
import { positions, type Positions } from './offsets.js';
import type { Finding } from './resolve-speakers/finding.js';
import { speakerGender, speakerType } from './resolve-speakers/speaker-type.js';
import type { Doc } from './segment.js';
import type { ExtractOptions, Quote } from './types.js';

/** The records of one article, made in order of position, a block's findings at a time. */
export class Records {
  private readonly pos: Positions;
  /** quotation → whether it is listed */
  private readonly shown: boolean[] = [];
  /** quotation → its record's index, when listed */
  private readonly recordIndex = new Map<number, number>();
  /** quotation → the nearest listed quotation around it, or null */
  private readonly listedAround: Array<number | null> = [];
  /** the sentences around each quotation, when `options.context` asks for them */
  private readonly contexts: Contexts | undefined;

  /** `withEvidence`: each record also holds the features its confidence was weighed from (for scripts/fit-confidence.mjs) */
  constructor(private readonly doc: Doc, private readonly quotes: readonly RawQuote[], private readonly options: ExtractOptions, private readonly withEvidence = false) {
    this.pos = positions(doc.text, doc.lineStarts);
    if (options.context) this.contexts = new Contexts(doc, quotes);
  }

  /** The records of the next findings, which follow the ones made so far in order of position. */
  add(findings: readonly Finding[]): Quote[] {
    const { doc, pos } = this;
    const cpSpan = (range: [number, number] | null) =>
      range ? { text: doc.text.slice(range[0], range[1]), start: pos.codePoint(range[0]), end: pos.codePoint(range[1]) } : null;
    const out: Quote[] = [];
    for (const f of findings) {
      const i = f.quote;
      const raw = this.quotes[i]!;
      const kind = raw.unclosed ? 'unclosed' : f.kind;
      this.shown[i] = !!this.options.all || kind === 'direct' || kind === 'partial';
      if (this.shown[i]) this.recordIndex.set(i, this.recordIndex.size);
      // the nearest listed quotation around it (a parent opens before its child, so it is known first)
      this.listedAround[i] = raw.parent === null ? null : this.shown[raw.parent] ? raw.parent : this.listedAround[raw.parent]!;
      if (!this.shown[i]) continue;
      const { line, column } = pos.lineColumn(raw.open);
      const parent = this.listedAround[i]!;
      const record: Quote = {
        index: this.recordIndex.get(i)!,
        text: innerText(doc.text, raw),
        start: pos.codePoint(raw.open),
        end: pos.codePoint(raw.close + raw.closeLength),
        line,
        column,
        kind,
        speaker: f.speaker?.name ?? null,
        role: f.speaker?.role ?? null,
        mention: cpSpan(f.mention),
        cue: cpSpan(f.cue),
        // who relays it: the speaker of the record it stands inside, or of a relay cue (Putin quoted Twain, saying “…”),
        // never of a quotation around it that is not listed
        via: f.via && f.via !== f.speaker && (parent !== null || raw.parent === null) ? f.via.name : null,
        parent: parent === null ? null : this.recordIndex.get(parent) ?? null,
        confidence: Math.round(f.confidence * 100) / 100,
        method: f.method,
        speakerType: f.speaker ? speakerType(f.speaker) : null,
        gender: f.speaker ? speakerGender(f.speaker) : null,
        // (a floating quotation's mention is the speaker's last one, elsewhere: only a cue of its own counts)
        ...(this.contexts && { context: cpSpan(this.contexts.of(i, f.method === 'floating' ? null : f.cue))! }),
      };
      out.push(this.withEvidence ? Object.assign(record, { evidence: f.evidence }) : record);
    }
    return out;
  }
}
