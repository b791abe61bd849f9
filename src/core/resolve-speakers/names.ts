/**
 * A name as the speaker phrase gives it: the person or organisation it stands for.
 *
 *     “…,” Lavrov said.                  → Sergey Lavrov, named in full before
 *     said Russian foreign minister …    → the person, who takes the role
 *     The Admiralty said                 → the Admiralty (an institution)
 *     Nora Whitcombe and Ade Balogun said → the two together
 */
import { ORG_WORDS } from '../../lexicon/organisations.js';
import { ROLE_GENDER } from '../../lexicon/roles.js';
import { RESOLVED } from '../attribute/confidence.js';
import type { Phrase } from '../grammar/phrases.js';
import type { Reader } from '../read/reader.js';
import type { Discourse, Entity, Resolved } from './discourse.js';
import { entityForWords, honorificGender, withoutTitles } from './entities.js';

/** Who a name phrase (kind 'name') stands for. */
export function resolveName(d: Discourse, r: Reader, p: Phrase, block: number): Resolved {
  const tokens = r.tokens;
  const start = tokens[p.nameStart]!.start;
  const end = tokens[p.nameEnd - 1]!.end;
  // the Vellmoor Fishermen’s Association: a possessive stays with the word it belongs to
  const words = tokens.slice(p.nameStart, p.nameEnd).filter((t) => t.type === 'word' || t.type === 'poss')
    .reduce<string[]>((out, t) => (t.type === 'poss' && out.length ? [...out.slice(0, -1), out[out.length - 1] + t.text] : [...out, t.text]), []);
  const joint = jointSpeakers(d, words, start);
  if (joint) return { entity: joint, mentionStart: start, mentionEnd: end, how: RESOLVED.jointSpeakers };
  // The Admiralty said: one word the article names no person by, after “the”, is an institution
  const the = tokens[p.nameStart - 1];
  if (words.length === 1 && the && /^the$/i.test(the.text) && !p.role && !d.index.nameWords.has(words[0]!.toLowerCase())) {
    const e = d.entities.named('the ' + words[0], null, null, true);
    d.mentions.add(e, the.start, block);
    return { entity: e, mentionStart: the.start, mentionEnd: end, how: RESOLVED.institution };
  }
  const role = p.role;
  // an organisation or a name the index does not know: as written, with its article (the Kremlin)
  const before = tokens[p.nameStart - 1];
  const article = !role && before && /^the$/i.test(before.text) ? 'the ' : '';
  const entity = entityForWords(d, words, start, false, false, article !== '');
  if (entity && !entity.group) {
    // Mr Okonjo said: the title before the name is the article's word for the gender
    entity.evidence ??= honorificGender(tokens.slice(p.start, p.nameStart).map((t) => t.text));
    entity.role ??= role;
    if (role) entity.gender ??= ROLE_GENDER.get(role.split(' ').pop()!.toLowerCase()) ?? null;
    d.mentions.add(entity, start, block);
    return { entity, mentionStart: start, mentionEnd: end, how: RESOLVED.name };
  }
  const bare = withoutTitles(words);
  const name = (bare.length ? bare : words).join(' ');
  const group = !!entity?.group || article !== '' || bare.some((w) => ORG_WORDS.has(w.toLowerCase()));
  const e = entity ?? d.entities.named(name, honorificGender(words), role, group, article !== '');
  d.mentions.add(e, start, block);
  return { entity: e, mentionStart: article ? before!.start : start, mentionEnd: end, how: RESOLVED.asWritten };
}

/** “Nora Whitcombe and Ade Balogun said”: two people speaking together, named together. */
function jointSpeakers(d: Discourse, words: string[], at: number): Entity | null {
  const cut = words.findIndex((w) => w === 'and' || w === '&');
  if (cut <= 0 || cut === words.length - 1) return null;
  const parts = [words.slice(0, cut), words.slice(cut + 1)];
  const people = parts.map((part) => entityForWords(d, part, at, false));
  if (people.some((e) => !e || e.group)) return null;
  const e = d.entities.named(people.map((e) => e!.name).join(' and '), null, null, true);
  e.kind = 'person';
  return e;
}
