/**
 * The quotation marks of a paragraph, and the directions each can face, read from the
 * characters around it:
 *
 *     “We won,” she said.      “ faces right (opens), ” faces left (closes)
 *     "We won," she said.      " before a word opens, " after a comma closes
 *     don’t, ’tis, the ’90s    apostrophes: no mark at all
 */
import { ELISIONS, MARK_PATTERN, MARKS, type MarkInfo } from '../lexicon/quote-marks.js';
import type { Paragraph } from './segment.js';

/** A quotation mark where it stands, and which ways it can face. */
export interface Mark {
  at: number;
  /** code units: 2 for a doubled apostrophe or backtick read as a double mark ('' ``) */
  length: number;
  char: string;
  info: MarkInfo;
  canOpen: boolean;
  canClose: boolean;
  /** a closing single mark that may be an apostrophe: the players’ union */
  weak: boolean;
}

const SPACE = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/;
const OPEN_PUNCT = /[([{<\u2014\u2013\u2015\-/\u2026:;]/;
const CLOSE_PUNCT = /[)\]}>.,;:!?\u2014\u2013\u2015\-/\u2026*]/;
const WORD = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** The quotation marks of one paragraph, in order, with the directions each can face. */
export function marksIn(text: string, para: Paragraph, ascii: boolean): Mark[] {
  const marks: Mark[] = [];
  const slice = text.slice(para.start, para.end);
  MARK_PATTERN.lastIndex = 0;
  for (let m = MARK_PATTERN.exec(slice); m; m = MARK_PATTERN.exec(slice)) {
    const at = para.start + m.index;
    // '' is two apostrophes, not a mark, unless asked to read it as one: ''This isn't reform,'' he said.
    if (m[0] === "'" && text[at + 1] === "'") {
      MARK_PATTERN.lastIndex++;
      if (ascii) {
        const mark = markAt(text, para, at, '"', 2);
        if (mark) marks.push(mark);
      }
      continue;
    }
    const mark = markAt(text, para, at, m[0], 1);
    if (mark) marks.push(mark);
  }
  if (ascii) {
    // ``LaTeX-style'' opening marks
    for (let i = slice.indexOf('``'); i >= 0; i = slice.indexOf('``', i + 2)) {
      const mark = markAt(text, para, para.start + i, '\u201C', 2);
      if (mark) marks.push(mark);
    }
    marks.sort((a, b) => a.at - b.at);
  }
  return marks;
}

/**
 * The quotation mark `char` at `at` (`length` code units), with the directions it can face read
 * from the characters around it, or null when it is no mark there: an apostrophe (don’t, ’tis),
 * an attribute's value in markup (author="…").
 */
function markAt(text: string, para: Paragraph, at: number, char: string, length: number): Mark | null {
  const info = MARKS.get(char);
  if (!info) return null;
  const prev = at > para.start ? text[at - 1]! : '';
  // <tweet author="…">: an attribute's value in markup is no quotation
  if (prev === '=') return null;
  const next = at + length < para.end ? text[at + length]! : '';
  const prevSpace = prev === '' || SPACE.test(prev);
  const nextSpace = next === '' || SPACE.test(next);
  const isMark = (c: string): boolean => c !== '' && MARKS.has(c);
  const left = !nextSpace && (prevSpace || OPEN_PUNCT.test(prev) || isMark(prev));
  const right = !prevSpace && (nextSpace || CLOSE_PUNCT.test(next) || isMark(next));
  const between = prev !== '' && next !== '' && WORD.test(prev) && WORD.test(next);

  if (info.family === 'single') {
    // don’t, rock’n’roll, O'Brien: inside a word
    if (between) return null;
    // ’tis, ’90s, rock ’n’ roll: an apostrophe that begins a word
    if (left && char !== '\u2039' && char !== '\u203A' && elides(text, at + 1, para.end)) return null;
    // rock ’n’ roll: the mark after the n
    if (right && (prev === 'n' || prev === 'N') && at - 2 >= para.start && MARKS.get(text[at - 2]!)?.family === 'single') return null;
  }

  let canOpen: boolean;
  let canClose: boolean;
  if (info.opens && !info.closes) {
    // “ ‘ „ ‚: open, unless they only fit as a closer (German „…“, or a slip)
    canClose = right && !left;
    canOpen = !canClose;
  } else if (info.closes && !info.opens) {
    // ” ’: close; a ” that only fits as an opener opens (Swedish ”…”, or a slip); ’ never opens
    canOpen = char === '\u201D' && left && !right;
    canClose = !canOpen;
  } else {
    // " ' « » ‹ ›: face the way the text around them says; with nothing to tell, either way
    canOpen = left || (!right && !left);
    canClose = right || (!right && !left);
    if (char === "'" && !left && !right) return null;
  }
  const weak = info.family === 'single' && canClose && /[sSzZ]/.test(prev) && /^\s+[\p{Ll}\p{N}]/u.test(text.slice(at + 1, at + 4));
  return { at, length, char, info, canOpen, canClose, weak };
}

/** Whether the word after an apostrophe is an elision: ’tis, ’em, ’n’, ’90s. */
function elides(text: string, from: number, end: number): boolean {
  let to = from;
  while (to < end && to - from < 8 && LETTER.test(text[to]!)) to++;
  const word = text.slice(from, to).toLowerCase();
  if (word && ELISIONS.has(word) && !(to < end && WORD.test(text[to]!))) return true;
  // ’90s, '60s, ’08
  return /^\d\d(s\b|\b)/.test(text.slice(from, Math.min(end, from + 4))) && !/^\d\d\d/.test(text.slice(from, from + 3));
}
