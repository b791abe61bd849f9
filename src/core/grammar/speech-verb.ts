/**
 * The speech-verb sense of a word: whether a form of a speech verb is used as a verb where it
 * stands (she said; his remarks; talk radio).
 */
import { POSSESSIVE_PRONOUNS, PRONOUNS } from '../../lexicon/people.js';
import { SPEECH_NOUNS } from '../../lexicon/speech-verbs.js';
import { ADJECTIVE_WORDS, BE_FORMS, DETERMINERS, FUNCTION_WORDS, PREPOSITIONS, VERB_MODIFIERS, VERB_WORDS } from '../../lexicon/words.js';
import type { Sentence } from '../read/sentences.js';
import type { Token } from '../read/tokens.js';

/**
 * Whether the token at `i` is a speech verb used as a verb. A form that is also a noun is a
 * noun after a determiner, a possessive, a preposition or an adjective: a series of “tweets”,
 * his “remarks”, talk radio.
 */
export function isSpeechVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const cue = t?.cue;
  if (!t || !cue) return false;
  // Said Putin: “…” — a capitalised verb only where it opens a sentence, and inflected (not “State senator”)
  if (t.cap && !(cue.lemma && t.lower !== cue.lemma && (i === 0 || tokens[i - 1]!.type === 'punct'))) return false;
  // Hillary shot back; she went on; as he put it
  const second = tokens[i + 1];
  if (second && cue.second === second.lower && tokens[i + 2]?.lower !== 'to') return true;
  // he made the criticism; the ministry issued a statement: a light verb with a speech noun
  if (cue.light && tokens.slice(i + 1, i + 4).some((n) => n.type === 'word' && SPEECH_NOUNS.has(n.lower))) return true;
  const lemma = cue.lemma;
  if (lemma === null) return false;
  const prev = tokens[i - 1];
  // only the base form, the -s form and the -ing form can be nouns (a call, his remarks, the briefing); said, told cannot
  if (!prev || (t.lower !== lemma && !/(?:s|ing)$/.test(t.lower))) return true;
  if (/ing$/.test(t.lower) && !(DETERMINERS.has(prev.lower) || prev.type === 'poss' || POSSESSIVE_PRONOUNS.has(prev.lower))) return true;
  if (prev.type === 'poss' || POSSESSIVE_PRONOUNS.has(prev.lower) || /^\d/.test(prev.text)) return false;
  // a fundraising email said; the campaign’s statements say: before an inflected speech verb, the word is its subject's noun
  const next = tokens[i + 1]?.cue?.lemma;
  if (next && tokens[i + 1]!.lower !== next && !/ing$/.test(tokens[i + 1]!.lower)) return false;
  // the statement was brief: after a form of be, a base form is an adjective or a noun
  if (t.lower === lemma && BE_FORMS.has(prev.lower)) return false;
  // a ministry report said; a 40-page council report: a base form after a singular noun is a compound noun
  if (t.lower === lemma && prev.type === 'word' && !prev.cap && !/s$/.test(prev.lower) && !FUNCTION_WORDS.has(prev.lower) &&
    !VERB_MODIFIERS.has(prev.lower) && !PRONOUNS.has(prev.lower) && prev.lower !== 'to' && !VERB_WORDS.has(prev.lower) && !ADJECTIVE_WORDS.has(prev.lower)) return false;
  // (a letter that says, this shows: demonstratives and relatives take verbs)
  if (prev.type !== 'word' || prev.lower === 'to' || /^(?:that|this|these|those|which|who)$/.test(prev.lower)) return true;
  return !(DETERMINERS.has(prev.lower) || (PREPOSITIONS.has(prev.lower) && prev.lower !== 'to') || (ADJECTIVE_WORDS.has(prev.lower) && !VERB_MODIFIERS.has(prev.lower)));
}

/** Where the sentence's speech verbs stand (token indices, in order), found the first time a rule asks. */
export function speechVerbs(tokens: readonly Token[], s: Sentence): number[] {
  if (!s.verbs) {
    s.verbs = [];
    for (let v = s.start; v < s.end; v++) if (isSpeechVerb(tokens, v)) s.verbs.push(v);
  }
  return s.verbs;
}
