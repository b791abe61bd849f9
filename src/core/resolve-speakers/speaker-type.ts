/**
 * What kind of speaker an entity is, and the gender the article gives it, as records state them.
 *
 *     Sergey Lavrov, the Kremlin      → person, organization
 *     a spokesman, officials          → description (names nobody in particular)
 *     “…,” I said.                    → author
 *     Ms Hale / the spokeswoman / she said → female
 *     Elena Marquez (and nothing else) → null: a first name alone is no evidence
 */
import type { Gender } from '../../lexicon/people.js';
import { ROLE_GENDER } from '../../lexicon/roles.js';
import { PREPOSITIONS } from '../../lexicon/words.js';
import type { SpeakerGender, SpeakerType } from '../types.js';
import type { Entity } from './discourse.js';

/** The kind of speaker an entity is: what made it, else whether it is a group. */
export function speakerType(e: Entity): SpeakerType {
  return e.kind ?? (e.group ? 'organization' : 'person');
}

/**
 * The gender the article gives a speaker: an honorific, a pronoun that stands for it, or the
 * head of its role (“spokeswoman for the council” → female); null when it gives none.
 */
export function speakerGender(e: Entity): SpeakerGender {
  return genderWord(e.evidence ?? (e.group ? null : roleGender(e.role)));
}

/** The gender of a role's head noun: the word before its first preposition or comma. */
export function roleGender(role: string | null): Gender | null {
  if (!role) return null;
  const words = role.toLowerCase().split(/[,;(]/)[0]!.split(/\s+/).filter((w) => w !== '');
  const cut = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  const head = (cut < 0 ? words : words.slice(0, cut)).pop();
  return head === undefined ? null : ROLE_GENDER.get(head.replace(/[’']s$/u, '')) ?? null;
}

function genderWord(g: Gender | null | undefined): SpeakerGender {
  return g === 'f' ? 'female' : g === 'm' ? 'male' : null;
}
