/**
 * Cues elsewhere in the quotation's sentence: the subject of a speech verb that does not stand
 * right next to the quotation.
 *
 *     “A wish list” was how she dismissed it.         Trump admires Putin as a “strong leader”.
 *     Lavrov also said …, adding that “…”             Putin went on to say “…”
 */
import { TWO_WORD_CUES } from '../../lexicon/speech-verbs.js';
import { DETERMINERS } from '../../lexicon/words.js';
import { clauseSubject, subjectOf } from '../grammar/clause.js';
import { phraseAfter } from '../grammar/phrases.js';
import { speechVerbs } from '../grammar/speech-verb.js';
import type { Reader } from '../read/reader.js';
import type { Sentence } from '../read/sentences.js';
import { countBelow } from '../sorted.js';
import type { AttributionMethod } from '../types.js';
import type { CueRuleName } from './confidence.js';
import { cue, type Cue } from './cue.js';
import { relayFrom } from './relay.js';

// “A wish list,” the auditor’s report was dismissed as, Marquez said later. — a speech verb after the quotation
export function speechInSentence(r: Reader, q: number, s: Sentence): Cue | null {
  // the sentence's verbs are found once, not once for each of its quotations (a sentence can hold thousands)
  const verbs = speechVerbs(r.tokens, s);
  // from the first verb after the quotation
  for (let k = countBelow(verbs, q + 1); k < verbs.length; k++) {
    const found = clauseAttribution(r, verbs[k]!, q + 1, 'sentence', 'verbLaterInSentence');
    if (found) return found;
  }
  return null;
}

// Trump openly admires Putin as a “strong leader” / Reid has gone after Trump as a “con artist”:
// a quotation that characterises someone “as” what it says is the clause subject's word for them
export function characterization(r: Reader, q: number, s: Sentence): Cue | null {
  let k = q - 1;
  while (k > s.start && DETERMINERS.has(r.tokens[k]!.lower) && k > q - 3) k--;
  if (r.tokens[k]?.lower !== 'as' || k <= s.start) return null;
  const p = clauseSubject(r, s.start, k);
  return p && p.kind !== 'nominal' ? cue('sentence', p, k, k + 1, 'characterization') : null;
}

/**
 * The subject of the speech verb at `v`, read leftwards:
 *
 *     Lavrov also said            → Lavrov
 *     he said, adding that        → he (a participle takes the clause's subject)
 *     Putin went on to say        → Putin
 *     Putin quoted Mark Twain, saying → Mark Twain, via Putin
 */
export function clauseAttribution(r: Reader, v: number, floor: number, method: AttributionMethod, rule: CueRuleName): Cue | null {
  const relay = relayFrom(r, v, floor);
  if (relay) return relay;
  const subject = subjectOf(r, v, floor);
  // shot back, put it: the cue is both words
  const next = r.tokens[v + 1];
  const cueEnd = next && TWO_WORD_CUES.get(r.tokens[v]!.lower) === next.lower ? v + 2 : v + 1;
  if (subject) return cue(method, subject, v, cueEnd, rule);
  // Said Putin: “…” — the subject after a verb that opens its clause
  const before = r.tokens[v - 1];
  if (v === floor || !before || before.type === 'quote' || /^[,;:]$/.test(before.text)) {
    const after = phraseAfter(r, v + 1, Math.min(r.tokens.length, v + 10));
    if (after && after.kind === 'name') return { ...cue(method, after, v, v + 1, rule), inverted: true };
  }
  return null;
}
