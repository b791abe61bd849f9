/**
 * The attribute stage: a cue shared by quotations in a row (shared), and the sentence a title or a
 * scare quote does not cut for the quotation after it.
 */
import { describe, it } from 'vitest';
import { ALL, check, type Row } from '../rule-table.js';

describe('shared: a cue shared by the quotations after it in the same sentence', () => {
  it.each<Row>([
    ['called the timetable “a maze” and “a disgrace”', 'Marit Solberg called the timetable “a maze” and “a disgrace.”', [
      { text: 'a maze', speaker: 'Marit Solberg', cue: 'called', method: 'sentence' },
      { text: 'a disgrace.', speaker: 'Marit Solberg', cue: 'called', method: 'sentence' },
    ]],
    ['said … was “…” and “…”', 'Ines Kollberg said the council was “out of its depth” and “out of money.”', [
      { speaker: 'Ines Kollberg', cue: 'said' },
      { speaker: 'Ines Kollberg', cue: 'said' },
    ]],
  ])('%s', check());
});

describe('a title or a scare quote does not cut the sentence for the quotation after it', () => {
  it.each<Row>([
    ['told Vellmoor Radio’s “Harbour Hour” that “…”', 'Marit Solberg told Vellmoor Radio’s “Harbour Hour” that the ferry was “safe until spring.”', [
      { text: 'Harbour Hour', kind: 'title', speaker: null },
      { text: 'safe until spring.', kind: 'partial', speaker: 'Marit Solberg', cue: 'told' },
    ]],
  ])('%s', check(ALL));
});
