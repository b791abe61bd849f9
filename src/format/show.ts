import type { Quote } from '../core/types.js';
import { formatHeading } from './heading.js';
import { SpeakerColors } from './palette.js';
import type { Formatter } from './record.js';
import { isUnquoted, speakerName } from './speaker.js';
import { cells, NARROW, toOneLine } from './wrap.js';

/** What opens and closes a speaker label in `--show`: white square brackets, which news text does not use. */
export const LABEL_OPEN = '⟦';
export const LABEL_CLOSE = '⟧';

/** Options of the article view. */
export interface ShowOptions {
  /** color each quotation by its speaker (ANSI escapes) */
  color: boolean;
  /** a heading before each article, with its count of quotations: on in a batch */
  headings?: boolean;
  /** the width lines are wrapped to, on spaces; none: lines as the article has them */
  width?: number;
}

/**
 * `--show`: each article as it stands, every quotation in its speaker's color (the same colors
 * as the table), and the speaker's name after its closing mark, so a reader can check the
 * attributions by eye:
 *
 *     “We will win,” ⟦Elena Marquez⟧ Marquez said.
 *     …who had promised “a bridge ‘worth the wait’ ⟦(unattributed) via Elena Marquez⟧” ⟦Elena Marquez⟧ when…
 *
 * Labels are ` ⟦name⟧`: a space, then the name between white square brackets (a `?` after an
 * unsure speaker, `via` and the relay for a relayed quotation). A `⟦` of the article itself is
 * written twice, so the labels can always be told from the text. Lines longer than `width` are
 * wrapped on word boundaries, as the table wraps: a space of the article becomes a line break
 * (a label stays with the word before it, and a word longer than the line is left whole). So
 * `unshow` gives the article back but for those line breaks, each in place of a space; and two
 * changes are not undone: control characters other than tab and line breaks become U+FFFD (an
 * ESC in an article could drive the terminal), and an article that does not end in a line
 * break gets one. In a batch, each article has a heading: its path and its count of quotations.
 *
 * With --indirect, reported speech and transcript turns are dim (not in the speaker's color,
 * which marks a speaker's own words) and their labels say so: `⟦reported: Elena Marquez⟧`,
 * `⟦turn: Dale Halvey⟧`. A quotation inside them keeps its color and its own label.
 */
export function createShowFormatter(options: ShowOptions): Formatter {
  const colors = new SpeakerColors(options.color);
  let files = 0;
  return {
    begin: () => '',
    file(result) {
      if (result.error !== undefined || result.text === undefined) return [];
      const heading = options.headings ? (files > 0 ? '\n' : '') + formatHeading(result, colors.paint) + '\n' : '';
      files++;
      return [heading + formatShow(result.text, result.quotes, colors, options.width)];
    },
    failed: () => '',
    end: () => '',
  };
}

/**
 * One article with its quotations colored and labelled (see `createShowFormatter`), its lines
 * wrapped to `width` if given. Quotations may nest: the text of an inner one takes its own
 * speaker's color, and its label comes after its own closing mark, before the outer one's.
 */
export function formatShow(text: string, quotes: readonly Quote[], colors: SpeakerColors, width?: number): string {
  const chars = Array.from(sanitize(text));
  // the places where the color may change: every start and end of a quotation
  const cuts = new Set<number>([0, chars.length]);
  for (const quote of quotes) cuts.add(clamp(quote.start, chars.length)).add(clamp(quote.end, chars.length));
  const points = [...cuts].sort((a, b) => a - b);
  // labels of the quotations closing at each point, the innermost (latest opened) first
  const labels = new Map<number, Quote[]>();
  for (const quote of quotes) {
    if (quote.end <= quote.start) continue;
    const at = clamp(quote.end, chars.length);
    const closing = labels.get(at);
    if (closing === undefined) labels.set(at, [quote]);
    else closing.push(quote);
  }
  for (const closing of labels.values()) closing.sort((a, b) => b.start - a.start);
  const labelText = (quote: Quote) => ` ${LABEL_OPEN}${unquotedLabel(quote)}${label(quote)}${LABEL_CLOSE}`;
  const breaks = width === undefined || width <= 0 ? new Set<number>() : lineBreaks(chars, labels, labelText, width);

  let out = '';
  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    for (const quote of labels.get(at) ?? []) out += colors.paint.dim(colors.of(quote.speaker)(labelText(quote)));
    const next = points[i + 1];
    if (next === undefined) break;
    let piece = '';
    for (let c = at; c < next; c++) piece += breaks.has(c) ? '\n' : chars[c]!;
    piece = piece.replaceAll(LABEL_OPEN, LABEL_OPEN + LABEL_OPEN);
    const inner = innermost(quotes, at, next);
    // reported speech and turns are dim, never in the speaker's color: that is for their own words
    out += inner === undefined ? piece : isUnquoted(inner) ? colors.paint.dim(piece) : colors.of(inner.speaker)(piece);
  }
  // a line break at the end of an article that has none, so the prompt starts on a line of its own
  return text.endsWith('\n') ? out : out + '\n';
}

/**
 * Where to wrap the article's lines to `width` cells, greedily, as the table wraps: the indexes
 * of the spaces (the first of a run) that become line breaks. Labels count as part of the word
 * before them; a word wider than the line is left whole; a tab reaches the next multiple of 8;
 * a `⟦` of the article takes two cells, as it is written twice.
 *
 *     width 12:  “We will win,” ⟦Ann⟧ she said.   →   “We will win,” ⟦Ann⟧
 *                                                      she said.
 */
function lineBreaks(chars: readonly string[], labels: ReadonlyMap<number, readonly Quote[]>, labelText: (quote: Quote) => string, width: number): Set<number> {
  // the line as it is written: the article's characters, and the labels before the character they precede
  const items: ({ char: string; index: number } | { label: number })[] = [];
  for (let i = 0; i <= chars.length; i++) {
    for (const quote of labels.get(i) ?? []) items.push({ label: cells(labelText(quote)) });
    if (i < chars.length) items.push({ char: chars[i]!, index: i });
  }
  const cellsAt = (item: (typeof items)[number], column: number): number => {
    if ('label' in item) return item.label;
    const { char } = item;
    if (char === '\t') return 8 - (column % 8);
    if (char === '\r') return 0;
    // an opening bracket of the article's own is written twice
    if (char === LABEL_OPEN) return 2 * cells(char);
    return NARROW.test(char) ? 1 : cells(char);
  };
  const isSpace = (item: (typeof items)[number] | undefined) => item !== undefined && 'char' in item && item.char === ' ';

  const breaks = new Set<number>();
  let column = 0;
  // the item of the last space the line may break at
  let space = -1;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if ('char' in item && item.char === '\n') {
      column = 0;
      space = -1;
    } else if ('char' in item && item.char === ' ') {
      // a space past the width would wrap to an empty line: it breaks the line itself
      if (column + 1 > width) {
        breaks.add(item.index);
        column = 0;
        space = -1;
        continue;
      }
      if (!isSpace(items[k - 1])) space = k;
      column++;
    } else {
      if (column + cellsAt(item, column) > width && space !== -1) {
        breaks.add((items[space] as { index: number }).index);
        // the line now starts after that space: what follows it, measured again (tab stops move)
        column = 0;
        for (let j = space + 1; j < k; j++) column += cellsAt(items[j]!, column);
        space = -1;
      }
      column += cellsAt(item, column);
    }
  }
  return breaks;
}

/** The article back from `--show` output: escape codes and labels taken out, doubled `⟦` made single. */
export function unshow(output: string): string {
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  let out = '';
  for (let i = 0; i < plain.length; i++) {
    const char = plain[i]!;
    if (char === ' ' && plain[i + 1] === LABEL_OPEN && plain[i + 2] !== LABEL_OPEN) {
      const close = plain.indexOf(LABEL_CLOSE, i + 2);
      if (close !== -1) {
        i = close;
        continue;
      }
    }
    if (char === LABEL_OPEN && plain[i + 1] === LABEL_OPEN) i++;
    out += char;
  }
  return out;
}

/** What a label of speech without quotation marks starts with: `reported: `, `turn: `, else nothing. */
function unquotedLabel(quote: Quote): string {
  return quote.kind === 'indirect' ? 'reported: ' : quote.kind === 'turn' ? 'turn: ' : '';
}

/** What a label says: the speaker as the table shows them, and the relay. */
function label(quote: Quote): string {
  const name = speakerName(quote) + (quote.via === null ? '' : ` via ${toOneLine(quote.via)}`);
  return name.replaceAll(LABEL_OPEN, '(').replaceAll(LABEL_CLOSE, ')');
}

/** The quotation that most closely encloses [from, to), if any. */
function innermost(quotes: readonly Quote[], from: number, to: number): Quote | undefined {
  let best: Quote | undefined;
  for (const quote of quotes) {
    if (quote.start <= from && quote.end >= to && (best === undefined || quote.start >= best.start)) best = quote;
  }
  return best;
}

/**
 * Article text safe for a terminal, code point for code point: control characters other than
 * tab, line feed and a carriage return before a line feed become U+FFFD.
 */
function sanitize(text: string): string {
  return text.replace(/\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\uFFFD');
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(offset, length));
}
