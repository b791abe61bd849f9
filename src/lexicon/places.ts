/**
 * Places and the words for their people: a capitalised word here is not a person (it can still
 * speak for a country: "Russia said"). Both come from compromise's lexicon, compiled at build time.
 */
import * as compiled from './generated/compromise.js';
import { wordSet, words } from './list.js';

/** Places of one word (compromise's countries, cities, regions and places). */
export const PLACES: ReadonlySet<string> = wordSet([], words(compiled.PLACES.split('|').filter((p) => !p.includes(' ')).join('|')));

/** Russian, American, Norwegian. */
export const DEMONYMS: ReadonlySet<string> = wordSet([], words(compiled.DEMONYMS));
