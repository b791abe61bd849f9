import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Characters one cell wide each, whatever follows them: printable ASCII, Latin-1 and the Latin
 * extensions (not the soft hyphen), and the dashes, quotation marks and ellipsis of general
 * punctuation (not its zero-width and direction marks). tests/format/wrap.test.ts holds it to
 * string-width, character by character.
 */
export const NARROW = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e]*$/;

/**
 * The terminal cells a text takes: its length when every character is narrow (nearly every word
 * of an English article), else string-width's measure (CJK and emoji count double, combining marks
 * nothing). string-width segments every string it is given, which was most of the table's time.
 */
export function cells(text: string): number {
  return NARROW.test(text) ? text.length : stringWidth(text);
}

/**
 * Text made fit for one terminal line: line breaks and tabs become spaces, runs of spaces one
 * space, and control characters (an ESC from the article could drive the terminal) U+FFFD.
 */
export function toOneLine(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD')
    .trim();
}

/**
 * Splits one-line text into lines at most `width` terminal cells wide (measured with
 * string-width, so CJK and emoji count double), breaking at spaces; a word wider than a whole
 * line is cut between graphemes. Always at least one line.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const push = () => {
    lines.push(line);
    line = '';
    used = 0;
  };
  for (const word of text.split(' ').filter((w) => w !== '')) {
    const wordWidth = cells(word);
    if (used > 0 && used + 1 + wordWidth <= width) {
      line += ' ' + word;
      used += 1 + wordWidth;
      continue;
    }
    if (used > 0) push();
    if (wordWidth <= width) {
      line = word;
      used = wordWidth;
      continue;
    }
    for (const { segment } of graphemes.segment(word)) {
      const segmentWidth = cells(segment);
      if (used > 0 && used + segmentWidth > width) push();
      line += segment;
      used += segmentWidth;
    }
  }
  if (used > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** Text cut to at most `width` cells, ending in … when cut. */
export function truncate(text: string, width: number): string {
  if (cells(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const segmentWidth = cells(segment);
    if (used + segmentWidth > width - 1) break;
    out += segment;
    used += segmentWidth;
  }
  return out + '…';
}

/** Text followed by spaces up to `width` cells. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - cells(text)));
}

/** Text cut to at most `width` cells from the left, starting with … when cut: `…ess-conference.txt`. */
export function truncateStart(text: string, width: number): string {
  if (cells(text) <= width) return text;
  const kept: string[] = [];
  let used = 0;
  const segments = Array.from(graphemes.segment(text), ({ segment }) => segment);
  for (let i = segments.length - 1; i >= 0; i--) {
    const segmentWidth = cells(segments[i]!);
    if (used + segmentWidth > width - 1) break;
    kept.unshift(segments[i]!);
    used += segmentWidth;
  }
  return '…' + kept.join('');
}

/** Text preceded by spaces up to `width` cells (numbers in a column). */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - cells(text))) + text;
}
