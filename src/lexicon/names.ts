/**
 * The small words inside names: particles (de la Cruz, van der Berg, bin Salman, al-Tamimi) and
 * suffixes (Jr., III).
 */
import { wordSet, words } from './list.js';

/**
 * The particles that the name index lets stand between the capitalised words of a full name:
 * Bram de Wit, Carla van der Berg. (The index reads no others, as it never has.)
 */
export const NAME_RUN_PARTICLES: readonly string[] = words('de da di del della der den du la le van von ter ten bin ibn al el dos das');

/** Lower-case words that belong inside a name: de la Cruz, van der Berg, bin Salman, Abu Bakr al-Baghdadi. */
export const NAME_PARTICLES: ReadonlySet<string> = wordSet([...NAME_RUN_PARTICLES, ...words('des do y af zu st mc bint ben abu')]);

/** Particles joined to a capitalised name by a hyphen that make the word count as capitalised: al-Tamimi, bin-Salman. */
export const TOKEN_HYPHENED_PARTICLES: readonly string[] = words('al el bin ibn abu ad da de di du van von');

/**
 * Particles joined to a capitalised name by a hyphen, as the name index reads a full name:
 * Abu Bakr al-Baghdadi. (More than the tokenizer's TOKEN_HYPHENED_PARTICLES, as ever.)
 */
export const HYPHENED_PARTICLES: readonly string[] = [...TOKEN_HYPHENED_PARTICLES, ...words('as ash at az ben le la')];

/** Name suffixes: Jr., Sr., III. */
export const NAME_SUFFIXES: ReadonlySet<string> = wordSet(words('jr sr ii iii iv phd md esq'));
