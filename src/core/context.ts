/**
 * The context stage (`{ context: true }`): for each quotation, the sentence that holds it, for a
 * reader who judges a quotation by its sentence. A quotation over several sentences gets them
 * all: from the start of the sentence its opening mark stands in to the end of the one its
 * closing mark stands in, with the cue when the cue ends the sentence:
 *
 *     The talks ended. “We won. We will win again,” she said. Then she left.
 *                      └─────────────── context ──────────────┘
 *
 * Sentences are read as the blocks are (read/): a block's words, each quotation one token, cut
 * where a full stop ends a sentence. A quotation inside another is read in the text between the
 * outer marks, so its context is the sentence of the speaker's words that holds it:
 *
 *     “As Twain said, ‘the reports are exaggerated,’ and so they are,” Putin said.
 *      └──────── context of the inner quotation ────────┘
 *
 * It reads only when asked, and each stretch once: a block, or the inside of a quotation.
 */
import type { RawQuote } from './find-quotes.js';
import { type Block, blocks, type Inside, isTopLevel, quotationsInside } from './read/blocks.js';
import { splitSentences } from './read/sentences.js';
import { tokenize } from './read/tokens.js';
import type { Doc } from './segment.js';

/** Text that ends in the end of a sentence: a stop, closing marks or brackets, white space. */
const ENDS_SENTENCE = /[.!?\u2026]['"\u2019\u201D\u00BB\u203A)\]]*\s*$/u;

/** A range of code units, half-open. */
type Range = [number, number];

/** A stretch of text read into sentences: each sentence's range, trimmed (first token to last). */
interface Stretch {
  from: number;
  to: number;
  sentences: Range[];
}

/** The contexts of one article's quotations, asked for in order of position. */
export class Contexts {
  private readonly inside: Inside;
  private readonly blocks: Generator<Block>;
  private block: Block | undefined;
  private blockRead: Stretch | undefined;
  /** quotation → the text inside it read, for the quotations of the current block */
  private readonly insideRead = new Map<number, Stretch>();

  constructor(private readonly doc: Doc, private readonly quotes: readonly RawQuote[]) {
    this.inside = quotationsInside(quotes);
    this.blocks = blocks({ doc, quotes });
    this.block = this.blocks.next().value ?? undefined;
  }

  /**
   * The context of quotation `i` as code units: the sentences its marks stand in, and the one
   * right before or after them where its `cue` stands there; never less than the quotation itself.
   */
  of(i: number, cue: Range | null = null): Range {
    const q = this.quotes[i]!;
    const span: Range = [q.open, q.close + q.closeLength];
    const stretch = this.stretchOf(i);
    const { sentences } = stretch;
    let first = sentences.findIndex(([, end]) => end > span[0]);
    if (first === -1 || sentences[first]![0] >= span[1]) return trimmed(this.doc.text, span, span);
    let last = first;
    while (last + 1 < sentences.length && sentences[last + 1]![0] < span[1]) last++;
    // “We won.” Solberg, the mayor, said. — the cue in the sentence right after (or before) the quotation's
    if (cue !== null && cue[0] >= stretch.from && cue[1] <= stretch.to) {
      if (first > 0 && overlaps(sentences[first - 1]!, cue)) first--;
      else if (last + 1 < sentences.length && overlaps(sentences[last + 1]!, cue)) last++;
    }
    let start = Math.min(sentences[first]![0], span[0]);
    // Talks ended. “We will never… — an opening mark never closed is no quotation token, so a
    // sentence ended before it reads on into it: its own sentence starts at the mark
    if (q.unclosed && start < span[0] && ENDS_SENTENCE.test(this.doc.text.slice(start, span[0]))) start = span[0];
    return trimmed(this.doc.text, [start, Math.max(sentences[last]![1], span[1])], span);
  }

  /**
   * The stretch quotation `i` is read in: the inside of the quotation around it, or the block
   * that holds it (an opening mark never closed: always the block, for it runs to its paragraph's end).
   */
  private stretchOf(i: number): Stretch {
    const q = this.quotes[i]!;
    if (!q.unclosed && !isTopLevel(this.quotes, q)) return this.readInside(q.parent!);
    while (this.block !== undefined && this.block.to <= q.open) {
      this.block = this.blocks.next().value ?? undefined;
      this.blockRead = undefined;
      this.insideRead.clear();
    }
    if (this.block !== undefined && this.block.from <= q.open) {
      this.blockRead ??= read(this.doc.text, this.block.from, this.block.to, this.quotes, this.block.top);
      return this.blockRead;
    }
    // past the last block (which holds the last quotation read with the text): an opening mark
    // never closed, alone in its paragraph's text
    const paragraph = this.doc.paragraphs[q.paragraph]!;
    return read(this.doc.text, paragraph.start, paragraph.end, this.quotes, []);
  }

  /** The text inside quotation `outer`, the closed quotations right inside it each one token. */
  private readInside(outer: number): Stretch {
    let stretch = this.insideRead.get(outer);
    if (stretch === undefined) {
      const q = this.quotes[outer]!;
      const inner = (this.inside.get(outer) ?? []).filter((k) => !this.quotes[k]!.unclosed);
      stretch = read(this.doc.text, q.open + q.openLength, q.close, this.quotes, inner);
      this.insideRead.set(outer, stretch);
    }
    return stretch;
  }
}

/** `text[from, to)` as sentences, the quotations `top` each one token. */
function read(text: string, from: number, to: number, quotes: readonly RawQuote[], top: readonly number[]): Stretch {
  const tokens = tokenize(text, from, to, quotes, top);
  const sentences = splitSentences(tokens).map((s): Range => [tokens[s.start]!.start, tokens[s.end - 1]!.end]);
  return { from, to, sentences };
}

function overlaps([start, end]: Range, [from, to]: Range): boolean {
  return start < to && from < end;
}

/** `range` without white space at either end, but never cut into `keep`. */
function trimmed(text: string, range: Range, keep: Range): Range {
  let [start, end] = range;
  while (start < keep[0] && /\s/.test(text[start]!)) start++;
  while (end > keep[1] && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}
