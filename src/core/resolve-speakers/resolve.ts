/**
 * Who the words naming a speaker stand for: a pronoun, a noun phrase or a name, each read
 * against the discourse (pronouns.ts, nominals.ts, names.ts).
 */
import { NOBODY_WORDS } from '../../lexicon/words.js';
import { RESOLVED } from '../attribute/confidence.js';
import type { Phrase } from '../grammar/phrases.js';
import type { Reader } from '../read/reader.js';
import type { Discourse, Resolved } from './discourse.js';
import { resolveName } from './names.js';
import { resolveNominal } from './nominals.js';
import { resolvePronoun } from './pronouns.js';

/** Who a speaker phrase stands for, seen from the token at its start. */
export function resolvePhrase(d: Discourse, r: Reader, p: Phrase, block: number): Resolved {
  const tokens = r.tokens;
  const start = tokens[p.nameStart]!.start;
  const end = tokens[p.nameEnd - 1]!.end;
  if (p.kind === 'pronoun') return resolvePronoun(d, p.role ?? tokens[p.start]!.lower, start, end, block);
  // There’s still time …, Sunday …: one word read as the subject that names nobody
  if (p.end - p.start === 1 && NOBODY_WORDS.has(tokens[p.start]!.lower)) return { entity: null, mentionStart: start, mentionEnd: end, how: null };
  if (p.kind === 'nominal') return resolveNominal(d, r, p, block);
  return resolveName(d, r, p, block);
}

/** The person an interview is with: the first person the article names (A: answers are theirs). */
export function interviewee(d: Discourse, labelStart: number, labelEnd: number): Resolved {
  return { entity: d.firstPerson, mentionStart: labelStart, mentionEnd: labelEnd, how: RESOLVED.interviewee };
}
