/**
 * Words about people: pronouns, titles and honorifics, roles, name particles.
 * The long lists (first names by gender, surnames, role nouns) come from compromise's lexicon,
 * compiled at build time into ./generated/compromise.ts.
 */
import * as compiled from './generated/compromise.js';

const words = (list: string): Set<string> => new Set(list.split('|').filter(Boolean));

export type Gender = 'm' | 'f';

/** Personal pronouns that can stand for a speaker, with gender and number. */
export const PRONOUNS: ReadonlyMap<string, { gender: Gender | null; plural: boolean; person: 1 | 2 | 3 }> = new Map([
  ['he', { gender: 'm', plural: false, person: 3 }],
  ['she', { gender: 'f', plural: false, person: 3 }],
  ['they', { gender: null, plural: true, person: 3 }],
  ['it', { gender: null, plural: false, person: 3 }],
  ['i', { gender: null, plural: false, person: 1 }],
  ['we', { gender: null, plural: true, person: 1 }],
  ['you', { gender: null, plural: false, person: 2 }],
]);

/** Possessive pronouns for "his remarks": his → he. */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it'], ['my', 'i'], ['our', 'we'],
]);

/**
 * First names that are also ordinary words, which compromise's lexicon files under the word
 * (“frank”, “ruby”, “bill”): Frank Mulvey, Ruby Tallowen, Bill Clinton.
 */
const WORDLIKE_MALE = ['frank', 'bill', 'will', 'jack', 'guy', 'art', 'max', 'rich', 'ray', 'dean', 'grant', 'chase', 'wade', 'bob',
  'rob', 'pat', 'gene', 'lance', 'mark', 'jim', 'jerry', 'gus', 'hank', 'chip', 'buck', 'rusty', 'sonny', 'earl', 'duke', 'king',
  'miles', 'reed', 'glen', 'dale', 'rocky', 'sandy', 'jay', 'don', 'ted', 'tom', 'nick', 'pete', 'ben', 'sam', 'joe'];
const WORDLIKE_FEMALE = ['ruby', 'rose', 'grace', 'hope', 'faith', 'joy', 'april', 'may', 'june', 'dawn', 'iris', 'lily', 'violet',
  'holly', 'ivy', 'pearl', 'amber', 'crystal', 'summer', 'autumn', 'daisy', 'hazel', 'olive', 'poppy', 'sue', 'peg', 'patience',
  'heather', 'jade', 'ginger', 'sunny', 'star', 'destiny', 'charity', 'mercy', 'honey', 'candy', 'brandy', 'misty', 'robin', 'sky'];

const FEMALE = new Set([...words(compiled.FEMALE_NAMES), ...WORDLIKE_FEMALE]);
const MALE = new Set([...words(compiled.MALE_NAMES), ...WORDLIKE_MALE]);

/** The gender a first name usually has, or null when it is unknown or used for both. */
export function firstNameGender(name: string): Gender | null {
  const w = name.toLowerCase();
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
const FIRST_NAMES = new Set([...FEMALE, ...MALE, ...UNISEX]);

/** Known surnames (compromise's list): help a lone capitalised word count as a person. */
export const LAST_NAMES: ReadonlySet<string> = words(compiled.LAST_NAMES);

/** Titles written before a name, with the gender they imply: Mr., Sen., Gov., Rep. */
export const HONORIFICS: ReadonlyMap<string, Gender | null> = new Map<string, Gender | null>([
  ...[...words(compiled.HONORIFICS)].map((h): [string, Gender | null] => [h, null]),
  ...['mr', 'sir', 'lord', 'king', 'prince', 'duke', 'baron', 'count', 'father', 'brother', 'uncle'].map((h): [string, Gender] => [h, 'm']),
  ...['mrs', 'ms', 'miss', 'madam', 'madame', 'mme', 'mlle', 'dame', 'lady', 'queen', 'princess', 'duchess', 'baroness', 'countess',
    'sister', 'mother', 'aunt'].map((h): [string, Gender] => [h, 'f']),
  ...['dr', 'prof', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'capt', 'cmdr', 'sgt', 'maj', 'adm', 'atty', 'rev', 'hon', 'pres',
    'supt', 'insp', 'det', 'cpl', 'pvt', 'amb', 'sec', 'treas', 'del', 'assemblyman', 'assemblywoman', 'councilman', 'councilwoman',
    'rabbi', 'imam', 'pastor', 'bishop', 'cardinal', 'pope', 'sheikh', 'sheik', 'emir', 'judge', 'justice', 'coach', 'officer',
    'deputy', 'sergeant', 'corporal', 'private', 'captain', 'major', 'colonel', 'general', 'admiral', 'lieutenant', 'commander',
    'chancellor', 'premier', 'president', 'vice', 'senator', 'governor', 'congressman', 'congresswoman', 'representative',
    'mayor', 'speaker', 'secretary', 'minister', 'ambassador', 'chairman', 'chairwoman', 'chair', 'director', 'professor',
    'doctor', 'detective', 'inspector', 'superintendent', 'sheriff', 'attorney', 'councillor', 'councilor', 'commissioner',
    'chief', 'leader', 'prime', 'whip',
    'candidate', 'nominee', 'trustee', 'alderman', 'alderwoman', 'magistrate', 'prosecutor', 'agent', 'spokesman',
    'spokeswoman', 'spokesperson', 'rep.', 'sen.'].map((h): [string, null] => [h, null]),
  ...['congressman', 'assemblyman', 'councilman', 'chairman', 'spokesman', 'alderman'].map((h): [string, Gender] => [h, 'm']),
  ...['congresswoman', 'assemblywoman', 'councilwoman', 'chairwoman', 'spokeswoman', 'alderwoman'].map((h): [string, Gender] => [h, 'f']),
]);

/** Nouns that name a person by what they do: the senator, a spokesman, the auditor. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...words(compiled.ROLE_NOUNS),
  ...`official officials spokesman spokeswoman spokesperson spokespeople representative representatives aide aides
  adviser advisers advisor advisors source sources senator senators governor congressman congresswoman lawmaker lawmakers
  candidate nominee president secretary minister ministers chancellor premier mayor councillor councilor chairman chairwoman
  chair director executive ceo founder analyst analysts expert experts economist economists strategist strategists
  pollster pollsters researcher researchers scientist scientists professor lawyer lawyers attorney attorneys prosecutor
  prosecutors judge justice detective detectives officer officers police policeman investigator investigators agent agents
  auditor auditors critic critics supporter supporters opponent opponents protester protesters voter voters resident residents
  witness witnesses neighbor neighbors neighbour neighbours friend friends member members leader leaders organizer organizers
  activist activists campaign manager managers employee employees worker workers staffer staffers diplomat diplomats
  ambassador envoy commander general colonel captain sheriff deputy commissioner superintendent inspector coach player players
  owner owners father mother son daughter wife husband brother sister parent parents family relative relatives
  host anchor reporter reporters journalist journalists editor editors columnist columnists author writer writers
  historian historians veteran veterans student students teacher teachers doctor doctors nurse nurses
  person people man woman men women one another someone somebody nobody everyone
  spokesmen spokeswomen insider insiders observer observers commentator commentators blogger bloggers
  delegate delegates speaker surrogate surrogates backer backers donor donors chief chiefs head`.trim().split(/\s+/),
]);

/** Role nouns that fix a gender: the spokeswoman → she. */
export const ROLE_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...['spokesman', 'congressman', 'chairman', 'councilman', 'assemblyman', 'businessman', 'man', 'father', 'son', 'husband',
    'brother', 'king', 'prince', 'uncle', 'grandfather', 'boy', 'policeman', 'actor', 'nephew', 'widower'].map((w): [string, Gender] => [w, 'm']),
  ...['spokeswoman', 'congresswoman', 'chairwoman', 'councilwoman', 'assemblywoman', 'businesswoman', 'woman', 'mother', 'daughter',
    'wife', 'sister', 'queen', 'princess', 'aunt', 'grandmother', 'girl', 'policewoman', 'actress', 'niece', 'widow'].map((w): [string, Gender] => [w, 'f']),
]);

/** Lower-case words that belong inside a name: de la Cruz, van der Berg, bin Salman, Abu Bakr al-Baghdadi. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'di', 'del', 'della', 'der', 'den', 'des', 'du', 'la', 'le', 'van', 'von', 'ter', 'ten', 'bin', 'ibn', 'al', 'el',
  'dos', 'das', 'do', 'y', 'af', 'zu', 'st', 'mc', 'bint', 'ben', 'abu',
]);

/** Name suffixes: Jr., Sr., III. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);
