/**
 * Names of people and organisations: telling a name from a capitalised word, and the index of
 * full names an article gives, so that "Lavrov" can be read as "Sergey Lavrov".
 *
 * The index is one pass of a regex over the whole article (cheap); the mentions themselves are
 * read from tokens where the attribution rules need them.
 */
import { DATE_WORDS } from '../lexicon/dates.js';
import { alternation } from '../lexicon/list.js';
import { HYPHENED_PARTICLES, NAME_PARTICLES, NAME_RUN_PARTICLES, NAME_SUFFIXES } from '../lexicon/names.js';
import { ORG_WORDS } from '../lexicon/organisations.js';
import { firstNameGender, isFirstName, LAST_NAMES, type Gender } from '../lexicon/people.js';
import { DEMONYMS, PLACES } from '../lexicon/places.js';
import { ROLE_GENDER, ROLE_NOUNS } from '../lexicon/roles.js';
import { HONORIFICS, NAME_RUN_TITLES, TITLE_WORDS } from '../lexicon/titles.js';
import { COMMON_WORDS, FUNCTION_WORDS, SENTENCE_ADVERBS, VERB_WORDS } from '../lexicon/words.js';
import type { Token } from './tokens.js';
import { countBelow } from './sorted.js';

/** A person the article names in full, as the index knows them. */
export interface Person {
  /** "Sergey Lavrov": the fullest form the article gives, without titles */
  name: string;
  /** lower-case words of the name, for matching "Lavrov", "Mr. Lavrov", "Sergey" */
  words: string[];
  gender: Gender | null;
  /** code unit offset of the first full mention */
  first: number;
  /** how often the full name occurs */
  count: number;
}

export interface NameIndex {
  people: Person[];
  /** lower-case name word (surname, and first name) → people it can stand for */
  byWord: Map<string, Person[]>;
  /** lower-case words seen as parts of multi-word names: "Trump" is a name here even at a sentence start */
  nameWords: Set<string>;
}

const CAPITALISED = /^\p{Lu}/u;
// a run of capitalised words, allowing particles, initials and hyphens: Abu Bakr al-Baghdadi, J. R. R. Tolkien
// a capitalised word, an initial or a title with its full stop
const CAPITAL_WORD = String.raw`(?:\p{Lu}\.|(?:${alternation(NAME_RUN_TITLES)})\.|\p{Lu}[\p{L}\p{M}\u2019'\-]*(?!\p{L}))`;
// after the first word, also a particle joined by a hyphen: al-Baghdadi
const NAME_WORD = String.raw`(?:(?:${alternation(HYPHENED_PARTICLES)})-\p{Lu}[\p{L}\p{M}\u2019'\-]*(?!\p{L})|${CAPITAL_WORD})`;
// a run of capitalised words, allowing particles, initials and titles; a full stop ends it unless it marks an
// initial or a title: Abu Bakr al-Baghdadi, J. R. R. Tolkien, Sen. Ted Cruz (not “Jones. Malhotra”). It starts
// with a capital, so the scan skips straight from capital to capital.
//
// The lookahead lets the scan skip what cannot start it (everything but A-Z and non-ASCII) without trying
// the \p{Lu} alternatives at every character: half the time of the scan.
const NAME_RUN = new RegExp(`(?=[A-Z\u{C0}-\u{10FFFF}])${CAPITAL_WORD}(?:[ \u00A0]+(?:(?:${alternation(NAME_RUN_PARTICLES)})[ \u00A0]+)*${NAME_WORD})+`, 'gu');

/** Builds the article's index of full person names. */
export function indexNames(text: string): NameIndex {
  const people: Person[] = [];
  const byName = new Map<string, Person>();
  const nameWords = new Set<string>();
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(text); m; m = NAME_RUN.exec(text)) {
    const parts = m[0].split(/[ \u00A0]+/).map((w) => w.replace(/[\u2019']s?$/u, ''));
    const split = splitTitle(parts);
    if (!split) continue;
    const { name } = split;
    if (!looksLikePerson(name)) continue;
    const key = name.join(' ');
    for (const w of name) nameWords.add(w.toLowerCase());
    const known = byName.get(key);
    if (known) {
      known.count++;
      known.gender ??= genderOf(split.title);
      continue;
    }
    const person: Person = {
      name: key, words: name.map((w) => w.toLowerCase().replace(/\.$/, '')),
      gender: firstNameGender(name[0]!) ?? genderOf(split.title), first: m.index, count: 1,
    };
    byName.set(key, person);
    people.push(person);
  }
  // a longer form absorbs a shorter one: "Vladimir Putin" and "Vladimir Vladimirovich Putin"
  const byWord = new Map<string, Person[]>();
  for (const p of people) {
    const keys = new Set([p.words[p.words.length - 1]!, p.words[0]!]);
    if (NAME_SUFFIXES.has(p.words[p.words.length - 1]!) && p.words.length > 2) keys.add(p.words[p.words.length - 2]!);
    for (const k of keys) {
      const list = byWord.get(k);
      if (list) list.push(p);
      else byWord.set(k, [p]);
    }
  }
  return { people, byWord, nameWords };
}

function genderOf(title: string[]): Gender | null {
  for (const t of title) {
    const g = HONORIFICS.get(t.toLowerCase().replace(/\.$/, '')) ?? ROLE_GENDER.get(t.toLowerCase());
    if (g) return g;
  }
  return null;
}

/**
 * Splits "Russian President Vladimir Putin" into title words and the name. Null when what is
 * left is not a name.
 */
function splitTitle(parts: string[]): { title: string[]; name: string[] } | null {
  // Montana Gov. Elsie Barrow, Organiser Dev Malhotra: the name starts after the last title word
  let i = 0;
  for (let k = 0; k < parts.length - 1; k++) if (isTitleWord(parts[k]!)) i = k + 1;
  // sentence-initial function words, adverbs and verbs: "But Putin", "Later Paul Kollberg", "Asked Putin" (not "Ruby Tallowen")
  while (i < parts.length - 1 && (FUNCTION_WORDS.has(parts[i]!.toLowerCase()) || VERB_WORDS.has(parts[i]!.toLowerCase()) ||
    SENTENCE_ADVERBS.has(parts[i]!.toLowerCase())) && !isFirstName(parts[i]!)) i++;
  let end = parts.length;
  while (end > i + 1 && !/^(?:Jr|Sr|II|III|IV)\.?$/.test(parts[end - 1]!) && isTrailingNonName(parts[end - 1]!)) end--;
  const name = parts.slice(i, end);
  return name.length < 2 ? null : { title: parts.slice(0, i), name };
}

/** A word written before a name that is not part of it: Sen., Organiser, Democrat, former. */
export function isTitleWord(word: string): boolean {
  let known = titleWords.get(word);
  if (known === undefined) {
    known = titleWord(word.toLowerCase().replace(/\.$/, ''));
    if (titleWords.size > 50_000) titleWords.clear();
    titleWords.set(word, known);
  }
  return known;
}

/** Words already judged: an article repeats its capitalised words. */
const titleWords = new Map<string, boolean>();

function titleWord(w: string): boolean {
  if (isFirstName(w)) return false;
  return HONORIFICS.has(w) || ROLE_NOUNS.has(w) || DEMONYMS.has(w) || TITLE_WORDS.has(w) ||
    // Organiser, Spokeswoman: agent nouns the lexicon lacks (British spellings); not Lindqvist, not Webster
    (!COMMON_WORDS.has(w) && !LAST_NAMES.has(w) && /(?:iser|izer|ator|sman|swoman|sperson)$/.test(w));
}

/** “Hillary Clinton Tuesday”, “Donald Trump Campaign”: words that end a run of capitals without being the name. */
function isTrailingNonName(word: string): boolean {
  const w = word.toLowerCase();
  return DATE_WORDS.has(w) || ORG_WORDS.has(w);
}

/**
 * Whether words that passed as a name are a person's name rather than a place, an
 * organisation or a capitalised phrase: "Sergey Lavrov" yes; "White House", "New York" no.
 */
export function looksLikePerson(name: readonly string[]): boolean {
  if (name.length < 2 || name.length > 5) return false;
  const lower = name.map((w) => w.toLowerCase().replace(/\.$/, ''));
  if (lower.some((w) => ORG_WORDS.has(w) || DEMONYMS.has(w))) return false;
  if (PLACES.has(lower.join(' ')) || PLACES.has(lower[lower.length - 1]!)) return false;
  if (isFirstName(lower[0]!) || /^\p{Lu}\.$/u.test(name[0]!)) return true;
  if (LAST_NAMES.has(lower[lower.length - 1]!)) return true;
  // Ruby Tallowen, Bram de Wit: a surname no dictionary knows, or a particle, after a capitalised word that is no function word
  const last = lower[lower.length - 1]!;
  const particle = lower.slice(1, -1).some((w) => NAME_PARTICLES.has(w));
  if ((particle || !COMMON_WORDS.has(last)) && !FUNCTION_WORDS.has(lower[0]!) && !VERB_WORDS.has(lower[0]!) && /^\p{Lu}\p{Ll}/u.test(name[name.length - 1]!)) return true;
  // unknown names: "Sergey Lavrov" — no word of it is an ordinary English word
  return lower.every((w) => !COMMON_WORDS.has(w) || NAME_PARTICLES.has(w));
}

/** The person a name mention stands for: "Lavrov" → Sergey Lavrov, the one named most recently before `at`. */
export function personFor(index: NameIndex, words: readonly string[], at: number): Person | null {
  const lower = words.map((w) => w.toLowerCase().replace(/\.$/, '')).filter((w) => !HONORIFICS.has(w) || words.length === 1);
  if (lower.length === 0) return null;
  const last = lower[lower.length - 1]!;
  const all = index.byWord.get(last);
  if (all === undefined) return null;
  const pool = near(all, at);
  // the longest tail of the words that ends a known name: “Organiser Dev Malhotra” → Dev Malhotra
  let candidates: Person[] = [];
  for (let from = 0; from < lower.length && candidates.length === 0; from++) {
    const key = lower.slice(from).join(' ');
    candidates = pool.filter((p) => p.name.toLowerCase().endsWith(key) || p.words.includes(key));
  }
  if (candidates.length === 0) return null;
  // a real first name over a capitalised word (“Hillary Clinton” over “Benghazi Clinton”), then the one
  // named most recently before the mention, else the first named after it
  const rank = (p: Person): number => (isFirstName(p.words[0]!) || /^\p{L}\.?$/u.test(p.words[0]!) ? 2 : 0) + (p.count > 1 ? 1 : 0) + (p.count > 3 ? 1 : 0);
  const best = Math.max(...candidates.map(rank));
  const likely = candidates.filter((p) => rank(p) === best);
  const before = likely.filter((p) => p.first <= at).sort((a, b) => b.first - a.first);
  const chosen = before[0] ?? [...likely].sort((a, b) => a.first - b.first)[0]!;
  // a longer form of the same name: "Hillary Rodham Clinton" over "Hillary Clinton"
  const longer = candidates.filter((p) => p !== chosen && p.words.length > chosen.words.length && chosen.words.every((w) => p.words.includes(w)));
  return longer[0] ?? chosen;
}

/**
 * Of the people sharing a name word (in the order the article first names them), the ones named
 * nearest to `at`: at most NEAR before it and NEAR after. An article names a few people of one
 * surname; a broken or generated text can name thousands, and each mention would weigh them all.
 */
function near(people: Person[], at: number): Person[] {
  if (people.length <= 2 * NEAR) return people;
  const named = countBelow(people, at + 1, (p) => p.first);
  return people.slice(Math.max(0, named - NEAR), named + NEAR);
}

const NEAR = 32;

/** Whether a token can be part of a name where it stands. */
export function isNameToken(t: Token, index: NameIndex, sentenceStart: boolean): boolean {
  if (t.type !== 'word' || !t.cap) return false;
  // al-Tamimi: a particle joined to a capitalised name (the tokenizer marks it capitalised)
  if (!CAPITALISED.test(t.text)) return /^\p{Ll}+-\p{Lu}/u.test(t.text);
  const w = t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
  const kind = nameKind(w, t.text);
  if (kind === NameKind.Never) return false;
  if (kind === NameKind.Always || index.nameWords.has(w)) return true;
  // There, Hastily, However: function words and adverbs are capitalised only by their place
  return kind === NameKind.Common ? !sentenceStart : kind === NameKind.Unknown;
}

/** What the lexicon says of a capitalised word as part of a name, whatever the article. */
const enum NameKind { Never, Always, Function, Common, Unknown }

/** Words already judged (by lower-case form and whether the word is an initial): an article repeats its capitalised words. */
const nameKinds = new Map<string, NameKind>();

function nameKind(w: string, text: string): NameKind {
  const initial = /^\p{Lu}\.$/u.test(text);
  const key = initial ? text : w;
  let kind = nameKinds.get(key);
  if (kind === undefined) {
    kind = /^\d/.test(w) || DATE_WORDS.has(w) ? NameKind.Never
      : isFirstName(w) || LAST_NAMES.has(w) || initial ? NameKind.Always
        : FUNCTION_WORDS.has(w) || (/ly$/.test(w) && COMMON_WORDS.has(w)) ? NameKind.Function
          : COMMON_WORDS.has(w) ? NameKind.Common : NameKind.Unknown;
    if (nameKinds.size > 50_000) nameKinds.clear();
    nameKinds.set(key, kind);
  }
  return kind;
}
