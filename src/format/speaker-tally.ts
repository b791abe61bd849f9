import type { Quote } from '../core/types.js';
import { isSpeech, isUnquoted } from './speaker.js';

/** One line of the per-speaker summary; `speaker` null gathers the quotations nobody was found for. */
export interface SpeakerSummary {
  /** the canonical name, as in the records; null: unattributed */
  speaker: string | null;
  /** the first role the articles give the speaker, or null */
  role: string | null;
  /** how many quotations (direct and partial) are theirs */
  quotes: number;
  /** how many statements without quotation marks (reported speech, transcript turns) are theirs: only when they are counted (--indirect) */
  reported?: number;
  /** how many words those quotations hold */
  words: number;
  /** in how many files they are quoted */
  files: number;
}

/** The fields of a summary line in the order every format writes them. */
export const SUMMARY_FIELDS = ['speaker', 'role', 'quotes', 'words', 'files'] as const satisfies readonly (keyof SpeakerSummary)[];

/** The fields with reported statements counted apart (--indirect): `reported` after `quotes`. */
export const REPORTED_SUMMARY_FIELDS = ['speaker', 'role', 'quotes', 'reported', 'words', 'files'] as const satisfies readonly (keyof SpeakerSummary)[];

const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The words of a text, CJK included (Intl.Segmenter's word boundaries): `“We will win,”` → 3. */
export function countWords(text: string): number {
  let n = 0;
  for (const segment of words.segment(text)) if (segment.isWordLike) n++;
  return n;
}

/**
 * Counters per speaker over a whole run. Speakers are merged across files by canonical name. A
 * relayed quotation (Mark Twain's line quoted by Putin) counts for its speaker, never for the
 * relay (`via`). Only speech counts: scare quotes and titles (listed with --all) do not.
 * Memory holds one counter per speaker, never the records.
 */
export class SpeakerTally {
  readonly #speakers = new Map<string | null, SpeakerSummary & { lastFile: string }>();
  /** inputs read */
  files = 0;

  /** `reported`: count statements without quotation marks too, in a column of their own (--indirect) */
  constructor(private readonly reported = false) {}

  /** Counts the quotations of one finished input (one that could not be read counts for nothing). */
  add(result: { file: string; quotes: readonly Quote[]; error?: string | undefined }): void {
    if (result.error !== undefined) return;
    this.files++;
    for (const quote of result.quotes) {
      const unquoted = this.reported && isUnquoted(quote);
      if (!isSpeech(quote) && !unquoted) continue;
      let entry = this.#speakers.get(quote.speaker);
      if (entry === undefined) {
        entry = { speaker: quote.speaker, role: null, quotes: 0, ...(this.reported && { reported: 0 }), words: 0, files: 0, lastFile: '' };
        this.#speakers.set(quote.speaker, entry);
      }
      entry.role ??= quote.role;
      if (unquoted) entry.reported!++;
      else {
        entry.quotes++;
        entry.words += countWords(quote.text);
      }
      // files are counted as they come: a file's quotations arrive together, once
      if (entry.files === 0 || entry.lastFile !== result.file) {
        entry.files++;
        entry.lastFile = result.file;
      }
    }
  }

  /** The summary lines: most quoted first (then most words, then by name), unattributed last. */
  summary(): SpeakerSummary[] {
    const lines = [...this.#speakers.values()].map(({ speaker, role, quotes, reported, words, files }) =>
      (reported === undefined ? { speaker, role, quotes, words, files } : { speaker, role, quotes, reported, words, files }));
    return lines.sort(
      (a, b) =>
        Number(a.speaker === null) - Number(b.speaker === null) ||
        b.quotes - a.quotes ||
        (b.reported ?? 0) - (a.reported ?? 0) ||
        b.words - a.words ||
        (a.speaker! < b.speaker! ? -1 : a.speaker! > b.speaker! ? 1 : 0),
    );
  }
}
