/**
 * Words about people: pronouns, first names and surnames. The long lists (first names by
 * gender, surnames) come from compromise's lexicon, compiled at build time into
 * ./generated/compromise.ts.
 */
import * as compiled from './generated/compromise.js';
import { wordMap, wordSet, words } from './list.js';

export type Gender = 'm' | 'f';

/** Personal pronouns that can stand for a speaker, with gender and number. */
export const PRONOUNS: ReadonlyMap<string, { gender: Gender | null; plural: boolean; person: 1 | 2 | 3 }> = wordMap([
  ['he', { gender: 'm', plural: false, person: 3 }],
  ['she', { gender: 'f', plural: false, person: 3 }],
  ['they', { gender: null, plural: true, person: 3 }],
  ['it', { gender: null, plural: false, person: 3 }],
  ['i', { gender: null, plural: false, person: 1 }],
  ['we', { gender: null, plural: true, person: 1 }],
  ['you', { gender: null, plural: false, person: 2 }],
]);

/** Possessive pronouns for "his remarks": his → he. */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = wordMap([
  ['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it'], ['my', 'i'], ['our', 'we'],
]);

/**
 * Words a mention can be without naming anyone (`--speaker` does not match them): the personal
 * pronouns, the possessives of the third person, him, them, and “one”.
 */
export const MENTION_PRONOUNS: ReadonlySet<string> = wordSet([...PRONOUNS.keys(), ...words('his her its their him them one')]);

/**
 * First names that are also ordinary words, which compromise's lexicon files under the word
 * (“frank”, “ruby”, “bill”): Frank Mulvey, Ruby Tallowen, Bill Clinton.
 */
const WORDLIKE_MALE = words(`frank bill will jack guy art max rich ray dean grant chase wade bob rob gene lance mark jim jerry
  gus hank chip buck rusty sonny earl duke king miles reed glen dale rocky sandy jay don ted tom nick pete ben joe`);
/** Short forms that stand for a man's name or a woman's alike (Pat: Patrick or Patricia; Sam: Samuel or Samantha). */
const SHORT_FORMS_BOTH = words('pat sam jo');
const WORDLIKE_FEMALE = words(`ruby rose grace hope faith joy april may june dawn iris lily violet holly ivy pearl amber crystal
  summer autumn daisy hazel olive poppy sue peg patience heather jade ginger sunny star destiny charity mercy honey candy brandy
  misty robin sky`);

const FEMALE = wordSet(WORDLIKE_FEMALE, words(compiled.FEMALE_NAMES));
const MALE = wordSet(WORDLIKE_MALE, words(compiled.MALE_NAMES));

/** The gender a first name usually has, or null when it is unknown or used for both. */
export function firstNameGender(name: string): Gender | null {
  const w = name.toLowerCase();
  if (BOTH.has(w)) return null;
  const f = FEMALE.has(w);
  const m = MALE.has(w);
  return f === m ? null : f ? 'f' : 'm';
}

/** Whether a word is a known first name (of any gender). */
export function isFirstName(name: string): boolean {
  if (FIRST_NAMES.has(name)) return true;
  const lower = name.toLowerCase();
  return lower !== name && FIRST_NAMES.has(lower);
}
const UNISEX = words(compiled.UNISEX_NAMES);
const BOTH = wordSet(SHORT_FORMS_BOTH);
const FIRST_NAMES = new Set([...FEMALE, ...MALE, ...UNISEX, ...BOTH]);

/** Known surnames (compromise's list): help a lone capitalised word count as a person. */
export const LAST_NAMES: ReadonlySet<string> = wordSet([], words(compiled.LAST_NAMES));
