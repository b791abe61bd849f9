/**
 * What the grammar reads a stretch of tokens with: the tokens, the article's name index, and
 * where sentences start.
 */
import type { NameIndex } from '../name-index.js';
import type { Token } from './tokens.js';

/** Context for reading phrases: the tokens, the name index, and where sentences start. */
export interface Reader {
  tokens: Token[];
  index: NameIndex;
  /** token index → it starts a sentence */
  sentenceStart: (i: number) => boolean;
}
