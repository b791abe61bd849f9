/**
 * Entities: the person or organisation the words of a mention stand for (entityForWords): a short
 * form of an organisation, an acronym.
 */
import { describe, it } from 'vitest';
import { check, type Row } from '../rule-table.js';

describe('entityForWords: short forms and acronyms', () => {
  it.each<Row>([
    ['a short form: Northwind for Northwind Energy', 'Northwind Energy bought the site in 2019. “The turbines will stay,” Northwind said.',
      [{ speaker: 'Northwind Energy', mention: 'Northwind' }]],
    ['an acronym names an organisation: the VHA', '“Nobody should go near the water,” the VHA said.', [{ speaker: 'the VHA', mention: 'the VHA' }]],
  ])('%s', check());
});

describe('Entities: made whole and never renamed; a record takes its speaker as the block leaves it', () => {
  it.each<Row>([
    ['an organisation named without “the” keeps its name when a later paragraph writes “the”',
      '“We will not comment,” Harwick Ferries said on Monday.\n\nLater, the Harwick Ferries board met.\n\n“Nothing has changed,” Harwick Ferries said.',
      [{ speaker: 'Harwick Ferries', mention: 'Harwick Ferries' }, { speaker: 'Harwick Ferries', mention: 'Harwick Ferries' }]],
    ['the same with a quotation of someone else after the later paragraph',
      '“The quay stays shut,” Calder Bay Marine said.\n\nOn Tuesday the Calder Bay Marine crews were sent home.\n\n“We had no choice,” a spokeswoman said.',
      [{ speaker: 'Calder Bay Marine' }, { speaker: 'a spokeswoman' }]],
    ['an organisation first named with “the” keeps it, and is known without it',
      'The Calder Bay Marine crews stayed home on Monday.\n\n“We will not comment,” Calder Bay Marine said.',
      [{ speaker: 'the Calder Bay Marine', mention: 'Calder Bay Marine' }]],
    ['a role a later paragraph gives is not the role of a record before it',
      '“We will vote on Friday,” Ines Kollberg said.\n\nHarbour master Ines Kollberg left the meeting early.\n\n“See you on Friday,” she said.',
      [{ speaker: 'Ines Kollberg', role: null }, { speaker: 'Ines Kollberg', role: 'Harbour master' }]],
    ['a role given before the quotation’s block is its record’s role',
      'Harbour master Ines Kollberg opened the meeting.\n\n“We will vote on Friday,” Kollberg said.',
      [{ speaker: 'Ines Kollberg', role: 'Harbour master', mention: 'Kollberg' }]],
  ])('%s', check());
});
