/**
 * speakerType and gender: what kind of speaker a record names, and the gender the article's own
 * words give it (never a first name's usual gender).
 */
import { describe, expect, it } from 'vitest';
import { roleGender } from '../../../src/core/resolve-speakers/speaker-type.js';
import { check, type Row } from '../rule-table.js';

describe('speakerType: person, organization, description, author', () => {
  it.each<Row>([
    ['a person by name', '“The quay stays open,” said Marit Solberg.', [{ speaker: 'Marit Solberg', speakerType: 'person' }]],
    ['an organisation by name', '“We had no choice,” the Vellmoor Harbour Authority said.', [{ speaker: 'the Vellmoor Harbour Authority', speakerType: 'organization' }]],
    ['a phrase that names nobody in particular', '“We will look again,” a spokesman for the authority said.', [{ speaker: 'a spokesman for the authority', speakerType: 'description' }]],
    ['officials, unnamed', '“The ferry will run,” officials said.', [{ speaker: 'officials', speakerType: 'description' }]],
    ['the one who wrote the article', '“I am not shy,” I said.', [{ speaker: 'the author', speakerType: 'author' }]],
    ['two people named together are people', '“We agree,” said Nora Whitcombe and Ade Balogun.', [{ speaker: 'Nora Whitcombe and Ade Balogun', speakerType: 'person' }]],
    ['no speaker, no type', '“The ferry will run until March.”', [{ speaker: null, speakerType: null, gender: null }]],
  ])('%s', check());
});

describe('gender: from the article’s own words only', () => {
  it.each<Row>([
    ['an honorific: Ms', '“The quay stays open,” said Ms Ilse Varga.', [{ speaker: 'Ilse Varga', gender: 'female' }]],
    ['an honorific: Mr, on a surname alone', '“We will rebuild,” Mr Okonjo said.', [{ speaker: 'Okonjo', gender: 'male' }]],
    ['a title before the full name, read later by the surname', 'Congresswoman Dale Hirsch toured the port. “It will not last,” Hirsch said.',
      [{ speaker: 'Dale Hirsch', gender: 'female' }]],
    ['a pronoun that stands for the speaker', 'Robin Aldous chaired the meeting. “We will vote on Friday,” she said.', [{ speaker: 'Robin Aldous', gender: 'female' }]],
    ['a gendered role noun in the role', '“The talks went well,” said Kofi Mensah, the club’s spokeswoman.', [{ speaker: 'Kofi Mensah', gender: 'female' }]],
    ['a gendered role noun in a description', '“No comment,” a congressman said.', [{ speaker: 'a congressman', gender: 'male' }]],
    ['a first name alone is no evidence', '“The quay stays open,” said Elena Marquez.', [{ speaker: 'Elena Marquez', gender: null }]],
    ['a first name alone is no evidence, a man’s either', '“We will rebuild,” said Thomas Okafor, the auditor.', [{ speaker: 'Thomas Okafor', gender: null }]],
    ['an organisation has none', '“We had no choice,” the Vellmoor Harbour Authority said.', [{ gender: null }]],
  ])('%s', check());

  it.each([
    ['spokeswoman for the council', 'f'],
    ['the club’s chairman', 'm'],
    ['congressman, the senator', 'm'],
    ['mayor', null],
    [null, null],
  ] as const)('the role %j gives %j', (role, want) => {
    expect(roleGender(role)).toBe(want);
  });
});
