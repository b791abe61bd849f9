/**
 * Quotations inside quotations (attributeInside, and their relay in resolve-speakers): the cue
 * inside the outer quotation, “I” and “we” as the outer speaker.
 */
import { describe, it } from 'vitest';
import { check, type Row } from '../rule-table.js';

describe('attributeInside: quotations inside quotations', () => {
  it.each<Row>([
    ['relayed by the outer speaker, said by the one its cue names', '“My grandmother told me ‘never sell the boat,’ and I never did,” said Odile Varga.', [
      { speaker: 'Odile Varga', via: null, method: 'cue', parent: null },
      { speaker: 'My grandmother', via: 'Odile Varga', cue: 'told', method: 'relay', kind: 'direct', parent: 0 },
    ]],
    ['“I” inside is the outer speaker: no relay of one’s own words', '“I told the board ‘give me one more winter,’ and they did,” said Tomas Reiter.', [
      { speaker: 'Tomas Reiter' },
      { speaker: 'Tomas Reiter', mention: 'I', via: null, method: 'relay' },
    ]],
    ['“we” inside is the outer speaker too', '“We told the board ‘give us one more winter,’ and they did,” said Tomas Reiter.', [
      { speaker: 'Tomas Reiter' },
      { speaker: 'Tomas Reiter', mention: 'We', via: null, method: 'relay' },
    ]],
  ])('%s', check());
});

describe('attributeInside: the inner quotation is the object of the verb before it', () => {
  it.each<Row>([
    ['the clause after the inner quotation has no speaker of it: “When A says ‘…’, nobody believes them”',
      '“When the ministry says ‘the mill will reopen’, nobody believes them,” said Odile Varga.', [
        { speaker: 'Odile Varga', parent: null },
        { speaker: 'the ministry', via: 'Odile Varga', cue: 'says', method: 'relay', parent: 0 },
      ]],
    ['no one after the inner quotation either: “If A says ‘…’, no one listens”',
      '“If the landlord says ‘the rent is fair’, no one listens any more,” said Tomas Reiter.', [
        { speaker: 'Tomas Reiter', parent: null },
        { speaker: 'the landlord', via: 'Tomas Reiter', cue: 'says', method: 'relay', parent: 0 },
      ]],
  ])('%s', check());
});
