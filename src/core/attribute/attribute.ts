/**
 * The attribute stage: for each quotation of a block, the words that name its speaker and the
 * cue that ties them to it (the first of the cue rules that finds one), and its kind (classify);
 * then the quotations inside them (nested.ts), and the sentences of reported speech between
 * them (reported.ts). Who the words stand for is the next stage's work (resolve-speakers).
 *
 * A quotation's kind is decided as its cue is read: the quotation after it in the sentence
 * reads its cue from what follows a direct or partial quotation, not a title or a scare quote.
 */
import { quoteKind } from '../classify.js';
import { innerText } from '../find-quotes.js';
import type { Article, ReadBlock } from '../read/blocks.js';
import type { Reader } from '../read/reader.js';
import type { Sentence } from '../read/sentences.js';
import type { QuoteKind } from '../types.js';
import { betweenOf, gapOf, type BlockCues, type Cue, type QuoteCue, type ReportedCue } from './cue.js';
import { attributeInside } from './nested.js';
import { reportedSpeech } from './reported.js';
import { findCue } from './rules.js';
import { inTurn, transcriptTurn } from './transcript.js';

/** The cues and kinds of a block's quotations. */
export function attribute(read: ReadBlock, article: Article): BlockCues {
  return { read, cues: cuesOf(read, article) };
}

function* cuesOf(read: ReadBlock, article: Article): Generator<QuoteCue | ReportedCue> {
  const { reader: r, sentences } = read;
  const turn = transcriptTurn(r);
  let previous: { kind: QuoteKind; at: number } | null = null;
  for (const s of sentences) {
    let floor = s.start;
    let quoted = false;
    let before: Cue | null = null;
    for (let q = s.start; q < s.end; q++) {
      if (r.tokens[q]!.type !== 'quote') continue;
      quoted = true;
      const quote = r.tokens[q]!.quote;
      // Trump called her “disgusting” and “a con”: quotations in a row share the cue before them
      const own = findCue(r, q, s, floor);
      let cue: Cue | null = own ?? shared(before);
      if (turn) cue = inTurn(turn, cue, r);
      const kind = kindOf(quote, cue, splitFrom(previous, cue, q, s, r), s, r, article);
      yield { type: 'quote', quote, reader: r, cue, kind, inside: null, gap: gapOf(cue, q), shared: !own && !!cue && cue !== turn, turn: !!turn && cue === turn, between: betweenOf(r, cue, q) };
      previous = { kind, at: q };
      before = cue && cue.cueStart < q ? cue : before;
      // a title or a scare quote does not cut the sentence: he told ABC’s “Good Morning America” that “…”
      if (kind === 'direct' || kind === 'partial') floor = q + 1;
    }
    if (!quoted) {
      const cue = reportedSpeech(r, s);
      if (cue) yield { type: 'reported', reader: r, cue };
    }
  }
  for (const qi of read.block.top) yield* attributeInside(qi, article);
}

/** A cue shared with the quotation before: it no longer stands right next to this one. */
function shared(before: Cue | null): Cue | null {
  return before && { ...before, method: before.method === 'cue' ? 'sentence' : before.method };
}

/**
 * “…,” said X, “…”: the quotation at token `q` is the second half of a split quotation, the
 * cue between the halves and nothing but punctuation after it.
 */
function splitFrom(previous: { kind: QuoteKind; at: number } | null, cue: Cue | null, q: number, s: Sentence, r: Reader): boolean {
  return previous?.kind === 'direct' && previous.at >= s.start && !!cue && cue.cueStart > previous.at && cue.cueStart < q &&
    r.tokens.slice(Math.max(cue.phrase.end, cue.cueEnd), q).every((t) => t.type === 'punct');
}

/** The kind of a quotation read with its block. */
function kindOf(quote: number, cue: Cue | null, split: boolean, s: Sentence, r: Reader, article: Article): QuoteKind {
  const { doc } = article;
  const raw = article.quotes[quote]!;
  // “…,” said X, “…” (the second half) and “‘…’” (words quoted whole) are direct
  if (split || raw.merged) return 'direct';
  const paragraph = doc.paragraphs[raw.paragraph]!;
  return quoteKind({
    text: doc.text, quote: raw, inner: innerText(doc.text, raw), paragraph, attributed: !!cue,
    adjacentCue: !!cue && cue.method !== 'sentence' && cue.method !== 'possessive', sentenceStart: r.tokens[s.start]!.start,
    titleLine: raw.paragraph === 0 && doc.paragraphs.length > 1 && doc.paragraphs[1]!.end - doc.paragraphs[1]!.start > paragraph.end - paragraph.start,
  });
}
