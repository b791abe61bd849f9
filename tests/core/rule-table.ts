/**
 * The shape of the rule tables in tests/core/**: each row is
 *
 *     [name, article text, expected quotations, options?]
 *
 * and the expected quotations list only the fields the rule decides. `mention` and `cue` are
 * compared by their text, and so is `context`. `quotes()` gives the quotations `extractQuotes` finds, in order, cut
 * down to the fields the row names, so that `expect(quotes(text, want)).toEqual(want)` checks
 * both the number of quotations and those fields. A table runs its rows with the options it is
 * given (`check(ALL)`: scare quotes, titles, headline fragments and unclosed marks listed too);
 * a row's own options add to them.
 */
import { expect } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import type { ExtractOptions, Quote } from '../../src/index.js';

/** What a row says of one quotation: any of the record's fields, spans as their text. */
export type Seen = Partial<{
  text: string;
  kind: Quote['kind'];
  speaker: string | null;
  role: string | null;
  via: string | null;
  mention: string | null;
  cue: string | null;
  method: Quote['method'];
  /** index of the enclosing quotation's record */
  parent: number | null;
  speakerType: Quote['speakerType'];
  gender: Quote['gender'];
  /** the sentence around it (`{ context: true }`), by its text */
  context: string;
}>;

export type Row = [name: string, text: string, want: Seen[], options?: ExtractOptions];

/** List every kind (`--all`). */
export const ALL: ExtractOptions = { all: true };
/** Only direct and partial quotations, as by default (for a row in a table run with ALL). */
export const SPEECH: ExtractOptions = { all: false };

/** The quotations of `text`, each cut down to the fields its row names (those of the first row for extras). */
export function quotes(text: string, want: readonly Seen[], options: ExtractOptions = {}): Seen[] {
  return extractQuotes(text, options).map((q, i) => {
    const keys = Object.keys(want[i] ?? want[0] ?? {}) as Array<keyof Seen>;
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      if (k === 'mention' || k === 'cue') out[k] = q[k]?.text ?? null;
      else if (k === 'context') out[k] = q.context?.text;
      else out[k] = q[k];
    }
    return out as Seen;
  });
}

/** A table's test: the row's quotations, with the table's options and the row's, are the row's. */
export function check(table: ExtractOptions = {}) {
  return (_name: string, text: string, want: Seen[], options: ExtractOptions = {}): void => {
    expect(quotes(text, want, { ...table, ...options })).toEqual(want);
  };
}
