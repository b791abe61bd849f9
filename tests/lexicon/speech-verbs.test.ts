/**
 * cueWord: the inflected forms of a speech verb.
 */
import { describe, it } from 'vitest';
import { check, type Row } from '../core/rule-table.js';

describe('cueWord: the inflected forms of a speech verb', () => {
  it.each<Row>([
    ['a doubled consonant: quipped → quip', '“The ferry is safe,” Anselm Drury quipped.', [{ speaker: 'Anselm Drury', cue: 'quipped', method: 'cue' }]],
    ['-ied → -y: replied → reply', '“The ferry is safe,” Anselm Drury replied.', [{ speaker: 'Anselm Drury', cue: 'replied', method: 'cue' }]],
    ['-s: argues → argue', '“The ferry is safe,” Anselm Drury argues.', [{ speaker: 'Anselm Drury', cue: 'argues', method: 'cue' }]],
    ['irregular: swore → swear', '“The ferry is safe,” Anselm Drury swore.', [{ speaker: 'Anselm Drury', cue: 'swore', method: 'cue' }]],
    ['irregular: texted → text', 'Anselm Drury texted the crew: “The ferry is safe.”', [{ speaker: 'Anselm Drury', cue: 'texted' }]],
  ])('%s', check());
});
