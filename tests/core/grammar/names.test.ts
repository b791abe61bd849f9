/**
 * Name words: when capitalised words are a person's name (looksLikePerson), and when a word before
 * a name is a title (isTitleWord).
 */
import { describe, it } from 'vitest';
import { ALL, check, type Row } from '../rule-table.js';

describe('looksLikePerson: capitalised words that name no person', () => {
  it.each<Row>([
    ['the White House is no man for “he”', 'Tomas Reiter wrote a letter. The White House never answered it. “Nobody there has read it,” he said.',
      [{ speaker: 'Tomas Reiter', mention: 'he' }]],
    // was: looksLikePerson: “Ferries” is not in COMMON_WORDS (only “ferry”), so “Calder Bay Ferries” passes as a person
    // with an unknown surname and “they” finds no organisation
    ['they: an organisation whose last word is a plural noun', 'Calder Bay Ferries cancelled the crossing. “We had no choice,” they said.',
      [{ speaker: 'Calder Bay Ferries', mention: 'they' }], ALL],
  ])('%s', check());
});

describe('isTitleWord: a word before a name that is not part of it', () => {
  it.each<Row>([
    // was: isTitleWord: the agent-noun ending (-ager, as in Organiser/Manager) takes the surname “Hager” for a title, so
    // “Hager said” is no name and does not find Ines Hager
    ['a surname that ends like an agent noun is no title: Hager', 'Ines Hager, the harbour master, spoke first. “We will not sell the quay,” Hager said.',
      [{ speaker: 'Ines Hager', mention: 'Hager' }], ALL],
  ])('%s', check());
});
