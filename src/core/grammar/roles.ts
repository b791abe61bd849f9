/**
 * Roles: the words before a name that say what someone does (Russian foreign minister, Korrin’s
 * chief executive) and the appositives after it (, a Pinellas sheriff’s detective,).
 */
import { alternation } from '../../lexicon/list.js';
import { isFirstName, LAST_NAMES, POSSESSIVE_PRONOUNS, PRONOUNS } from '../../lexicon/people.js';
import { DEMONYMS } from '../../lexicon/places.js';
import { ROLE_ADJECTIVES, ROLE_CLAUSE_OPENERS, ROLE_HEAD_ENDINGS, ROLE_NOUNS } from '../../lexicon/roles.js';
import { HONORIFICS, PERSONAL_HONORIFICS, ROLE_CLEARING_HONORIFICS } from '../../lexicon/titles.js';
import {
  ADJECTIVE_WORDS, BE_FORMS, CLAUSE_WORDS, DETERMINERS, FUNCTION_WORDS, PREPOSITIONS, SENTENCE_ADVERBS, VERB_MODIFIERS, VERB_WORDS,
} from '../../lexicon/words.js';
import type { Phrase } from './phrases.js';
import type { Reader } from '../read/reader.js';
import { spanText, type Token } from '../read/tokens.js';
import { isTitleWord, looksLikePerson } from './name-words.js';
import { isTitle } from './names.js';
import { isSpeechVerb } from './speech-verb.js';

/** A word that can end a role: organiser, minister, chairwoman, chief. */
const ROLE_HEAD_ENDING = new RegExp(`(?:${alternation(ROLE_HEAD_ENDINGS)})$`);
/** Honorifics that say nothing of a role: Mr, Mrs, Ms, Dr. */
const PERSONAL_HONORIFIC = new RegExp(`^(?:${alternation(PERSONAL_HONORIFICS)})\\.?$`);
const PERSONAL_HONORIFIC_CLEARED = new RegExp(`^(?:${alternation(ROLE_CLEARING_HONORIFICS)})\\.?$`);

function isRoleWord(t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  const w = t.lower.replace(/\.$/, '');
  return ROLE_NOUNS.has(w) || HONORIFICS.has(w) || DEMONYMS.has(w) || ROLE_ADJECTIVES.has(w);
}

/**
 * A role given as an appositive right after a name, or null:
 *
 *     Declan Mayhew | , the club’s former finance director,
 *     Paul Martin | , a Pinellas sheriff’s detective,
 */
export function roleAfter(r: Reader, nameEnd: number): { text: string; end: number } | null {
  if (r.tokens[nameEnd]?.text !== ',') return null;
  let k = nameEnd + 1;
  while (k < r.tokens.length && k < nameEnd + 16 && r.tokens[k]!.type !== 'punct' && r.tokens[k]!.type !== 'quote' && !isSpeechVerb(r.tokens, k)) k++;
  const inner = r.tokens.slice(nameEnd + 1, k);
  const owned = inner[1]?.type === 'poss';
  if (inner.length === 0 || /^\d/.test(inner[0]!.text) || !isAppositiveRole(inner)) return null;
  // operations director at Brackley Water: role words, then what they are of
  if (!DETERMINERS.has(inner[0]!.lower) && !isRoleWord(inner[0]) && !owned && !inner.some((t) => isRoleHead(t))) return null;
  return { text: spanText(inner), end: k };
}

/** “a Pinellas sheriff’s detective”, “the auditor”, “45”, “his spokesman”: not “at Monday’s debate”. */
export function isAppositiveRole(words: readonly Token[]): boolean {
  const first = words[0]!;
  if (PREPOSITIONS.has(first.lower) || CLAUSE_WORDS.has(first.lower)) return false;
  return DETERMINERS.has(first.lower) || POSSESSIVE_PRONOUNS.has(first.lower) || /^\d+$/.test(first.text) || words[1]?.type === 'poss' ||
    words.some((w) => isRoleWord(w) || isRoleHead(w));
}

/**
 * Role words written before a name, as written:
 *
 *     Russian foreign minister | Sergey Lavrov       Secretary of State | Laila Moradi
 *     Korrin’s chief executive | Dale Prentice       Environmental scientist Dr | Rhodri Vaughan
 *
 * The word next to the name must be a role (a title or a noun for what someone does); the
 * words before it qualify it, up to a determiner, a verb, or punctuation.
 */
export function roleBefore(r: Reader, nameStart: number, floor: number): { start: number; text: string } | null {
  let s = nameStart;
  while (s - 1 >= floor && isTitle(r.tokens[s - 1]!) && !isRoleHead(r.tokens[s - 1])) s--;
  if (!isRoleHead(r.tokens[s - 1]) || s - 1 < floor) return null;
  s--;
  while (s - 1 >= floor) {
    const p = r.tokens[s - 1]!;
    if (p.type === 'poss' && s - 2 >= floor && r.tokens[s - 2]!.type === 'word') {
      s -= 2;
      while (s - 1 >= floor && r.tokens[s - 1]!.cap && r.tokens[s - 1]!.type === 'word') s--;
      break;
    }
    if (p.type !== 'word') break;
    if (p.lower === 'of' && isRoleHead(r.tokens[s - 2])) { s--; continue; }
    if (CLAUSE_WORDS.has(p.lower) || PREPOSITIONS.has(p.lower) || DETERMINERS.has(p.lower) || PRONOUNS.has(p.lower) ||
      POSSESSIVE_PRONOUNS.has(p.lower) || (isSpeechVerb(r.tokens, s - 1) && p.lemma !== p.lower) || (VERB_MODIFIERS.has(p.lower) && p.lower !== 'former') ||
      (!p.cap && VERB_WORDS.has(p.lower) && !ROLE_ADJECTIVES.has(p.lower))) break;
    s--;
  }
  const text = cleanRole(spanText(r.tokens.slice(s, nameStart).filter((t) => !PERSONAL_HONORIFIC.test(t.text))));
  return text ? { start: s, text } : null;
}

/** A word that can end a role: minister, leader, organiser, Gov., Sen., chair. */
export function isRoleHead(t: Token | undefined): boolean {
  if (!t || t.type !== 'word' || PERSONAL_HONORIFIC.test(t.text)) return false;
  const w = t.lower.replace(/\.$/, '');
  if (ROLE_NOUNS.has(w) || HONORIFICS.has(w) || (t.cap && isTitleWord(t.text))) return true;
  if (FUNCTION_WORDS.has(w) || CLAUSE_WORDS.has(w) || PREPOSITIONS.has(w) || ADJECTIVE_WORDS.has(w)) return false;
  // a capitalised word is a title even where the lexicon knows it as a verb: Volunteer, Secretary of State
  return ROLE_HEAD_ENDING.test(w) &&
    (t.cap || !VERB_WORDS.has(w));
}

export function cleanRole(role: string | null): string | null {
  if (!role) return null;
  const r = role.replace(PERSONAL_HONORIFIC_CLEARED, '').trim();
  return r || null;
}

/** A clause word that ends a role: “the former CEO who dropped her bid” → “the former CEO”. */
const ROLE_CLAUSE = new RegExp(`\\s+(?:${alternation(ROLE_CLAUSE_OPENERS)})\\s.*$`, 'iu');

/**
 * A role as a summary states it, or null: cut before a clause or an aside, without trailing
 * punctuation; the words after a finite verb where the role was read across one; null when it
 * opens with an adverb or holds nothing of a role.
 *
 *     the former CEO who dropped her own bid in February  → the former CEO
 *     Times reporter Ann Lee conflated presidential candidate → presidential candidate
 *     later joined by a governor and others               → null
 *     endorsement of Sen.; made a dent in it              → null (a -ment or -dent noun heads no role, but president)
 *     Sen.                                                → Sen.
 */
export function tidyRole(role: string | null): string | null {
  if (!role) return null;
  let text = role.split(/[,;:(—–]|\s-\s/u)[0]!.replace(ROLE_CLAUSE, '').trim();
  let words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || VERB_MODIFIERS.has(words[0]!.toLowerCase()) || SENTENCE_ADVERBS.has(words[0]!.toLowerCase())) return null;
  // a finite verb (conflated, was, telegraphed): the role is what follows it, if anything
  const verb = words.findLastIndex((w, i) => (i > 0 && isFiniteVerb(w)) ||
    // Ann Lee conflated …; telegraphed the …: a past form after a name or before a determiner
    ((/^\p{Ll}+ed$/u.test(w) || VERB_WORDS.has(w)) && !ROLE_ADJECTIVES.has(w) && !ROLE_NOUNS.has(w) &&
      (/^\p{Lu}/u.test(words[i - 1] ?? '') || DETERMINERS.has(words[i + 1]?.toLowerCase() ?? ''))));
  if (verb >= 0) words = words.slice(verb + 1);
  text = words.join(' ').replace(/[\s.,;:!?…'"“”‘’]+$/u, (end) => (/^\.$/.test(end) && /\b\p{Lu}\p{Ll}{0,3}\.$/u.test(words.join(' ')) ? '.' : ''));
  // the head, before any “of” or “for”, must be a role: son of the candidate, not the upcoming emphasis
  const of = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLowerCase()));
  const head = (of < 0 ? words : words.slice(0, of)).at(-1);
  if (text === '' || head === undefined || (/(?:ment|dent)$/.test(head) && !ROLE_NOUNS.has(head.toLowerCase())) || !isRoleHead({ type: 'word', text: head, lower: head.toLowerCase(), cap: /^\p{Lu}/u.test(head) } as Token)) return null;
  return cleanRole(text);
}

/** A word that can only be a verb in a role's place: conflated, was, telegraphed (not “elected”, “retired”). */
function isFiniteVerb(word: string): boolean {
  const w = word.toLowerCase();
  return BE_FORMS.has(w) && w !== 'be' && w !== 'been' && w !== 'being' ||
    (VERB_WORDS.has(w) && /(?:ed|s)$/.test(w) && !ROLE_ADJECTIVES.has(w) && !ROLE_NOUNS.has(w));
}

/**
 * The person inside name words that hold a role or an affiliation too:
 *
 *     Striker | Kofi Mensah          an occupation (a dictionary word that ends as roles do) before a first name
 *     Raj Patel | of Morgan Stanley  a first name and a surname, then “of” and where they work
 */
export function personInName(r: Reader, p: Phrase): Phrase {
  let { nameStart, nameEnd, role } = p;
  const first = r.tokens[nameStart]!;
  const w = first.lower;
  const texts = (from: number, to: number): string[] => r.tokens.slice(from, to).map((t) => t.text);
  if (nameEnd - nameStart >= 3 && first.cap && (ROLE_NOUNS.has(w) || (ROLE_HEAD_ENDING.test(w) && !isFirstName(w) && !LAST_NAMES.has(w))) &&
    (isFirstName(r.tokens[nameStart + 1]!.lower) || looksLikePerson(texts(nameStart + 1, nameEnd)))) {
    role ??= first.text;
    nameStart++;
  }
  const of = r.tokens.slice(nameStart, nameEnd).findIndex((t) => t.lower === 'of');
  if (of >= 2 && looksLikePerson(texts(nameStart, nameStart + of))) {
    role ??= spanText(r.tokens.slice(nameStart + of, nameEnd));
    nameEnd = nameStart + of;
  }
  return nameStart === p.nameStart && nameEnd === p.nameEnd ? p : { ...p, nameStart, nameEnd, role };
}
