/**
 * Cues elsewhere in the sentence: a speech verb after the quotation (speechInSentence), “as” a
 * characterisation (characterization).
 */
import { describe, it } from 'vitest';
import { ALL, check, type Row } from '../rule-table.js';

describe('speechInSentence: the speech verb comes after the quotation, further on', () => {
  it.each<Row>([
    ['“…” is how Solberg described it', '“A maze” is how Marit Solberg described the new timetable.',
      [{ speaker: 'Marit Solberg', cue: 'described', method: 'sentence', kind: 'partial' }]],
    ['“…” was how she dismissed it', 'Marit Solberg read the report twice. “A wish list” was how she dismissed it.',
      [{ speaker: 'Marit Solberg', mention: 'she', cue: 'dismissed', method: 'sentence' }]],
    ['split by an inserted “as … put it”', '“The ferry,” as Marit Solberg put it, “is the town’s lifeline.”', [
      { speaker: 'Marit Solberg', cue: 'put it', method: 'sentence' },
      { speaker: 'Marit Solberg', cue: 'put it', method: 'cue' },
    ]],
  ])('%s', check());
});

describe('speechInSentence: known gaps', () => {
  it.fails.each<Row>([
    // speechInSentence: the example in its comment (“reckless,” in the words she used …) has no speech verb, only the
    // speech noun “words”, so nothing is found
    ['“…,” in the words she used later that day', 'Marit Solberg read the report twice. The plan was “reckless,” in the words she used later that day.',
      [{ speaker: 'Marit Solberg', kind: 'partial' }]],
  ])('%s', check(ALL));
});

describe('characterization: X … as a “…” is the clause subject’s word for them', () => {
  it.each<Row>([
    ['openly admires Reiter as a “…”', 'Marit Solberg openly admires Tomas Reiter as a “miracle worker.”',
      [{ speaker: 'Marit Solberg', cue: 'as', method: 'sentence', kind: 'partial' }]],
  ])('%s', check());
});
