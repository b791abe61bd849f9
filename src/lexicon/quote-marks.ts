/**
 * Quotation marks: which characters open, which close, and which closing marks each opening
 * mark accepts. Marks that can face either way (straight " and ', guillemets) get their
 * direction from the characters around them (see find-quotes).
 */
import { wordMap, wordSet, words } from './list.js';

export type MarkFamily = 'double' | 'single';

export interface MarkInfo {
  family: MarkFamily;
  /** the glyph faces right: “ ‘ „ ‚ « ‹ */
  opens: boolean;
  /** the glyph faces left: ” ’ » › */
  closes: boolean;
  /** closing marks this one accepts when it opens a quotation */
  closers: string;
}

export const MARKS: ReadonlyMap<string, MarkInfo> = wordMap<MarkInfo>([
  // “…” and, in broken text, “…"
  ['\u201C', { family: 'double', opens: true, closes: false, closers: '\u201D"\u201C' }],
  ['\u201D', { family: 'double', opens: false, closes: true, closers: '\u201D"' }],
  // "…" and mixed "…”
  ['"', { family: 'double', opens: true, closes: true, closers: '"\u201D' }],
  // „…“ (German), „…” (Polish)
  ['\u201E', { family: 'double', opens: true, closes: false, closers: '\u201C\u201D' }],
  ['\u201F', { family: 'double', opens: true, closes: false, closers: '\u201D' }],
  // «…» (French) and »…« (German, Danish)
  ['\u00AB', { family: 'double', opens: true, closes: true, closers: '\u00BB\u00AB' }],
  ['\u00BB', { family: 'double', opens: true, closes: true, closers: '\u00AB\u00BB' }],
  ['\uFF02', { family: 'double', opens: true, closes: true, closers: '\uFF02' }],
  ['\u301D', { family: 'double', opens: true, closes: false, closers: '\u301E\u301F' }],
  ['\u301E', { family: 'double', opens: false, closes: true, closers: '' }],
  ['\u301F', { family: 'double', opens: false, closes: true, closers: '' }],
  // ‘…’ and, in broken text, ‘…'
  ['\u2018', { family: 'single', opens: true, closes: false, closers: '\u2019\'' }],
  ['\u2019', { family: 'single', opens: false, closes: true, closers: '' }],
  ["'", { family: 'single', opens: true, closes: true, closers: '\'\u2019' }],
  // ‚…‘ (German single)
  ['\u201A', { family: 'single', opens: true, closes: false, closers: '\u2018\u2019' }],
  ['\u201B', { family: 'single', opens: true, closes: false, closers: '\u2019' }],
  // ‹…› and ›…‹
  ['\u2039', { family: 'single', opens: true, closes: true, closers: '\u203A\u2039' }],
  ['\u203A', { family: 'single', opens: true, closes: true, closers: '\u2039\u203A' }],
]);

/** Words that begin with an apostrophe: ’tis, ’em, rock ’n’ roll, the ’90s. Never an opening mark. */
export const ELISIONS: ReadonlySet<string> = wordSet(words(`tis twas twere twill em n cause cos til till bout round nuff sup ello
  er im ere ave ow appen owt nowt kay fraid y'all s`));
