/**
 * How sure whosaid is of each attribution: a probability that the speaker named is right.
 *
 * Each attribution carries its evidence, a set of named features: the cue rule that found it
 * (CUE), how its words were resolved to a speaker (RESOLVED), or the FLOATING context it
 * continues, and what stands around it (the distance to the cue, the kind of phrase, whether a
 * pronoun had a rival, …; resolve-speakers/evidence.ts). `confidence` is the logistic of the
 * weights of its features (confidence-weights.ts, fitted on the train split by
 * scripts/fit-confidence.mjs), rounded to two places; one with no speaker has 0.
 *
 *     “…,” Lavrov said.        rule:cueAfterName resolved:name phrase:name gap:0     → about 0.98
 *     “…,” he said.            rule:cueAfterPronoun resolved:pronounKnownGender      → about 0.9
 *     “…”  (next paragraph)    rule:floatingEarlier                                  → about 0.6
 */
import { OTHER_FEATURES } from '../../lexicon/evidence.js';
import { WEIGHTS } from './confidence-weights.js';

/** By cue rule (attribute/): the rule that found the words naming the speaker (feature rule:NAME). */
export const CUE = {
  /** “…,” Lavrov said. / “…,” a spokesman said. (after) */
  cueAfterName: 'cueAfterName',
  /** “…,” he said. (after) */
  cueAfterPronoun: 'cueAfterPronoun',
  /** “…,” said Paul Martin. (after, the verb first) */
  cueAfterVerb: 'cueAfterVerb',
  /** “…” — Mark Twain (after) */
  dash: 'dash',
  /** “…,” according to the Kremlin. / According to X, “…” (after, before) */
  accordingTo: 'accordingTo',
  /** Lavrov said: “…” / X told reporters, “…” — only the verb's object between (before) */
  verbBefore: 'verbBefore',
  /** Lavrov said the ferry was “finished.” — more words between (before, method 'sentence') */
  verbEarlierInSentence: 'verbEarlierInSentence',
  /** Putin: “…” / PENCE: “…” (before) */
  colon: 'colon',
  /** Putin’s first point …: “…” (before) */
  possessive: 'possessive',
  /** His remarks …: “…” (before) */
  possessivePronoun: 'possessivePronoun',
  /** She then addressed the crowd: “…” (before, method 'sentence') */
  clauseColon: 'clauseColon',
  /** “A wish list” was how she dismissed it. (elsewhere in the sentence) */
  verbLaterInSentence: 'verbLaterInSentence',
  /** Trump admires Putin as a “strong leader” (elsewhere in the sentence) */
  characterization: 'characterization',
  /** PENCE: Well, look, … (a transcript turn) */
  transcriptTurn: 'transcriptTurn',
  /** A: … (an interview answer) */
  interviewAnswer: 'interviewAnswer',
  /** Putin quoted Mark Twain, saying “…” (a relay) */
  relay: 'relay',
  /** Putin said that … — no quotation: who is speaking, for the quotations after (reported speech) */
  reportedSpeech: 'reportedSpeech',
} as const;

/** A cue rule's name. */
export type CueRuleName = keyof typeof CUE;

/** By resolution (resolve-speakers/): how the words were read as the speaker found (feature resolved:NAME). */
export const RESOLVED = {
  /** a name the article gives (Lavrov → Sergey Lavrov), or a person named so */
  name: 'name',
  /** an organisation or a name no index knows, taken as written (the Kremlin) */
  asWritten: 'asWritten',
  /** Nora Whitcombe and Ade Balogun said */
  jointSpeakers: 'jointSpeakers',
  /** The Admiralty said: one word after “the” that names no person */
  institution: 'institution',
  /** the senator, the company: someone named before */
  nominalNamedBefore: 'nominalNamedBefore',
  /** a spokesman for the authority: as written */
  nominalAsWritten: 'nominalAsWritten',
  /** he, she: someone named before whose gender is known */
  pronounKnownGender: 'pronounKnownGender',
  /** he, they: someone named before, gender unknown */
  pronounGuess: 'pronounGuess',
  /** “…,” I said. — outside any quotation, the one who wrote the article */
  author: 'author',
  /** A: an interview answer is the first person the article names */
  interviewee: 'interviewee',
  /** “I told the board ‘…’”: I or we inside a quotation is its speaker */
  firstPersonInside: 'firstPersonInside',
} as const;

/** How a speaker phrase was resolved. */
export type ResolvedHow = keyof typeof RESOLVED;

/** A quotation with no cue of its own, credited to the speaker of the context before it (resolve-speakers/floating; feature rule:NAME). */
export const FLOATING = {
  /** the speaker of the quotation before, or of reported speech, in the same block */
  sameBlock: 'sameBlock',
  /** the last speaker one or two blocks back */
  earlier: 'earlier',
} as const;

/** A floating context's name. */
export type FloatingName = keyof typeof FLOATING;

/** Every feature a weight may name. */
export const FEATURES: ReadonlySet<string> = new Set([
  ...Object.keys(CUE).map((k) => `rule:${k}`), ...Object.keys(FLOATING).map((k) => `rule:${k}`),
  ...Object.keys(RESOLVED).map((k) => `resolved:${k}`), ...OTHER_FEATURES,
]);

const weights = new Map<string, number>(Object.entries(WEIGHTS.features));

/** The probability that a speaker found with these features is right: the logistic of their weights. */
export function confidenceOf(features: readonly string[]): number {
  let z = WEIGHTS.bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Speech without quotation marks (with `indirect`, reported/): how sure the rule is, before resolving the phrase. */
export const INDIRECT = {
  /** Putin said that … / Putin told reporters … (the verb, then what was said) */
  verbBefore: 0.85,
  /** This happened everywhere, Putin added. (what was said, then the verb) */
  verbAfter: 0.85,
  /** …, adding that … (a participle: the clause's subject) */
  participle: 0.75,
  /** According to the ministry, … / …, according to the ministry. */
  accordingTo: 0.85,
  /** PENCE: … (a transcript turn) */
  turn: 0.85,
  /** Q: … / A: … (an interview's question or answer, by who the article says asks and answers) */
  interview: 0.7,
} as const;

/**
 * Speech without quotation marks (with `indirect`): how sure the words are to stand for the
 * speaker found, times the rule's INDIRECT number. Set by hand, not fitted (the fitted model is
 * for quotations).
 */
export const INDIRECT_RESOLVED: Readonly<Record<ResolvedHow, number>> = {
  name: 1, asWritten: 0.95, jointSpeakers: 0.9, institution: 0.9, nominalNamedBefore: 0.8, nominalAsWritten: 0.9,
  pronounKnownGender: 0.85, pronounGuess: 0.7, author: 0.8, interviewee: 0.8, firstPersonInside: 0.8,
};
