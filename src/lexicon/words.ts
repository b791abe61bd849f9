/**
 * General English words: what a capitalised word can be without being a name, and the small
 * closed classes the attribution rules step over.
 */
import * as compiled from './generated/compromise.js';

const words = (list: string): Set<string> => new Set(list.split(/[|\s]+/).filter(Boolean));

/** Ordinary words (compromise's lexicon less its names and places): "But", "Officials", "Asked". */
export const COMMON_WORDS: ReadonlySet<string> = words(compiled.COMMON_WORDS);

/** Closed-class words and adverbs (compromise's tags): a capitalised one opens a sentence, it names nobody. */
export const FUNCTION_WORDS: ReadonlySet<string> = words(compiled.FUNCTION_WORDS);

/** Verb forms that are never nouns (“gives”, “sends”), and adjectives that are never nouns. */
export const VERB_WORDS: ReadonlySet<string> = words(compiled.VERB_WORDS);
export const ADJECTIVE_WORDS: ReadonlySet<string> = words(compiled.ADJECTIVE_WORDS);

/** Places: a capitalised word here is not a person (it can still speak for a country: "Russia said"). */
export const PLACES: ReadonlySet<string> = words(compiled.PLACES.split('|').filter((p) => !p.includes(' ')).join('|'));
export const DEMONYMS: ReadonlySet<string> = words(compiled.DEMONYMS);

/** Words that mark an organisation: Ministry, Department, Party, Times, Post. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  ...words(compiled.ORG_WORDS),
  ...`ministry department office agency party committee commission council campaign administration government court
  police force army navy military union league federation foundation institute university college school hospital
  bank company corporation inc corp llc ltd group network news times post journal tribune herald gazette press
  service services bureau kremlin pentagon congress senate parliament assembly cabinet embassy consulate
  association society center centre authority board fund trust coalition alliance organization organisation
  movement front caucus team club federal reserve white house commission nation tribe chamber commerce fc
  rail railway railways water energy power gas oil motors systems technologies technology tech labs marine shipping
  logistics foods farms media capital partners holdings industries solutions networks pharmaceuticals insurance
  watch alliance land homes properties airways transport transit telecom mobile software games studios records
  entertainment brewery brewing mining steel airlines airport port council magazine channel radio tv
  ferries ferry sons stores pictures motors brothers associates outfitters supplies enterprises ventures cnn bbc nbc abc cbs fox msnbc reuters
  ap afp politico axios breitbart`.trim().split(/\s+/),
]);

/** Determiners and quantifiers that open a noun phrase: a spokesman, the senator, some officials. */
export const DETERMINERS: ReadonlySet<string> = words(`a an the this that these those another one some several many
  two three four five six seven eight nine ten both each every any few most other no`);

/** Words that can come between a subject and its verb: Lavrov also said; she later told. */
export const VERB_MODIFIERS: ReadonlySet<string> = words(`also later then has have had had previously once again
  earlier recently reportedly allegedly publicly privately repeatedly frequently often since already still just
  would will could can may might must should did does do is was were are be been being not never simply only
  further quickly flatly angrily calmly bluntly plainly firmly tersely succinctly famously subsequently finally
  initially first immediately ultimately openly loudly quietly softly openly personally herself himself themselves
  itself emphatically confidently proudly sharply even even actually indeed however too
  always usually sometimes often never rarely seldom once twice
  ’s ’re ’ve ’ll ’d ’m 's 're 've 'll 'd 'm`);

/** Words that end a noun phrase search going left: clause openers and verbs of being. */
export const CLAUSE_WORDS: ReadonlySet<string> = words(`and but or so because although though while when where whether
  if as since after before until unless that which who whom whose what how why than yet nor`);

/** Prepositions, for telling "a spokesman for the authority" from a verb's object. */
export const PREPOSITIONS: ReadonlySet<string> = words(`of for at in on with from to by about against among between
  into onto over under within without through during toward towards near behind beyond across along around upon via per`);

/** Days and months: capitalised, never a speaker. */
export const DATE_WORDS: ReadonlySet<string> = words(`monday tuesday wednesday thursday friday saturday sunday january
  february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct
  nov dec today yesterday tonight`);

/** Abbreviations that end in a full stop without ending a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = words(`mr mrs ms dr prof sen rep gov lt gen col capt cmdr sgt maj
  adm atty rev hon pres supt insp det cpl pvt amb sec st jr sr vs etc inc corp ltd co no jan feb mar apr jun jul aug sep
  sept oct nov dec mt ft fig al approx dept est univ ave blvd rd u.s u.k u.n e.g i.e a.m p.m d.c u.s.a calif fla ill
  mass mich minn tenn tex va wash wis ariz colo conn del ga ind kan ky la md miss mo mont neb nev okla ore pa wyo`);
