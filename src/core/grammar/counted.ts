/**
 * A quantity of people described by capitalised words that qualify a noun, read as one noun
 * phrase rather than a name with the quantity as its role:
 *
 *     “…,” one City fan said.            → one City fan (not City)
 *     Two Rovers supporters told …       → Two Rovers supporters
 */
import { CLAUSE_WORDS, FUNCTION_WORDS, NUMBER_WORDS, PREPOSITIONS, QUANTITY_WORDS, VERB_MODIFIERS, VERB_WORDS } from '../../lexicon/words.js';
import type { Reader } from '../read/reader.js';
import type { Token } from '../read/tokens.js';
import { isNameWord } from './names.js';
import type { Phrase } from './phrases.js';
import { isSpeechVerb } from './speech-verb.js';

/** A word that counts people: one, two, several, many. */
function isQuantity(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && (NUMBER_WORDS.has(t.lower) || QUANTITY_WORDS.has(t.lower));
}

/** A lower-case word that can be the noun capitalised words qualify: fan, supporters, aides (no verb, adverb or function word). */
function isPlainNoun(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && !t.cap && !VERB_WORDS.has(t.lower) && !FUNCTION_WORDS.has(t.lower) && !CLAUSE_WORDS.has(t.lower) &&
    !PREPOSITIONS.has(t.lower) && !VERB_MODIFIERS.has(t.lower) && !/ly$/.test(t.lower);
}

/**
 * said | one City fan: the phrase from `start` (a quantity) whose name words end at `nameEnd`,
 * where a plain noun follows them, or null.
 */
export function countedAfter(r: Reader, start: number, nameEnd: number, ceiling: number): Phrase | null {
  if (!isQuantity(r.tokens[start]) || nameEnd >= ceiling || !isPlainNoun(r.tokens[nameEnd]) || isSpeechVerb(r.tokens, nameEnd) ||
    isNameWord(r, nameEnd + 1)) return null;
  return { kind: 'nominal', start, end: nameEnd + 1, nameStart: start, nameEnd: nameEnd + 1, role: null };
}

/** One City fan | said: the phrase that ends with the noun at `j`, after name words and a quantity, or null. */
export function countedBefore(r: Reader, j: number, floor: number): Phrase | null {
  if (!isPlainNoun(r.tokens[j]) || !isNameWord(r, j - 1)) return null;
  let m = j - 1;
  while (m - 1 >= floor && isNameWord(r, m - 1)) m--;
  if (m - 1 < floor || !isQuantity(r.tokens[m - 1])) return null;
  return { kind: 'nominal', start: m - 1, end: j + 1, nameStart: m - 1, nameEnd: j + 1, role: null };
}
