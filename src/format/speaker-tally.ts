import { tidyRole } from '../core/grammar/roles.js';
import type { Quote, SpeakerGender, SpeakerType } from '../core/types.js';
import { isSpeech, isUnquoted, nameWords, withoutTitles } from './speaker.js';

/**
 * One line of the per-speaker summary. A person or an organisation is one line over the whole
 * run; a description (“a spokesman”) or the author is one line per file, as each file's is
 * somebody else; `speaker` null gathers the quotations nobody was found for.
 */
export interface SpeakerSummary {
  /** the canonical name, as in the records; null: unattributed */
  speaker: string | null;
  /** the role the articles state most often, cleaned of clauses and verbs, or null */
  role: string | null;
  /** how many quotations (direct and partial) are theirs */
  quotes: number;
  /** how many statements without quotation marks (reported speech, transcript turns) are theirs: only when they are counted (--indirect) */
  reported?: number;
  /** how many words those quotations hold */
  words: number;
  /** in how many files they are quoted */
  files: number;
  /** person, organization, description or author; null for the unattributed line */
  type: SpeakerType | null;
  /** the gender most of their quotations' records give (female, male), or null */
  gender: SpeakerGender;
  /** the file a description or the author belongs to; null for named speakers */
  file: string | null;
}

/** The fields of a summary line in the order every format writes them (new fields added at the end). */
export const SUMMARY_FIELDS = ['speaker', 'role', 'quotes', 'words', 'files', 'type', 'gender', 'file'] as const satisfies readonly (keyof SpeakerSummary)[];

/** The fields with reported statements counted apart (--indirect): `reported` after `quotes`. */
export const REPORTED_SUMMARY_FIELDS = ['speaker', 'role', 'quotes', 'reported', 'words', 'files', 'type', 'gender', 'file'] as const satisfies readonly (keyof SpeakerSummary)[];

/** What the quotations of a run were, for the closing line: by whom, and by gender. */
export interface SummaryTotals {
  quotes: number;
  /** by a person or an organisation named, or by the article's author */
  named: number;
  /** by a description that names nobody: “a spokesman”, “officials” (anonymous sourcing) */
  unnamed: number;
  /** by nobody found */
  none: number;
  /** by speaker gender (each line's gender for all its quotations); unknown includes none */
  female: number;
  male: number;
  unknown: number;
}

const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The words of a text, CJK included (Intl.Segmenter's word boundaries): `“We will win,”` → 3. */
export function countWords(text: string): number {
  let n = 0;
  for (const segment of words.segment(text)) if (segment.isWordLike) n++;
  return n;
}

interface Entry {
  speaker: string | null;
  type: SpeakerType | null;
  file: string | null;
  quotes: number;
  reported?: number;
  words: number;
  files: number;
  lastFile: number;
  /** role → how often the records state it */
  roles: Map<string, number>;
  female: number;
  male: number;
}

/** A name as the merging compares it, titles off the front: `Mr. Lavrov` → ["lavrov"]. */
function bareName(name: string): string[] {
  return withoutTitles(nameWords(name));
}

/**
 * Counters per speaker over a whole run. People and organisations are merged across files by
 * canonical name, and at the end a surname alone (or a titled one: “Mr Lavrov”) joins the one
 * full name of the run that ends in it (two full names ending so: it stays apart). Descriptions
 * and the author are counted per file. A relayed quotation (Mark Twain's line quoted by Putin)
 * counts for its speaker, never for the relay (`via`). Only speech counts: scare quotes and
 * titles (listed with --all) do not. Memory holds one counter per line, never the records.
 */
export class SpeakerTally {
  readonly #entries = new Map<string, Entry>();
  /** `short\0full` → in how many files both a surname line and the full name ending in it are quoted */
  readonly #together = new Map<string, number>();
  /** inputs read */
  files = 0;

  /** `reported`: count statements without quotation marks too, in a column of their own (--indirect) */
  constructor(private readonly reported = false) {}

  /** Counts the quotations of one finished input (one that could not be read counts for nothing). */
  add(result: { file: string; quotes: readonly Quote[]; error?: string | undefined }): void {
    if (result.error !== undefined) return;
    const fileNo = this.files++;
    const touched = new Set<Entry>();
    for (const quote of result.quotes) {
      const unquoted = this.reported && isUnquoted(quote);
      if (!isSpeech(quote) && !unquoted) continue;
      const type = quote.speaker === null ? null : quote.speakerType ?? 'person';
      const local = type === 'description' || type === 'author';
      const key = quote.speaker === null ? '\0none' : local ? `${type}\0${result.file}\0${quote.speaker}` : `\0${quote.speaker}`;
      let entry = this.#entries.get(key);
      if (entry === undefined) {
        entry = { speaker: quote.speaker, type, file: local ? result.file : null, quotes: 0, ...(this.reported && { reported: 0 }), words: 0, files: 0, lastFile: -1, roles: new Map(), female: 0, male: 0 };
        this.#entries.set(key, entry);
      }
      const role = tidyRole(quote.role);
      if (role !== null) entry.roles.set(role, (entry.roles.get(role) ?? 0) + 1);
      if (quote.gender === 'female') entry.female++;
      if (quote.gender === 'male') entry.male++;
      if (unquoted) entry.reported!++;
      else {
        entry.quotes++;
        entry.words += countWords(quote.text);
      }
      // files are counted as they come: a file's quotations arrive together, once
      if (entry.lastFile !== fileNo) {
        entry.files++;
        entry.lastFile = fileNo;
        if (!local && entry.speaker !== null) touched.add(entry);
      }
    }
    this.#noteTogether(touched);
  }

  /** Notes the files where a surname line and a full name ending in it are both quoted, so a merge counts each file once. */
  #noteTogether(touched: Set<Entry>): void {
    const shorts = [...touched].filter((e) => bareName(e.speaker!).length === 1);
    if (shorts.length === 0) return;
    for (const full of touched) {
      const w = bareName(full.speaker!);
      if (w.length < 2) continue;
      for (const short of shorts) {
        if (bareName(short.speaker!)[0] !== w[w.length - 1]) continue;
        const key = `${short.speaker}\0${full.speaker}`;
        this.#together.set(key, (this.#together.get(key) ?? 0) + 1);
      }
    }
  }

  /** The lines with surnames merged into their one full name (the counters are left as they are). */
  #merged(): Entry[] {
    const named = [...this.#entries.values()].filter((e) => e.speaker !== null && e.file === null);
    const byLast = new Map<string, Entry[]>();
    for (const e of named) {
      const w = bareName(e.speaker!);
      if (e.type !== 'person' || w.length < 2) continue;
      const last = w[w.length - 1]!;
      byLast.set(last, [...(byLast.get(last) ?? []), e]);
    }
    const out = new Map<Entry, Entry>();
    const into = (e: Entry): Entry => {
      let copy = out.get(e);
      if (!copy) out.set(e, (copy = { ...e, roles: new Map(e.roles) }));
      return copy;
    };
    for (const e of this.#entries.values()) {
      const w = e.speaker === null || e.file !== null ? [] : bareName(e.speaker);
      const fulls = w.length === 1 ? byLast.get(w[0]!) : undefined;
      if (!fulls || fulls.length !== 1 || fulls[0] === e) {
        into(e);
        continue;
      }
      // Lavrov, Mr. Lavrov → Sergey Lavrov, the one full name of the run that ends in it
      const full = into(fulls[0]!);
      full.quotes += e.quotes;
      if (full.reported !== undefined) full.reported += e.reported ?? 0;
      full.words += e.words;
      full.files += e.files - (this.#together.get(`${e.speaker}\0${fulls[0]!.speaker}`) ?? 0);
      full.female += e.female;
      full.male += e.male;
      for (const [role, n] of e.roles) full.roles.set(role, (full.roles.get(role) ?? 0) + n);
    }
    return [...out.values()];
  }

  /**
   * The summary lines: people and organisations first (most quoted first, then most words,
   * then by name), then descriptions and the author (likewise, then by file), unattributed last.
   */
  summary(): SpeakerSummary[] {
    const lines = this.#merged().map((e): SpeakerSummary => ({
      speaker: e.speaker,
      role: mostStated(e.roles),
      quotes: e.quotes,
      ...(e.reported !== undefined && { reported: e.reported }),
      words: e.words,
      files: e.files,
      type: e.type,
      gender: e.female > e.male ? 'female' : e.male > e.female ? 'male' : null,
      file: e.file,
    }));
    const group = (line: SpeakerSummary) => (line.speaker === null ? 2 : line.file !== null ? 1 : 0);
    const text = (a: string | null, b: string | null) => (a! < b! ? -1 : a! > b! ? 1 : 0);
    return lines.sort((a, b) => group(a) - group(b) || b.quotes - a.quotes || (b.reported ?? 0) - (a.reported ?? 0) || b.words - a.words || text(a.speaker, b.speaker) || text(a.file, b.file));
  }
}

/** The role stated most often (the first stated of those as often), or null. */
function mostStated(roles: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let most = 0;
  for (const [role, n] of roles) {
    if (n > most) {
      best = role;
      most = n;
    }
  }
  return best;
}

/** The totals of summary lines: quotations named, unnamed, with no speaker, and by gender. */
export function summaryTotals(lines: readonly SpeakerSummary[]): SummaryTotals {
  const t: SummaryTotals = { quotes: 0, named: 0, unnamed: 0, none: 0, female: 0, male: 0, unknown: 0 };
  for (const line of lines) {
    t.quotes += line.quotes;
    if (line.speaker === null) t.none += line.quotes;
    else if (line.type === 'description') t.unnamed += line.quotes;
    else t.named += line.quotes;
    if (line.gender === 'female') t.female += line.quotes;
    else if (line.gender === 'male') t.male += line.quotes;
    else t.unknown += line.quotes;
  }
  return t;
}
