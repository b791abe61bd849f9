/**
 * segment: lines into paragraphs, a hard-wrapped text joined again. Every table runs with `all`.
 */
import { describe, it } from 'vitest';
import { ALL, check, type Row } from './rule-table.js';

const lines = (...l: string[]) => l.join('\n');
/** The body of a hard-wrapped article: four lines close to 60 characters. */
const WRAPPED_BODY = [
  'The harbour master, Marit Solberg, said on Monday that the',
  'council had voted to keep the ferry running until the end of',
  'March, despite the cost of the repairs to its hull. The crew',
  'was told on Tuesday morning, before the first crossing.',
];

describe('segment: a single line break ends a paragraph unless the text is hard-wrapped', () => {
  it.each<Row>([
    ['hard-wrapped: a quotation runs on over the wrap', lines(
      'The harbour master, Marit Solberg, said on Monday that the',
      'council had voted to keep the ferry running until March. “We',
      'will keep it going as long as we can,” she said after the',
      'vote, adding that the hull would be patched over the winter.',
    ), [{ text: 'We\nwill keep it going as long as we can,', kind: 'direct', speaker: 'Marit Solberg', mention: 'she' }]],
    ['hard-wrapped with CRLF line ends', [
      'The harbour master, Marit Solberg, said on Monday that the',
      'council had voted to keep the ferry running until March. “We',
      'will keep it going as long as we can,” she said after the',
      'vote, adding that the hull would be patched over the winter.',
    ].join('\r\n'), [{ text: 'We\r\nwill keep it going as long as we can,', kind: 'direct', speaker: 'Marit Solberg' }]],
    // (each line is a paragraph; find-quotes runs the quotation on to the line that closes it)
    ['not wrapped: each line is a paragraph, and the quotation runs on across them', '“We will keep it going\nas long as we can,” she said.',
      [{ text: 'We will keep it going\nas long as we can,', kind: 'direct' }]],
    ['a short line ends its paragraph: the title above a wrapped article', lines('Ferry to run until ‘end of March’', ...WRAPPED_BODY),
      [{ text: 'end of March', kind: 'headline' }]],
    ['a line with room for the next line’s first word ends its paragraph',
      lines('Harbour master says ferry to run until ‘end of March’', ...WRAPPED_BODY),
      [{ text: 'end of March', kind: 'headline' }]],
    ['an indented line opens a paragraph, even after a line that runs to the width',
      lines('Vellmoor Council Votes to Keep Ferry Until ‘End of March’ Now', '  ' + WRAPPED_BODY[0], ...WRAPPED_BODY.slice(1)),
      [{ text: 'End of March', kind: 'headline' }]],
    ['the same line, not indented below: one wrapped paragraph',
      lines('Vellmoor Council Votes to Keep Ferry Until ‘End of March’ Now', ...WRAPPED_BODY),
      [{ text: 'End of March', kind: 'partial', speaker: 'Marit Solberg' }]],
  ])('%s', check(ALL));
});
