/**
 * Reading an article block by block: paragraphs joined where a quotation runs across them, each
 * block read as tokens and sentences, with each quotation in it standing as one token. A
 * quotation inside another is read apart, from the text between the outer marks.
 *
 *     “In the past, our friends asked for help.        ┐ one block: the quotation runs on
 *     “Now they ask us to leave,” he said.              ┘
 *     The talks ended on Monday.                        ─ a block of its own
 */
import type { RawQuote } from '../find-quotes.js';
import type { NameIndex } from '../name-index.js';
import type { Doc } from '../segment.js';
import type { Reader } from './reader.js';
import { splitSentences, type Sentence } from './sentences.js';
import { tokenize } from './tokens.js';

/** An article as the block stages read it. */
export interface Article {
  doc: Doc;
  /** its quotations, in order of position (find-quotes) */
  quotes: RawQuote[];
  /** the full names it gives (name-index) */
  index: NameIndex;
  /** quotation → the quotations right inside it, in order */
  inside: Inside;
}

/** Paragraphs read together because a quotation runs across them. */
export interface Block {
  /** 0 for the article's first block, then 1, 2 …: how far back a speaker spoke (resolve-speakers/floating) */
  index: number;
  /** the paragraphs, first and last (inclusive), and the code units they span, half-open */
  first: number;
  last: number;
  from: number;
  to: number;
  /** the quotations read with the block's text (not inside another), as indices into `Article.quotes` */
  top: number[];
  /** the quotations that open in the block, inside others or not: indices [start, end) into `Article.quotes` */
  opening: [number, number];
}

/** A stretch of text read: its tokens (in the reader) and sentences. */
export interface Read {
  reader: Reader;
  sentences: Sentence[];
}

/** A block read. */
export interface ReadBlock extends Read {
  block: Block;
}

/**
 * A quotation read with the text around it: not inside another one, or only inside an opening
 * mark never closed (“…, he said. “We won,” she said. — the second is read as if the first were not there).
 */
export function isTopLevel(quotes: readonly RawQuote[], q: RawQuote): boolean {
  return !q.unclosed && (q.parent === null || quotes[q.parent]!.unclosed);
}

/** Quotation → the quotations right inside it, in order (quotationsInside). */
export interface Inside {
  /** the quotations right inside quotation `quote`, or undefined when there are none */
  get(quote: number): number[] | undefined;
}

/**
 * Quotation → the quotations right inside it, in order. Kept as one list of all children,
 * grouped by parent, not a list per parent: a text of broken marks has a parent for each of
 * its hundreds of thousands of quotations.
 */
export function quotationsInside(quotes: readonly RawQuote[]): Inside {
  // from[p] … from[p + 1]: where the children of quotation p stand in `children`
  const from = new Int32Array(quotes.length + 1);
  for (const q of quotes) if (q.parent !== null) from[q.parent + 1]!++;
  for (let p = 0; p < quotes.length; p++) from[p + 1]! += from[p]!;
  const children = new Int32Array(from[quotes.length]!);
  const filled = from.slice(0, quotes.length);
  quotes.forEach((q, i) => {
    if (q.parent !== null) children[filled[q.parent]!++] = i;
  });
  return {
    get: (quote) => (quote >= 0 && quote < quotes.length && from[quote + 1]! > from[quote]! ? Array.from(children.subarray(from[quote]!, from[quote + 1]!)) : undefined),
  };
}

/**
 * The article's blocks, in order, up to the one that holds its last top-level quotation: past
 * it, the text can attribute nothing more; or to the end (`toEnd`), for reported speech.
 */
export function* blocks(article: { doc: Doc; quotes: readonly RawQuote[] }, toEnd = false): Generator<Block> {
  const { doc, quotes } = article;
  const top = quotes.map((q, i) => (isTopLevel(quotes, q) ? i : -1)).filter((i) => i >= 0);
  // paragraph → the last paragraph a top-level quotation opening in it runs to
  const reach = new Map<number, number>();
  for (const i of top) reach.set(quotes[i]!.paragraph, Math.max(reach.get(quotes[i]!.paragraph) ?? quotes[i]!.paragraph, quotes[i]!.lastParagraph));
  let nextTop = 0;
  let nextQuote = 0;
  for (let p = 0, index = 0; p < doc.paragraphs.length && (toEnd || nextTop < top.length); index++) {
    let last = p;
    for (let k = p; k <= last; k++) last = Math.max(last, reach.get(k) ?? k);
    const from = doc.paragraphs[p]!.start;
    const to = doc.paragraphs[last]!.end;
    const here: number[] = [];
    while (nextTop < top.length && quotes[top[nextTop]!]!.open < to) {
      if (quotes[top[nextTop]!]!.open >= from) here.push(top[nextTop]!);
      nextTop++;
    }
    const opening: [number, number] = [nextQuote, nextQuote];
    while (opening[1] < quotes.length && quotes[opening[1]]!.open < to) opening[1]++;
    nextQuote = opening[1];
    yield { index, first: p, last, from, to, top: here, opening };
    p = last + 1;
  }
}

/**
 * A block's text as tokens and sentences. A sentence starts where a full stop ends the one
 * before, and also after a quotation or a colon (“…” Lavrov said / PENCE: …).
 */
export function readBlock(block: Block, article: Article): ReadBlock {
  const tokens = tokenize(article.doc.text, block.from, block.to, article.quotes, block.top);
  const sentences = splitSentences(tokens);
  const starts = new Set(sentences.map((s) => s.start));
  const reader: Reader = {
    tokens, index: article.index, sentenceStart: (i) => starts.has(i) || tokens[i - 1]?.type === 'quote' || tokens[i - 1]?.text === ':',
  };
  return { block, reader, sentences };
}

/** The text inside quotation `outer`, with the quotations right inside it (`inner`) as tokens. */
export function readInside(outer: number, inner: readonly number[], article: Article): Read {
  const q = article.quotes[outer]!;
  const tokens = tokenize(article.doc.text, q.open + q.openLength, q.close, article.quotes, inner);
  const sentences = splitSentences(tokens);
  const starts = new Set(sentences.map((s) => s.start));
  return { reader: { tokens, index: article.index, sentenceStart: (i) => starts.has(i) }, sentences };
}
