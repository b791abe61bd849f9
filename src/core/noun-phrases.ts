/**
 * Reading the noun phrase that names a speaker, to the left of a speech verb
 * (`Russian foreign minister Sergey Lavrov said`) or to its right (`said Paul Martin, a detective`).
 */
import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, POSSESSIVE_PRONOUNS, PRONOUNS, ROLE_NOUNS } from '../lexicon/people.js';
import { speechVerbLemma } from '../lexicon/speech-verbs.js';
import {
  ADJECTIVE_WORDS, CLAUSE_WORDS, COMMON_WORDS, DEMONYMS, DETERMINERS, ORG_WORDS, PREPOSITIONS, VERB_MODIFIERS, VERB_WORDS,
} from '../lexicon/words.js';
import { isNameToken, type NameIndex } from './names.js';
import type { Token } from './tokens.js';

export type PhraseKind = 'name' | 'pronoun' | 'nominal';

/** A noun phrase naming a speaker, as token indices (half-open). */
export interface Phrase {
  kind: PhraseKind;
  /** the whole phrase, role words included: [start, end) */
  start: number;
  end: number;
  /** the name itself (kind 'name'): no titles, no role words */
  nameStart: number;
  nameEnd: number;
  /** role words before the name ("Russian foreign minister") or an appositive ("a detective") */
  role: string | null;
}

/** Context for reading phrases: the tokens, the name index, and where sentences start. */
export interface Reader {
  tokens: Token[];
  index: NameIndex;
  /** token index → it starts a sentence */
  sentenceStart: (i: number) => boolean;
}

const ROLE_ADJECTIVES = new Set(`former foreign deputy senior chief vice assistant acting prime general state press national
  security defense defence interior finance justice health education energy trade economic attorney district county city
  federal regional local top lead leading longtime veteran retired then incoming outgoing interim executive managing
  communications campaign white house senate congressional republican democratic democrat gop conservative liberal
  independent progressive presidential party opposition majority minority ranking junior new first spokesperson
  political legal military intelligence police fire transportation homeland`.split(/\s+/));

export function isPronoun(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && PRONOUNS.has(t.lower) && t.lower !== 'you';
}

/**
 * Whether the token at `i` is a speech verb used as a verb. A form that is also a noun is a
 * noun after a determiner, a possessive, a preposition or an adjective: a series of “tweets”,
 * his “remarks”, talk radio.
 */
export function isSpeechVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.type !== 'word' || t.cap || speechVerbLemma(t.lower) === null) return false;
  const prev = tokens[i - 1];
  if (!prev || /(?:ed|ing)$/.test(t.lower) && !/s$/.test(t.lower)) return true;
  if (prev.type === 'poss' || POSSESSIVE_PRONOUNS.has(prev.lower) || /^\d/.test(prev.text)) return false;
  if (prev.type !== 'word' || prev.lower === 'to') return true;
  return !(DETERMINERS.has(prev.lower) || (PREPOSITIONS.has(prev.lower) && prev.lower !== 'to') || (ADJECTIVE_WORDS.has(prev.lower) && !VERB_MODIFIERS.has(prev.lower)));
}

function isModifier(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && !t.cap && (VERB_MODIFIERS.has(t.lower) || (/ly$/.test(t.lower) && t.lower.length > 4 && !ROLE_NOUNS.has(t.lower)));
}

function isRoleWord(t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  const w = t.lower.replace(/\.$/, '');
  return ROLE_NOUNS.has(w) || HONORIFICS.has(w) || DEMONYMS.has(w) || ROLE_ADJECTIVES.has(w);
}

function isNameWord(r: Reader, i: number): boolean {
  const t = r.tokens[i];
  if (!t) return false;
  if (t.type === 'word' && !t.cap && NAME_PARTICLES.has(t.lower)) {
    // de la Cruz: a particle counts only between name words
    const next = r.tokens[i + 1];
    return !!next && (next.cap || NAME_PARTICLES.has(next.lower)) && next.type === 'word';
  }
  if (t.type === 'word' && t.cap && NAME_SUFFIXES.has(t.lower.replace(/\.$/, ''))) return true;
  return isNameToken(t, r.index, r.sentenceStart(i));
}

/** Whether a capitalised word is a title rather than part of the name: Sen., President, Secretary. */
function isTitle(t: Token): boolean {
  const w = t.lower.replace(/\.$/, '');
  return HONORIFICS.has(w) || (ROLE_NOUNS.has(w) && COMMON_WORDS.has(w));
}

/** Whether a noun-ish word can head a speaker phrase: official, police, Kremlin, report. */
function isNounHead(t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  const w = t.lower;
  if (CLAUSE_WORDS.has(w) || DETERMINERS.has(w) || PREPOSITIONS.has(w) || VERB_MODIFIERS.has(w) || PRONOUNS.has(w)) return false;
  if (POSSESSIVE_PRONOUNS.has(w)) return false;
  if (speechVerbLemma(w) && !ROLE_NOUNS.has(w)) return false;
  if ((VERB_WORDS.has(w) || ADJECTIVE_WORDS.has(w)) && !ROLE_NOUNS.has(w) && !t.cap) return false;
  return ROLE_NOUNS.has(w) || ORG_WORDS.has(w) || /(?:s|er|or|ist|ian|ent|ant|ee|ion|ment|ity|ty|cy|ure|ce)$/.test(w) || t.cap;
}

/**
 * The phrase that ends just before token `end` (exclusive), read leftwards, or null:
 *
 *     Russian foreign minister Sergey Lavrov | said
 *     a spokesman for the authority          | said
 *     Thomas Okafor, the auditor,            | said
 */
export function phraseBefore(r: Reader, end: number, floor: number): Phrase | null {
  let j = end - 1;
  let appositive: string | null = null;
  // X, the auditor, said / X, 45, said / X (R-Ind.) said
  if (r.tokens[j]?.text === ',' || r.tokens[j]?.text === ')') {
    const closer = r.tokens[j]!.text;
    const opener = closer === ')' ? '(' : ',';
    let k = j - 1;
    while (k > floor && k > j - 14 && r.tokens[k]!.text !== opener && r.tokens[k]!.type !== 'quote') k--;
    if (k <= floor || r.tokens[k]!.text !== opener) return null;
    const inner = r.tokens.slice(k + 1, j);
    if (inner.length === 0 || inner.some((t) => t.text === ',' || t.text === ';' || t.type === 'quote')) return null;
    if (closer === ',' && inner[0] && /^(?:who|which|whose|where|when)$/.test(inner[0].lower)) {
      // Putin, who intervened in Syria, said
    } else if (closer === ',' && isAppositiveRole(inner)) {
      appositive = spanText(inner);
    }
    const head = phraseBefore(r, k, floor);
    if (!head) return null;
    // The auditor, Thomas Okafor, said: the name is in the appositive
    if (head.kind === 'nominal' && appositive) {
      const named = phraseBefore(r, j, k);
      if (named && named.kind === 'name' && named.start === k + 1) {
        return { ...named, start: head.start, role: spanText(r.tokens.slice(head.start, head.end)) };
      }
    }
    return { ...head, end: j + 1, role: head.role ?? (appositive && !/^\d+$/.test(appositive) ? appositive : null) };
  }
  const t = r.tokens[j];
  if (!t || j < floor) return null;
  // the Chicago Police Department, which reported: the phrase the relative pronoun stands for
  if ((t.lower === 'which' || t.lower === 'who') && j - 1 >= floor) {
    const antecedent = phraseBefore(r, r.tokens[j - 1]!.text === ',' ? j - 1 : j, floor);
    return antecedent && antecedent.kind !== 'pronoun' ? antecedent : null;
  }
  if (isPronoun(t)) return { kind: 'pronoun', start: j, end: j + 1, nameStart: j, nameEnd: j + 1, role: null };

  if (isNameWord(r, j) && !isTitle(t)) {
    let s = j;
    while (s - 1 >= floor && isNameWord(r, s - 1) && !isTitle(r.tokens[s - 1]!)) s--;
    // the name proper; then titles and role words before it
    const nameStart = s;
    while (s - 1 >= floor && (isRoleWord(r.tokens[s - 1]) || isTitle(r.tokens[s - 1]!) ||
      (r.tokens[s - 1]!.lower === 'of' && isRoleWord(r.tokens[s - 2])) ||
      (r.tokens[s - 1]!.cap && isRoleWord(r.tokens[s - 2]) && r.tokens[s - 1]!.type === 'word'))) s--;
    // White House press secretary: capitalised words that qualify a role
    while (s - 1 >= floor && s < nameStart && r.tokens[s - 1]!.type === 'word' && r.tokens[s - 1]!.cap && !isNameWord(r, s - 1) === false && isRoleWord(r.tokens[s])) s--;
    if (s - 1 >= floor && r.tokens[s - 1]!.type === 'poss' && s < nameStart) {
      // Putin’s spokesman Dmitry Peskov
      const owner = phraseBefore(r, s - 1, floor);
      if (owner) s = owner.start;
    }
    if (s - 1 >= floor && /^(?:the|a|an)$/.test(r.tokens[s - 1]!.lower) && s < nameStart) s--;
    const role = s < nameStart ? spanText(r.tokens.slice(s, nameStart)).replace(/^(?:the|a|an) /i, '') : null;
    const nameWords = r.tokens.slice(nameStart, j + 1);
    // an organisation: the Kremlin, The New York Post, Richmond police
    const kind: PhraseKind = 'name';
    void nameWords;
    return { kind, start: s, end: j + 1, nameStart, nameEnd: j + 1, role: cleanRole(role) };
  }

  // The clip says; the piece argued: any noun after a determiner
  const determined = t.type === 'word' && !t.cap && DETERMINERS.has(r.tokens[j - 1]?.lower ?? '') && !CLAUSE_WORDS.has(t.lower) && !isSpeechVerb(r.tokens, j);
  if (isNounHead(t) || isTitle(t) || determined) {
    let s = j;
    // a senior administration official; Richmond police; the company’s spokesman
    while (s - 1 >= floor) {
      const p = r.tokens[s - 1]!;
      if (p.type === 'poss') { s -= 2; continue; }
      if (p.type !== 'word' || CLAUSE_WORDS.has(p.lower) || PREPOSITIONS.has(p.lower) || isSpeechVerb(r.tokens, s - 1) || VERB_MODIFIERS.has(p.lower)) break;
      if (DETERMINERS.has(p.lower) || POSSESSIVE_PRONOUNS.has(p.lower)) { s--; break; }
      s--;
    }
    s = Math.max(s, floor);
    // sources familiar with the matter; a spokesman for the authority
    const prep = r.tokens[s - 1];
    if (prep && PREPOSITIONS.has(prep.lower) && /^(?:for|of|at|with|from|to|in|close)$/.test(prep.lower)) {
      const owner = phraseBefore(r, s - 1, floor);
      if (owner && owner.kind === 'nominal') return { ...owner, end: j + 1 };
      const adjective = r.tokens[s - 2];
      if (adjective && /^(?:familiar|close)$/.test(adjective.lower)) {
        const holder = phraseBefore(r, s - 2, floor);
        if (holder) return { ...holder, end: j + 1 };
      }
    }
    if (s > j) return null;
    const words = r.tokens.slice(s, j + 1);
    // one lone common word that is not a role (“the plan”, “it”) is no speaker
    if (!determined && !words.some((w) => ROLE_NOUNS.has(w.lower) || ORG_WORDS.has(w.lower) || w.cap)) {
      if (!/(?:report|study|statement|poll|survey|release|document|memo|letter|filing|complaint|lawsuit|indictment|analysis|data|records|article|story|editorial|ad|post|tweet|book|website|site|page|account)s?$/.test(t.lower)) return null;
    }
    return { kind: 'nominal', start: s, end: j + 1, nameStart: s, nameEnd: j + 1, role: null };
  }
  return null;
}

/**
 * The phrase that starts at token `start`, read rightwards, or null:
 *
 *     said | Paul Martin, a Pinellas sheriff’s detective
 *     said | the company’s spokesman
 */
export function phraseAfter(r: Reader, start: number, ceiling: number): Phrase | null {
  const t = r.tokens[start];
  if (!t || start >= ceiling) return null;
  if (isPronoun(t)) return { kind: 'pronoun', start, end: start + 1, nameStart: start, nameEnd: start + 1, role: null };
  let i = start;
  // titles and role words first: said Russian foreign minister Sergey Lavrov
  while (i < ceiling && (isRoleWord(r.tokens[i]) || (DETERMINERS.has(r.tokens[i]!.lower) && i === start) || r.tokens[i]!.type === 'poss' ||
    (r.tokens[i]!.lower === 'of' && i > start)) && (DEMONYMS.has(r.tokens[i]!.lower) || !(isNameWord(r, i) && !isTitle(r.tokens[i]!)))) i++;
  const roleEnd = i;
  let n = i;
  while (n < ceiling && isNameWord(r, n) && (n === i || !isTitle(r.tokens[n]!))) n++;
  if (n > i) {
    let end = n;
    let role = roleEnd > start ? spanText(r.tokens.slice(start, roleEnd)).replace(/^(?:the|a|an) /i, '') : null;
    // said Paul Martin, a Pinellas sheriff’s detective
    if (r.tokens[n]?.text === ',' && r.tokens[n + 1] && /^(?:a|an|the)$/.test(r.tokens[n + 1]!.lower)) {
      let k = n + 1;
      while (k < ceiling && r.tokens[k]!.type !== 'punct' && r.tokens[k]!.type !== 'quote' && !isSpeechVerb(r.tokens, k)) k++;
      role ??= spanText(r.tokens.slice(n + 1, k));
      end = k;
    }
    // said Rep. Jane Doe (R-Ind.)
    if (r.tokens[end]?.text === '(') {
      let k = end + 1;
      while (k < ceiling && k < end + 8 && r.tokens[k]!.text !== ')') k++;
      if (r.tokens[k]?.text === ')') end = k + 1;
    }
    return { kind: 'name', start, end, nameStart: i, nameEnd: n, role: cleanRole(role) };
  }
  // a nominal: the company’s spokesman; a senior official; police
  let k = start;
  while (k < ceiling && r.tokens[k]!.type !== 'punct' && r.tokens[k]!.type !== 'quote' && !isSpeechVerb(r.tokens, k) &&
    !CLAUSE_WORDS.has(r.tokens[k]!.lower) && k - start < 6) {
    if (PREPOSITIONS.has(r.tokens[k]!.lower) && k > start && !/^(?:for|of)$/.test(r.tokens[k]!.lower)) break;
    k++;
  }
  if (k === start) return null;
  const last = r.tokens[k - 1]!;
  if (PREPOSITIONS.has(last.lower) || DETERMINERS.has(last.lower)) return null;
  if (!r.tokens.slice(start, k).some((w) => isNounHead(w))) return null;
  return { kind: 'nominal', start, end: k, nameStart: start, nameEnd: k, role: null };
}

/** “a Pinellas sheriff’s detective”, “the auditor”, “45”, “his spokesman”: not “at Monday’s debate”. */
function isAppositiveRole(words: readonly Token[]): boolean {
  const first = words[0]!;
  if (PREPOSITIONS.has(first.lower) || CLAUSE_WORDS.has(first.lower)) return false;
  return DETERMINERS.has(first.lower) || POSSESSIVE_PRONOUNS.has(first.lower) || /^\d+$/.test(first.text) || words.some((w) => isRoleWord(w));
}

export function spanText(tokens: readonly Token[]): string {
  let out = '';
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    out += i === 0 || t.type === 'poss' || t.text === ',' || t.text === ')' || prev?.text === '(' || (prev && prev.end === t.start && t.type === 'punct') ? t.text : ' ' + t.text;
  });
  return out;
}

function cleanRole(role: string | null): string | null {
  if (!role) return null;
  const r = role.replace(/^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?$/, '').trim();
  return r || null;
}
