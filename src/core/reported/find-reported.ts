/**
 * Reported speech (with `indirect`): in one sentence, what someone is said to have said without
 * quotation marks, as the tokens of the content and the cue that names who said it.
 *
 *     Marquez said that the bridge would open.        → the bridge would open          (Marquez)
 *     Marquez told reporters the city had paid.       → the city had paid              (Marquez)
 *     It happens every winter, Marquez added.         → It happens every winter        (Marquez)
 *     According to the ministry, the talks failed.    → the talks failed               (the ministry)
 *     He said the plan was “a disaster”.              → the plan was “a disaster”      (the quotation keeps its record)
 *     “We won,” she said.                             → nothing: the quotation is the content
 */
import { ADVERBIAL_OPENERS } from '../../lexicon/cues.js';
import { PRONOUNS } from '../../lexicon/people.js';
import { ADDRESSEE_VERBS, BEFORE_THAT, NOT_REPORTING } from '../../lexicon/reported.js';
import { BE_FORMS, DETERMINERS, PREPOSITIONS } from '../../lexicon/words.js';
import { INDIRECT } from '../attribute/confidence.js';
import { cue, type Cue } from '../attribute/cue.js';
import { clauseAttribution } from '../attribute/sentence.js';
import { isFirstPerson, phraseAfter } from '../grammar/phrases.js';
import { isSpeechVerb } from '../grammar/speech-verb.js';
import type { Reader } from '../read/reader.js';
import type { Sentence } from '../read/sentences.js';

/** One statement reported in a sentence: its cue, and the content as tokens [from, to). */
export interface ReportedSpeech {
  cue: ReportedCue;
  from: number;
  to: number;
}

/** Whether the quotation of a quote token (its index among the article's) is a whole one, which reported content stops before. */
export type IsWhole = (quote: number) => boolean;

/** A cue of reported speech, with how sure its rule is (attribute/confidence.ts, INDIRECT). */
export type ReportedCue = Cue & { confidence: number };

/** A cue found, with where its content lies and where it cuts the content of a cue before it. */
interface Found {
  cue: ReportedCue;
  from: number;
  to: number;
  /** the content comes after the cue (it runs on to the next cue that opens a clause of its own) */
  after: boolean;
  /** where this cue's own clause starts (the comma of “, adding that”), or -1 when it stands inside the content before */
  boundary: number;
}

const TERMINAL = /^[.!?;:,\u2014\u2013\u2026)-]$/;

/** The statements reported in sentence `s`, in order of their cues. */
export function findReported(r: Reader, s: Sentence, whole: IsWhole): ReportedSpeech[] {
  const found: Found[] = [];
  for (let k = s.start; k < s.end; k++) {
    const t = r.tokens[k]!;
    if (t.type !== 'word') continue;
    if (t.lower === 'according' && r.tokens[k + 1]?.lower === 'to') {
      const f = accordingTo(r, k, s);
      if (f) found.push(f);
      continue;
    }
    if (!t.cue || !isSpeechVerb(r.tokens, k)) continue;
    const f = verbCue(r, k, s);
    if (f) found.push(f);
  }
  const out: ReportedSpeech[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    let to = f.to;
    // Marquez said that …, arguing that …: the first content stops where the second cue's clause starts
    if (f.after) for (let j = i + 1; j < found.length; j++) {
      const b = found[j]!.boundary;
      if (b > f.from && b < to) {
        to = b;
        break;
      }
    }
    // She told reporters the board would ask the bidders to cut prices: a cue inside what another said is part of it
    if (f.boundary < 0 && f.after && found.some((g, j) => j < i && g.after && g.from <= f.cue.cueStart && f.cue.cueStart < g.to)) continue;
    const span = trimmed(r, f.from, to, f.after, whole);
    if (span) out.push({ cue: f.cue, from: span[0], to: span[1] });
  }
  return out;
}

/** The sentence's last token that is not closing punctuation, plus one. */
function contentEnd(r: Reader, s: Sentence): number {
  let end = s.end;
  while (end > s.start && r.tokens[end - 1]!.type === 'punct' && TERMINAL.test(r.tokens[end - 1]!.text)) end--;
  return end;
}

// according to the ministry, the talks failed / the talks failed, according to the ministry / the plan, according to X, is dead
function accordingTo(r: Reader, k: number, s: Sentence): Found | null {
  const p = phraseAfter(r, k + 2, accordingCeiling(r, k + 2, s.end));
  if (!p) return null;
  const c = { ...cue('according-to', p, k, k + 2, 'accordingTo'), confidence: INDIRECT.accordingTo };
  const end = contentEnd(r, s);
  // (But according to …: a word or two may open the sentence)
  if (k - s.start <= 2 && r.tokens.slice(s.start, k).every((t) => t.type === 'word' && !t.cue)) {
    return { cue: c, from: p.end, to: end, after: true, boundary: -1 };
  }
  // the talks failed, according to the ministry. / …, according to the operator, Westline Crossings.
  const closing = p.end >= end || (r.tokens[p.end]!.text === ',' && r.tokens.slice(p.end + 1, end).every((t) => t.cap || t.type === 'punct'));
  if (closing) return { cue: c, from: s.start, to: r.tokens[k - 1]?.text === ',' ? k - 1 : k, after: false, boundary: k - 1 };
  return { cue: c, from: s.start, to: end, after: false, boundary: -1 };
}

/**
 * Where the phrase after “according to” must end: at its comma, or at the next one when a name
 * alone stands between them (according to the harbour master, Tomasz Lindqvist, the ferry …).
 */
function accordingCeiling(r: Reader, from: number, end: number): number {
  const commaAfter = (i: number) => {
    for (let k = i; k < end; k++) if (r.tokens[k]!.text === ',') return k;
    return end;
  };
  const first = commaAfter(from);
  if (first >= end) return end;
  const second = commaAfter(first + 1);
  // (or a role: according to Tomasz Lindqvist, the harbour master, the ferry …)
  const between = r.tokens.slice(first + 1, second);
  const aside = second < end && between.length <= 5 && (between.every((t) => t.cap) ||
    (DETERMINERS.has(between[0]!.lower) && between.every((t) => t.type === 'word' && !BE_FORMS.has(t.lower) && !t.cue)));
  return aside ? second : first;
}

// Marquez said (that) … / Marquez told reporters … / …, Marquez added. / …, said Marquez. / …, adding that …
function verbCue(r: Reader, v: number, s: Sentence): Found | null {
  const participle = /ing$/.test(r.tokens[v]!.lower);
  const clause = clauseAttribution(r, v, s.start, 'cue', 'reportedSpeech');
  const found = clause && { ...clause, confidence: participle ? INDIRECT.participle : INDIRECT.verbBefore };
  if (!found || found.via || isFirstPerson(r, found.phrase)) return null;
  // He was questioned by counsel / she was told that …: the subject of a passive is the one spoken to
  if (BE_FORMS.has(r.tokens[v - 1]?.lower ?? '') && !participle) return null;
  const p = found.phrase;
  const end = contentEnd(r, s);
  // …, said Marquez.
  if (p.start > v) {
    if (r.tokens[v - 1]?.text !== ',' || v - 1 <= s.start) return null;
    return { cue: { ...found, confidence: INDIRECT.verbAfter }, from: s.start, to: v - 1, after: false, boundary: v - 1 };
  }
  // It happens every winter, Marquez added. / The plan, he said, is dead.
  const lead = p.start - 1;
  if (r.tokens[lead]?.text === ',' && lead > s.start && !participle && closes(r, found.cueEnd, end)) {
    const aside = r.tokens[found.cueEnd]?.text === ',' && found.cueEnd + 1 < end && !/ing$/.test(r.tokens[found.cueEnd + 1]!.lower);
    return { cue: { ...found, confidence: INDIRECT.verbAfter }, from: s.start, to: aside ? end : lead, after: false, boundary: lead };
  }
  if (NOT_REPORTING.has(r.tokens[v]!.lemma ?? '')) return null;
  const from = complementStart(r, v, found.cueEnd, end);
  if (from >= end) return null;
  // he spoke of his friendship / she apologized to Carson: a preposition names what or whom it was about, not what was said
  const first = r.tokens[from]!;
  if (PREPOSITIONS.has(first.lower) && wordsIn(r, from, end) < 7) return null;
  // he admitted some culpability: without “that” or a colon, a short object is no statement
  const opened = /^(?:that|:)$/.test(r.tokens[from - 1]?.lower ?? '');
  if (!opened && wordsIn(r, from, end) < 3) return null;
  const before = r.tokens[participle ? v - 1 : p.start - 1];
  const boundary = before && (before.text === ',' || /^(?:and|but|while)$/.test(before.lower)) ? (participle ? v - 1 : p.start - 1) : -1;
  return { cue: found, from, to: end, after: true, boundary };
}

/** After a verb at `i`: nothing more is said (the sentence ends, or an adverbial, or another cue's clause follows). */
function closes(r: Reader, i: number, end: number): boolean {
  if (i >= end) return true;
  const t = r.tokens[i]!;
  if (t.text === ',') return true;
  if (!ADVERBIAL_OPENERS.has(t.lower) || t.lower === 'that') return false;
  for (let k = i; k < end; k++) if (r.tokens[k]!.lower === 'that' || r.tokens[k]!.text === ':' || r.tokens[k]!.type === 'quote') return false;
  return end - i <= 8;
}

/**
 * Where what was said starts after the cue ending at `at`: past the one spoken to, the
 * adverbials and the “that”.
 *
 *     said that | …     told reporters | …     said on Tuesday in a statement that | …
 */
function complementStart(r: Reader, v: number, at: number, end: number): number {
  let k = at;
  if (r.tokens[k]?.lower === 'that') return k + 1;
  // said on Tuesday that …, told the committee in a letter that …
  for (let j = k; j < end && j < k + 14; j++) {
    const t = r.tokens[j]!;
    if (t.lower === 'that' && j > k) return j + 1;
    if (!(t.cap || t.type === 'poss' || /^\d/.test(t.text) || t.text === ',' || BEFORE_THAT.has(t.lower) || PREPOSITIONS.has(t.lower) ||
      DETERMINERS.has(t.lower))) break;
  }
  if (ADDRESSEE_VERBS.has(r.tokens[v]!.lemma ?? '')) {
    const t = r.tokens[k];
    // told him …, told reporters …, told the committee …, told CNN …
    if (t && (PRONOUNS.has(t.lower) || /^(?:him|them|me|us|reporters|journalists)$/.test(t.lower))) k++;
    else if (t && t.cap) while (r.tokens[k]?.cap || r.tokens[k]?.type === 'poss') k++;
    else if (t && DETERMINERS.has(t.lower) && r.tokens[k + 1]?.type === 'word') k += 2;
  }
  // “…,” he said, adding that …: a comma and another cue after the verb: nothing is said here
  if (r.tokens[k]?.text === ',' && (/ing$/.test(r.tokens[k + 1]?.lower ?? '') || r.tokens[k + 1]?.lower === 'according')) return end;
  while (k < end && (r.tokens[k]!.lower === 'that' || /^[,:\u2014\u2013-]$/.test(r.tokens[k]!.text))) k++;
  return k;
}

/**
 * The content [from, to) as a record holds it: no punctuation at its ends, nothing from a whole
 * quotation on (it has its own record); null when what is left is a quotation alone, or less
 * than two words.
 */
function trimmed(r: Reader, from: number, to: number, after: boolean, whole: IsWhole): [number, number] | null {
  for (let k = from; k < to; k++) {
    const t = r.tokens[k]!;
    if (t.type !== 'quote') continue;
    // He said Russia had offered aid; “we have extended this proposal.”: a quotation after a semicolon or a colon is a sentence of its own
    if (!whole(t.quote) && !(after && k > from && /^[;:]$/.test(r.tokens[k - 1]!.text))) continue;
    // He said the city held; “we did not leave.” / “We did not leave.” The city held, he said.
    if (after) to = k;
    else from = k + 1;
    if (after) break;
  }
  // PORT ELLERY — The board has put off its vote …, its chair said: not the dateline
  const dash = r.tokens.slice(from, Math.min(to, from + 6)).findIndex((t) => /^[\u2014\u2013]$/.test(t.text));
  if (!after && dash > 0 && r.tokens.slice(from, from + dash).every((t) => t.type === 'word' && t.text === t.text.toUpperCase())) from += dash + 1;
  while (from < to && r.tokens[from]!.type === 'punct' && /^[,;:.\u2014\u2013-]$/.test(r.tokens[from]!.text)) from++;
  while (to > from && r.tokens[to - 1]!.type === 'punct' && TERMINAL.test(r.tokens[to - 1]!.text)) to--;
  // My predecessor told me “you will say no,” and he was right: what was said is the quotation
  if (after && r.tokens[from]?.type === 'quote') return null;
  return wordsIn(r, from, to) >= 2 ? [from, to] : null;
}

/** How many words (not quotations, not punctuation) stand in tokens [from, to). */
function wordsIn(r: Reader, from: number, to: number): number {
  let words = 0;
  for (let k = from; k < to; k++) if (r.tokens[k]!.type === 'word') words++;
  return words;
}
