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
import type { CueRuleName } from './confidence.js';

/** What the tokens around one quotation say about its speaker: the words that name them, and the cue that ties them to it. */
export interface Cue {
  method: AttributionMethod;
  phrase: Phrase;
  /** token range of the cue: the speech verb, "according to", ":" or "—" */
  cueStart: number;
  cueEnd: number;
  /** the cue rule that matched (attribute/confidence.ts) */
  rule: CueRuleName;
  /** Said Putin: “…” — the subject stands after a verb that opens its clause */
  inverted?: boolean;
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

/** A cue of `method`, the speaker phrase `phrase`, the cue tokens [cueStart, cueEnd), found by the rule `rule`. */
export function cue(method: AttributionMethod, phrase: Phrase, cueStart: number, cueEnd: number, rule: CueRuleName): Cue {
  return { method, phrase, cueStart, cueEnd, rule };
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
  /** tokens between the quotation and the nearer of its cue and speaker phrase (0 when they touch) */
  gap: number;
  /** the cue is the one before an earlier quotation of the sentence (“disgusting” and “a con”) */
  shared: boolean;
  /** the cue is a transcript turn's speaker */
  turn: boolean;
  /** words between the cue and the quotation that could name another speaker (evidence against it) */
  between: Between;
}

/**
 * What stands between a cue before its quotation and the quotation: a pronoun or relative word
 * that opens another clause, or a capitalised word (another name).
 *
 *     Lavrov said he would call it “a farce”          → pronoun
 *     Lavrov said Kerry had called it “a farce”       → name
 */
export interface Between {
  pronoun: boolean;
  name: boolean;
}

/** (one object for every quotation with no cue before it) */
const NOTHING_BETWEEN: Between = Object.freeze({ pronoun: false, name: false });

const OTHER_SUBJECTS = new Set(['he', 'she', 'they', 'who', 'which', 'we', 'it']);

/** What stands between `cue` and the quotation at token `q`, looking back at most 60 tokens. */
export function betweenOf(r: Reader, cue: Cue | null, q: number): Between {
  if (!cue || cue.cueStart > q) return NOTHING_BETWEEN;
  const out = { pronoun: false, name: false };
  const from = Math.max(cue.cueEnd, cue.phrase.end, q - 60);
  for (let k = from; k < q; k++) {
    const t = r.tokens[k]!;
    if (t.type !== 'word') continue;
    if (OTHER_SUBJECTS.has(t.lower)) out.pronoun = true;
    else if (t.cap) out.name = true;
  }
  return out;
}

/** Tokens between the quotation at token `q` and the nearer end of `cue` (its verb or its phrase). */
export function gapOf(cue: Cue | null, q: number): number {
  if (!cue) return 0;
  const start = Math.min(cue.cueStart, cue.phrase.start);
  const end = Math.max(cue.cueEnd, cue.phrase.end);
  return start > q ? start - q - 1 : Math.max(0, q - end);
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
