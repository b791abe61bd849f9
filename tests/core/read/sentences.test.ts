/**
 * splitSentences: where a sentence ends around a quotation (cueFollows: a cue after a closed quotation
 * still belongs to it).
 */
import { describe, it } from 'vitest';
import { ALL, check, type Row } from '../rule-table.js';

describe('splitSentences: where a quotation’s sentence ends', () => {
  it.each<Row>([
    ['a closed quotation and a new sentence: two sentences, the next one no cue', '“The ferry is saved.” The crowd went home.',
      [{ speaker: null, method: 'none' }]],
    ['a closed quotation and a name with a speech verb ending the sentence: its cue', '“The ferry is saved.” Solberg said.',
      [{ speaker: 'Solberg', cue: 'said', method: 'cue' }]],
    ['a quotation after a cued one is a sentence of its own', '“The ferry is saved,” Marit Solberg said. “Again.”', [
      { text: 'The ferry is saved,', method: 'cue' },
      { text: 'Again.', speaker: 'Marit Solberg', method: 'floating' },
    ]],
    ['abbreviations keep their stops: Sen., U.S.', 'Sen. Rhoda Quist said U.S. crews were “not welcome in these waters.”',
      [{ speaker: 'Rhoda Quist', cue: 'said', method: 'sentence' }]],
    // was: splitSentences/cueFollows: “cheered” is a speech verb, so the crowd reads as the quotation's cue, against the
    // module's own example (“We won.” The crowd cheered. → two sentences)
    ['a closed quotation and “The crowd cheered.”: two sentences', '“The ferry is saved.” The crowd cheered.',
      [{ speaker: null, method: 'none' }], ALL],
  ])('%s', check());
});
