/**
 * The records whosaid produces. This is the documented contract (README, "Record fields"):
 * fields are added, never renamed.
 *
 * Offsets: `start`/`end` are half-open `[start, end)` intervals in Unicode code points of the
 * decoded text (a leading BOM dropped, nothing else changed). `Array.from(text).slice(start, end)`
 * holds the quotation with its outer marks.
 */

/** What a quoted stretch of text is. Only `direct` and `partial` are listed by default. */
export type QuoteKind =
  /** a whole sentence or more of speech: “We will win,” she said. */
  | 'direct'
  /** a fragment of speech inside a paraphrase: she called the plan “reckless”. */
  | 'partial'
  /** words held at arm's length, not speech: the so-called “experts” */
  | 'scare'
  /** a name of a work, a nickname: “One Hundred Years of Solitude” */
  | 'title'
  /** a quoted fragment in a headline or subhead: Russia ‘achieved its goals’ */
  | 'headline'
  /** an opening mark never closed within its paragraph */
  | 'unclosed'
  /**
   * speech without quotation marks, reported (only with `indirect`): Putin said that his
   * country was not defeated. `start`/`end` hold the reported content, no marks
   */
  | 'indirect'
  /** a transcript or interview turn (only with `indirect`): the words after PENCE: or A:, up to the next turn */
  | 'turn';

/** How the speaker of a quotation was found. */
export type AttributionMethod =
  /** a speech verb next to the quotation: “…,” Lavrov said / X told reporters: “…” */
  | 'cue'
  /** “according to X” */
  | 'according-to'
  /** a name, then a colon, then the quotation: Putin: “…” */
  | 'colon'
  /** a transcript line: PENCE: words */
  | 'transcript'
  /** a dash after the quotation: “…” — X */
  | 'dash'
  /** a possessive with a speech noun: Putin’s first point …; “…” / the ministry’s statement */
  | 'possessive'
  /** the subject of a speech verb elsewhere in the sentence: X called the plan “reckless” */
  | 'sentence'
  /** no cue of its own: continues the speaker of the context before it */
  | 'floating'
  /** a quotation inside a quotation, credited to the one it is quoted from */
  | 'relay'
  /** no speaker found */
  | 'none';

/**
 * What kind of speaker a record names: a `person` or an `organization` by name, a
 * `description` that names nobody in particular (“a spokesman”, “officials”, “the crowd”), or
 * the article's `author` (“I” outside any quotation).
 */
export type SpeakerType = 'person' | 'organization' | 'description' | 'author';

/**
 * The speaker's gender as the article itself gives it (an honorific, a gendered role noun, a
 * pronoun that stands for the speaker), or null. A first name alone is no evidence.
 */
export type SpeakerGender = 'female' | 'male' | null;

/** A stretch of the article: the words themselves and where they stand (code points, half-open). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/**
 * One quotation found in one article; with `indirect`, also one statement reported without
 * quotation marks (kind `indirect` or `turn`), whose `start`/`end` hold the reported content and
 * `text` that content as it stands.
 */
export interface Quote {
  /** 0-based position of the record within its file, in order of `start` */
  index: number;
  /** the text between the outer marks as it stands, line breaks included; paragraph re-opening marks removed */
  text: string;
  /** code point offset of the opening mark */
  start: number;
  /** code point offset just past the closing mark (half-open) */
  end: number;
  /** 1-based line of the opening mark */
  line: number;
  /** 1-based column (code points) of the opening mark */
  column: number;
  kind: QuoteKind;
  /** canonical name of the speaker ("Sergey Lavrov" where the article also says "Lavrov"), or null */
  speaker: string | null;
  /** the speaker's role where the article gives one ("Russian foreign minister"), or null */
  role: string | null;
  /** the words that name the speaker for this quotation ("he", "Lavrov"), or null */
  mention: Span | null;
  /** the speech verb or other cue ("said", "according to", ":"), or null */
  cue: Span | null;
  /** who relays a quotation inside a quotation ("Vladimir Putin" for a Mark Twain line), or null */
  via: string | null;
  /** `index` of the enclosing quotation, or null */
  parent: number | null;
  /** how sure the attribution is, 0–1 (0 when speaker is null) */
  confidence: number;
  method: AttributionMethod;
  /** what kind of speaker `speaker` is; null when `speaker` is null */
  speakerType: SpeakerType | null;
  /** the speaker's gender from the article's own words (Ms, she, spokeswoman), or null */
  gender: SpeakerGender;
  /**
   * only with `{ context: true }`: the sentence that holds the quotation (several, for a
   * quotation over several sentences), with the cue where it ends that sentence, trimmed of white
   * space; inside an enclosing quotation, the sentence of its words that holds this one
   */
  context?: Span;
}

export interface ExtractOptions {
  /** also list scare quotes, titles, headline fragments and unclosed marks */
  all?: boolean;
  /**
   * read doubled apostrophes and backticks ('' and ``) as double quotation marks, as in the
   * NYT archive and LaTeX; off by default, when '' is two apostrophes
   */
  asciiQuotes?: boolean;
  /** give each record its `context`, the sentence that holds the quotation (off by default: it reads each block again) */
  context?: boolean;
  /**
   * also list speech without quotation marks: reported speech (kind `indirect`: X said that …;
   * …, X said.; according to X, …) and transcript turns (kind `turn`: PENCE: …, Q: …, A: …),
   * among the quotations in order of position; off by default
   */
  indirect?: boolean;
}
