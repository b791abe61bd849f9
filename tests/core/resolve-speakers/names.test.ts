/**
 * resolveName: a name phrase as the person or organisation it stands for, and two people named
 * together.
 */
import { describe, it } from 'vitest';
import { ALL, check, type Row } from '../rule-table.js';

describe('resolveName: joint speakers, institutions', () => {
  it.each<Row>([
    ['two people named together speak together', '“The quay has to be rebuilt,” Nora Whitcombe and Ade Balogun said in a joint letter.',
      [{ speaker: 'Nora Whitcombe and Ade Balogun', mention: 'Nora Whitcombe and Ade Balogun' }]],
    // was: Discourse.entityForName: a single capitalised word no dictionary knows is read as a surname even after “the”,
    // so resolve() never reaches its “as written, with its article (the Kremlin)” branch
    ['a single unknown name after “the” is an institution, with its article', 'The Admiralty said the talks had been “useful.”',
      [{ speaker: 'the Admiralty', mention: 'The Admiralty' }], ALL],
  ])('%s', check());
});
