/**
 * The candidate speakers of a quotation and the choice among them (resolve-speakers/candidates.ts):
 * the cue's speaker where the quotation has a cue, else the one carried from before, else none.
 */
import { describe, it } from 'vitest';
import { check, type Row } from '../rule-table.js';

describe('the candidate chosen', () => {
  const rows: Row[] = [
    ['the cue’s speaker over the one carried from before', '“We will open the pier in May,” said Ines Kollberg.\n\n“Not in May,” Tomas Berg said.',
      [{ speaker: 'Ines Kollberg', method: 'cue' }, { speaker: 'Tomas Berg', method: 'cue' }]],
    ['the carried speaker where there is no cue', '“Not in May,” Tomas Berg said.\n\n“We may open it in the summer instead, if the weather holds.”',
      [{ speaker: 'Tomas Berg', method: 'cue' }, { speaker: 'Tomas Berg', method: 'floating' }]],
    ['the last speaker, not the last name, is carried', '“Not in May,” Tomas Berg said. Ines Kollberg nodded.\n\n“We may open it in the summer instead, if the weather holds.”',
      [{ speaker: 'Tomas Berg' }, { speaker: 'Tomas Berg' }]],
    ['none where nobody spoke before', 'The pier was full on Monday.\n\n“We may open it in the summer instead, if the weather holds.”',
      [{ speaker: null, method: 'none' }]],
  ];
  it.each(rows)('%s', check());
});
