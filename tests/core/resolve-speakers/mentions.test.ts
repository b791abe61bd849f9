/**
 * noteNames: the names of a block as mentions, and what marks an unknown name as a person.
 */
import { describe, it } from 'vitest';
import { ALL, check, type Row } from '../rule-table.js';

describe('noteNames: a role, “, who” or an age marks an unknown name as a person', () => {
  it.each<Row>([
    ['no mark: Torvald Bridge could be a place, and “he” finds nobody', 'Torvald Bridge joined the crew last year. “I love it,” he said.',
      [{ speaker: null }]],
    ['a role before the name', 'Crew member Torvald Bridge joined last year. “I love it,” he said.', [{ speaker: 'Torvald Bridge', role: 'Crew member' }]],
    ['“, who” after the name', 'Torvald Bridge, who joined the crew last year, was on deck. “I love it,” he said.', [{ speaker: 'Torvald Bridge' }]],
    ['an age after the name', 'Torvald Bridge, 19, joined the crew last year. “I love it,” he said.', [{ speaker: 'Torvald Bridge' }]],
  ])('%s', check());
});

describe('noteNames: an acronym after “the” is a mention', () => {
  it.each<Row>([
    // was: Discourse.noteNames: “placed” sends a lone word after an article to knownOnly, which drops it, so “the VHA” is no
    // mention and the acronym rule of entityForName never makes it the organisation “it” can stand for
    ['it: an acronym named before', 'The VHA closed the quay on Monday. “Nobody should go near the water,” it said.',
      [{ speaker: 'the VHA', mention: 'it' }], ALL],
  ])('%s', check());
});

describe('noteNames: a name with an affiliation after “of” is the subject of the verb after it', () => {
  it.each<Row>([
    ['Pat Ortega of the dockers’ union said …: she is Pat Ortega, the subject, not a woman named before',
      'Mira Holt chairs the port board.\n\nPat Ortega of the dockers’ union said the strike would go on. “We are not moving,” she said.',
      [{ speaker: 'Pat Ortega', mention: 'she' }]],
  ])('%s', check());
});
