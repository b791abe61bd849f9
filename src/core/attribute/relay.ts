/**
 * Relays: one speaker quoting another.
 *
 *     Putin quoted American author Mark Twain, saying “…”   → Mark Twain, via Putin
 */
import { RELAY_VERBS } from '../../lexicon/speech-verbs.js';
import { subjectOf } from '../grammar/clause.js';
import { phraseAfter } from '../grammar/phrases.js';
import type { Reader } from '../read/reader.js';
import { cue, type Cue } from './cue.js';

/** Putin quoted American author Mark Twain, saying “…”: the quotation is Twain's, relayed by Putin. */
export function relayFrom(r: Reader, v: number, floor: number): Cue | null {
  for (let k = v; k >= floor && k > v - 14; k--) {
    const t = r.tokens[k]!;
    if (t.type === 'quote') break;
    const lemma = t.type === 'word' && !t.cap ? t.lemma : null;
    if (!lemma || !RELAY_VERBS.has(lemma)) continue;
    const source = phraseAfter(r, k + 1, Math.min(r.tokens.length, k + 10));
    if (!source || source.kind !== 'name') continue;
    const relay = subjectOf(r, k, floor);
    if (!relay) continue;
    return { ...cue('relay', source, k, k + 1, 'relay'), via: relay };
  }
  return null;
}
