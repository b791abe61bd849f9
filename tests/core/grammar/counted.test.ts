/**
 * countedAfter, countedBefore: a quantity of people described by capitalised words that qualify a
 * noun is one noun phrase, the speaker, never the capitalised words alone with the quantity as role.
 */
import { describe, it } from 'vitest';
import { check, type Row } from '../rule-table.js';

describe('countedAfter, countedBefore: one City fan, two Rovers supporters', () => {
  it.each<Row>([
    ['after the quotation, the verb last', '“Good for them,” one Aldane fan said.', [{ speaker: 'one Aldane fan', mention: 'one Aldane fan', role: null }]],
    ['after the verb', '“We were robbed,” said two Rovers supporters.', [{ speaker: 'two Rovers supporters', role: null }]],
    ['a quantity word, two capitalised words', '“Not again,” said several Harbour Board members.', [{ speaker: 'several Harbour Board members' }]],
    ['before the quotation', 'One Vellmoor trawlerman said: “The quota is a death sentence.”', [{ speaker: 'One Vellmoor trawlerman', method: 'cue' }]],
    ['before a partial quotation', 'Many Aldane voters said the plan was “a betrayal.”', [{ speaker: 'Many Aldane voters', method: 'sentence' }]],
    ['not: a quantity before a full name', '“We will stay,” said one of them, Marit Solberg.', [{ speaker: 'Marit Solberg' }]],
    ['not: a name and an adverb after it', '“We will stay,” said Marit Solberg quietly.', [{ speaker: 'Marit Solberg' }]],
  ])('%s', check());
});
