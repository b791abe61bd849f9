/**
 * Mentions: where the article names someone, in order. Every name outside a quotation is noted
 * before the block's quotations are resolved, so that “he” and “the senator” find who was named.
 *
 *     Russian foreign minister Sergey Lavrov said …   → Sergey Lavrov, role "Russian foreign minister", a subject
 *     … praised Machado’s courage                     → Machado, not a subject
 */
import { NAME_PARTICLES } from '../../lexicon/names.js';
import { ORG_WORDS } from '../../lexicon/organisations.js';
import { isFirstName, LAST_NAMES } from '../../lexicon/people.js';
import { DEMONYMS, PLACES } from '../../lexicon/places.js';
import { HONORIFICS } from '../../lexicon/titles.js';
import { COMMON_WORDS, DETERMINERS, PREPOSITIONS, VERB_MODIFIERS, VERB_WORDS } from '../../lexicon/words.js';
import { phraseBefore } from '../grammar/phrases.js';
import { roleAfter } from '../grammar/roles.js';
import { isSpeechVerb } from '../grammar/speech-verb.js';
import type { Reader } from '../read/reader.js';
import type { Discourse } from './discourse.js';
import { entityForWords, knownOnly } from './entities.js';

/** Notes the names of a block (outside its quotations) as mentions, in order. */
export function noteNames(d: Discourse, r: Reader, block: number): void {
  const from = 0;
  const to = r.tokens.length;
  for (let i = from; i < to; i++) {
    const t = r.tokens[i]!;
    if (t.type !== 'word' || !t.cap) continue;
    // Ministry of Justice, Chamber of Commerce: “of” between capitalised words
    let j = i;
    while (j < to && r.tokens[j]!.type === 'word' && (r.tokens[j]!.cap || (/^(?:of|for|&)$/.test(r.tokens[j]!.lower) && r.tokens[j + 1]?.cap && j > i))) j++;
    // The, But, Iowa, Republican: one word that names nobody (the rules below come to the same; this is the
    // shortcut for the commonest case)
    if (j === i + 1 && namesNobody(d, r, i)) continue;
    // Russian foreign minister Sergey Lavrov: the name, and the role words before it
    const phrase = phraseBefore(r, j, from);
    const [s, e] = phrase && phrase.kind === 'name' && phrase.nameEnd === j ? [phrase.nameStart, phrase.nameEnd] : [i, j];
    const words = r.tokens.slice(s, e).map((w) => w.text);
    // a role before it, or “, who” / an age after it, says a person is meant: minister Alun Price, who …
    const personal = !!phrase?.role || /^(?:who|whose)$/.test(r.tokens[e + 1]?.lower ?? '') && r.tokens[e]?.text === ',' ||
      (r.tokens[e]?.text === ',' && /^\d{1,3}$/.test(r.tokens[e + 1]?.text ?? ''));
    // in the port of Tartous, the Khmeimim air base: an unknown word after a preposition or an article,
    // or before a plain noun, is more likely a place or a thing than a person
    const next = r.tokens[e];
    const placed = e - s === 1 && s > 0 && !/^[A-Z]{2,6}$/.test(r.tokens[s]!.text) && (PREPOSITIONS.has(r.tokens[s - 1]!.lower) || DETERMINERS.has(r.tokens[s - 1]!.lower) ||
      (next?.type === 'word' && !next.cap && !VERB_WORDS.has(next.lower) && !VERB_MODIFIERS.has(next.lower) && !isSpeechVerb(r.tokens, e) && !/(?:ed|s)$/.test(next.lower)));
    // the Ministry of Justice: an organisation keeps its article
    const article = /^the$/i.test(r.tokens[s - 1]?.text ?? '');
    const entity = placed && !personal ? knownOnly(d, words, r.tokens[s]!.start, article)
      : entityForWords(d, words, r.tokens[s]!.start, r.sentenceStart(s), personal, article);
    if (entity) {
      // a person's first role stays: the words after the name are read only while there is none
      if (!entity.group && entity.role === null) entity.role = phrase?.role ?? roleAfter(r, e)?.text ?? null;
      d.mentions.add(entity, r.tokens[s]!.start, block, isSubject(r, phrase?.start ?? s, e));
      if (!entity.group) d.firstPerson ??= entity;
    }
    i = j - 1;
  }
}

/**
 * A capitalised word that the rules below would find names nobody, told without them: a word
 * capitalised by its place (The, But, He at a sentence's start), a place or a nationality
 * (Iowa, American), an ordinary word (Republican, Senate) — when no name, surname or
 * organisation of the article has it, and no word before it could join it to a name.
 */
function namesNobody(d: Discourse, r: Reader, i: number): boolean {
  const t = r.tokens[i]!;
  const w = t.lower;
  if (d.index.nameWords.has(w) || d.index.byWord.has(w) || LAST_NAMES.has(w) || isFirstName(w) || ORG_WORDS.has(w) ||
    HONORIFICS.has(w) || d.entities.orgByFirstWord(t.text) !== undefined || /^[A-Z]{2,6}$/.test(t.text)) return false;
  const before = r.tokens[i - 1];
  if (before && (/^(?:of|for|and|&)$/.test(before.lower) || NAME_PARTICLES.has(before.lower))) return false;
  return r.sentenceStart(i) || PLACES.has(w) || DEMONYMS.has(w) || COMMON_WORDS.has(w);
}

/**
 * Whether the name at tokens [start, end) stands as a subject: a verb follows it, and no
 * preposition or possessive ties it to something else.
 */
function isSubject(r: Reader, start: number, end: number): boolean {
  const before = r.tokens[start - 1];
  if (before && before.type === 'word' && PREPOSITIONS.has(before.lower)) return false;
  let i = end;
  if (r.tokens[i]?.type === 'poss') return false;
  // Thomas Okafor, the auditor, said
  if (r.tokens[i]?.text === ',') {
    let k = i + 1;
    while (k < r.tokens.length && k < i + 12 && r.tokens[k]!.text !== ',') k++;
    i = k + 1;
  }
  // Pat Ortega of the dockers’ union said: an affiliation with “of” before the speech verb
  if (r.tokens[i]?.lower === 'of') {
    for (let k = i + 1; k < r.tokens.length && k < i + 8 && r.tokens[k]!.type !== 'quote' && r.tokens[k]!.text !== ','; k++) {
      if (isSpeechVerb(r.tokens, k)) return true;
    }
  }
  if (r.tokens[i] && VERB_MODIFIERS.has(r.tokens[i]!.lower)) return true;
  const next = r.tokens[i];
  return !!next && next.type === 'word' && !next.cap && (isSpeechVerb(r.tokens, i) || /(?:s|ed)$/.test(next.lower));
}
