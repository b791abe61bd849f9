/**
 * Clause grammar: where a sentence's main clause starts, and the subject of a verb, read
 * leftwards from it.
 *
 *     In a Facebook message posted Friday, | Cruz said …       (clauseStart)
 *     Reiter calls for calm, and | Solberg said …               (lastClause)
 *     Putin went on to say                                      (subjectOf: Putin)
 */
import { INTRODUCERS, PROGRESSIVE_AUXILIARIES } from '../../lexicon/cues.js';
import { DATE_WORDS } from '../../lexicon/dates.js';
import { CLAUSE_WORDS, DETERMINERS, PREPOSITIONS, VERB_MODIFIERS, VERB_WORDS } from '../../lexicon/words.js';
import type { Reader } from '../read/reader.js';
import { countBelow } from '../sorted.js';
import { landmarks } from './landmarks.js';
import { isPronoun, phraseAfter, phraseBefore, type Phrase } from './phrases.js';
import { isSpeechVerb } from './speech-verb.js';

export function isModifierToken(r: Reader, i: number): boolean {
  const t = r.tokens[i];
  return !!t && t.type === 'word' && !t.cap && (VERB_MODIFIERS.has(t.lower) || (/ly$/.test(t.lower) && t.lower.length > 4));
}

/**
 * Where a sentence's main clause starts, past an opening phrase: the first comma after which
 * a subject and its verb follow.
 *
 *     In a Facebook message posted Friday, | Cruz said …
 *     Following a swiftly called, late-afternoon meeting, | the Security Council issued …
 */
export function clauseStart(r: Reader, from: number, to: number): number {
  // So when Patriot signaled …, Mr. Barrett said: a conjunction before the opening phrase
  if (/^(?:so|and|but|yet|or)$/.test(r.tokens[from]?.lower ?? '') && INTRODUCERS.has(r.tokens[from + 1]?.lower ?? '')) from++;
  const first = r.tokens[from];
  if (!first || first.type !== 'word') return from;
  // Every time, Victor looked at me and said …: a short phrase with no verb of its own
  const introduced = INTRODUCERS.has(first.lower) || /(?:ing|ed)$/.test(first.lower);
  for (let k = from + 1; k < to && k < from + (introduced ? 30 : 5); k++) {
    if (!introduced && (r.tokens[k]!.cap || isSpeechVerb(r.tokens, k))) return from;
    const t = r.tokens[k]!;
    if (t.type === 'quote') return from;
    // When Clinton noted that … ― as was true … ― Trump boasted: a dash can close the opening clause too
    if (t.text !== ',' && !/^[\u2014\u2015]$/.test(t.text)) continue;
    const p = phraseAfter(r, k + 1, to);
    const next = p ? r.tokens[p.end] : undefined;
    // In a panel discussion in Washington, | Marc H. Morial, the chief executive of the League, told …
    if (p && next && ((next.type === 'word' && !next.cap) || (introduced && (next.text === ',' || next.text === '(')))) return k + 1;
  }
  return from;
}

/**
 * The last of clauses joined by “, and” or “, but”, when it has a subject of its own:
 *
 *     Reiter calls for calm every week, and | Solberg said the ferry was “finished.”
 */
export function lastClause(r: Reader, from: number, to: number): number {
  // the last “, and” that works, read back from the end (the commas are looked up, not scanned for)
  const { joins } = landmarks(r.tokens);
  for (let n = countBelow(joins, to - 2) - 1; n >= 0 && joins[n]! >= from; n--) {
    const k = joins[n]!;
    const p = phraseAfter(r, k + 2, to);
    const next = p ? r.tokens[p.end] : undefined;
    if (p && next && next.type === 'word' && !next.cap) return k + 2;
  }
  return from;
}

export function subjectOf(r: Reader, v: number, floor: number): Phrase | null {
  let j = v;
  while (j - 1 >= floor && isModifierToken(r, j - 1)) j--;
  const verb = r.tokens[v]!;
  const prev = r.tokens[j - 1];
  // McConnell, who in 2010 said …: the relative pronoun a few words back stands for the subject
  for (let k = v - 1; k >= floor && k > v - 6; k--) {
    const t = r.tokens[k]!;
    if (/^(?:who|which)$/.test(t.lower)) {
      const antecedent = phraseBefore(r, k + 1, floor);
      if (antecedent) return antecedent;
      break;
    }
    if (!(PREPOSITIONS.has(t.lower) || /^\d+$/.test(t.text) || DATE_WORDS.has(t.lower) || isModifierToken(r, k))) break;
  }
  // asked the crowd to welcome …; took to Twitter to accuse …; , adding that …; tweets early Friday saying …;
  // Victor looked at me and said …
  // footage of Hillary Clinton asking, “…”: a participle right after a name is that person's
  if (/ing$/.test(verb.lower) && prev?.type === 'word' && prev.cap) {
    const named = phraseBefore(r, j, floor);
    if (named && named.kind === 'name' && named.end === j) return named;
  }
  // they could not resist pointing out …; she kept saying …: the subject of the verb chain
  // (left the meeting insisting: “meeting” after an article is a noun, not a verb of the chain)
  const chained = /ing$/.test(verb.lower) && !!prev && prev.type === 'word' && !prev.cap && VERB_WORDS.has(prev.lower) &&
    !DETERMINERS.has(r.tokens[j - 2]?.lower ?? '');
  // (is calling: a progressive takes the subject before its auxiliary)
  const progressive = PROGRESSIVE_AUXILIARIES.has(r.tokens[v - 1]?.lower ?? '');
  if (!chained && (prev?.lower === 'to' || prev?.lower === 'and' || prev?.lower === 'then' || (/ing$/.test(verb.lower) && !progressive))) {
    return clauseSubject(r, floor, v);
  }
  const direct = phraseBefore(r, j, floor);
  // (a letter from his doctor that says: the phrase ends before the relative pronoun)
  const relative = direct && direct.end === j - 1 && /^(?:that|which|who)$/.test(r.tokens[j - 1]!.lower);
  if (direct && (direct.end === j || relative) && !governed(r, direct)) return direct;
  return chainSubject(r, j, floor);
}

/** went on to say / was quoted as saying / has repeatedly said / could not resist pointing out: the subject before the chain */
function chainSubject(r: Reader, j: number, floor: number): Phrase | null {
  for (let k = j - 1; k >= floor && k > j - 7; k--) {
    const t = r.tokens[k]!;
    if (t.type !== 'word' || CLAUSE_WORDS.has(t.lower)) break;
    const p = phraseBefore(r, k, floor);
    if (p && p.end === k && !governed(r, p) && !t.cap && !isPronoun(t)) return p;
  }
  return null;
}

/** The object of a preposition is nobody's subject: Protesters marching through the streets chanted … */
function governed(r: Reader, p: Phrase): boolean {
  const before = r.tokens[p.start - 1];
  return !!before && before.type === 'word' && PREPOSITIONS.has(before.lower);
}

/** The subject of the clause that holds token `v`: the first phrase of it that a verb follows. */
export function clauseSubject(r: Reader, floor: number, v: number): Phrase | null {
  const start = clauseStart(r, floor, v);
  const p = phraseAfter(r, start, v);
  if (!p || p.end >= v) return null;
  // Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said
  let next = p.end;
  while (r.tokens[next]?.text === ',' && next < v) {
    let k = next + 1;
    while (k < v && r.tokens[k]!.text !== ',') k++;
    next = k + 1;
  }
  const t = r.tokens[next] ?? r.tokens[p.end];
  return t && t.type === 'word' && !t.cap ? p : null;
}
