/**
 * Stage 4: for each quotation, the words that name its speaker and the cue that ties them to
 * it, read from the tokens around the quotation. Who those words stand for ("he" → Vladimir
 * Putin) is the next stage's work.
 */
import type { AttributionMethod } from './types.js';
import { ADVERBIAL_OPENERS, OBJECT_WORDS } from '../lexicon/cues.js';
import { POSSESSIVE_PRONOUNS } from '../lexicon/people.js';
import { PLAIN_SAYING, RELAY_VERBS, SPEECH_NOUNS, TWO_WORD_CUES } from '../lexicon/speech-verbs.js';
import { DETERMINERS } from '../lexicon/words.js';
import { clauseStart, clauseSubject, isModifierToken, lastClause, subjectOf } from './grammar/clause.js';
import { phraseAfter, phraseBefore, type Phrase } from './grammar/phrases.js';
import { isSpeechVerb } from './grammar/speech-verb.js';
import type { Reader } from './read/reader.js';
import type { Sentence } from './read/sentences.js';
import { countBelow } from './sorted.js';

/** What the tokens around one quotation say about its speaker. */
export interface LocalAttribution {
  method: AttributionMethod;
  phrase: Phrase;
  /** token range of the cue: the speech verb, "according to", ":" or "—" */
  cueStart: number;
  cueEnd: number;
  /** how sure the rule that matched is, before resolving the phrase */
  confidence: number;
  /** X quoted Y, saying “…”: the phrase for X (the relay), where `phrase` is Y */
  via?: Phrase;
  /** an interview answer (A: …): the speaker is the person the interview is with */
  interviewee?: boolean;
}

const DASHES = new Set(['\u2014', '\u2013', '\u2015', '-', '--']);

/**
 * Finds the speaker phrase and cue of the quotation at token `q`, within its sentence `s`.
 * `floor` is where the quotation's own context starts (after an earlier quotation's cue).
 */
export function attributeQuote(r: Reader, q: number, s: Sentence, floor: number): LocalAttribution | null {
  return cueAfter(r, q, s) ?? cueBefore(r, q, s, floor) ?? colonBefore(r, q, s) ?? speechInSentence(r, q, s) ?? characterization(r, q, s) ??
    possessiveBefore(r, q, s) ?? clauseColon(r, q, s, floor);
}

// “…,” Lavrov said. / “…,” said Paul Martin. / “…” — Mark Twain / “…,” according to the Kremlin.
function cueAfter(r: Reader, q: number, s: Sentence): LocalAttribution | null {
  const quote = r.tokens[q]!;
  let i = q + 1;
  const comma = r.tokens[i]?.text === ',';
  if (comma) i++;
  const t = r.tokens[i];
  if (!t || t.type === 'quote') return null;
  const limit = Math.min(r.tokens.length, i + 40);
  // “…” — Mark Twain
  if (DASHES.has(t.text) && !comma) {
    const p = phraseAfter(r, i + 1, limit);
    const after = p ? r.tokens[p.end] : undefined;
    // — Kilbride United manager Stefan Novak after Saturday’s win: what follows the name does not matter
    if (p && p.kind === 'name' && (!after || after.type !== 'quote')) return local('dash', p, i, i + 1, 0.85);
    return null;
  }
  // “…,” according to X
  if (t.lower === 'according' && r.tokens[i + 1]?.lower === 'to') {
    const p = phraseAfter(r, i + 2, limit);
    return p ? local('according-to', p, i, i + 2, 0.9) : null;
  }
  const endsOpen = comma || /[,!?\u2014\u2013\u2026-]\s*['"\u2019\u201D\u00BB\u203A]*$/u.test(quote.text) || r.tokens[i - 1]?.text === ',';
  // “…,” said Paul Martin, a detective
  if (isSpeechVerb(r.tokens, i)) {
    // “…,” referring to the convention / citing an instance: a participle takes no subject after it;
    // the “unmistakably” suggests that Phoenix …: a quotation inside a clause has no inverted cue
    if (/ing$/.test(t.lower) || !endsOpen) return null;
    const p = phraseAfter(r, i + 1, limit);
    return p ? local('cue', p, i, i + 1, 0.95) : null;
  }
  // “…,” Lavrov said / “…,” a spokesman for the authority said / “…,” Okafor, the auditor, said
  const p = phraseAfter(r, i, limit);
  if (!p) return null;
  // “…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said
  let v = p.end;
  for (let asides = 0; r.tokens[v]?.text === ',' && asides < 3; asides++) {
    let k = v + 1;
    while (k < limit && r.tokens[k]!.text !== ',' && r.tokens[k]!.type !== 'quote' && !isSpeechVerb(r.tokens, k)) k++;
    if (r.tokens[k]?.text !== ',') break;
    v = k + 1;
  }
  // (the phrase may end on the comma that closes its aside: “…,” Drury, the auditor, said)
  if (r.tokens[v]?.text === ',' && r.tokens[p.end - 1]?.text !== ',' && isSpeechVerb(r.tokens, v + 1)) v++;
  else if (r.tokens[p.end - 1]?.text === ',' && isSpeechVerb(r.tokens, v)) { /* already at the verb */ }
  while (v < limit && isModifierToken(r, v)) v++;
  const verb = r.tokens[v];
  if (!isSpeechVerb(r.tokens, v)) return null;
  if (!endsOpen && !closesClause(r, v + 1)) return null;
  // “It’s time.” She also gushes about …: after a closed sentence, the cue must close a short sentence of its own,
  // with a plain verb of saying and a name or pronoun (“The ferry is saved.” The crowd cheered. — no cue)
  if (!endsOpen && !/^[.,;!?)\u2014\u2013]$/.test(r.tokens[v + 1]?.text ?? '.') && r.tokens[v + 1]?.type !== 'quote') return null;
  if (!endsOpen && (p.kind === 'nominal' || !PLAIN_SAYING.has(verb!.lemma ?? ''))) return null;
  if (v > s.end + 16) return null;
  return local('cue', p, v, v + 1, p.kind === 'pronoun' ? 0.9 : 0.95);
}

/** After a speech verb: the sentence ends, or only an adverbial follows (“…,” she said on Monday.). */
function closesClause(r: Reader, i: number): boolean {
  const t = r.tokens[i];
  if (!t) return true;
  if (/^[.,;!?)\u2014\u2013]$/.test(t.text) || t.type === 'quote') return true;
  return ADVERBIAL_OPENERS.has(t.lower);
}

// Lavrov said: “…” / X told reporters, “…” / X said that “…” / X wrote on Twitter: “…” / according to X, “…”
function cueBefore(r: Reader, q: number, s: Sentence, floor: number): LocalAttribution | null {
  let j = q - 1;
  while (j >= floor && /^[:,]$/.test(r.tokens[j]!.text)) j--;
  if (j < floor) return null;
  // according to the Kremlin, “…” / According to X, the move reeks of “fear”
  for (let k = j; k >= floor && k > j - 40; k--) {
    if (r.tokens[k]!.lower === 'according' && r.tokens[k + 1]?.lower === 'to') {
      const p = phraseAfter(r, k + 2, q);
      if (p) return local('according-to', p, k, k + 2, 0.9);
    }
    if (r.tokens[k]!.type === 'quote' || /^[.;!?]$/.test(r.tokens[k]!.text)) break;
  }
  // the main clause's verb comes first (Mr. Obama said, a majority have come to believe “…” is Obama's), then
  // the nearest one; “cue” when only the verb's object, adverbials and “that” stand between it and the quotation
  const start = lastClause(r, clauseStart(r, Math.max(floor, s.start), q), q);
  const verbs: number[] = [];
  for (let v = start; v < q; v++) {
    // a verb inside “, who …,” belongs to the relative clause: The harbour master, who had been told, said “…”
    if (r.tokens[v]!.text === ',' && /^(?:who|which)$/.test(r.tokens[v + 1]?.lower ?? '')) {
      let k = v + 2;
      while (k < q && r.tokens[k]!.text !== ',') k++;
      if (k < q) v = k;
      continue;
    }
    if (isSpeechVerb(r.tokens, v)) verbs.push(v);
  }
  const nearest = verbs[verbs.length - 1];
  for (const v of verbs) {
    const adjacent = v === nearest && r.tokens.slice(v + 1, j + 1).every((g) => g.type !== 'quote' &&
      (OBJECT_WORDS.has(g.lower) || g.cap || g.type === 'poss' || g.text === ',' || g.text === '.'));
    const found = clauseAttribution(r, v, start, adjacent ? 'cue' : 'sentence', adjacent ? 0.9 : 0.75);
    if (found) return found;
  }
  return null;
}

// Putin: “…” / PENCE: “…”
function colonBefore(r: Reader, q: number, s: Sentence): LocalAttribution | null {
  const colon = q - 1;
  if (r.tokens[colon]?.text !== ':') return null;
  const p = phraseBefore(r, colon, s.start);
  if (!p || p.kind !== 'name' || p.start !== s.start) return null;
  const shouting = r.tokens.slice(p.nameStart, p.nameEnd).every((t) => t.text === t.text.toUpperCase());
  return local(shouting ? 'transcript' : 'colon', p, colon, colon + 1, 0.85);
}

/**
 * A transcript turn: the paragraph opens with the speaker's name in capitals and a colon, or
 * with A: for an interview's answer (Q:, the question, is nobody's in particular).
 *
 *     PENCE: Well, look, she thinks this is an episode of “Shark Tank.”
 *     A: My predecessor told me “you will say no forty times a day.”
 */
export function transcriptTurn(r: Reader): LocalAttribution | null {
  let i = 0;
  while (r.tokens[i]?.type === 'punct' && /^["\u201C\u201D]$/.test(r.tokens[i]!.text)) i++;
  let j = i;
  while (j < r.tokens.length && j - i < 4 && r.tokens[j]!.type === 'word' && r.tokens[j]!.cap) j++;
  if (j === i || r.tokens[j]?.text !== ':') return null;
  const words = r.tokens.slice(i, j);
  const phrase: Phrase = { kind: 'name', start: i, end: j, nameStart: i, nameEnd: j, role: null };
  if (words.length === 1 && words[0]!.text === 'A') return { ...local('transcript', phrase, j, j + 1, 0.7), interviewee: true };
  const shouting = words.every((t) => t.text === t.text.toUpperCase() && /\p{Lu}{2}/u.test(t.text));
  return shouting ? local('transcript', phrase, j, j + 1, 0.85) : null;
}

// Putin’s first point was that …; “…” / the ministry’s statement: “…” / his remarks: “…”
function possessiveBefore(r: Reader, q: number, s: Sentence): LocalAttribution | null {
  for (let k = q - 1; k >= s.start; k--) {
    const t = r.tokens[k]!;
    if (t.type === 'quote') return null;
    const isPoss = t.type === 'poss' || POSSESSIVE_PRONOUNS.has(t.lower);
    if (!isPoss) continue;
    const noun = r.tokens.slice(k + 1, k + 4).find((n) => SPEECH_NOUNS.has(n.lower));
    if (!noun) continue;
    const cue = r.tokens.indexOf(noun);
    if (t.type === 'poss') {
      const p = phraseBefore(r, k, s.start);
      if (p) return local('possessive', p, cue, cue + 1, 0.75);
    } else {
      const pronoun = POSSESSIVE_PRONOUNS.get(t.lower)!;
      return local('possessive', { kind: 'pronoun', start: k, end: k + 1, nameStart: k, nameEnd: k + 1, role: pronoun }, cue, cue + 1, 0.7);
    }
  }
  return null;
}

// “A wish list,” the auditor’s report was dismissed as, Marquez said later. — a speech verb after the quotation
function speechInSentence(r: Reader, q: number, s: Sentence): LocalAttribution | null {
  // the sentence's verbs are found once, not once for each of its quotations (a sentence can hold thousands)
  if (!s.verbs) {
    s.verbs = [];
    for (let v = s.start; v < s.end; v++) if (isSpeechVerb(r.tokens, v)) s.verbs.push(v);
  }
  const verbs = s.verbs;
  // from the first verb after the quotation
  for (let k = countBelow(verbs, q + 1); k < verbs.length; k++) {
    const found = clauseAttribution(r, verbs[k]!, q + 1, 'sentence', 0.7);
    if (found) return found;
  }
  return null;
}

// Trump openly admires Putin as a “strong leader” / Reid has gone after Trump as a “con artist”:
// a quotation that characterises someone “as” what it says is the clause subject's word for them
function characterization(r: Reader, q: number, s: Sentence): LocalAttribution | null {
  let k = q - 1;
  while (k > s.start && DETERMINERS.has(r.tokens[k]!.lower) && k > q - 3) k--;
  if (r.tokens[k]?.lower !== 'as' || k <= s.start) return null;
  const p = clauseSubject(r, s.start, k);
  return p && p.kind !== 'nominal' ? local('sentence', p, k, k + 1, 0.6) : null;
}

// She then addressed the supporters again: “…” — a clause ending in a colon introduces what its subject says
function clauseColon(r: Reader, q: number, s: Sentence, floor: number): LocalAttribution | null {
  const colon = q - 1;
  const from = Math.max(s.start, floor);
  if (r.tokens[colon]?.text !== ':' || colon <= from) return null;
  const p = clauseSubject(r, from, colon);
  return p && p.kind !== 'nominal' ? local('sentence', p, colon, colon + 1, 0.6) : null;
}

/**
 * The subject of the speech verb at `v`, read leftwards:
 *
 *     Lavrov also said            → Lavrov
 *     he said, adding that        → he (a participle takes the clause's subject)
 *     Putin went on to say        → Putin
 *     Putin quoted Mark Twain, saying → Mark Twain, via Putin
 */
export function clauseAttribution(r: Reader, v: number, floor: number, method: AttributionMethod, confidence: number): LocalAttribution | null {
  const relay = relayFrom(r, v, floor);
  if (relay) return relay;
  const subject = subjectOf(r, v, floor);
  // shot back, put it: the cue is both words
  const next = r.tokens[v + 1];
  const cueEnd = next && TWO_WORD_CUES.get(r.tokens[v]!.lower) === next.lower ? v + 2 : v + 1;
  if (subject) return local(method, subject, v, cueEnd, confidence);
  // Said Putin: “…” — the subject after a verb that opens its clause
  const before = r.tokens[v - 1];
  if (v === floor || !before || before.type === 'quote' || /^[,;:]$/.test(before.text)) {
    const after = phraseAfter(r, v + 1, Math.min(r.tokens.length, v + 10));
    if (after && after.kind === 'name') return local(method, after, v, v + 1, confidence * 0.9);
  }
  return null;
}

/** Putin quoted American author Mark Twain, saying “…”: the quotation is Twain's, relayed by Putin. */
function relayFrom(r: Reader, v: number, floor: number): LocalAttribution | null {
  for (let k = v; k >= floor && k > v - 14; k--) {
    const t = r.tokens[k]!;
    if (t.type === 'quote') break;
    const lemma = t.type === 'word' && !t.cap ? t.lemma : null;
    if (!lemma || !RELAY_VERBS.has(lemma)) continue;
    const source = phraseAfter(r, k + 1, Math.min(r.tokens.length, k + 10));
    if (!source || source.kind !== 'name') continue;
    const relay = subjectOf(r, k, floor);
    if (!relay) continue;
    return { ...local('relay', source, k, k + 1, 0.85), via: relay };
  }
  return null;
}

function local(method: AttributionMethod, phrase: Phrase, cueStart: number, cueEnd: number, confidence: number): LocalAttribution {
  return { method, phrase, cueStart, cueEnd, confidence };
}
