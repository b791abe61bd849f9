/**
 * Relays (relayFrom): X quoted Y, saying “…” is Y’s, relayed by X.
 */
import { describe, it } from 'vitest';
import { check, type Row } from '../rule-table.js';

describe('relayFrom: X quoted Y, saying “…” is Y’s, relayed by X', () => {
  it.each<Row>([
    ['quoted the poet Agnes Thorne, saying “…”', 'Marit Solberg quoted the poet Agnes Thorne, saying “the sea keeps what it is given.”',
      [{ speaker: 'Agnes Thorne', role: 'poet', via: 'Marit Solberg', cue: 'quoted', method: 'relay' }]],
    ['quoted her predecessor, Walter Brande, as saying', 'Marit Solberg quoted her predecessor, Walter Brande, as saying the ferry was “a money pit.”',
      [{ speaker: 'Walter Brande', role: 'her predecessor', via: 'Marit Solberg', method: 'relay' }]],
  ])('%s', check());
});
