/**
 * The discourse: what is known of an article as it is read, block by block. The one stateful
 * object of the pipeline, made by `extractQuotes` and passed to the stages that read or write it.
 *
 *     Russian foreign minister Sergey Lavrov …   → an entity, Sergey Lavrov, and a mention of him
 *     “…,” Lavrov said.                          → the last speaker: Sergey Lavrov
 *     “…,” he said.                              → the last man mentioned: Sergey Lavrov
 */
import type { Gender } from '../../lexicon/people.js';
import type { ResolvedHow } from '../attribute/confidence.js';
import type { NameIndex } from '../name-index.js';

/** Someone who can be named as a speaker. */
export interface Entity {
  name: string;
  gender: Gender | null;
  /** the gender came from the text (Mr., she, spokeswoman), not only from the first name's usual gender */
  genderSure?: boolean;
  role: string | null;
  /** an organisation or a group: "they", "it" */
  group: boolean;
  /**
   * what kind of speaker, where the words that made it say more than `group`: a phrase that
   * names nobody (`description`: a spokesman, officials), the writer (`author`), two people
   * named together (`person`)
   */
  kind?: 'description' | 'author' | 'person';
  /**
   * the gender the article itself gives: an honorific (Ms Hale), a gendered role noun (the
   * spokeswoman), a pronoun that stands for it (she said); never a first name's usual gender
   */
  evidence?: Gender | null;
}

/**
 * The entities of one article, by name. An entity is made whole: its name (with “the” for an
 * organisation the text names so: the Ministry of Justice) and whether it is an organisation
 * are settled when it is made, and never changed; it is known by its name as written and by its
 * name with the article. Only what it lacked (a gender, a role) is filled in later, and a record
 * takes the role as it stands when its block is read.
 */
export class Entities {
  private readonly byName = new Map<string, Entity>();
  /** organisations named in more than one word, by their first word */
  private readonly orgsByFirstWord = new Map<string, Entity>();

  /**
   * `base`: a fork's (Discourse.fork), the entities it reads through, each as `copy` makes it
   * the first time it is asked for; nothing of `base` is changed
   */
  constructor(private readonly base?: { entities: Entities; copy: (e: Entity) => Entity }) {}

  /**
   * The entity of this name: the one known, which takes the gender and role it lacked, or a new
   * one; a new organisation named after “the” (`article`) keeps it: the Harbour Board.
   */
  named(name: string, gender: Gender | null, role: string | null, group: boolean, article = false): Entity {
    const known = this.known(name);
    if (known) {
      known.gender ??= gender;
      known.role ??= role;
      return known;
    }
    const e: Entity = { name: group && article && !/^the /i.test(name) ? 'the ' + name : name, gender, role, group };
    this.byName.set(name, e);
    if (!this.known(e.name)) this.byName.set(e.name, e);
    // Northgate Land, later Northgate
    const words = name.replace(/^the /i, '').split(' ');
    if (group && words.length > 1 && !this.orgByFirstWord(words[0]!)) this.orgsByFirstWord.set(words[0]!, e);
    return e;
  }

  /** The entity of this name, if there is one yet. */
  known(name: string): Entity | undefined {
    const own = this.byName.get(name);
    if (own || !this.base) return own;
    const e = this.base.entities.known(name);
    return e && this.base.copy(e);
  }

  /** The organisation named in more than one word whose first word this is: Northgate for Northgate Land. */
  orgByFirstWord(word: string): Entity | undefined {
    const own = this.orgsByFirstWord.get(word);
    if (own || !this.base) return own;
    const e = this.base.entities.orgByFirstWord(word);
    return e && this.base.copy(e);
  }
}

/** Where an entity is named. */
export interface Mention {
  entity: Entity;
  /** code unit offset where the mention starts */
  start: number;
  block: number;
  /** stands as a subject (Clinton says), not as an object or a possessor (Machado’s courage) */
  subject: boolean;
}

/** How many mentions back a pronoun or a noun phrase looks. */
export const WINDOW = 40;

/** The mentions of an article, the last WINDOW of them at least. */
export class Mentions {
  private list: Mention[] = [];

  /** Notes a mention of `entity` at `start`. */
  add(entity: Entity, start: number, block: number, subject = true): void {
    this.list.push({ entity, start, block, subject });
    if (this.list.length > WINDOW * 4) this.list = this.list.slice(-WINDOW);
  }

  /** The mentions so far, in order: read from the end, WINDOW at most. */
  get recent(): readonly Mention[] {
    return this.list;
  }

  /** These mentions, of the entities as `copy` makes them, into `into` (a fork's, which is empty). */
  copyInto(into: Mentions, copy: (e: Entity) => Entity): void {
    into.list = this.list.map((m) => ({ ...m, entity: copy(m.entity) }));
  }
}

/** A speaker as resolved for one quotation. */
export interface Resolved {
  entity: Entity | null;
  /** code unit range of the words that name the speaker here */
  mentionStart: number;
  mentionEnd: number;
  /** how the words were read as the speaker (attribute/confidence.ts), null when they name nobody */
  how: ResolvedHow | null;
  /** a pronoun another one named near it could stand for as well */
  rival?: boolean;
}

/** The people named so far, where they were named, and who spoke last. */
export class Discourse {
  /** the people and organisations named so far */
  readonly entities: Entities;
  /** where they were named, in order (for “he”, “the senator”) */
  readonly mentions = new Mentions();
  /** the first person the article names (A: answers are theirs) */
  firstPerson: Entity | null = null;
  /** the last speaker, and the block (paragraph) where they spoke (for a quotation with no cue of its own) */
  last: { resolved: Resolved; block: number } | null = null;

  /** `index`: the full names the article gives; `entities`: a fork's (see `fork`) */
  constructor(readonly index: NameIndex, entities?: Entities) {
    this.entities = entities ?? new Entities();
  }

  /**
   * A copy to read ahead in: what is resolved in it (reported speech, with `indirect`) changes
   * nothing here, so the quotations are attributed as they are without it. Its entities are
   * copies, each made once and only when asked for (the same entity under two names stays one):
   * a fork costs the mentions it copies, not the article's entities.
   */
  fork(): Discourse {
    const copies = new Map<Entity, Entity>();
    const copy = (e: Entity): Entity => {
      let c = copies.get(e);
      if (!c) copies.set(e, (c = { ...e }));
      return c;
    };
    const d = new Discourse(this.index, new Entities({ entities: this.entities, copy }));
    this.mentions.copyInto(d.mentions, copy);
    d.firstPerson = this.firstPerson && copy(this.firstPerson);
    const last = this.last;
    d.last = last && { block: last.block, resolved: { ...last.resolved, entity: last.resolved.entity && copy(last.resolved.entity) } };
    return d;
  }
}
