/**
 * Name words: telling a word that is part of a name (Lavrov, de, Jr.) from a capitalised word
 * that is not (But, Iowa, Senator), and a person's name from a place's or an organisation's.
 */
import { DATE_WORDS } from '../../lexicon/dates.js';
import { NAME_PARTICLES, NAME_SUFFIXES } from '../../lexicon/names.js';
import { ORG_WORDS } from '../../lexicon/organisations.js';
import { isFirstName, LAST_NAMES } from '../../lexicon/people.js';
import { DEMONYMS, PLACES } from '../../lexicon/places.js';
import { ROLE_NOUNS } from '../../lexicon/roles.js';
import { HONORIFICS, TITLE_WORDS } from '../../lexicon/titles.js';
import { COMMON_WORDS, FUNCTION_WORDS, VERB_WORDS } from '../../lexicon/words.js';
import type { NameIndex } from '../name-index.js';
import type { Reader } from '../read/reader.js';
import type { Token } from '../read/tokens.js';

const CAPITALISED = /^\p{Lu}/u;

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

export function isNameWord(r: Reader, i: number): boolean {
  const t = r.tokens[i];
  if (!t) return false;
  if (t.type === 'word' && !t.cap && NAME_PARTICLES.has(t.lower)) {
    // de la Cruz: a particle counts only between name words
    const next = r.tokens[i + 1];
    return !!next && (next.cap || NAME_PARTICLES.has(next.lower)) && next.type === 'word';
  }
  if (t.type === 'word' && t.cap && NAME_SUFFIXES.has(t.lower.replace(/\.$/, ''))) return true;
  if (r.sentenceStart(i)) return (t.nameAtStart ??= isNameToken(t, r.index, true));
  return (t.name ??= isNameToken(t, r.index, false));
}

/** Whether a capitalised word is a title rather than part of the name: Sen., President, Secretary. */
export function isTitle(t: Token): boolean {
  if (t.title === undefined) {
    const w = t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
    t.title = HONORIFICS.has(w) || (ROLE_NOUNS.has(w) && COMMON_WORDS.has(w)) || (t.cap && isTitleWord(t.text));
  }
  return t.title;
}
