/**
 * How sure whosaid is of each attribution, in one table.
 *
 * A record's `confidence` is the cue rule's number (CUE) times the certainty with which the
 * words it found were resolved to a speaker (RESOLVED), rounded to two places. A quotation with
 * no cue of its own takes a FLOATING number instead; one with no speaker has 0.
 *
 *     “…,” Lavrov said.        cue after, a name     0.95 × name 1       = 0.95
 *     “…,” he said.            cue after, a pronoun  0.9  × he → known   = 0.9 × 0.85 = 0.77
 *     “…”  (next paragraph)    floating, a block on                      = 0.6
 */

/** By cue rule (attribute/): how sure the rule is that the words it found name the speaker. */
export const CUE = {
  /** “…,” Lavrov said. / “…,” a spokesman said. (after) */
  cueAfterName: 0.95,
  /** “…,” he said. (after) */
  cueAfterPronoun: 0.9,
  /** “…,” said Paul Martin. (after, the verb first) */
  cueAfterVerb: 0.95,
  /** “…” — Mark Twain (after) */
  dash: 0.85,
  /** “…,” according to the Kremlin. / According to X, “…” (after, before) */
  accordingTo: 0.9,
  /** Lavrov said: “…” / X told reporters, “…” — only the verb's object between (before) */
  verbBefore: 0.9,
  /** Lavrov said the ferry was “finished.” — more words between (before, method 'sentence') */
  verbEarlierInSentence: 0.75,
  /** Putin: “…” / PENCE: “…” (before) */
  colon: 0.85,
  /** Putin’s first point …: “…” (before) */
  possessive: 0.75,
  /** His remarks …: “…” (before) */
  possessivePronoun: 0.7,
  /** She then addressed the crowd: “…” (before, method 'sentence') */
  clauseColon: 0.6,
  /** “A wish list” was how she dismissed it. (elsewhere in the sentence) */
  verbLaterInSentence: 0.7,
  /** Trump admires Putin as a “strong leader” (elsewhere in the sentence) */
  characterization: 0.6,
  /** Said Putin: “…” — the subject after the verb: the verb's number times this */
  subjectAfterVerb: 0.9,
  /** PENCE: Well, look, … (a transcript turn) */
  transcriptTurn: 0.85,
  /** A: … (an interview answer) */
  interviewAnswer: 0.7,
  /** Putin quoted Mark Twain, saying “…” (a relay) */
  relay: 0.85,
  /** Putin said that … — no quotation: who is speaking, for the quotations after (reported speech) */
  reportedSpeech: 0.7,
} as const;

/** By resolution (resolve-speakers/): how sure the words are to stand for the speaker found. */
export const RESOLVED = {
  /** a name the article gives (Lavrov → Sergey Lavrov), or a person named so */
  name: 1,
  /** an organisation or a name no index knows, taken as written (the Kremlin) */
  asWritten: 0.95,
  /** Nora Whitcombe and Ade Balogun said */
  jointSpeakers: 0.9,
  /** The Admiralty said: one word after “the” that names no person */
  institution: 0.9,
  /** the senator, the company: someone named before */
  nominalNamedBefore: 0.8,
  /** a spokesman for the authority: as written */
  nominalAsWritten: 0.9,
  /** he, she: someone named before whose gender is known */
  pronounKnownGender: 0.85,
  /** he, they: someone named before, gender unknown */
  pronounGuess: 0.7,
  /** “…,” I said. — outside any quotation, the one who wrote the article */
  author: 0.8,
  /** A: an interview answer is the first person the article names */
  interviewee: 0.8,
  /** “I told the board ‘…’”: I or we inside a quotation is its speaker */
  firstPersonInside: 0.8,
} as const;

/** A quotation with no cue of its own, credited to the speaker of the context before it (resolve-speakers/floating). */
export const FLOATING = {
  /** the speaker of the quotation before, or of reported speech, in the same block */
  sameBlock: 0.75,
  /** the last speaker one or two blocks back */
  earlier: 0.6,
} as const;

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
