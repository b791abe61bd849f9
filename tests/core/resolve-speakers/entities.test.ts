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
