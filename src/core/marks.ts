/**
 * The quotation marks of a paragraph, and the directions each can face, read from the
 * characters around it:
 *
 *     “We won,” she said.      “ faces right (opens), ” faces left (closes)
 *     "We won," she said.      " before a word opens, " after a comma closes
 *     don’t, ’tis, the ’90s    apostrophes: no mark at all
 */
import { ELISIONS, MARKS, type MarkInfo } from '../lexicon/quote-marks.js';
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

// What each character is, as the patterns above read it, one bit each: looked up by code unit
// (a text of broken marks has one every few characters, and a regex per test was most of the scan).
const IS_SPACE = 1;
const IS_OPEN_PUNCT = 2;
const IS_CLOSE_PUNCT = 4;
const IS_WORD = 8;
const IS_LETTER = 16;
const IS_MARK = 32;
/** not looked up yet */
const UNKNOWN = 128;
const CLASSES = new Uint8Array(0x10000).fill(UNKNOWN);

/** The class bits of code unit `c`, worked out the first time it is asked. */
function classOf(c: number): number {
  const known = CLASSES[c]!;
  if (known !== UNKNOWN) return known;
  const ch = String.fromCharCode(c);
  return (CLASSES[c] = (SPACE.test(ch) ? IS_SPACE : 0) | (OPEN_PUNCT.test(ch) ? IS_OPEN_PUNCT : 0) | (CLOSE_PUNCT.test(ch) ? IS_CLOSE_PUNCT : 0) |
    (WORD.test(ch) ? IS_WORD : 0) | (LETTER.test(ch) ? IS_LETTER : 0) | (MARKS.has(ch) ? IS_MARK : 0));
}

/** The class bits of the code unit at `i`, or 0 outside [from, to) (no character there). */
const classAt = (text: string, i: number, from: number, to: number): number => (i >= from && i < to ? classOf(text.charCodeAt(i)) : 0);

/** The quotation marks of one paragraph, in order, with the directions each can face. */
export function marksIn(text: string, para: Paragraph, ascii: boolean): Mark[] {
  const marks: Mark[] = [];
  for (let at = para.start; at < para.end; at++) {
    if ((classOf(text.charCodeAt(at)) & IS_MARK) === 0) continue;
    const char = text[at]!;
    // '' is two apostrophes, not a mark, unless asked to read it as one: ''This isn't reform,'' he said.
    if (char === "'" && text[at + 1] === "'") {
      if (ascii) {
        const mark = markAt(text, para, at, '"', 2);
        if (mark) marks.push(mark);
      }
      at++;
      continue;
    }
    const mark = markAt(text, para, at, char, 1);
    if (mark) marks.push(mark);
  }
  if (ascii) {
    // ``LaTeX-style'' opening marks
    const slice = text.slice(para.start, para.end);
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
  const before = classAt(text, at - 1, para.start, para.end);
  const after = classAt(text, at + length, para.start, para.end);
  const prevSpace = prev === '' || (before & IS_SPACE) !== 0;
  const nextSpace = next === '' || (after & IS_SPACE) !== 0;
  const left = !nextSpace && (prevSpace || (before & (IS_OPEN_PUNCT | IS_MARK)) !== 0);
  const right = !prevSpace && (nextSpace || (after & (IS_CLOSE_PUNCT | IS_MARK)) !== 0);
  const between = (before & IS_WORD) !== 0 && (after & IS_WORD) !== 0;

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
  while (to < end && to - from < 8 && (classOf(text.charCodeAt(to)) & IS_LETTER) !== 0) to++;
  const word = text.slice(from, to).toLowerCase();
  if (word && ELISIONS.has(word) && !(to < end && (classOf(text.charCodeAt(to)) & IS_WORD) !== 0)) return true;
  // ’90s, '60s, ’08
  return /^\d\d(s\b|\b)/.test(text.slice(from, Math.min(end, from + 4))) && !/^\d\d\d/.test(text.slice(from, from + 3));
}
