/**
 * Titles written before a name: Mr., Sen., Gov., President, Secretary. The honorifics come
 * partly from compromise's lexicon, compiled at build time into ./generated/compromise.ts.
 */
import * as compiled from './generated/compromise.js';
import type { Gender } from './people.js';
import { wordMap, wordSet, words } from './list.js';

/** Titles as abbreviated that a run of name words may hold (see NAME_RUN_TITLES): Sen., Gov., Lt. */
const NAME_TITLE_ABBREVIATIONS = words('dr sen rep gov gen lt col capt prof rev hon sgt adm maj cmdr');

/** Titles as abbreviated, lower case, without the full stop: Sen., Gov., Lt., Det., Amb. */
export const TITLE_ABBREVIATIONS: readonly string[] = [...NAME_TITLE_ABBREVIATIONS, ...words('atty pres supt insp det cpl pvt amb sec')];

/** Titles of men, and of women: Mr., Lady, the congresswoman. */
const MALE_TITLES = words('mr sir lord king prince duke baron count father brother uncle congressman assemblyman councilman chairman spokesman alderman');
const FEMALE_TITLES = words(`mrs ms miss madam madame mme mlle dame lady queen princess duchess baroness countess sister mother aunt
  congresswoman assemblywoman councilwoman chairwoman spokeswoman alderwoman`);

/** Titles that say nothing of gender: Dr., Sen., Rabbi, President. */
const TITLES = [...TITLE_ABBREVIATIONS, ...words(`treas del rabbi imam pastor bishop cardinal pope sheikh sheik emir judge justice
  coach officer deputy sergeant corporal private captain major colonel general admiral lieutenant commander chancellor premier
  president vice senator governor representative mayor speaker secretary minister ambassador chair director professor doctor
  detective inspector superintendent sheriff attorney councillor councilor commissioner chief leader prime whip candidate nominee
  trustee magistrate prosecutor agent spokesperson rep. sen.`)];

/** Titles written before a name, with the gender they imply: Mr., Sen., Gov., Rep. */
export const HONORIFICS: ReadonlyMap<string, Gender | null> = wordMap<Gender | null>([
  ...MALE_TITLES.map((h): [string, Gender] => [h, 'm']),
  ...FEMALE_TITLES.map((h): [string, Gender] => [h, 'f']),
  ...TITLES.map((h): [string, null] => [h, null]),
], words(compiled.HONORIFICS).map((h): [string, null] => [h, null]));

/**
 * The personal honorifics a role is cleared of when it is nothing else, as written: a role
 * “Dr.” alone is no role. (Not Prof, as it never was in the rule that clears a role: adding it
 * changes no record of train, dev, the fixtures or the seed, but it would change behaviour.)
 */
export const ROLE_CLEARING_HONORIFICS: readonly string[] = words('Mr Mrs Ms Miss Mx Dr');

/** Honorifics that say nothing of a role, as written: Mr, Mrs, Ms, Dr, Prof (“Dr. Ilse Varga” has no role). */
export const PERSONAL_HONORIFICS: readonly string[] = [...ROLE_CLEARING_HONORIFICS, 'Prof'];

/**
 * Titles with their full stop that a run of capitalised name words may hold, as written: Sen. Ted
 * Cruz, Martin Luther King Jr. (the name index reads them, and splits the title off afterwards).
 * Not Det., Amb. and the other TITLE_ABBREVIATIONS, which end a run as they always have.
 */
export const NAME_RUN_TITLES: readonly string[] = ['Mr', 'Mrs', 'Ms', ...NAME_TITLE_ABBREVIATIONS.map((w) => w[0]!.toUpperCase() + w.slice(1)),
  'St', 'Jr', 'Sr'];

/** Words written before a name that are not part of it: Democrat Hillary Clinton, former Gov. X. */
export const TITLE_WORDS: ReadonlySet<string> = wordSet(words(`former vice deputy democrat democratic republican gop libertarian
  independent crooked lyin little late acting state interim incoming outgoing candidate nominee`));
