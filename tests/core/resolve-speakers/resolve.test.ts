/**
 * resolvePhrase: a word read as a subject that names nobody.
 */
import { describe, it } from 'vitest';
import { check, type Row } from '../rule-table.js';

describe('resolvePhrase: one word that names nobody', () => {
  it.each<Row>([
    // resolvePhrase: NOBODY_WORDS
    ['“There” read as a subject names nobody', 'There’s still time for the committee to act, even after dismissing the proposal as “a vanity project” last spring.',
      [{ speaker: null, method: 'none' }]],
    ['a day read as a subject names nobody', 'Rain fell all week on the harbour. Sunday added “insult to injury.”', [{ speaker: null, method: 'none' }]],
  ])('%s', check());
});
