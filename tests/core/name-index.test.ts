/**
 * The name index: the full names an article gives (indexNames: titles, sentence-initial words,
 * particles, suffixes, trailing dates and organisation words), and which of them a later mention
 * stands for (personFor). Each row names someone in full, then quotes them by a shorter mention.
 */
import { describe, expect, it } from 'vitest';
import { indexNames } from '../../src/core/name-index.js';
import { ALL, check, type Row } from './rule-table.js';

const SAID = '“We will not sell the quay,”';

describe('indexNames: titles are not part of the name', () => {
  it.each<Row>([
    ['a place and an office: Vellmoor Mayor …', `Vellmoor Mayor Elsie Barrow opened the session. ${SAID} Barrow said.`,
      [{ speaker: 'Elsie Barrow', role: 'Vellmoor Mayor', mention: 'Barrow' }]],
    ['an agent noun the lexicon lacks: Organiser …', `Organiser Yusuf Demir led the march. ${SAID} Demir said.`,
      [{ speaker: 'Yusuf Demir', role: 'Organiser', mention: 'Demir' }]],
    ['an abbreviated title: Sen. …', `Sen. Rhoda Quist spoke first. ${SAID} Quist said.`, [{ speaker: 'Rhoda Quist', mention: 'Quist' }]],
    ['a personal honorific with initials: Dr. J. R. …', `Dr. J. R. Pilbeam spoke. ${SAID} Pilbeam said.`, [{ speaker: 'J. R. Pilbeam', role: null }]],
  ])('%s', check());
});

describe('indexNames: sentence-initial function words and verbs are not part of the name', () => {
  it.each<Row>([
    ['But …', `But Kollberg refused. Earlier, Ines Kollberg had bought the quay. “We will not sell it,” Kollberg said.`,
      [{ speaker: 'Ines Kollberg' }]],
    ['When …', `When Halvard Lund arrived, the crews cheered. ${SAID} Lund said.`, [{ speaker: 'Halvard Lund' }]],
    ['Asked …', `Asked Halvard Lund whether the quay was for sale, the crews laughed. “We will not sell it,” Lund said.`,
      [{ speaker: 'Halvard Lund' }]],
    // was: splitTitle: a sentence-initial “Later” is neither a function word nor a verb in the lexicon, so it stays in the
    // name (“Later Paul Kollberg”), and the most recent Kollberg is not found
    ['a sentence-initial “Later” is not part of the name', `Ines Kollberg spoke first. Later Paul Kollberg spoke. ${SAID} Kollberg said.`,
      [{ speaker: 'Paul Kollberg' }], ALL],
    // was: splitTitle: a sentence adverb opening the sentence is no function word, verb or listed adverb, so it stays in
    // the name (“Certainly Paul Kollberg”), and the speaker string begins with an adverb
    ['a listed sentence adverb is not part of the name: Certainly …', `Ines Kollberg spoke first. Certainly Paul Kollberg spoke. ${SAID} Kollberg said.`,
      [{ speaker: 'Paul Kollberg' }], ALL],
    ['an -ly adverb made from an adjective is not part of the name: Happily …', `Ines Kollberg spoke first. Happily Paul Kollberg spoke. ${SAID} Kollberg said.`,
      [{ speaker: 'Paul Kollberg' }], ALL],
    ['a sentence adverb inside the quotation is not part of a name there', '“Surely Paul Kollberg will sell the quay,” Ines Kollberg said.',
      [{ speaker: 'Ines Kollberg' }], ALL],
    ['a first name ending in -ly stays the name: Kelly …', `Ines Kollberg spoke first. Kelly Kollberg spoke. ${SAID} Kollberg said.`,
      [{ speaker: 'Kelly Kollberg' }], ALL],
  ])('%s', check());
});

describe('indexNames: first names that are words, particles, suffixes', () => {
  it.each<Row>([
    ['Frank', `Frank Mulvey runs the chandlery. ${SAID} Mulvey said.`, [{ speaker: 'Frank Mulvey' }]],
    ['Ruby', `Ruby Tallowen runs the chandlery. ${SAID} Tallowen said.`, [{ speaker: 'Ruby Tallowen' }]],
    ['Grace', `Grace Ebdon runs the chandlery. ${SAID} Ebdon said.`, [{ speaker: 'Grace Ebdon' }]],
    ['Bill, and its gender', 'Bill Okonjo spoke first. “The quay is not for sale,” he said.', [{ speaker: 'Bill Okonjo', mention: 'he' }]],
    ['a particle: de', `Bram de Wit runs the chandlery. ${SAID} de Wit said.`, [{ speaker: 'Bram de Wit', mention: 'de Wit' }]],
    ['a particle after the verb', `${SAID} said Bram de Wit.`, [{ speaker: 'Bram de Wit', mention: 'Bram de Wit' }]],
    ['two particles: van der', `${SAID} said Carla van der Berg.`, [{ speaker: 'Carla van der Berg' }]],
    ['two particles, capitalised at the mention', `Carla van der Berg runs the chandlery. ${SAID} Van der Berg said.`,
      [{ speaker: 'Carla van der Berg', mention: 'Van der Berg' }]],
    ['a hyphenated first name', '“The quay is ours,” said Anne-Marit Solberg.', [{ speaker: 'Anne-Marit Solberg' }]],
    ['a hyphenated first name, the surname alone later', 'Anne-Marit Solberg runs the quay. “The quay is ours,” Solberg said.',
      [{ speaker: 'Anne-Marit Solberg', mention: 'Solberg' }]],
    ['two particles: de la', '“The quay is ours,” said Luz de la Cruz.', [{ speaker: 'Luz de la Cruz' }]],
    ['a particle counts only between name words: … drives the van', '“The quay is ours,” said Bram, who drives the van.', [{ speaker: 'Bram' }]],
    ['a suffix: Jr.', `Yusuf Demir Jr. spoke. ${SAID} Demir said.`, [{ speaker: 'Yusuf Demir Jr.', mention: 'Demir' }]],
    // was: indexNames (NAME_RUN): a particle joined by a hyphen (al-Tamimi) starts with a lower-case letter and ends the run,
    // though the comment promises “Abu Bakr al-Baghdadi”; phraseAfter stops there too
    ['a hyphenated particle: al-', `${SAID} said Abu Bakr al-Tamimi.`, [{ speaker: 'Abu Bakr al-Tamimi', mention: 'Abu Bakr al-Tamimi' }], ALL],
    ['a hyphenated particle, the surname alone later', `Abu Bakr al-Tamimi spoke. ${SAID} al-Tamimi said.`, [{ speaker: 'Abu Bakr al-Tamimi', method: 'cue' }], ALL],
  ])('%s', check());
});

describe('indexNames: words that end a run of capitals without being the name', () => {
  it.each<Row>([
    ['a day: … Kollberg Tuesday', 'The quay was sold to Ines Kollberg Tuesday. “We will not sell it again,” Kollberg said.',
      [{ speaker: 'Ines Kollberg', mention: 'Kollberg' }]],
    ['an organisation word: the Yusuf Demir Foundation', 'A spokesman for the Yusuf Demir Foundation said the gift was “a thank-you to the town.” “We owe the harbour everything,” Demir said.', [
      { speaker: 'the Yusuf Demir Foundation' },
      { speaker: 'Yusuf Demir', mention: 'Demir' },
    ]],
    ['a full stop ends a run only between words: Arne Jones. Okonjo', 'The quay belonged to Arne Jones. Okonjo bought it from him. “The quay is not for sale,” Okonjo said.',
      [{ speaker: 'Okonjo' }]],
  ])('%s', check());
});

// runs of capitals that once took time quadratic in their length (a retry at every capital) or overflowed the stack
const LONG_WORD = 'ACGT'.repeat(5_000);

describe('indexNames: long runs of capitals', () => {
  it.each<Row>([
    ['an initial at the end of a long word of capitals: …ACGTA. Quist', `The sample ${LONG_WORD}A. Quist sent was read. ${SAID} Quist said.`,
      [{ speaker: 'A. Quist', mention: 'Quist' }]],
    ['a title at the end of a long word of capitals: …ACGTSen. Quist', `The sample ${LONG_WORD}Sen. Rhoda Quist sent was read. ${SAID} Quist said.`,
      [{ speaker: 'Rhoda Quist', mention: 'Quist' }]],
    // (the word's last capital and its full stop read as an initial, as ever)
    ['a long word of capitals and a full stop before a name: ACGT…. Rhoda Quist', `The sample ${LONG_WORD}. Rhoda Quist sent was read. ${SAID} Quist said.`,
      [{ speaker: 'T. Rhoda Quist', mention: 'Quist' }]],
    ['a name after a lower-case word: the sampleRhoda Quist', `The sampleRhoda Quist sent was read. ${SAID} Quist said.`,
      [{ speaker: 'Rhoda Quist', mention: 'Quist' }]],
  ])('%s', check());

  it('reads 2.5 million capitalised words in a row as one run, not a person (it overflowed the stack)', () => {
    const index = indexNames('Ab '.repeat(2_500_000) + 'and Rhoda Quist spoke.');
    expect(index.people.map((p) => p.name)).toEqual(['Rhoda Quist']);
  });
});

describe('personFor: which full name a shorter mention stands for', () => {
  it.each<Row>([
    ['the one named most recently before the mention', `Ines Kollberg spoke first. Her brother Paul Kollberg spoke next. ${SAID} Kollberg said.`,
      [{ speaker: 'Paul Kollberg', role: 'brother' }]],
    ['a real first name over a capitalised word', `Ines Kollberg founded the firm. Staff at Aldane Kollberg were told on Monday. ${SAID} Kollberg said.`,
      [{ speaker: 'Ines Kollberg' }]],
    ['the longer form of the same name', `Ines Marta Kollberg spoke first. Ines Kollberg later added a caveat. ${SAID} Kollberg said.`,
      [{ speaker: 'Ines Marta Kollberg', mention: 'Kollberg' }]],
    ['a name named more than once, over one named once', `Ines Kollberg and Paul Kollberg both spoke. Ines Kollberg spoke twice. ${SAID} Kollberg said.`,
      [{ speaker: 'Ines Kollberg' }]],
    ['a surname that is also a word is a name once the article names it in full', 'Ines Marsh runs the harbour. “The quay is not for sale,” Marsh said.',
      [{ speaker: 'Ines Marsh', mention: 'Marsh' }]],
  ])('%s', check());
});
