/**
 * Name words, whatever the article: whether a capitalised word before a name is a title rather
 * than part of it (Sen., Organiser, Democrat), and whether words that passed as a name are a
 * person's (Sergey Lavrov) rather than a place's or an organisation's (White House, New York).
 */
import { NAME_PARTICLES } from '../../lexicon/names.js';
import { ORG_WORDS } from '../../lexicon/organisations.js';
import { isFirstName, LAST_NAMES } from '../../lexicon/people.js';
import { DEMONYMS, PLACES } from '../../lexicon/places.js';
import { ROLE_NOUNS } from '../../lexicon/roles.js';
import { HONORIFICS, TITLE_WORDS } from '../../lexicon/titles.js';
import { ADJECTIVE_WORDS, COMMON_WORDS, FUNCTION_WORDS, SENTENCE_ADVERBS, VERB_WORDS } from '../../lexicon/words.js';

/** A word written before a name that is not part of it: Sen., Organiser, Democrat, former. */
export function isTitleWord(word: string): boolean {
  let known = titleWords.get(word);
  if (known === undefined) {
    known = titleWord(word.toLowerCase().replace(/\.$/, ''));
    if (titleWords.size > 50_000) titleWords.clear();
    titleWords.set(word, known);
  }
  return known;
}

/** Words already judged: an article repeats its capitalised words. */
const titleWords = new Map<string, boolean>();

function titleWord(w: string): boolean {
  if (isFirstName(w)) return false;
  return HONORIFICS.has(w) || ROLE_NOUNS.has(w) || DEMONYMS.has(w) || TITLE_WORDS.has(w) ||
    // Organiser, Spokeswoman: agent nouns the lexicon lacks (British spellings); not Lindqvist, not Webster
    (!COMMON_WORDS.has(w) && !LAST_NAMES.has(w) && /(?:iser|izer|ator|sman|swoman|sperson)$/.test(w));
}

/**
 * Whether words that passed as a name are a person's name rather than a place, an
 * organisation or a capitalised phrase: "Sergey Lavrov" yes; "White House", "New York" no.
 */
export function looksLikePerson(name: readonly string[]): boolean {
  if (name.length < 2 || name.length > 5) return false;
  const lower = name.map((w) => w.toLowerCase().replace(/\.$/, ''));
  if (lower.some((w) => ORG_WORDS.has(w) || DEMONYMS.has(w))) return false;
  if (PLACES.has(lower.join(' ')) || PLACES.has(lower[lower.length - 1]!)) return false;
  if (isFirstName(lower[0]!) || /^\p{Lu}\.$/u.test(name[0]!)) return true;
  if (LAST_NAMES.has(lower[lower.length - 1]!)) return true;
  // Ruby Tallowen, Bram de Wit: a surname no dictionary knows, or a particle, after a capitalised word that is no function word
  const last = lower[lower.length - 1]!;
  const particle = lower.slice(1, -1).some((w) => NAME_PARTICLES.has(w));
  if ((particle || !COMMON_WORDS.has(last)) && !FUNCTION_WORDS.has(lower[0]!) && !VERB_WORDS.has(lower[0]!) && /^\p{Lu}\p{Ll}/u.test(name[name.length - 1]!)) return true;
  // unknown names: "Sergey Lavrov" — no word of it is an ordinary English word
  return lower.every((w) => !COMMON_WORDS.has(w) || NAME_PARTICLES.has(w));
}

/**
 * Whether a word is an adverb that can open a sentence: a listed one (Meanwhile, Later) or an
 * -ly adverb made from an adjective (Certainly, Happily, Simply, Truly), which compromise's
 * lexicon derives rather than lists. Not Kelly, Wally, Dolly: no adjective under them. Takes
 * the word in lower case.
 */
export function isSentenceAdverb(w: string): boolean {
  if (SENTENCE_ADVERBS.has(w)) return true;
  if (w.length < 5 || !w.endsWith('ly')) return false;
  // certain-ly, happ-i-ly → happy, simp-ly → simple: the stem an adjective that is never a noun (not Wally, Dolly)
  const stems = [w.slice(0, -2), w.slice(0, -3) + 'y', w.slice(0, -1) + 'e'];
  return stems.some((s) => s.length >= 3 && ADJECTIVE_WORDS.has(s));
}
