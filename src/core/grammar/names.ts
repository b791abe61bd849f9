/**
 * Name words where they stand: whether a token is part of a name here (Lavrov, de, Jr.) or a
 * capitalised word that is not (But at a sentence's start, Iowa, Senator), in this article.
 */
import { DATE_WORDS } from '../../lexicon/dates.js';
import { NAME_PARTICLES, NAME_SUFFIXES } from '../../lexicon/names.js';
import { isFirstName, LAST_NAMES } from '../../lexicon/people.js';
import { ROLE_NOUNS } from '../../lexicon/roles.js';
import { HONORIFICS } from '../../lexicon/titles.js';
import { COMMON_WORDS, FUNCTION_WORDS } from '../../lexicon/words.js';
import type { NameIndex } from '../name-index.js';
import type { Reader } from '../read/reader.js';
import type { Token } from '../read/tokens.js';
import { isSentenceAdverb, isTitleWord } from './name-words.js';

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
  // There, Hastily, Certainly, However: function words and adverbs are capitalised only by their place
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
        : FUNCTION_WORDS.has(w) || (/ly$/.test(w) && (COMMON_WORDS.has(w) || isSentenceAdverb(w))) ? NameKind.Function
          : COMMON_WORDS.has(w) ? NameKind.Common : NameKind.Unknown;
    if (nameKinds.size > 50_000) nameKinds.clear();
    nameKinds.set(key, kind);
  }
  return kind;
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
