/**
 * resolveNominal: a noun phrase as someone named before (the senator, the company, police), or as
 * written.
 */
import { describe, it } from 'vitest';
import { check, type Row } from '../rule-table.js';

describe('resolveNominal: the senator, the company, police', () => {
  it.each<Row>([
    ['the senator: the person whose role says senator', 'Senator Rhoda Quist visited Vellmoor on Monday. “The harbour deserves better,” the senator said.',
      [{ speaker: 'Rhoda Quist', role: 'Senator', mention: 'the senator' }]],
    ['the company: the organisation named before', 'Quillon Shipping announced the closure on Monday. “We had no choice,” the company said.',
      [{ speaker: 'Quillon Shipping', mention: 'the company' }]],
    ['the authority: the organisation whose name holds the word', 'The Vellmoor Harbour Authority closed the quay. “Nobody should go near the water,” the authority said.',
      [{ speaker: 'the Vellmoor Harbour Authority', mention: 'the authority' }]],
    ['the ministry: the organisation with “of”, named before with its article', 'The Ministry of Fisheries closed the quay. “Nobody should fish here,” the ministry said.',
      [{ speaker: 'the Ministry of Fisheries', mention: 'the ministry' }]],
    ['the agency: an organisation named before with its article, by a generic noun it does not hold',
      'The Coastal Flood Service said on Sunday the river would rise.\n\n“Stay away from the banks,” the agency said.',
      [{ speaker: 'the Coastal Flood Service', mention: 'the agency' }]],
    ['the company: a firm named before with its article', 'The Brannock Rail Group cut three routes.\n\n“It was a hard year,” the company said.',
      [{ speaker: 'the Brannock Rail Group', mention: 'the company' }]],
    ['police: the police named before', 'Vellmoor police said on Monday that the quay would stay closed. “Nobody should go near the water,” police said.',
      [{ speaker: 'Vellmoor police', mention: 'police' }]],
  ])('%s', check());
});
