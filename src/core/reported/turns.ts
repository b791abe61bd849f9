/**
 * Transcript turns (with `indirect`): a paragraph that opens with its speaker's name in capitals
 * and a colon, or with Q: or A:; the turn runs to the next one.
 *
 *     HALVEY: With what I call living within our means.     → a turn of HALVEY's
 *     Every family in this state does it.                    → (still HALVEY's, when another turn follows)
 *     MARCHETTI: That is a slogan.                           → a turn of MARCHETTI's
 *
 * An article holds turns only where two paragraphs at least open so (one “UPDATE:” is no
 * transcript), and labels such as CORRECTION: or WATCH: are nobody's.
 */
import { NOT_SPEAKER_LABELS } from '../../lexicon/reported.js';
import type { Doc } from '../segment.js';

/** A turn: who speaks (the label, in code units) and what they say (code units, half-open), from paragraph `first` to `last`. */
export interface Turn {
  label: [number, number];
  /** the label is Q (the interviewer's) or A (the interviewee's), or null for a name */
  interview: 'Q' | 'A' | null;
  content: [number, number];
  first: number;
  last: number;
}

// PENCE: / MS. CLINTON: / Q: / A: — at most four words in capitals, then a colon and the words
const LABEL = /^[ \t"\u201C\u201D]*((?:[A-Z][A-Z.\u2019'-]*)(?: [A-Z][A-Z.\u2019'-]*){0,3}):[ \t]+(?=\S)/;

/** The turns of an article, in order. */
export function findTurns(doc: Doc): Turn[] {
  const labelled: Array<{ p: number; label: [number, number]; content: number; interview: 'Q' | 'A' | null }> = [];
  doc.paragraphs.forEach((paragraph, p) => {
    const head = doc.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 60));
    const m = LABEL.exec(head);
    if (!m) return;
    const label = m[1]!;
    const interview = label === 'Q' || label === 'A' ? label : null;
    if (!interview && (!/[A-Z]{2}/.test(label) || label.split(' ').some((w) => NOT_SPEAKER_LABELS.has(w.toLowerCase().replace(/[.:]$/, ''))))) return;
    const at = paragraph.start + m[0].indexOf(label);
    labelled.push({ p, label: [at, at + label.length], content: paragraph.start + m[0].length, interview });
  });
  if (labelled.length < 2) return [];
  return labelled.map((t, i) => {
    const next = labelled[i + 1];
    // the last turn of the transcript holds its own paragraph only: what follows may be the reporter's again
    const last = next ? next.p - 1 : t.p;
    return { label: t.label, interview: t.interview, content: [t.content, doc.paragraphs[last]!.end], first: t.p, last };
  });
}
