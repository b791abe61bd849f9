/**
 * A pronoun as the speaker phrase gives it: the nearest fitting mention before it.
 *
 *     Clinton says she appreciated Machado’s courage …   → she: Clinton (a subject, over Machado)
 *     Northgate Land cancelled it. “…,” they said.       → they: Northgate Land (an organisation)
 *     “I am not shy,” I said.                            → I: the author
 */
import { PRONOUNS } from '../../lexicon/people.js';
import { RESOLVED } from '../attribute/confidence.js';
import { WINDOW, type Discourse, type Entity, type Resolved } from './discourse.js';

/** Who `pronoun` (lower case, at code units [start, end) of block `block`) stands for. */
export function resolvePronoun(d: Discourse, pronoun: string, start: number, end: number, block: number): Resolved {
  const info = PRONOUNS.get(pronoun);
  const none: Resolved = { entity: null, mentionStart: start, mentionEnd: end, how: null };
  // “I am not shy,” I said: outside any quotation, I is the one who wrote the article
  if (pronoun === 'i') return { entity: author(d), mentionStart: start, mentionEnd: end, how: RESOLVED.author };
  if (!info || info.person !== 3) return none;
  // a first name's usual gender is a hint (Terry, Jordan); the text's own word is not
  // it and they stand for organisations (subjects preferred by the score below)
  const fits = (e: Entity): boolean => {
    if (info.plural || pronoun === 'it') return e.group;
    return !e.group && (e.gender === null || e.gender === info.gender || !e.genderSure);
  };
  // the nearest fitting mention, preferring subjects, the last speaker, and a known gender:
  // “Clinton says she appreciated Machado’s courage through what she calls …” → Clinton
  let best: Entity | null = null;
  let bestScore = -Infinity;
  // the best score of another entity (evidence: a rival close behind makes the choice less sure)
  let second = -Infinity;
  const mentions = d.mentions.recent;
  for (let k = mentions.length - 1; k >= 0 && k >= mentions.length - WINDOW; k--) {
    const m = mentions[k]!;
    if (m.start >= start) continue;
    if (block - m.block > 3) break;
    if (!fits(m.entity)) continue;
    const score = -(start - m.start) / 150 - (block - m.block) + (m.subject ? 1.5 : 0) +
      (d.last?.resolved.entity === m.entity ? 1 : 0) - (info.gender && m.entity.gender === null ? 1 : 0) -
      (info.gender && m.entity.gender !== null && m.entity.gender !== info.gender ? 6 : 0);
    if (score > bestScore) {
      if (m.entity !== best) second = bestScore;
      best = m.entity;
      bestScore = score;
    } else if (m.entity !== best && score > second) second = score;
  }
  const how = best && best.gender !== null ? RESOLVED.pronounKnownGender : RESOLVED.pronounGuess;
  if (!best) return none;
  const rival = bestScore - second < 1.5;
  d.mentions.add(best, start, block);
  // a pronoun's gender is a hint for later pronouns, not a fact (a wrong guess must not poison the rest)
  if (info.gender && best.gender === null) best.gender = info.gender;
  // she said: the article's own word for the speaker's gender (an honorific or a role noun said first)
  if (info.gender) best.evidence ??= info.gender;
  return { entity: best, mentionStart: start, mentionEnd: end, how, rival };
}

/** The one who wrote the article: “I” outside any quotation. */
function author(d: Discourse): Entity {
  const e = d.entities.named('the author', null, null, false);
  e.kind = 'author';
  return e;
}
