/**
 * Cues before the quotation:
 *
 *     Lavrov said: “…”           X told reporters, “…”          According to X, “…”
 *     Putin: “…”                 Putin’s first point was …; “…”  She then addressed the crowd: “…”
 */
import { OBJECT_WORDS } from '../../lexicon/cues.js';
import { POSSESSIVE_PRONOUNS } from '../../lexicon/people.js';
import { SPEECH_NOUNS } from '../../lexicon/speech-verbs.js';
import { clauseStart, clauseSubject, lastClause } from '../grammar/clause.js';
import { phraseAfter, phraseBefore } from '../grammar/phrases.js';
import { landmarks } from '../grammar/landmarks.js';
import { speechVerbs } from '../grammar/speech-verb.js';
import { countBelow } from '../sorted.js';
import type { Reader } from '../read/reader.js';
import { spanText } from '../read/tokens.js';
import type { Sentence } from '../read/sentences.js';
import { cue, type Cue } from './cue.js';
import { clauseAttribution } from './sentence.js';

// Lavrov said: “…” / X told reporters, “…” / X said that “…” / X wrote on Twitter: “…” / according to X, “…”
export function cueBefore(r: Reader, q: number, s: Sentence, floor: number): Cue | null {
  let j = q - 1;
  while (j >= floor && /^[:,]$/.test(r.tokens[j]!.text)) j--;
  if (j < floor) return null;
  // according to the Kremlin, “…” / According to X, the move reeks of “fear”
  for (let k = j; k >= floor && k > j - 40; k--) {
    if (r.tokens[k]!.lower === 'according' && r.tokens[k + 1]?.lower === 'to') {
      const p = phraseAfter(r, k + 2, q);
      if (p) return cue('according-to', p, k, k + 2, 'accordingTo');
    }
    if (r.tokens[k]!.type === 'quote' || /^[.;!?]$/.test(r.tokens[k]!.text)) break;
  }
  // the main clause's verb comes first (Mr. Obama said, a majority have come to believe “…” is Obama's), then
  // the nearest one; “cue” when only the verb's object, adverbials and “that” stand between it and the quotation
  const start = lastClause(r, clauseStart(r, Math.max(floor, s.start), q), q);
  const verbs = verbsBetween(r, s, start, q);
  const nearest = verbs[verbs.length - 1];
  for (const v of verbs) {
    const adjacent = v === nearest && onlyObjectBetween(r, v + 1, j + 1);
    const found = clauseAttribution(r, v, start, adjacent ? 'cue' : 'sentence', adjacent ? 'verbBefore' : 'verbEarlierInSentence');
    if (found) return found;
  }
  return null;
}

/**
 * The speech verbs of sentence `s` in [start, q), but those inside “, who …,” (a relative clause's:
 * The harbour master, who had been told, said “…”), read from the sentence's verbs and commas.
 */
function verbsBetween(r: Reader, s: Sentence, start: number, q: number): number[] {
  const all = speechVerbs(r.tokens, s);
  const { commas, relatives } = landmarks(r.tokens);
  const verbs: number[] = [];
  let at = start;
  for (let n = countBelow(all, start); n < all.length && all[n]! < q; n++) {
    const v = all[n]!;
    // the next “, who” before the verb skips to the comma that closes it, when one does before q
    for (let c = relatives[countBelow(relatives, at)]; c !== undefined && c < v; c = relatives[countBelow(relatives, at)]) {
      const close = commas[countBelow(commas, c + 2)];
      at = close !== undefined && close < q ? close + 1 : c + 1;
    }
    if (v >= at) verbs.push(v);
  }
  return verbs;
}

/** Only the verb's object, adverbials and “that” stand in [from, to): X told reporters, “…” */
function onlyObjectBetween(r: Reader, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const g = r.tokens[k]!;
    if (!(g.type !== 'quote' && (OBJECT_WORDS.has(g.lower) || g.cap || g.type === 'poss' || g.text === ',' || g.text === '.'))) return false;
  }
  return true;
}

// Putin: “…” / PENCE: “…”
export function colonBefore(r: Reader, q: number, s: Sentence): Cue | null {
  const colon = q - 1;
  if (r.tokens[colon]?.text !== ':') return null;
  const p = phraseBefore(r, colon, s.start);
  if (!p || p.kind !== 'name' || p.start !== s.start) return null;
  const shouting = r.tokens.slice(p.nameStart, p.nameEnd).every((t) => t.text === t.text.toUpperCase());
  return cue(shouting ? 'transcript' : 'colon', p, colon, colon + 1, 'colon');
}

// Putin’s first point was that …; “…” / the ministry’s statement: “…” / his remarks: “…”
export function possessiveBefore(r: Reader, q: number, s: Sentence): Cue | null {
  for (let k = q - 1; k >= s.start; k--) {
    const t = r.tokens[k]!;
    if (t.type === 'quote') return null;
    const isPoss = t.type === 'poss' || POSSESSIVE_PRONOUNS.has(t.lower);
    if (!isPoss) continue;
    const found = r.tokens.slice(k + 1, k + 4).findIndex((n) => SPEECH_NOUNS.has(n.lower));
    if (found < 0) continue;
    const at = k + 1 + found;
    if (t.type === 'poss') {
      const p = phraseBefore(r, k, s.start);
      if (p) return cue('possessive', p, at, at + 1, 'possessive');
    } else {
      const pronoun = POSSESSIVE_PRONOUNS.get(t.lower)!;
      return cue('possessive', { kind: 'pronoun', start: k, end: k + 1, nameStart: k, nameEnd: k + 1, role: pronoun }, at, at + 1, 'possessivePronoun');
    }
  }
  return null;
}

// She then addressed the supporters again: “…” — a clause ending in a colon introduces what its subject says
export function clauseColon(r: Reader, q: number, s: Sentence, floor: number): Cue | null {
  const colon = q - 1;
  const from = Math.max(s.start, floor);
  if (r.tokens[colon]?.text !== ':' || colon <= from) return null;
  const p = clauseSubject(r, from, colon);
  if (p && p.kind === 'nominal') {
    // Her husband, Earl, was more blunt: “…” — the name in the aside after the noun phrase, the phrase its role
    const named = r.tokens[p.end]?.text === ',' ? phraseAfter(r, p.end + 1, colon) : null;
    if (!named || named.kind !== 'name' || r.tokens[named.end]?.text !== ',') return null;
    const role = spanText(r.tokens.slice(p.start, p.end));
    return cue('sentence', { ...named, start: p.start, role }, colon, colon + 1, 'clauseColon');
  }
  return p ? cue('sentence', p, colon, colon + 1, 'clauseColon') : null;
}
