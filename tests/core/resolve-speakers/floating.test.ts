/**
 * Floating quotations (floatingSpeaker, noteReportedSpeech): a quotation with no cue of its own
 * continues the speaker before it.
 */
import { describe, it } from 'vitest';
import { check, type Row } from '../rule-table.js';

describe('floatingSpeaker: quotations with no cue of their own', () => {
  it.each<Row>([
    ['floating: the speaker of the quotation before, in the same paragraph', '“We will not close the harbour,” said Ines Kollberg. “Not while I am here.”', [
      { speaker: 'Ines Kollberg', method: 'cue' },
      { speaker: 'Ines Kollberg', mention: 'Ines Kollberg', method: 'floating' },
    ]],
    ['floating: two paragraphs on, past a paragraph with no speech', '“The ferry will stop in March,” said Marit Solberg.\n\nTomas Reiter, the chief engineer, stayed on board with the crew.\n\n“We have done all we can.”', [
      { speaker: 'Marit Solberg', method: 'cue' },
      { speaker: 'Marit Solberg', method: 'floating' },
    ]],
    ['floating: not three paragraphs on', '“The ferry will stop in March,” said Marit Solberg.\n\nThe council met twice.\n\nThe crews waited.\n\n“We have done all we can.”', [
      { speaker: 'Marit Solberg', method: 'cue' },
      { speaker: null, method: 'none' },
    ]],
    ['reported speech with no quotation sets the speaker: X said that …', 'Marit Solberg said the vote would go ahead on Friday.\n\n“The council owes the town an answer.”',
      [{ speaker: 'Marit Solberg', method: 'floating' }]],
    ['a nominal speaker is not followed: police said …', 'Vellmoor police said the quay would stay closed.\n\n“Nobody should go near the water.”',
      [{ speaker: null, method: 'none' }]],
  ])('%s', check());
});
