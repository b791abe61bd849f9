/**
 * The name index: the full names of people an article gives, so that "Lavrov" can be read as
 * "Sergey Lavrov", and which of them a shorter mention stands for (personFor).
 *
 * The index is one pass of a regex over the whole article (cheap); the mentions themselves are
 * read from tokens where the attribution rules need them.
 */
import { DATE_WORDS } from '../lexicon/dates.js';
import { alternation } from '../lexicon/list.js';
import { HYPHENED_PARTICLES, NAME_RUN_PARTICLES, NAME_SUFFIXES } from '../lexicon/names.js';
import { ORG_WORDS } from '../lexicon/organisations.js';
import { firstNameGender, isFirstName, type Gender } from '../lexicon/people.js';
import { ROLE_GENDER } from '../lexicon/roles.js';
import { HONORIFICS, NAME_RUN_TITLES } from '../lexicon/titles.js';
import { FUNCTION_WORDS, VERB_WORDS } from '../lexicon/words.js';
import { isSentenceAdverb } from './grammar/name-words.js';
import { isTitleWord, looksLikePerson } from './grammar/name-words.js';
import { countBelow } from './sorted.js';

/** A person the article names in full, as the index knows them. */
export interface Person {
  /** "Sergey Lavrov": the fullest form the article gives, without titles */
  name: string;
  /** lower-case words of the name, for matching "Lavrov", "Mr. Lavrov", "Sergey" */
  words: string[];
  gender: Gender | null;
  /** the gender a title before the full name gives (Mrs, Congresswoman), not a first name's */
  titleGender: Gender | null;
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

// a run of capitalised words, allowing particles, initials and hyphens: Abu Bakr al-Baghdadi, J. R. R. Tolkien
// a capitalised word, an initial or a title with its full stop
const CAPITAL_WORD = String.raw`(?:\p{Lu}\.|(?:${alternation(NAME_RUN_TITLES)})\.|\p{Lu}[\p{L}\p{M}\u2019'\-]*(?!\p{L}))`;
// after the first word, also a particle joined by a hyphen: al-Baghdadi
const NAME_WORD = String.raw`(?:(?:${alternation(HYPHENED_PARTICLES)})-\p{Lu}[\p{L}\p{M}\u2019'\-]*(?!\p{L})|${CAPITAL_WORD})`;
// a run of capitalised words, allowing particles, initials and titles; a full stop ends it unless it marks an
// initial or a title: Abu Bakr al-Baghdadi, J. R. R. Tolkien, Sen. Ted Cruz (not “Jones. Malhotra”). Read as
// its first two words (RUN_HEAD), then one word at a time (RUN_STEP), each tried at one place (sticky): the
// same run as one regex of the words repeated, without its backtracking stack, which a few million
// capitalised words in a row overflowed.
const RUN_STEP_SOURCE = `[ \u00A0]+(?:(?:${alternation(NAME_RUN_PARTICLES)})[ \u00A0]+)*${NAME_WORD}`;
const RUN_HEAD = new RegExp(`${CAPITAL_WORD}(?:${RUN_STEP_SOURCE})`, 'yu');
const RUN_STEP = new RegExp(RUN_STEP_SOURCE, 'yu');
/** What the third kind of CAPITAL_WORD runs over after its capital */
const WORD_PART = /[\p{L}\p{M}\u2019'\-]/u;
const CAPITAL = /^\p{Lu}$/u;
/** The longest of NAME_RUN_TITLES, in code units */
const LONGEST_TITLE = Math.max(...NAME_RUN_TITLES.map((t) => t.length));

/** A run of capitalised words: where it starts (code units), and its text. */
interface Run {
  index: number;
  text: string;
}

/**
 * The runs of capitalised words of `text`, in order, as a global scan would find them, without
 * its retry at every capital inside a word where a try failed, which made a long word of
 * capitals take time quadratic in its length (AAAA…, ACGTACGT…):
 *
 *     ACGTACGT… and
 *     ^ tried: the word, then no name word after it
 *      ^^^^^^^ not tried: a run from here ends where the one from A could, and fails as it did
 *             ^ tried again near the word's end: “A.” or a title (“Gov.”) can start there
 */
function* nameRuns(text: string): Generator<Run> {
  let at = 0;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    // what cannot start a run: everything but A-Z and non-ASCII
    if (c < 65 || (c > 90 && c < 0xc0)) {
      at++;
      continue;
    }
    RUN_HEAD.lastIndex = at;
    if (RUN_HEAD.exec(text)) {
      let end = RUN_HEAD.lastIndex;
      for (RUN_STEP.lastIndex = end; RUN_STEP.exec(text); RUN_STEP.lastIndex = end) end = RUN_STEP.lastIndex;
      yield { index: at, text: text.slice(at, end) };
      at = end;
      continue;
    }
    const point = String.fromCodePoint(text.codePointAt(at)!);
    at += point.length;
    if (!CAPITAL.test(point)) continue;
    let end = at;
    while (end < text.length && WORD_PART.test(text[end]!)) end++;
    // (a code point, not half of one)
    let next = Math.max(at, end - LONGEST_TITLE - 1);
    if (next > at && /[\uDC00-\uDFFF]/.test(text[next]!)) next--;
    at = next;
  }
}

/** Builds the article's index of full person names. */
export function indexNames(text: string): NameIndex {
  const people: Person[] = [];
  const byName = new Map<string, Person>();
  const nameWords = new Set<string>();
  for (const m of nameRuns(text)) {
    const parts = m.text.split(/[ \u00A0]+/).map((w) => w.replace(/[\u2019']s?$/u, ''));
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
      known.titleGender ??= genderOf(split.title);
      continue;
    }
    const person: Person = {
      name: key, words: name.map((w) => w.toLowerCase().replace(/\.$/, '')),
      gender: firstNameGender(name[0]!) ?? genderOf(split.title), titleGender: genderOf(split.title), first: m.index, count: 1,
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
  // sentence-initial function words, adverbs and verbs: "But Putin", "Later Paul Kollberg", "Certainly Paul Kollberg",
  // "Asked Putin" (not "Ruby Tallowen")
  while (i < parts.length - 1 && (FUNCTION_WORDS.has(parts[i]!.toLowerCase()) || VERB_WORDS.has(parts[i]!.toLowerCase()) ||
    isSentenceAdverb(parts[i]!.toLowerCase())) && !isFirstName(parts[i]!)) i++;
  let end = parts.length;
  while (end > i + 1 && !/^(?:Jr|Sr|II|III|IV)\.?$/.test(parts[end - 1]!) && isTrailingNonName(parts[end - 1]!)) end--;
  const name = parts.slice(i, end);
  return name.length < 2 ? null : { title: parts.slice(0, i), name };
}

/** “Hillary Clinton Tuesday”, “Donald Trump Campaign”: words that end a run of capitals without being the name. */
function isTrailingNonName(word: string): boolean {
  const w = word.toLowerCase();
  return DATE_WORDS.has(w) || ORG_WORDS.has(w);
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
