/**
 * A noun phrase as the speaker phrase gives it: someone named before, or the phrase as written.
 *
 *     the senator said     → the person whose role says senator
 *     the company said     → the organisation named before (Quillon Systems, the Northern Flood Service)
 *     police said          → Millbrook police, named before
 *     a spokesman for the authority said → as written
 */
import { GENERIC_ORGS, ORG_WORDS } from '../../lexicon/organisations.js';
import { PLACES } from '../../lexicon/places.js';
import { ROLE_GENDER } from '../../lexicon/roles.js';
import { RESOLVED } from '../attribute/confidence.js';
import type { Phrase } from '../grammar/phrases.js';
import type { Reader } from '../read/reader.js';
import { spanText } from '../read/tokens.js';
import { WINDOW, type Discourse, type Resolved } from './discourse.js';

/** Who a noun phrase (kind 'nominal') stands for. */
export function resolveNominal(d: Discourse, r: Reader, p: Phrase, block: number): Resolved {
  // The harbour master, at a briefing on Monday, said: the phrase without its asides
  const all = r.tokens.slice(p.start, p.end);
  const comma = all.findIndex((t) => t.text === ',' || t.text === '(');
  const words = comma > 0 ? all.slice(0, comma) : all;
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  const text = spanText(words);
  const head = words[words.length - 1]!.lower;
  const definite = /^the$/i.test(words[0]!.text) || (words.length === 1 && ORG_WORDS.has(head));
  if (definite && words.length <= 3) {
    const mentions = d.mentions.recent;
    for (let k = mentions.length - 1; k >= 0 && k >= mentions.length - WINDOW; k--) {
      const e = mentions[k]!.entity;
      const named = e.name.toLowerCase().split(/\s+/);
      if (!e.group && e.role && e.role.toLowerCase().split(/\s+/).includes(head)) {
        return { entity: e, mentionStart: start, mentionEnd: end, how: RESOLVED.nominalNamedBefore };
      }
      if (e.group && (named.includes(head) || (GENERIC_ORGS.has(head) && !PLACES.has(e.name.toLowerCase()) && /^(?:the\s+)?\p{Lu}/u.test(e.name)))) {
        return { entity: e, mentionStart: start, mentionEnd: end, how: RESOLVED.nominalNamedBefore };
      }
    }
  }
  const group = /s$/.test(head) || ORG_WORDS.has(head);
  const made = !d.entities.known(text);
  const e = d.entities.named(text, ROLE_GENDER.get(head) ?? null, null, group);
  // a spokeswoman, the congressman: the role noun gives the gender
  e.evidence ??= ROLE_GENDER.get(head) ?? null;
  // a spokesman, officials, the crowd: names nobody in particular (Richmond police, named so, is an organisation)
  if (made && !(ORG_WORDS.has(head) && words.some((w) => w.cap))) e.kind = 'description';
  d.mentions.add(e, start, block);
  return { entity: e, mentionStart: start, mentionEnd: end, how: RESOLVED.nominalAsWritten };
}
