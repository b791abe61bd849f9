/**
 * The records of speech without quotation marks (with `indirect`), among the quotations' in order
 * of position: each block's records merged by `start`, and all numbered again (`index`, and the
 * `parent` of a quotation inside another).
 *
 *     Marquez said that the bridge …       index 0, indirect
 *     “Would they be doing this …”         index 1, direct (its index 0 without `indirect`)
 */
import { positions, type Positions } from '../offsets.js';
import { speakerGender, speakerType } from '../resolve-speakers/speaker-type.js';
import type { Doc } from '../segment.js';
import type { Quote } from '../types.js';
import type { Unquoted } from './reported.js';

/** Numbers an article's records, quotations and the rest, block by block. */
export class MergedRecords {
  private readonly pos: Positions;
  /** a quotation's index as the records stage gave it → its index among all records */
  private readonly renumbered = new Map<number, number>();
  private next = 0;

  /** `context`: each record with its sentence (`{ context: true }`) */
  constructor(private readonly doc: Doc, private readonly context = false) {
    this.pos = positions(doc.text, doc.lineStarts);
  }

  /** A block's quotation records and its statements without marks, as one list in order of position. */
  merge(quotes: readonly Quote[], unquoted: readonly Unquoted[]): Quote[] {
    const out: Quote[] = [];
    const others = unquoted.map((u) => this.record(u));
    let k = 0;
    for (const q of quotes) {
      while (k < others.length && others[k]!.start < q.start) out.push(this.numbered(others[k++]!));
      const index = this.next++;
      this.renumbered.set(q.index, index);
      out.push({ ...q, index, parent: q.parent === null ? null : this.renumbered.get(q.parent) ?? null });
    }
    while (k < others.length) out.push(this.numbered(others[k++]!));
    return out;
  }

  private numbered(q: Quote): Quote {
    q.index = this.next++;
    return q;
  }

  private record(u: Unquoted): Quote {
    const { doc, pos } = this;
    const span = (range: [number, number] | null) =>
      range ? { text: doc.text.slice(range[0], range[1]), start: pos.codePoint(range[0]), end: pos.codePoint(range[1]) } : null;
    const { line, column } = pos.lineColumn(u.content[0]);
    return {
      index: -1,
      text: doc.text.slice(u.content[0], u.content[1]),
      start: pos.codePoint(u.content[0]),
      end: pos.codePoint(u.content[1]),
      line,
      column,
      kind: u.kind,
      speaker: u.speaker?.name ?? null,
      role: u.speaker?.role ?? null,
      mention: span(u.mention),
      cue: span(u.cue),
      via: null,
      parent: null,
      confidence: Math.round(u.confidence * 100) / 100,
      method: u.method,
      speakerType: u.speaker ? speakerType(u.speaker) : null,
      gender: u.speaker ? speakerGender(u.speaker) : null,
      ...(this.context && { context: span(u.context)! }),
    };
  }
}
