/**
 * Cues after the quotation:
 *
 *     “…,” Lavrov said.          “…,” said Paul Martin, a detective.
 *     “…” — Mark Twain           “…,” according to the Kremlin.
 */
import { ADVERBIAL_OPENERS } from '../../lexicon/cues.js';
import { PLAIN_SAYING } from '../../lexicon/speech-verbs.js';
import { isModifierToken } from '../grammar/clause.js';
import { phraseAfter } from '../grammar/phrases.js';
import { isSpeechVerb } from '../grammar/speech-verb.js';
import type { Reader } from '../read/reader.js';
import type { Sentence } from '../read/sentences.js';
import { cue, type Cue } from './cue.js';

const DASHES = new Set(['\u2014', '\u2013', '\u2015', '-', '--']);

// “…,” Lavrov said. / “…,” said Paul Martin. / “…” — Mark Twain / “…,” according to the Kremlin.
export function cueAfter(r: Reader, q: number, s: Sentence): Cue | null {
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
    if (p && p.kind === 'name' && (!after || after.type !== 'quote')) return cue('dash', p, i, i + 1, 'dash');
    return null;
  }
  // “…,” according to X
  if (t.lower === 'according' && r.tokens[i + 1]?.lower === 'to') {
    const p = phraseAfter(r, i + 2, limit);
    return p ? cue('according-to', p, i, i + 2, 'accordingTo') : null;
  }
  const endsOpen = comma || /[,!?\u2014\u2013\u2026-]\s*['"\u2019\u201D\u00BB\u203A]*$/u.test(quote.text) || r.tokens[i - 1]?.text === ',';
  // “…,” said Paul Martin, a detective
  if (isSpeechVerb(r.tokens, i)) {
    // “…,” referring to the convention / citing an instance: a participle takes no subject after it;
    // the “unmistakably” suggests that Phoenix …: a quotation inside a clause has no inverted cue
    if (/ing$/.test(t.lower) || !endsOpen) return null;
    const p = phraseAfter(r, i + 1, limit);
    return p ? cue('cue', p, i, i + 1, 'cueAfterVerb') : null;
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
  // When the council says “the pier stays open”, nobody believes them: a quotation that is the object of a speech
  // verb right before it is that verb's, unless a cue that closes its clause follows (Nothing he said “…,” she said)
  // or the verb is a participle whose subject is the one after (Citing “…,” her spokeswoman told reporters)
  if (isSpeechVerb(r.tokens, q - 1) && !/ing$/.test(r.tokens[q - 1]!.lower) && !closesClause(r, v + 1)) return null;
  // “It’s time.” She also gushes about …: after a closed sentence, the cue must close a short sentence of its own,
  // with a plain verb of saying and a name or pronoun (“The ferry is saved.” The crowd cheered. — no cue)
  if (!endsOpen && !/^[.,;!?)\u2014\u2013]$/.test(r.tokens[v + 1]?.text ?? '.') && r.tokens[v + 1]?.type !== 'quote') return null;
  if (!endsOpen && (p.kind === 'nominal' || !PLAIN_SAYING.has(verb!.lemma ?? ''))) return null;
  if (v > s.end + 16) return null;
  return cue('cue', p, v, v + 1, p.kind === 'pronoun' ? 'cueAfterPronoun' : 'cueAfterName');
}

/** After a speech verb: the sentence ends, or only an adverbial follows (“…,” she said on Monday.). */
function closesClause(r: Reader, i: number): boolean {
  const t = r.tokens[i];
  if (!t) return true;
  if (/^[.,;!?)\u2014\u2013]$/.test(t.text) || t.type === 'quote') return true;
  return ADVERBIAL_OPENERS.has(t.lower);
}
