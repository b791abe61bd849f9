/**
 * Days and months: capitalised words that are never a speaker's name.
 */
import { wordSet, words } from './list.js';

export const WEEKDAYS: readonly string[] = words('monday tuesday wednesday thursday friday saturday sunday');

export const MONTHS: readonly string[] = words('january february march april may june july august september october november december');

/** Months as abbreviated, without the full stop: Jan, Sept. */
export const MONTH_ABBREVIATIONS: readonly string[] = words('jan feb mar apr jun jul aug sep sept oct nov dec');

/** The days around today: words for a day that are no date. */
export const NEARBY_DAYS: readonly string[] = words('today yesterday tonight');

/** Days and months: capitalised, never a speaker. */
export const DATE_WORDS: ReadonlySet<string> = wordSet([...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS, ...NEARBY_DAYS]);
