/**
 * Transcript turns (transcriptTurn, inTurn): a paragraph that opens with a speaker's name in
 * capitals, or A:, and the quotations in it.
 */
import { describe, it } from 'vitest';
import { check, type Row } from '../rule-table.js';

const INTRO = 'Kofi Mensah, the ferry’s longest-serving captain, sat down with us last week.\n\n';

describe('transcriptTurn: a paragraph that opens with a speaker’s name in capitals, or A:', () => {
  it.each<Row>([
    ['a quotation in the turn is the turn speaker’s', 'SOLBERG: Well, look, he thinks the harbour is “a hobby.”',
      [{ speaker: 'SOLBERG', mention: 'SOLBERG', cue: ':', method: 'transcript' }]],
    ['“I” in a turn is the turn’s speaker: what I call “…”', `${INTRO}MENSAH: What I call “a working harbour” is one with boats in it.`,
      [{ speaker: 'Kofi Mensah', mention: 'MENSAH', method: 'transcript' }]],
    ['a cue in the turn says otherwise: my father told me “…”', 'SOLBERG: My father told me “never sell the boat.”',
      [{ speaker: 'My father', cue: 'told', method: 'cue' }]],
    ['A: an interview answer is the interviewee’s, the first person the article names',
      `${INTRO}Q: What did the crew call the old boat?\n\nA: We called it “the vomit comet” back then.`,
      [{ speaker: 'Kofi Mensah', role: 'the ferry’s longest-serving captain', mention: 'A', cue: ':', method: 'transcript' }]],
    ['A: a cue in the answer still names its own speaker',
      `${INTRO}Q: When did you first cross the bay?\n\nA: In 1986, on the old boat. My predecessor told me “you will be seasick for a year.”`,
      [{ speaker: 'My predecessor', cue: 'told', method: 'cue' }]],
  ])('%s', check());
});
