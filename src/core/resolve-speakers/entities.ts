/**
 * Entities from words: the person or organisation the capitalised words of a mention stand for,
 * taken from the discourse's registry or made there:
 *
 *     Sen. Ted Cruz          → Ted Cruz (a person)
 *     Mr. Obama              → Obama (a man)
 *     Northgate              → Northgate Land, named in full before (an organisation)
 *     the IMF, Caddon Marine → organisations
 */
import { ORG_WORDS } from '../../lexicon/organisations.js';
import { firstNameGender, isFirstName, LAST_NAMES, type Gender } from '../../lexicon/people.js';
import { DEMONYMS, PLACES } from '../../lexicon/places.js';
import { HONORIFICS } from '../../lexicon/titles.js';
import { COMMON_WORDS } from '../../lexicon/words.js';
import { looksLikePerson } from '../grammar/name-words.js';
import { personFor } from '../name-index.js';
import type { Discourse, Entity } from './discourse.js';

/** A lone word the article names in full elsewhere (Lavrov), or nobody. */
export function knownOnly(d: Discourse, words: string[], at: number, article = false): Entity | null {
  const w = words[0]!.toLowerCase();
  return d.index.nameWords.has(w) || LAST_NAMES.has(w) ? entityForWords(d, words, at, false, false, article) : null;
}

/**
 * The person or organisation capitalised words stand for, if they name one; Mr. and Mrs. settle
 * gender. `personal`: the text says a person is meant; `article`: “the” stands before the words
 * (an organisation made now keeps it in its name).
 */
export function entityForWords(d: Discourse, words: string[], at: number, sentenceStart: boolean, personal = false, article = false): Entity | null {
  const e = entityForName(d, words, at, sentenceStart, personal, article);
  const titled = honorificGender(words);
  if (e && titled) {
    e.gender = titled;
    e.genderSure = true;
    e.evidence = titled;
  }
  return e;
}

function entityForName(d: Discourse, words: string[], at: number, sentenceStart: boolean, personal: boolean, article: boolean): Entity | null {
  const bare = withoutTitles(words);
  if (bare.length === 0) return null;
  const person = personFor(d.index, bare.length > 1 ? bare.slice(-3) : bare, at);
  if (person) {
    const e = d.entities.named(person.name, person.gender ?? honorificGender(words), null, false);
    e.evidence ??= person.titleGender;
    return e;
  }
  const lower = bare.map((w) => w.toLowerCase());
  if (lower.some((w) => ORG_WORDS.has(w))) return d.entities.named(bare.join(' '), null, null, true, article);
  if (bare.length === 1) {
    const w = lower[0]!;
    // Northgate for Northgate Land: the organisation named in full before
    const org = d.entities.orgByFirstWord(bare[0]!);
    if (org) return org;
    // Mr. Obama, Sen. Cruz: a title says a person is meant, even at a sentence's start
    const titled = words.length > bare.length;
    const known = d.index.nameWords.has(w) || LAST_NAMES.has(w);
    if (!titled) {
      if (sentenceStart && !known) return null;
      if (PLACES.has(w) || DEMONYMS.has(w)) return null;
      // the IMF, the FBI: an acronym names an organisation
      if (!known && /^[A-Z]{2,6}$/.test(bare[0]!)) return d.entities.named(bare[0]!, null, null, true, article);
      // Putin, Lavrov: a capitalised word no dictionary knows is a surname; Twitter, Medicaid-like words are not
      if (!known && COMMON_WORDS.has(w) && !isFirstName(w)) return null;
    }
    return d.entities.named(bare[0]!, honorificGender(words) ?? firstNameGender(bare[0]!), null, false);
  }
  if (looksLikePerson(bare) || (personal && bare.length > 1 && bare.length <= 4)) {
    // (a name made an organisation before stays one: whether an entity is an organisation is settled when it is made)
    return d.entities.named(bare.join(' '), firstNameGender(bare[0]!) ?? honorificGender(words), null, false);
  }
  // capitalised words that name no person: an organisation (Caddon Marine, Shopper Watch) or a place
  return sentenceStart && bare.length < 2 ? null : d.entities.named(bare.join(' '), null, null, true, article);
}

/** A name without the titles written before it: Sen. Ted Cruz → Ted Cruz (Ministry of Justice stays whole). */
export function withoutTitles(words: string[]): string[] {
  if (words.some((w) => ORG_WORDS.has(w.toLowerCase()))) return words;
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  return words.slice(i);
}

/** The gender an honorific among the words gives: Mr. → m, Mrs. → f. */
export function honorificGender(words: string[]): Gender | null {
  for (const w of words) {
    const g = HONORIFICS.get(w.toLowerCase().replace(/\.$/, ''));
    if (g) return g;
  }
  return null;
}
