/**
 * General English words: what a capitalised word can be without being a name, and the small
 * closed classes the attribution rules step over.
 */
import * as compiled from './generated/compromise.js';
import { MONTH_ABBREVIATIONS, NEARBY_DAYS, WEEKDAYS } from './dates.js';
import { wordSet, words } from './list.js';
import { TITLE_ABBREVIATIONS } from './titles.js';

/** Ordinary words (compromise's lexicon less its names and places): "But", "Officials", "Asked". */
export const COMMON_WORDS: ReadonlySet<string> = wordSet([], words(compiled.COMMON_WORDS));

/** Closed-class words and adverbs (compromise's tags): a capitalised one opens a sentence, it names nobody. */
export const FUNCTION_WORDS: ReadonlySet<string> = wordSet([], words(compiled.FUNCTION_WORDS));

/** Verb forms that are never nouns (“gives”, “sends”), and adjectives that are never nouns. */
export const VERB_WORDS: ReadonlySet<string> = wordSet([], words(compiled.VERB_WORDS));
export const ADJECTIVE_WORDS: ReadonlySet<string> = wordSet([], words(compiled.ADJECTIVE_WORDS));

/** Determiners and quantifiers that open a noun phrase: a spokesman, the senator, some officials. */
export const DETERMINERS: ReadonlySet<string> = wordSet(words(`a an the this that these those another one some several many
  two three four five six seven eight nine ten both each every any few most other no`));

/** Words that can come between a subject and its verb: Lavrov also said; she later told. */
export const VERB_MODIFIERS: ReadonlySet<string> = wordSet(words(`also later then has have had previously once again
  earlier recently reportedly allegedly publicly privately repeatedly frequently often since already still just
  would will could can may might must should did does do is was were are be been being not never simply only
  further quickly flatly angrily calmly bluntly plainly firmly tersely succinctly famously subsequently finally
  initially first immediately ultimately openly loudly quietly softly personally herself himself themselves
  itself emphatically confidently proudly sharply even actually indeed however too
  always usually sometimes rarely seldom twice
  ’s ’re ’ve ’ll ’d ’m 's 're 've 'll 'd 'm`));

/** Words that end a noun phrase search going left: clause openers and verbs of being. */
export const CLAUSE_WORDS: ReadonlySet<string> = wordSet(words(`and but or so because although though while when where whether
  if as since after before until unless that which who whom whose what how why than yet nor`));

/** Prepositions, for telling "a spokesman for the authority" from a verb's object. */
export const PREPOSITIONS: ReadonlySet<string> = wordSet(words(`of for at in on with from to by about against among between
  into onto over under within without through during toward towards near behind beyond across along around upon via per`));

/** The forms of “be”: the statement was brief (an adjective after it, not a verb). */
export const BE_FORMS: ReadonlySet<string> = wordSet(words('is was are were be been being'));

/** Numbers in words: five of the members, one in five. */
export const NUMBER_WORDS: ReadonlySet<string> = wordSet(words('one two three four five six seven eight nine ten eleven twelve twenty hundred'));

/** Words for how many of a group: most of the crew, dozens of residents. */
export const QUANTITY_WORDS: ReadonlySet<string> = wordSet(words('dozens hundreds thousands some many most several all both each few half none majority minority'));

/**
 * Words that make a phrase a count of people, which can speak though it names nobody: 63 percent
 * said; most voters agreed. (Not QUANTITY_WORDS: “dozens said”, “both said” are left to the noun.)
 */
export const COUNT_WORDS: ReadonlySet<string> = wordSet(words('percent majority most many half some all'));

/** Adverbs that open sentences and that compromise's lexicon files elsewhere (later: a comparative). */
export const SENTENCE_ADVERBS: ReadonlySet<string> = wordSet(words(`later earlier meanwhile then now still also yet instead however
  finally today yesterday tomorrow afterwards afterward separately similarly again
  certainly surely clearly obviously frankly honestly basically naturally hastily apparently evidently presumably
  ironically interestingly notably admittedly undoubtedly arguably fortunately unfortunately curiously oddly sadly
  luckily surprisingly predictably understandably initially ultimately recently originally`));


/** Words that stand where a subject does and name nobody: There’s still time; Here is what she said; Sunday, he said … */
export const NOBODY_WORDS: ReadonlySet<string> = wordSet(['there', 'here', ...WEEKDAYS, ...NEARBY_DAYS]);

/** Words a contraction splits off from: he’s → he + ’s, they’re → they + ’re. */
export const CONTRACTION_HOSTS: readonly string[] = words('he she it they we i you that there who');

/** Words whose ’s is “is” or “has”, never a possessive: he’s predicting, it’s time, let’s. */
export const CONTRACTED_WORDS: ReadonlySet<string> = wordSet(words('he she it that there here what who where when how let this'));

/** Endings of nouns that can head a speaker phrase: officials, a manager, the ministry, the commission. */
export const NOUN_ENDINGS: readonly string[] = words('s er or ist ian ent ant ee ion ment ity ty cy ure ce');

/** Abbreviations that end in a full stop without ending a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = wordSet([...words('mr mrs ms'), ...TITLE_ABBREVIATIONS, ...words(`st jr sr vs etc inc corp ltd co no`),
  ...MONTH_ABBREVIATIONS, ...words(`mt ft fig al approx dept est univ ave blvd rd u.s u.k u.n e.g i.e a.m p.m d.c u.s.a calif fla ill
  mass mich minn tenn tex va wash wis ariz colo conn del ga ind kan ky la md miss mo mont neb nev okla ore pa wyo`)]);
