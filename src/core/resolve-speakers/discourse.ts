/**
 * The discourse: what is known of an article as it is read, block by block. The one stateful
 * object of the pipeline, made by `extractQuotes` and passed to the stages that read or write it.
 *
 *     Russian foreign minister Sergey Lavrov …   → an entity, Sergey Lavrov, and a mention of him
 *     “…,” Lavrov said.                          → the last speaker: Sergey Lavrov
 *     “…,” he said.                              → the last man mentioned: Sergey Lavrov
 */
import type { NameIndex } from '../name-index.js';
import { Entities, type Entity } from './entities.js';
import { Mentions } from './mentions.js';

/** A speaker as resolved for one quotation. */
export interface Resolved {
  entity: Entity | null;
  /** code unit range of the words that name the speaker here */
  mentionStart: number;
  mentionEnd: number;
  /** multiplies the rule's confidence: lower for pronouns and guesses */
  certainty: number;
}

export class Discourse {
  /** the people and organisations named so far */
  readonly entities = new Entities();
  /** where they were named, in order (for “he”, “the senator”) */
  readonly mentions = new Mentions();
  /** the first person the article names (A: answers are theirs) */
  firstPerson: Entity | null = null;
  /** the last speaker, and the block (paragraph) where they spoke (for a quotation with no cue of its own) */
  last: { resolved: Resolved; block: number } | null = null;

  /** `index`: the full names the article gives */
  constructor(readonly index: NameIndex) {}
}
