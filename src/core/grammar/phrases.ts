/**
 * Reading the noun phrase that names a speaker, to the left of a speech verb
 * (`Russian foreign minister Sergey Lavrov said`) or to its right (`said Paul Martin, a detective`).
 */
import { OPENING_PREPOSITIONS, OWNER_PREPOSITIONS } from '../../lexicon/cues.js';
import { alternation } from '../../lexicon/list.js';
import { ORG_WORDS } from '../../lexicon/organisations.js';
import { POSSESSIVE_PRONOUNS, PRONOUNS } from '../../lexicon/people.js';
import { ROLE_NOUNS } from '../../lexicon/roles.js';
import { DOCUMENT_NOUNS, SPEECH_NOUNS } from '../../lexicon/speech-verbs.js';
import {
  ADJECTIVE_WORDS, CLAUSE_WORDS, COUNT_WORDS, DETERMINERS, FUNCTION_WORDS, NOUN_ENDINGS, NUMBER_WORDS, PREPOSITIONS, QUANTITY_WORDS,
  VERB_MODIFIERS, VERB_WORDS,
} from '../../lexicon/words.js';
import type { Reader } from '../read/reader.js';
import { spanText, type Token } from '../read/tokens.js';
import { countedAfter, countedBefore } from './counted.js';
import { isSentenceAdverb } from './name-words.js';
import { isNameWord, isTitle } from './names.js';
import { cleanRole, isAppositiveRole, isRoleHead, personInName, roleAfter, roleBefore } from './roles.js';
import { isSpeechVerb } from './speech-verb.js';

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

/** A word that can head a speaker phrase ends so: officials, a manager, the ministry, the commission. */
const NOUN_ENDING = new RegExp(`(?:${alternation(NOUN_ENDINGS)})$`);
/** Nouns for writings, which can speak though they name nobody: a report said; the statements say. */
const DOCUMENT_NOUN = new RegExp(`(?:${alternation(DOCUMENT_NOUNS)})s?$`);

export function isPronoun(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && PRONOUNS.has(t.lower) && t.lower !== 'you';
}

/** Whether a phrase is “I” or “we”. */
export function isFirstPerson(r: Reader, p: Phrase): boolean {
  return p.kind === 'pronoun' && PRONOUNS.get(r.tokens[p.start]!.lower)?.person === 1;
}

/** Whether a noun-ish word can head a speaker phrase: official, police, Kremlin, report. */
function isNounHead(t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  const w = t.lower;
  if (CLAUSE_WORDS.has(w) || DETERMINERS.has(w) || PREPOSITIONS.has(w) || VERB_MODIFIERS.has(w) || PRONOUNS.has(w)) return false;
  if (POSSESSIVE_PRONOUNS.has(w)) return false;
  if (t.lemma && !ROLE_NOUNS.has(w) && !SPEECH_NOUNS.has(w)) return false;
  if ((VERB_WORDS.has(w) || ADJECTIVE_WORDS.has(w)) && !ROLE_NOUNS.has(w) && !SPEECH_NOUNS.has(w) && !t.cap) return false;
  return ROLE_NOUNS.has(w) || ORG_WORDS.has(w) || SPEECH_NOUNS.has(w) || NOUN_ENDING.test(w) || t.cap;
}

/**
 * The phrase that ends just before token `end` (exclusive), read leftwards, or null:
 *
 *     Russian foreign minister Sergey Lavrov | said
 *     a spokesman for the authority          | said
 *     Thomas Okafor, the auditor,            | said
 */
export function phraseBefore(r: Reader, end: number, floor: number): Phrase | null {
  const j = end - 1;
  if (r.tokens[j]?.text === ',' || r.tokens[j]?.text === ')') return phraseWithAppositives(r, end, floor);
  const t = r.tokens[j];
  if (!t || j < floor) return null;
  // the Chicago Police Department, which reported; a letter from his doctor that says: the phrase the relative pronoun stands for
  if ((t.lower === 'which' || t.lower === 'who' || (t.lower === 'that' && isNounHead(r.tokens[j - 1]))) && j - 1 >= floor) {
    const antecedent = phraseBefore(r, r.tokens[j - 1]!.text === ',' ? j - 1 : j, floor);
    return antecedent && antecedent.kind !== 'pronoun' ? antecedent : null;
  }
  if (isPronoun(t)) return { kind: 'pronoun', start: j, end: j + 1, nameStart: j, nameEnd: j + 1, role: null };

  // Ministry of Justice, Department of State: after “of”, a title word is part of the name
  const ofName = isTitle(t) && isNameWord(r, j) && /^(?:of|for)$/.test(r.tokens[j - 1]?.lower ?? '') && !!r.tokens[j - 2]?.cap;
  if (isNameWord(r, j) && (!isTitle(t) || ofName)) {
    let nameStart = j;
    // Harwick Chamber of Commerce, Bank of England: “of” between capitalised words
    while (nameStart - 1 >= floor && (isNameWord(r, nameStart - 1) && !isTitle(r.tokens[nameStart - 1]!) ||
      (/^(?:of|for|and|&)$/.test(r.tokens[nameStart - 1]!.lower) && isNameWord(r, nameStart - 2) && !isTitle(r.tokens[nameStart - 2]!)) ||
      // the Vellmoor Fishermen’s Association: a possessive inside an organisation's name
      (r.tokens[nameStart - 1]!.type === 'poss' && ORG_WORDS.has(t.lower) && isNameWord(r, nameStart - 2)) ||
      // the State Department, the Interim Council: before an organisation word, a capitalised title word is part of the name
      (ORG_WORDS.has(t.lower) && r.tokens[nameStart - 1]!.cap && isNameWord(r, nameStart - 1)))) nameStart--;
    const role = roleBefore(r, nameStart, floor);
    return personInName(r, { kind: 'name', start: role ? role.start : nameStart, end: j + 1, nameStart, nameEnd: j + 1, role: role?.text ?? null });
  }

  const counted = countedBefore(r, j, floor);
  if (counted) return counted;
  // The clip says; the piece argued: any noun after a determiner
  const determined = t.type === 'word' && !t.cap && DETERMINERS.has(r.tokens[j - 1]?.lower ?? '') && !CLAUSE_WORDS.has(t.lower) &&
    !PREPOSITIONS.has(t.lower) && !isSpeechVerb(r.tokens, j);
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
    if (prep && PREPOSITIONS.has(prep.lower) && OWNER_PREPOSITIONS.has(prep.lower)) {
      const owner = phraseBefore(r, s - 1, floor);
      if (owner && owner.kind === 'nominal') return { ...owner, end: j + 1 };
      // five of the members, most of the crew, six in ten voters: a number or a quantity of the people named after it
      const quantity = r.tokens[s - 2];
      const isNumber = (t: Token | undefined) => !!t && (/^\d/.test(t.text) || NUMBER_WORDS.has(t.lower));
      if (s - 2 >= floor && quantity && ((prep.lower === 'of' && (isNumber(quantity) || QUANTITY_WORDS.has(quantity.lower))) ||
        (prep.lower === 'in' && isNumber(quantity) && isNumber(r.tokens[s])))) {
        return { kind: 'nominal', start: s - 2, end: j + 1, nameStart: s - 2, nameEnd: j + 1, role: null };
      }
      const adjective = r.tokens[s - 2];
      if (adjective && /^(?:familiar|close)$/.test(adjective.lower)) {
        const holder = phraseBefore(r, s - 2, floor);
        if (holder) return { ...holder, end: j + 1 };
      }
    }
    if (s > j) return null;
    const words = r.tokens.slice(s, j + 1);
    // one lone common word that is not a role (“the plan”, “it”) is no speaker
    // 63 percent said; most voters agreed: a quantity of people
    const counted = words.some((w) => /^\d/.test(w.text) || COUNT_WORDS.has(w.lower));
    if (!determined && !counted && !words.some((w) => ROLE_NOUNS.has(w.lower) || ORG_WORDS.has(w.lower) || w.cap || isRoleHead(w))) {
      if (!DOCUMENT_NOUN.test(t.lower)) return null;
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
  // the name, and the role words before it that reach back to the phrase's start:
  // said Russian foreign minister Sergey Lavrov; — Kilbride United manager Stefan Novak; said 9/11 widow Terry Strada
  let found: { i: number; n: number; role: string | null } | null = null;
  const first = DETERMINERS.has(t.lower) ? start + 1 : start;
  for (let k = first; k < ceiling && k < start + 10; k++) {
    const m = r.tokens[k]!;
    if (isNameWord(r, k) && !isTitle(m)) {
      let n = k + 1;
      while (n < ceiling && (isNameWord(r, n) && (!isTitle(r.tokens[n]!) || /^(?:of|for|&)$/.test(r.tokens[n - 1]!.lower)) ||
        (/^(?:of|for|&)$/.test(r.tokens[n]!.lower) && isNameWord(r, n + 1) && r.tokens[n + 1]!.cap) ||
        // Nora Whitcombe and Ade Balogun: two names joined
        (r.tokens[n]!.lower === 'and' && n > k + 1 && isNameWord(r, n + 1) && isNameWord(r, n + 2)))) n++;
      const role = k === first ? null : roleBefore(r, k, start);
      const before = r.tokens.slice(first, k);
      const titled = before.every((w) => isTitle(w));
      // said coxswain Elaine Corr; said longtime party activist Jo Reyes: a few plain words as the role
      const plain = before.length <= 5 && before.every((w) => (w.type === 'word' && !w.cap && !VERB_WORDS.has(w.lower)) || /^[\d/.-]+$/.test(w.text));
      if (k === first || titled || plain || (role && role.start <= first)) {
        found = { i: k, n, role: role?.text ?? (plain ? spanText(before) : null) };
      }
      k = n - 1;
      continue;
    }
    // talk radio host Rush Limbaugh: a speech word in its base form can qualify a role
    const modifier = (m.type === 'word' && !CLAUSE_WORDS.has(m.lower) && !PREPOSITIONS.has(m.lower) &&
      (!isSpeechVerb(r.tokens, k) || isRoleHead(m) || m.lemma === m.lower) &&
      !(VERB_WORDS.has(m.lower) && !m.cap)) || m.type === 'poss' || /^(?:\d[\d,.]*|\/|-)$/.test(m.text) || m.lower === 'of';
    if (!modifier) break;
  }
  // a White House spokeswoman; according to a State Department official (“State” read as a title): capitalised
  // words from the phrase's start that qualify a role noun make a noun phrase, not a name
  if (found && r.tokens.slice(first, found.i).every((w) => w.cap) && r.tokens[found.n]?.type === 'word' && !r.tokens[found.n]!.cap && ROLE_NOUNS.has(r.tokens[found.n]!.lower) &&
    !isNameWord(r, found.n + 1)) {
    return { kind: 'nominal', start, end: found.n + 1, nameStart: start, nameEnd: found.n + 1, role: null };
  }
  const counted = found && found.i === start + 1 ? countedAfter(r, start, found.n, ceiling) : null;
  if (counted) return counted;
  if (found) {
    const { i, n } = found;
    let end = n;
    let role = found.role;
    // said Paul Martin, a Pinellas sheriff’s detective; said Oliver Grant, Moss’s barrister
    const aside = roleAfter(r, n);
    if (aside) {
      role ??= aside.text;
      end = aside.end;
    }
    // said Rep. Jane Doe (R-Ind.)
    if (r.tokens[end]?.text === '(') {
      let k = end + 1;
      while (k < ceiling && k < end + 8 && r.tokens[k]!.text !== ')') k++;
      if (r.tokens[k]?.text === ')') end = k + 1;
    }
    return personInName(r, { kind: 'name', start, end, nameStart: i, nameEnd: n, role: cleanRole(role) });
  }
  // a nominal: the company’s spokesman; a senior official; police (never “in Chicago”, nor “Hastily blaming the storm”)
  if (PREPOSITIONS.has(t.lower) || isSentenceAdverb(t.lower)) return null;
  let k = start;
  while (k < ceiling && r.tokens[k]!.type !== 'punct' && r.tokens[k]!.type !== 'quote' && !isSpeechVerb(r.tokens, k) &&
    !CLAUSE_WORDS.has(r.tokens[k]!.lower) && (r.tokens[k]!.type === 'poss' || !VERB_MODIFIERS.has(r.tokens[k]!.lower)) &&
    (!VERB_WORDS.has(r.tokens[k]!.lower) || SPEECH_NOUNS.has(r.tokens[k]!.lower)) && k - start < 9) {
    // a spokesman for the authority; a source close to the delegation; people familiar with the talks
    const pp = /^(?:for|of)$/.test(r.tokens[k]!.lower) || (/^(?:to|with)$/.test(r.tokens[k]!.lower) && /^(?:close|familiar)$/.test(r.tokens[k - 1]?.lower ?? ''));
    if (PREPOSITIONS.has(r.tokens[k]!.lower) && k > start && !pp) break;
    k++;
  }
  if (k === start) return null;
  const last = r.tokens[k - 1]!;
  if (PREPOSITIONS.has(last.lower) || DETERMINERS.has(last.lower)) return null;
  // quoting her predecessor, Walter Bell: the name in the aside, the nominal its role
  if (r.tokens[k]?.text === ',' && isNameWord(r, k + 1)) {
    let n = k + 1;
    while (n < ceiling && isNameWord(r, n)) n++;
    if (n - k - 1 >= 2 && (r.tokens[n]?.text === ',' || n >= ceiling || r.tokens[n]?.type !== 'word')) {
      return { kind: 'name', start, end: n, nameStart: k + 1, nameEnd: n, role: spanText(r.tokens.slice(start, k)).replace(/^(?:the|a|an) /i, '') };
    }
  }
  // a 52-count civil complaint: after a determiner, any word that is no verb, adjective or function word is a noun
  const determined = DETERMINERS.has(t.lower);
  const nounish = (w: Token): boolean => isNounHead(w) || (determined && w.type === 'word' && !VERB_WORDS.has(w.lower) &&
    !ADJECTIVE_WORDS.has(w.lower) && !FUNCTION_WORDS.has(w.lower) && !DETERMINERS.has(w.lower));
  if (!r.tokens.slice(start, k).some(nounish)) return null;
  // stop before a trailing participle: a complaint | filed by …
  while (k - 1 > start && r.tokens[k - 1]!.type === 'word' && VERB_WORDS.has(r.tokens[k - 1]!.lower) && /(?:ed|en)$/.test(r.tokens[k - 1]!.lower)) k--;
  return { kind: 'nominal', start, end: k, nameStart: start, nameEnd: k, role: null };
}

/**
 * A phrase followed by appositives, asides set off by commas or brackets, read leftwards:
 *
 *     Thomas Okafor, the auditor, | said
 *     Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Council, | said
 *     Sen. Bernie Sanders (Vt.), who lost the primaries to Clinton, | said
 *     The auditor, Thomas Okafor, | said           → the name, with “The auditor” as its role
 */
function phraseWithAppositives(r: Reader, end: number, floor: number): Phrase | null {
  // tokens[at - 1] closes an aside: a comma or a bracket
  let at = end;
  const asides: Token[][] = [];
  while (at - 1 > floor && (r.tokens[at - 1]!.text === ',' || r.tokens[at - 1]!.text === ')')) {
    const closer = r.tokens[at - 1]!.text;
    const opener = closer === ')' ? '(' : ',';
    let k = at - 2;
    while (k > floor && k > at - 18 && r.tokens[k]!.text !== opener && r.tokens[k]!.type !== 'quote' && r.tokens[k]!.text !== ';') k--;
    if (k <= floor || r.tokens[k]!.text !== opener) break;
    const inner = r.tokens.slice(k + 1, at - 1);
    if (inner.length === 0 || inner.some((t) => t.text === ',' || t.type === 'quote')) break;
    // Putin, who intervened in Syria, said / Clinton, at a later press gaggle, said: skipped, not a role
    const skipped = /^(?:who|which|whose|where|when)$/.test(inner[0]!.lower) || PREPOSITIONS.has(inner[0]!.lower);
    if (closer === ',' && !skipped && !isAppositiveRole(inner) && !isNameLike(r, k + 1, at - 1)) break;
    if (closer === ',' && !skipped) asides.push(inner);
    // a comma that opens this aside may close the one before it
    at = opener === ',' ? k + 1 : k;
  }
  if (at === end) return null;
  const headEnd = r.tokens[at - 1]?.text === ',' && at < end ? at - 1 : at;
  let head = phraseBefore(r, headEnd, floor);
  // Outside the hall, the campaign manager, Derek Lyons, said: the phrase after a preposition that opens the clause is its
  // object; the speaker's phrase starts at the aside after it
  const farthest = asides[asides.length - 1];
  const opener = r.tokens[floor];
  if ((!head || head.start === floor + 1) && farthest && opener && (PREPOSITIONS.has(opener.lower) || OPENING_PREPOSITIONS.has(opener.lower))) {
    asides.pop();
    const first = r.tokens.indexOf(farthest[0]!);
    head = phraseBefore(r, first + farthest.length, first);
  }
  if (!head) return null;
  const nearest = asides[asides.length - 1];
  // The auditor, Thomas Okafor, said: the name stands in the aside
  if (head.kind === 'nominal' && nearest) {
    const first = r.tokens.indexOf(nearest[0]!);
    const named = phraseBefore(r, first + nearest.length, first);
    if (named && named.kind === 'name' && named.start === first) {
      return { ...named, start: head.start, end, role: spanText(r.tokens.slice(head.start, head.end)) };
    }
  }
  const aside = nearest && !/^\d+$/.test(nearest[0]!.text) && isAppositiveRole(nearest) ? spanText(nearest) : null;
  return { ...head, end, role: head.role ?? aside };
}

/** Whether tokens [from, to) are all name words: an aside that is a name (The auditor, Thomas Okafor,). */
function isNameLike(r: Reader, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isNameWord(r, i)) return false;
  return to > from;
}
