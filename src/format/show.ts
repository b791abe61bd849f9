import type { Quote } from '../core/types.js';
import { SpeakerColors } from './palette.js';
import type { Formatter } from './record.js';
import { speakerName } from './speaker.js';
import { toOneLine, truncateStart } from './wrap.js';

/** What opens and closes a speaker label in `--show`: white square brackets, which news text does not use. */
export const LABEL_OPEN = '⟦';
export const LABEL_CLOSE = '⟧';

/** Options of the article view. */
export interface ShowOptions {
  /** color each quotation by its speaker (ANSI escapes) */
  color: boolean;
  /** a heading before each article: on in a batch */
  headings?: boolean;
  /** the width headings are cut to */
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
 * written twice, so the labels can always be told from the text: `unshow` gives the article
 * back exactly. Two changes are not undone: control characters other than tab and line breaks
 * become U+FFFD (an ESC in an article could drive the terminal), and an article that does not
 * end in a line break gets one.
 */
export function createShowFormatter(options: ShowOptions): Formatter {
  const colors = new SpeakerColors(options.color);
  let files = 0;
  return {
    begin: () => '',
    file(result) {
      if (result.error !== undefined || result.text === undefined) return [];
      const heading = options.headings
        ? (files > 0 ? '\n' : '') + colors.paint.bold(truncateStart(toOneLine(result.file), options.width ?? 80)) + '\n\n'
        : '';
      files++;
      return [heading + formatShow(result.text, result.quotes, colors)];
    },
    failed: () => '',
    end: () => '',
  };
}

/**
 * One article with its quotations colored and labelled (see `createShowFormatter`). Quotations
 * may nest: the text of an inner one takes its own speaker's color, and its label comes after
 * its own closing mark, before the outer one's.
 */
export function formatShow(text: string, quotes: readonly Quote[], colors: SpeakerColors): string {
  const chars = Array.from(sanitize(text));
  // the places where the color may change: every start and end of a quotation
  const cuts = new Set<number>([0, chars.length]);
  for (const quote of quotes) cuts.add(clamp(quote.start, chars.length)).add(clamp(quote.end, chars.length));
  const points = [...cuts].sort((a, b) => a - b);

  let out = '';
  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    // labels of the quotations closing here, the innermost (latest opened) first
    const closing = quotes.filter((q) => clamp(q.end, chars.length) === at && q.end > q.start).sort((a, b) => b.start - a.start);
    for (const quote of closing) out += colors.paint.dim(colors.of(quote.speaker)(` ${LABEL_OPEN}${label(quote)}${LABEL_CLOSE}`));
    const next = points[i + 1];
    if (next === undefined) break;
    const piece = chars.slice(at, next).join('').replaceAll(LABEL_OPEN, LABEL_OPEN + LABEL_OPEN);
    const inner = innermost(quotes, at, next);
    out += inner === undefined ? piece : colors.of(inner.speaker)(piece);
  }
  // a line break at the end of an article that has none, so the prompt starts on a line of its own
  return text.endsWith('\n') ? out : out + '\n';
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
