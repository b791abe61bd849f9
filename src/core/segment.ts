/**
 * The segment stage: lines and paragraphs.
 *
 * Articles separate paragraphs either by blank lines or by single line breaks, and some are
 * hard-wrapped at a fixed width. A single line break is a paragraph break unless the text is
 * hard-wrapped and the line before it runs to the wrap width:
 *
 *     The mayor said the bridge would open in the      ← runs to the width: a wrap
 *     spring.                                           ← short line: a paragraph ends
 *     “We are ready,” she said.
 */

/** A stretch of the text in UTF-16 code units, half-open. */
export interface Range {
  start: number;
  end: number;
}

export interface Paragraph extends Range {
  /** index of the paragraph's first line in `Doc.lineStarts` */
  firstLine: number;
}

export interface Doc {
  text: string;
  /** code unit offset where each line begins */
  lineStarts: number[];
  /** paragraphs in order, trimmed of surrounding white space, never empty */
  paragraphs: Paragraph[];
}

interface Line extends Range {
  blank: boolean;
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

export function segment(text: string): Doc {
  const lines = splitLines(text);
  const width = wrapWidth(lines);
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  lines.forEach((line, i) => {
    if (line.blank) {
      current = null;
      return;
    }
    const previous = lines[i - 1];
    const continues = current !== null && previous !== undefined && !previous.blank && width > 0 && isWrapped(previous, line, width, text);
    if (current && continues) {
      current.end = trimEnd(text, line);
      return;
    }
    current = { start: trimStart(text, line), end: trimEnd(text, line), firstLine: i };
    paragraphs.push(current);
  });
  return { text, lineStarts: lines.map((l) => l.start), paragraphs };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    lines.push(makeLine(text, start, m.index));
    start = m.index + m[0].length;
  }
  lines.push(makeLine(text, start, text.length));
  return lines;
}

function makeLine(text: string, start: number, end: number): Line {
  return { start, end, blank: isBlank(text, start, end) };
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff && c !== 0x200b && c !== 12 && c !== 11) return false;
  }
  return true;
}

/**
 * The width a hard-wrapped text is wrapped at, or 0 when lines are paragraphs. Hard-wrapped
 * text has most of its lines close to one width, and that width is that of a typewriter page.
 */
function wrapWidth(lines: Line[]): number {
  const lengths = lines.filter((l) => !l.blank).map((l) => l.end - l.start);
  if (lengths.length < 4) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (width < 30 || width > 100) return 0;
  const near = lengths.filter((n) => n >= width * 0.75).length;
  return near >= lengths.length * 0.5 ? width : 0;
}

/** In hard-wrapped text, `next` continues `previous` when `previous` runs close to the width. */
function isWrapped(previous: Line, next: Line, width: number, text: string): boolean {
  const length = previous.end - previous.start;
  if (length < width * 0.7) return false;
  // an indented line opens a paragraph
  const first = text.charCodeAt(next.start);
  if (first === 32 || first === 9) return false;
  // the room left on the previous line would have held the next line's first word: a deliberate break
  const word = /^\S+/.exec(text.slice(next.start, Math.min(next.end, next.start + 64)))?.[0].length ?? 0;
  return length + 1 + word > width - 2;
}

function trimStart(text: string, line: Range): number {
  let i = line.start;
  while (i < line.end && /\s|\uFEFF|\u200B/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, line: Range): number {
  let i = line.end;
  while (i > line.start && /\s|\uFEFF|\u200B/.test(text[i - 1]!)) i--;
  return i;
}
