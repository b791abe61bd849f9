/**
 * Stage 5: who the words naming a speaker stand for. Keeps the discourse as the article is read:
 * the people mentioned so far (for "he said"), their roles (for "the senator said"), and the
 * last speaker (for a quotation with no cue of its own).
 *
 *     Russian foreign minister Sergey Lavrov …   → Sergey Lavrov, role "Russian foreign minister"
 *     “…,” Lavrov said.                          → Sergey Lavrov
 *     “…,” he said.                              → the last man mentioned: Sergey Lavrov
 */
import { NAME_PARTICLES } from '../lexicon/names.js';
import { GENERIC_ORGS, ORG_WORDS } from '../lexicon/organisations.js';
import { firstNameGender, isFirstName, LAST_NAMES, PRONOUNS, type Gender } from '../lexicon/people.js';
import { DEMONYMS, PLACES } from '../lexicon/places.js';
import { ROLE_GENDER } from '../lexicon/roles.js';
import { HONORIFICS } from '../lexicon/titles.js';
import { COMMON_WORDS, DETERMINERS, NOBODY_WORDS, PREPOSITIONS, VERB_MODIFIERS, VERB_WORDS } from '../lexicon/words.js';
import { looksLikePerson } from './grammar/names.js';
import { phraseBefore, type Phrase } from './grammar/phrases.js';
import { roleAfter } from './grammar/roles.js';
import { isSpeechVerb } from './grammar/speech-verb.js';
import { personFor, type NameIndex } from './name-index.js';
import type { Reader } from './read/reader.js';
import { spanText } from './read/tokens.js';

/** Someone who can be named as a speaker. */
export interface Entity {
  name: string;
  gender: Gender | null;
  /** the gender came from the text (Mr., she, spokeswoman), not only from the first name's usual gender */
  genderSure?: boolean;
  role: string | null;
  /** an organisation or a group: "they", "it" */
  group: boolean;
}

/** A speaker as resolved for one quotation. */
export interface Resolved {
  entity: Entity | null;
  /** code unit range of the words that name the speaker here */
  mentionStart: number;
  mentionEnd: number;
  /** multiplies the rule's confidence: lower for pronouns and guesses */
  certainty: number;
}

interface Mention {
  entity: Entity;
  start: number;
  block: number;
  /** stands as a subject (Clinton says), not as an object or a possessor (Machado’s courage) */
  subject: boolean;
}

/** How many mentions back a pronoun looks. */
const WINDOW = 40;

export class Discourse {
  private readonly entities = new Map<string, Entity>();
  /** organisations named in more than one word, by their first word */
  private readonly orgsByFirstWord = new Map<string, Entity>();
  private mentions: Mention[] = [];
  /** the first person the article names */
  private firstPerson: Entity | null = null;
  /** the last speaker, and the block (paragraph) where they spoke */
  last: { resolved: Resolved; block: number } | null = null;

  constructor(private readonly index: NameIndex) {}

  /** Records the names in a run of tokens (outside quotations) as mentions, in order. */
  noteNames(r: Reader, block: number, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const t = r.tokens[i]!;
      if (t.type !== 'word' || !t.cap) continue;
      // Ministry of Justice, Chamber of Commerce: “of” between capitalised words
      let j = i;
      while (j < to && r.tokens[j]!.type === 'word' && (r.tokens[j]!.cap || (/^(?:of|for|&)$/.test(r.tokens[j]!.lower) && r.tokens[j + 1]?.cap && j > i))) j++;
      // The, But, Iowa, Republican: one word that names nobody (the rules below come to the same; this is the
      // shortcut for the commonest case)
      if (j === i + 1 && this.namesNobody(r, i)) continue;
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
      const entity = placed && !personal ? this.knownOnly(words, r.tokens[s]!.start) : this.entityForWords(words, r.tokens[s]!.start, r.sentenceStart(s), personal);
      if (entity) {
        // the Ministry of Justice: an organisation keeps its article
        if (entity.group && /^the$/i.test(r.tokens[s - 1]?.text ?? '') && !/^the /i.test(entity.name)) entity.name = 'the ' + entity.name;
        // a person's first role stays: the words after the name are read only while there is none
        if (!entity.group && entity.role === null) entity.role = phrase?.role ?? roleAfter(r, e)?.text ?? null;
        this.mention(entity, r.tokens[s]!.start, block, isSubject(r, phrase?.start ?? s, e));
        if (!entity.group) this.firstPerson ??= entity;
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
  private namesNobody(r: Reader, i: number): boolean {
    const t = r.tokens[i]!;
    const w = t.lower;
    if (this.index.nameWords.has(w) || this.index.byWord.has(w) || LAST_NAMES.has(w) || isFirstName(w) || ORG_WORDS.has(w) ||
      HONORIFICS.has(w) || this.orgsByFirstWord.has(t.text) || /^[A-Z]{2,6}$/.test(t.text)) return false;
    const before = r.tokens[i - 1];
    if (before && (/^(?:of|for|and|&)$/.test(before.lower) || NAME_PARTICLES.has(before.lower))) return false;
    return r.sentenceStart(i) || PLACES.has(w) || DEMONYMS.has(w) || COMMON_WORDS.has(w);
  }

  private mention(entity: Entity, start: number, block: number, subject = true): void {
    this.mentions.push({ entity, start, block, subject });
    if (this.mentions.length > WINDOW * 4) this.mentions = this.mentions.slice(-WINDOW);
  }

  /** A lone word the article names in full elsewhere (Lavrov), or nobody. */
  private knownOnly(words: string[], at: number): Entity | null {
    const w = words[0]!.toLowerCase();
    return this.index.nameWords.has(w) || LAST_NAMES.has(w) ? this.entityForWords(words, at, false) : null;
  }

  /** The person or organisation capitalised words stand for, if they name one; Mr. and Mrs. settle gender. */
  private entityForWords(words: string[], at: number, sentenceStart: boolean, personal = false): Entity | null {
    const e = this.entityForName(words, at, sentenceStart, personal);
    const titled = honorificGender(words);
    if (e && titled) {
      e.gender = titled;
      e.genderSure = true;
    }
    return e;
  }

  private entityForName(words: string[], at: number, sentenceStart: boolean, personal: boolean): Entity | null {
    const bare = withoutTitles(words);
    if (bare.length === 0) return null;
    const person = personFor(this.index, bare.length > 1 ? bare.slice(-3) : bare, at);
    if (person) return this.entity(person.name, person.gender ?? honorificGender(words), null, false);
    const lower = bare.map((w) => w.toLowerCase());
    if (lower.some((w) => ORG_WORDS.has(w))) return this.entity(bare.join(' '), null, null, true);
    if (bare.length === 1) {
      const w = lower[0]!;
      // Northgate for Northgate Land: the organisation named in full before
      const org = this.orgsByFirstWord.get(bare[0]!);
      if (org) return org;
      // Mr. Obama, Sen. Cruz: a title says a person is meant, even at a sentence's start
      const titled = words.length > bare.length;
      const known = this.index.nameWords.has(w) || LAST_NAMES.has(w);
      if (!titled) {
        if (sentenceStart && !known) return null;
        if (PLACES.has(w) || DEMONYMS.has(w)) return null;
        // the IMF, the FBI: an acronym names an organisation
        if (!known && /^[A-Z]{2,6}$/.test(bare[0]!)) return this.entity(bare[0]!, null, null, true);
        // Putin, Lavrov: a capitalised word no dictionary knows is a surname; Twitter, Medicaid-like words are not
        if (!known && COMMON_WORDS.has(w) && !isFirstName(w)) return null;
      }
      return this.entity(bare[0]!, honorificGender(words) ?? firstNameGender(bare[0]!), null, false);
    }
    if (looksLikePerson(bare) || (personal && bare.length > 1 && bare.length <= 4)) {
      const known = this.entities.get(bare.join(' '));
      if (known && personal) known.group = false;
      return this.entity(bare.join(' '), firstNameGender(bare[0]!) ?? honorificGender(words), null, false);
    }
    // capitalised words that name no person: an organisation (Caddon Marine, Shopper Watch) or a place
    return sentenceStart && bare.length < 2 ? null : this.entity(bare.join(' '), null, null, true);
  }

  private entity(name: string, gender: Gender | null, role: string | null, group: boolean): Entity {
    const known = this.entities.get(name);
    if (known) {
      known.gender ??= gender;
      known.role ??= role;
      return known;
    }
    const e: Entity = { name, gender, role, group };
    this.entities.set(name, e);
    // Northgate Land, later Northgate
    const words = name.replace(/^the /i, '').split(' ');
    if (group && words.length > 1 && !this.orgsByFirstWord.has(words[0]!)) this.orgsByFirstWord.set(words[0]!, e);
    return e;
  }

  /** The person an interview is with: the first person the article names (A: answers are theirs). */
  interviewee(labelStart: number, labelEnd: number): Resolved {
    return { entity: this.firstPerson, mentionStart: labelStart, mentionEnd: labelEnd, certainty: 0.8 };
  }

  /** Who a speaker phrase stands for, seen from the token at its start. */
  resolve(r: Reader, p: Phrase, block: number): Resolved {
    const tokens = r.tokens;
    const start = tokens[p.nameStart]!.start;
    const end = tokens[p.nameEnd - 1]!.end;
    if (p.kind === 'pronoun') return this.resolvePronoun(p.role ?? tokens[p.start]!.lower, start, end, block);
    // There’s still time …, Sunday …: one word read as the subject that names nobody
    if (p.end - p.start === 1 && NOBODY_WORDS.has(tokens[p.start]!.lower)) return { entity: null, mentionStart: start, mentionEnd: end, certainty: 0 };
    if (p.kind === 'nominal') return this.resolveNominal(r, p, block);
    // the Vellmoor Fishermen’s Association: a possessive stays with the word it belongs to
    const words = tokens.slice(p.nameStart, p.nameEnd).filter((t) => t.type === 'word' || t.type === 'poss')
      .reduce<string[]>((out, t) => (t.type === 'poss' && out.length ? [...out.slice(0, -1), out[out.length - 1] + t.text] : [...out, t.text]), []);
    const joint = this.jointSpeakers(words, start);
    if (joint) return { entity: joint, mentionStart: start, mentionEnd: end, certainty: 0.9 };
    // The Admiralty said: one word the article names no person by, after “the”, is an institution
    const the = tokens[p.nameStart - 1];
    if (words.length === 1 && the && /^the$/i.test(the.text) && !p.role && !this.index.nameWords.has(words[0]!.toLowerCase())) {
      const e = this.entity('the ' + words[0], null, null, true);
      this.mention(e, the.start, block);
      return { entity: e, mentionStart: the.start, mentionEnd: end, certainty: 0.9 };
    }
    const entity = this.entityForWords(words, start, false);
    const role = p.role;
    if (entity && !entity.group) {
      entity.role ??= role;
      if (role) entity.gender ??= ROLE_GENDER.get(role.split(' ').pop()!.toLowerCase()) ?? null;
      this.mention(entity, start, block);
      return { entity, mentionStart: start, mentionEnd: end, certainty: 1 };
    }
    // an organisation or a name the index does not know: as written, with its article (the Kremlin)
    const before = tokens[p.nameStart - 1];
    const article = !role && before && /^the$/i.test(before.text) ? 'the ' : '';
    const bare = withoutTitles(words);
    const name = (bare.length ? bare : words).join(' ');
    const group = !!entity?.group || article !== '' || bare.some((w) => ORG_WORDS.has(w.toLowerCase()));
    const e = entity ?? this.entity(name, honorificGender(words), role, group);
    if (article && !/^the /i.test(e.name)) e.name = article + e.name;
    this.mention(e, start, block);
    return { entity: e, mentionStart: article ? before!.start : start, mentionEnd: end, certainty: 0.95 };
  }

  /** “Nora Whitcombe and Ade Balogun said”: two people speaking together, named together. */
  private jointSpeakers(words: string[], at: number): Entity | null {
    const cut = words.findIndex((w) => w === 'and' || w === '&');
    if (cut <= 0 || cut === words.length - 1) return null;
    const parts = [words.slice(0, cut), words.slice(cut + 1)];
    const people = parts.map((part) => this.entityForWords(part, at, false));
    if (people.some((e) => !e || e.group)) return null;
    return this.entity(people.map((e) => e!.name).join(' and '), null, null, true);
  }

  /**
   * A noun phrase: the senator → the person whose role says senator; the company, police →
   * the organisation named before (Quillon Systems, Millbrook police); else as written.
   */
  private resolveNominal(r: Reader, p: Phrase, block: number): Resolved {
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
      for (let k = this.mentions.length - 1; k >= 0 && k >= this.mentions.length - WINDOW; k--) {
        const e = this.mentions[k]!.entity;
        const named = e.name.toLowerCase().split(/\s+/);
        if (!e.group && e.role && e.role.toLowerCase().split(/\s+/).includes(head)) return { entity: e, mentionStart: start, mentionEnd: end, certainty: 0.8 };
        if (e.group && (named.includes(head) || (GENERIC_ORGS.has(head) && !PLACES.has(e.name.toLowerCase()) && /^\p{Lu}/u.test(e.name)))) {
          return { entity: e, mentionStart: start, mentionEnd: end, certainty: 0.8 };
        }
      }
    }
    const group = /s$/.test(head) || ORG_WORDS.has(head);
    const e = this.entity(text, ROLE_GENDER.get(head) ?? null, null, group);
    this.mention(e, start, block);
    return { entity: e, mentionStart: start, mentionEnd: end, certainty: 0.9 };
  }

  private resolvePronoun(pronoun: string, start: number, end: number, block: number): Resolved {
    const info = PRONOUNS.get(pronoun);
    const none: Resolved = { entity: null, mentionStart: start, mentionEnd: end, certainty: 0 };
    // “I am not shy,” I said: outside any quotation, I is the one who wrote the article
    if (pronoun === 'i') return { entity: this.entity('the author', null, null, false), mentionStart: start, mentionEnd: end, certainty: 0.8 };
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
    for (let k = this.mentions.length - 1; k >= 0 && k >= this.mentions.length - WINDOW; k--) {
      const m = this.mentions[k]!;
      if (m.start >= start) continue;
      if (block - m.block > 3) break;
      if (!fits(m.entity)) continue;
      const score = -(start - m.start) / 150 - (block - m.block) + (m.subject ? 1.5 : 0) +
        (this.last?.resolved.entity === m.entity ? 1 : 0) - (info.gender && m.entity.gender === null ? 1 : 0) -
        (info.gender && m.entity.gender !== null && m.entity.gender !== info.gender ? 6 : 0);
      if (score > bestScore) {
        best = m.entity;
        bestScore = score;
      }
    }
    const certainty = best && best.gender !== null ? 0.85 : 0.7;
    if (!best) return none;
    this.mention(best, start, block);
    // a pronoun's gender is a hint for later pronouns, not a fact (a wrong guess must not poison the rest)
    if (info.gender && best.gender === null) best.gender = info.gender;
    return { entity: best, mentionStart: start, mentionEnd: end, certainty };
  }
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
  if (r.tokens[i] && VERB_MODIFIERS.has(r.tokens[i]!.lower)) return true;
  const next = r.tokens[i];
  return !!next && next.type === 'word' && !next.cap && (isSpeechVerb(r.tokens, i) || /(?:s|ed)$/.test(next.lower));
}

/** A name without the titles written before it: Sen. Ted Cruz → Ted Cruz (Ministry of Justice stays whole). */
function withoutTitles(words: string[]): string[] {
  if (words.some((w) => ORG_WORDS.has(w.toLowerCase()))) return words;
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  return words.slice(i);
}

function honorificGender(words: string[]): Gender | null {
  for (const w of words) {
    const g = HONORIFICS.get(w.toLowerCase().replace(/\.$/, ''));
    if (g) return g;
  }
  return null;
}
