import { MARKS } from '../../src/lexicon/quote-marks.js';
import type { ExtractOptions, Quote, Span } from '../../src/core/types.js';

/**
 * The record contract (src/core/types.ts, README "Record fields") as checks on the output of
 * `extractQuotes` for one text. Each returns the broken promises as sentences, empty when all
 * hold, so a property test can print what failed on the shrunk input.
 */

/** What find-quotes trims at the start of a paragraph, before a re-opening mark. */
const LEADING_SPACE = /^(?:\s|\uFEFF|\u200B)*/;

const isMark = (c: string | undefined, ascii: boolean): boolean => c !== undefined && (MARKS.has(c) || (ascii && c === '`'));

/** Code points of a text, as records count them. */
export const codePoints = (text: string): string[] => Array.from(text);

/** Code point offsets where lines start: after \r\n, \r, \n, U+2028 or U+2029. */
export function lineStarts(points: readonly string[]): number[] {
  const starts = [0];
  points.forEach((c, i) => {
    if ((c === '\r' && points[i + 1] !== '\n') || c === '\n' || c === '\u2028' || c === '\u2029') starts.push(i + 1);
  });
  return starts;
}

/** 1-based line and column (code points) of code point offset `at`. */
export function lineColumn(starts: readonly number[], at: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return { line: lo, column: at - starts[lo - 1]! + 1 };
}

/**
 * Whether `middle` (what stands between the outer marks) is `text` once the marks that re-open
 * the quotation at the start of later paragraphs are taken out:
 *
 *     “In the past, our friends asked for help.⏎“Now they ask us to leave.”
 *                                               ^ a re-opening mark, not part of `text`
 */
export function withoutReopens(middle: string, text: string, ascii: boolean): boolean {
  const parts = middle.split(/(\r\n|\r|\n|\u2028|\u2029)/);
  let at = 0;
  for (let k = 0; k < parts.length; k += 2) {
    const line = parts[k]!;
    const separator = parts[k + 1] ?? '';
    const candidates = [line];
    if (k > 0) {
      const indent = LEADING_SPACE.exec(line)![0].length;
      if (isMark(line[indent], ascii)) candidates.push(line.slice(0, indent) + line.slice(indent + 1));
      if (ascii && isMark(line[indent], ascii) && line[indent + 1] === line[indent]) candidates.push(line.slice(0, indent) + line.slice(indent + 2));
    }
    // at most one fits: the others would put a line break where the line has none
    const last = k + 2 >= parts.length;
    const fits = (c: string) => (last ? text.length - at === c.length && text.startsWith(c, at) : text.startsWith(c + separator, at));
    const kept = candidates.find(fits);
    if (kept === undefined) return false;
    at += kept.length + separator.length;
  }
  return true;
}

/**
 * Whether `slice` (the record's range) holds the quotation: opening marks, `text` (re-openings
 * aside), closing marks. Opening marks are one, or two for a doubled mark read as one ('' ``);
 * closing marks may take end punctuation between them (at most two characters): “‘…’.”
 */
export function holdsQuotation(slice: string, quote: Quote, ascii: boolean): boolean {
  // the marks stand in the first 4 and the last 8 code points: read those, not the whole slice (a record can be long)
  const { head, tail, count } = ends(slice, 4, 8);
  const closing = (marks: string[]) => marks.length === 0 || (isMark(marks[0], ascii) && isMark(marks.at(-1), ascii) && marks.every((c) => isMark(c, ascii) || /[\s.,;:!?]/.test(c)));
  const units = (points: readonly string[]) => points.reduce((n, c) => n + c.length, 0);
  // opening marks: 1, or more where a doubled mark stands for one ('' ``)
  for (let open = 1; open <= 4 && isMark(head[open - 1], ascii); open++) {
    // closing marks: none only for an unclosed quotation
    for (let close = quote.kind === 'unclosed' ? 0 : 1; close <= 8 && open + close <= count; close++) {
      const marks = tail.slice(tail.length - close);
      if (!closing(marks)) continue;
      if (withoutReopens(slice.slice(units(head.slice(0, open)), slice.length - units(marks)), quote.text, ascii)) return true;
    }
  }
  return false;
}

/** The first `first` and the last `last` code points of `text` (fewer in a short text), and how many it has. */
function ends(text: string, first: number, last: number): { head: string[]; tail: string[]; count: number } {
  let count = 0;
  // (a low surrogate after a high one is the second half of a code point)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) count++;
  }
  const head = codePoints(text.slice(0, 2 * first)).slice(0, first);
  // (a window that starts inside a surrogate pair: its first element is half of one, and dropped)
  const window = codePoints(text.slice(Math.max(0, text.length - 2 * last - 1)));
  const tail = window.slice(Math.max(text.length > 2 * last + 1 ? 1 : 0, window.length - last));
  return { head, tail, count };
}

function spanProblems(text: string, unitOf: Int32Array, name: string, span: Span | null): string[] {
  if (span === null) return [];
  const { start, end } = span;
  const length = unitOf.length - 1;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    return [`${name} [${start}, ${end}) is not inside the text (${length} code points)`];
  }
  const held = text.slice(unitOf[start], unitOf[end]);
  return held === span.text ? [] : [`${name} [${start}, ${end}) holds ${JSON.stringify(held)}, not ${JSON.stringify(span.text)}`];
}

/** How much of the contract to check on large outputs. */
export interface CheckOptions {
  /**
   * how many records longer than 1,024 code points have their marks and text checked (all by
   * default): nested records hold each other's text, so checking every one is quadratic
   */
  longTexts?: number;
}

/**
 * Everything the contract promises of the records of one text, as a list of what is broken.
 * Linear in the text and the records, but for the text of each record (see `longTexts`).
 */
export function contractProblems(text: string, quotes: readonly Quote[], options: ExtractOptions = {}, check: CheckOptions = {}): string[] {
  let longTexts = check.longTexts ?? Infinity;
  const problems: string[] = [];
  const points = codePoints(text);
  const starts = lineStarts(points);
  // code point offset → code unit offset, to cut the text where records say without joining points
  const unitOf = new Int32Array(points.length + 1);
  points.forEach((c, i) => (unitOf[i + 1] = unitOf[i]! + c.length));
  const ascii = options.asciiQuotes === true;
  // the records whose range is still open at the start of the one being checked, outermost first
  const around: number[] = [];
  quotes.forEach((q, i) => {
    const at = `record ${i}`;
    if (q.index !== i) problems.push(`${at}: index is ${q.index}`);
    if (!Number.isInteger(q.start) || !Number.isInteger(q.end) || q.start < 0 || q.end <= q.start || q.end > points.length) {
      problems.push(`${at}: [${q.start}, ${q.end}) is not inside the text (${points.length} code points)`);
      return;
    }
    const long = q.end - q.start > 1024;
    const slice = long && longTexts-- <= 0 ? null : text.slice(unitOf[q.start], unitOf[q.end]);
    if (slice !== null && !holdsQuotation(slice, q, ascii)) {
      problems.push(`${at}: [${q.start}, ${q.end}) holds ${JSON.stringify(slice.slice(0, 200))}, not marks around ${JSON.stringify(q.text.slice(0, 200))}`);
    }
    const expected = lineColumn(starts, q.start);
    if (q.line !== expected.line || q.column !== expected.column) {
      problems.push(`${at}: line ${q.line} column ${q.column}, but start ${q.start} is line ${expected.line} column ${expected.column}`);
    }
    if (!options.all && q.kind !== 'direct' && q.kind !== 'partial') problems.push(`${at}: kind ${q.kind} listed without all`);
    problems.push(...spanProblems(text, unitOf, `${at}: mention`, q.mention), ...spanProblems(text, unitOf, `${at}: cue`, q.cue));
    problems.push(...contextProblems(text, unitOf, at, q, options));
    if (!(q.confidence >= 0 && q.confidence <= 1)) problems.push(`${at}: confidence ${q.confidence}`);
    if (q.speaker === null && (q.confidence !== 0 || q.method !== 'none')) problems.push(`${at}: no speaker, but confidence ${q.confidence}, method ${q.method}`);
    if (q.parent !== null) {
      const parent = quotes[q.parent];
      if (!Number.isInteger(q.parent) || q.parent >= i || parent === undefined) problems.push(`${at}: parent ${q.parent} is not an earlier record`);
      else if (!(parent.start < q.start && q.end <= parent.end)) {
        problems.push(`${at}: [${q.start}, ${q.end}) is not inside its parent ${q.parent} [${parent.start}, ${parent.end})`);
      }
    }
    if (i > 0 && quotes[i - 1]!.start >= q.start) problems.push(`${at}: starts at ${q.start}, not after record ${i - 1} (${quotes[i - 1]!.start})`);
    // two records either stand apart, or one lies inside the other, which is its parent or an
    // ancestor: so the innermost record still open here is the parent
    while (around.length > 0 && quotes[around.at(-1)!]!.end <= q.start) around.pop();
    const o = around.at(-1);
    if (o !== undefined && (q.end > quotes[o]!.end || q.parent !== o)) {
      const outer = quotes[o]!;
      const how = q.end > outer.end ? 'crosses' : 'lies inside';
      problems.push(`${at} (${q.kind}) [${q.start}, ${q.end}) ${how} record ${o} (${outer.kind}) [${outer.start}, ${outer.end}), which is not its parent (${q.parent})`);
    }
    around.push(i);
  });
  return problems;
}

/**
 * `context` is there exactly when asked for; it holds the text at its offsets, the whole
 * quotation, and no white space at either end.
 */
function contextProblems(text: string, unitOf: Int32Array, at: string, q: Quote, options: ExtractOptions): string[] {
  if (!options.context) return q.context === undefined ? [] : [`${at}: a context, not asked for`];
  if (q.context === undefined) return [`${at}: no context`];
  const problems = spanProblems(text, unitOf, `${at}: context`, q.context);
  const { start, end } = q.context;
  if (!(start <= q.start && q.end <= end)) problems.push(`${at}: context [${start}, ${end}) does not hold [${q.start}, ${q.end})`);
  if (/^\s|\s$/u.test(q.context.text)) problems.push(`${at}: context ${JSON.stringify(q.context.text)} not trimmed`);
  return problems;
}
