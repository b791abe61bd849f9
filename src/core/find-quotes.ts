/**
 * The find-quotes stage: quotation marks paired into quotations.
 *
 * Every mark gets the directions it can face from the characters around it; a stack pairs
 * them, one paragraph at a time. A quotation left open at the end of its paragraph goes on
 * only where the next paragraph re-opens it:
 *
 *     “In the past, our friends asked for help.        ← open at paragraph end
 *     “Now they ask us to leave.”                       ← re-opened, then closed: one quotation
 *
 * Apostrophes never open or close: don’t, Jones' cow, ’tis, rock ’n’ roll, the ’90s.
 */
import type { MarkFamily, MarkInfo } from '../lexicon/quote-marks.js';
import { marksIn, type Mark } from './marks.js';
import type { Doc } from './segment.js';

/** A quotation as marks in the text, offsets in UTF-16 code units. */
export interface RawQuote {
  /** offset of the opening mark (of the outer one, where two open together: “‘) */
  open: number;
  /** code units of opening marks: 1, or 2 for “‘ */
  openLength: number;
  /** offset of the closing mark; for an unclosed quotation, the end of its paragraph */
  close: number;
  /** code units of closing marks: 0 when unclosed, 2 for ’” */
  closeLength: number;
  family: MarkFamily;
  /** marks that re-open the quotation at the start of a later paragraph: offset and length */
  reopens: Array<{ at: number; length: number }>;
  /** index (in the returned list) of the quotation this one stands inside, or null */
  parent: number | null;
  /** index of the paragraph the quotation opens in, and of the one it closes in */
  paragraph: number;
  lastParagraph: number;
  unclosed: boolean;
  /** the marks hold nothing but one inner quotation (and its end punctuation): “‘…’”, words quoted whole */
  merged: boolean;
}

interface Found {
  open: Open;
  quote: RawQuote;
}

interface Open {
  mark: Mark;
  paragraph: number;
  reopens: Array<{ at: number; length: number }>;
  /** the mark open around it when it opened */
  parent: Open | null;
  /** its index in `Found[]`, once closed or given up as unclosed */
  result?: number;
  /** how many paragraphs with no marks the quotation has run on across (closedAhead) */
  silent?: number;
  /** for a mark that never became a quotation: the nearest one around it that did (see recordedAround) */
  around?: Open | null;
}

/** How far ahead a possessive-looking closer looks for a better one (keeps the scan linear). */
const LOOKAHEAD = 2000;
/**
 * How many open marks a closer looks past for its opener. Articles never hold more than a few;
 * a broken text can hold a hundred thousand single marks left open, and a closer walking past
 * all of them, for each closer, would take time quadratic in the text.
 */
const REACH = 64;

export interface FindOptions {
  /** read '' and `` as double quotation marks (NYT archive text, LaTeX) */
  asciiQuotes?: boolean;
}

export function findQuotes(doc: Doc, options: FindOptions = {}): RawQuote[] {
  const { text, paragraphs } = doc;
  const found: Found[] = [];
  let carried: Open[] = [];
  let lastEnd = 0;
  // in an article set with curly marks, a straight " left open is a stray, not a quotation running on
  const curly = text.includes('\u201C') && text.includes('\u201D');

  paragraphs.forEach((para, p) => {
    const marks = marksIn(text, para, options.asciiQuotes === true);
    let stack: Open[] = [];
    let first = 0;
    if (carried.length > 0) {
      const outer = carried[0]!;
      const reopen = marks[0];
      const stray = curly && outer.mark.char === '"';
      if (reopen && !stray && reopen.at === para.start && reopen.canOpen && reopen.info.family === outer.mark.info.family) {
        // “…  ⏎ “…”: the paragraph re-opens the quotation left open
        outer.reopens.push({ at: reopen.at, length: reopen.length });
        stack = [outer];
        first = 1;
      } else if (!stray && carried.length === 1 && (runsOn(outer, marks) || (marks.length === 0 && closedAhead(doc, p, outer, options)))) {
        if (marks.length === 0) outer.silent = (outer.silent ?? 0) + 1;
        // “Dear crews, ⏎ The harbour closes at noon. ⏎ Bring the boats in,” she wrote. — a message set line by
        // line, its lines never re-opened: the quotation runs on to the closing mark that opens a later line's marks
        stack = [outer];
      } else {
        for (const open of carried) finishUnclosed(open, lastEnd, p - 1, found);
      }
    }
    for (let i = first; i < marks.length; i++) {
      const mark = marks[i]!;
      if (mark.canClose && tryClose(mark, stack, marks, i, p, found)) continue;
      if (mark.canOpen) stack.push({ mark, paragraph: p, reopens: [], parent: enclosing(stack) });
    }
    carried = stack;
    lastEnd = para.end;
  });
  for (const open of carried) finishUnclosed(open, lastEnd, paragraphs.length - 1, found);

  return mergeAndOrder(text, found);
}

/** How many paragraphs with no marks a quotation left open may run across to the one that closes it. */
const RUN_ON = 3;

/**
 * Whether the first of a paragraph's marks can only close `open`, and the next, if any, can open:
 * the quotation runs on into it (two closers in a row are markup or a slip: author="@x" date="…">).
 */
function runsOn(open: Open, marks: readonly Mark[]): boolean {
  const m = marks[0];
  const next = marks[1];
  return !!m && m.canClose && !m.canOpen && open.mark.info.family === 'double' && open.mark.info.closers.includes(m.char) &&
    (!next || next.canOpen);
}

/**
 * Whether, past paragraph `p` (no marks), a paragraph's marks open with `open`'s closer, with no
 * more than RUN_ON paragraphs without marks run across in all.
 */
function closedAhead(doc: Doc, p: number, open: Open, options: FindOptions): boolean {
  const left = RUN_ON - (open.silent ?? 0) - 1;
  for (let k = p + 1; k < doc.paragraphs.length && k <= p + 1 + left && left >= 0; k++) {
    const marks = marksIn(doc.text, doc.paragraphs[k]!, options.asciiQuotes === true);
    if (marks.length > 0) return runsOn(open, marks);
  }
  return false;
}

/** The text between a quotation's outer marks, with paragraph re-opening marks taken out. */
export function innerText(text: string, q: RawQuote): string {
  let out = '';
  let at = q.open + q.openLength;
  for (const r of q.reopens) {
    out += text.slice(at, r.at);
    at = r.at + r.length;
  }
  return out + text.slice(at, q.close);
}

/** The innermost mark still open: the parent of one opening now. */
function enclosing(stack: Open[]): Open | null {
  return stack.length > 0 ? stack[stack.length - 1]! : null;
}

function tryClose(mark: Mark, stack: Open[], marks: Mark[], i: number, p: number, found: Found[]): boolean {
  // look down the stack for an opening mark that accepts this closer; a single closer may not
  // reach past an open double (that one is an apostrophe: “the Joneses’ dog”)
  let depth = 0;
  // “The sign said "closed and nobody came,” — a stray straight " does not take the curly closer from its “
  if (mark.char === '\u201D' && stack.length > 1 && stack[stack.length - 1]!.mark.char === '"' && stack[stack.length - 2]!.mark.char === '\u201C') {
    stack.pop();
  }
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - REACH && depth < 8; k--) {
    const open = stack[k]!;
    if (open.mark.info.closers.includes(mark.char)) {
      if (mark.weak && laterCloser(marks, i, open.mark.info)) return false;
      // marks opened above it and never closed were apostrophes (single) or are unclosed (double)
      for (const above of stack.splice(k + 1)) if (above.mark.info.family === 'double') finishUnclosed(above, mark.at, p, found);
      stack.pop();
      record(open, mark.at, mark.length, p, false, found);
      return true;
    }
    if (open.mark.info.family === 'double') {
      if (mark.info.family === 'single') return false;
      depth++;
    }
  }
  return false;
}

/** Whether a closer that might be an apostrophe has a better candidate later in the paragraph. */
function laterCloser(marks: Mark[], i: number, opener: MarkInfo): boolean {
  const limit = marks[i]!.at + LOOKAHEAD;
  for (let j = i + 1; j < marks.length && marks[j]!.at < limit; j++) {
    const m = marks[j]!;
    if (m.info.family === 'double') return false;
    if (m.canClose && !m.weak && opener.closers.includes(m.char)) return true;
    if (m.canOpen && !m.canClose) return false;
  }
  return false;
}

function finishUnclosed(open: Open, end: number, p: number, found: Found[]): void {
  // an unclosed single mark was an apostrophe or a slip; only a double, or a curly ‘, is listed
  if (open.mark.info.family === 'single' && open.mark.char !== '\u2018') return;
  record(open, end, 0, p, true, found);
}

function record(open: Open, close: number, closeLength: number, lastParagraph: number, unclosed: boolean, found: Found[]): void {
  open.result = found.length;
  found.push({
    open,
    quote: {
      open: open.mark.at, openLength: open.mark.length, close, closeLength, family: open.mark.info.family, reopens: open.reopens,
      parent: null, paragraph: open.paragraph, lastParagraph, unclosed, merged: false,
    },
  });
}

/**
 * Orders quotations by position, links each to the one it stands inside, and marks a pair of
 * marks that hold nothing but one inner quotation: “‘the reports of my death…’”.
 */
function mergeAndOrder(text: string, found: Found[]): RawQuote[] {
  const sorted = [...found].sort((a, b) => a.quote.open - b.quote.open || b.quote.close - a.quote.close);
  // (arrays indexed by position, not maps: an article of broken marks holds hundreds of thousands)
  const position = new Int32Array(found.length);
  sorted.forEach((f, i) => (position[f.open.result!] = i));
  // the parent is the nearest enclosing mark that was really closed around this quotation (-1: none)
  const parentOf = new Int32Array(sorted.length);
  // how many quotations stand right inside each, and the first of them
  const kids = new Int32Array(sorted.length);
  const firstKid = new Int32Array(sorted.length);
  sorted.forEach(({ open, quote }, i) => {
    let parent = recordedAround(open);
    while (parent && !closedAround(parent, quote, found)) parent = recordedAround(parent);
    const at = parent ? position[parent.result!]! : -1;
    parentOf[i] = at;
    if (at >= 0 && kids[at]!++ === 0) firstKid[at] = i;
  });
  // “‘…’”: marks that hold nothing but their only child quote words whole (the child keeps its record)
  sorted.forEach(({ quote }, i) => {
    const inner = kids[i] === 1 ? sorted[firstKid[i]!]!.quote : null;
    if (inner && !quote.unclosed && onlyHolds(text, quote, inner)) quote.merged = true;
  });
  const kept = sorted.map(({ quote }, i) => {
    quote.parent = parentOf[i] === -1 ? null : parentOf[i]!;
    return quote;
  });
  return kept;
}

/**
 * The nearest mark open around `open` that became a quotation, past the ones that never did
 * (apostrophes, single marks left open). Each answer is kept on the marks walked, so a long run
 * of marks that opened nothing is walked once, not once per quotation inside it.
 */
function recordedAround(open: Open): Open | null {
  const walked: Open[] = [];
  let at = open.parent;
  while (at && at.result === undefined && at.around === undefined) {
    walked.push(at);
    at = at.parent;
  }
  const found = at === null ? null : at.result !== undefined ? at : at.around!;
  for (const w of walked) w.around = found;
  return found;
}

/** Whether the mark open around a quotation became a quotation that holds it (closed, or left open to its paragraph's end). */
function closedAround(open: Open, quote: RawQuote, found: Found[]): boolean {
  if (open.result === undefined) return false;
  const outer = found[open.result]!.quote;
  return outer.close + outer.closeLength >= quote.close + quote.closeLength && outer.open <= quote.open;
}

/** “‘…’” or “‘…’.”: the outer marks hold only the inner quotation (and its end punctuation). */
function onlyHolds(text: string, outer: RawQuote, inner: RawQuote): boolean {
  if (inner.unclosed || inner.open !== outer.open + outer.openLength) return false;
  const between = text.slice(inner.close + inner.closeLength, outer.close);
  return /^[\s.,;:!?]*$/.test(between) && between.length <= 2;
}
