/**
 * How the word lists are written: as data, each entry once, each list once. A list that a rule
 * reads as a regex is built into one here (`alternation`), never copied into the rule.
 *
 * `wordSet` and `wordMap` remember the entries a list was written with, so that a test can
 * check every exported list for an entry written twice (a Set would hide it).
 */

const written = new WeakMap<object, readonly string[]>();

/** The words of a list written as text, separated by white space (or `|`, the compiled lists' separator). */
export function words(text: string): string[] {
  return text.split(/[|\s]+/).filter(Boolean);
}

/**
 * A set of words. `entries` are the words written here; `also` are words taken from elsewhere
 * (compromise's compiled lists), which may overlap them.
 */
export function wordSet(entries: readonly string[], also: Iterable<string> = []): ReadonlySet<string> {
  const set = new Set([...also, ...entries]);
  written.set(set, entries);
  return set;
}

/** A map from words, written as [word, value] pairs; `also` as for `wordSet`, put in first. */
export function wordMap<V>(entries: ReadonlyArray<readonly [string, V]>, also: Iterable<readonly [string, V]> = []): ReadonlyMap<string, V> {
  const map = new Map<string, V>([...also, ...entries]);
  written.set(map, entries.map(([word]) => word));
  return map;
}

/** The entries a set or map of this folder was written with (for the test that none is written twice). */
export function writtenEntries(list: object): readonly string[] | undefined {
  return written.get(list);
}

/** A regex alternation of the words, each matched literally: `so-called|so called|alleged`. */
export function alternation(list: Iterable<string>): string {
  return [...list].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
