/**
 * segment (lines into paragraphs), sentences (where a sentence ends around a quotation) and
 * tokens (possessives, initials, abbreviations), seen through the quotations they let the
 * later stages find.
 */
import { describe, expect, it } from 'vitest';
import { allQuotes, quotes, type Row } from './rules-table.js';

const check = (text: string, want: Row[2]) => expect(allQuotes(text, want)).toEqual(want);
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
    ['not wrapped: each line is a paragraph, so the quotation is left open', '“We will keep it going\nas long as we can,” she said.',
      [{ text: 'We will keep it going', kind: 'unclosed' }]],
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
  ])('%s', (_, text, want) => check(text, want));
});

describe('sentences: where a quotation’s sentence ends', () => {
  it.each<Row>([
    ['a closed quotation and a new sentence: two sentences, the next one no cue', '“The ferry is saved.” The crowd went home.',
      [{ speaker: null, method: 'none' }]],
    ['a closed quotation and a name with a speech verb ending the sentence: its cue', '“The ferry is saved.” Solberg said.',
      [{ speaker: 'Solberg', cue: 'said', method: 'cue' }]],
    ['a quotation after a cued one is a sentence of its own', '“The ferry is saved,” Marit Solberg said. “Again.”', [
      { text: 'The ferry is saved,', method: 'cue' },
      { text: 'Again.', speaker: 'Marit Solberg', method: 'floating' },
    ]],
    ['abbreviations keep their stops: Sen., U.S.', 'Sen. Rhoda Quist said U.S. crews were “not welcome in these waters.”',
      [{ speaker: 'Rhoda Quist', cue: 'said', method: 'sentence' }]],
  ])('%s', (_, text, want) => expect(quotes(text, want)).toEqual(want));
});

describe('tokens: possessives, initials, ampersands', () => {
  it.each<Row>([
    ['Reiter’s → Reiter + ’s', 'Tomas Reiter met the crew. Reiter’s warning was grim: “A long, hard winter is coming.”',
      [{ speaker: 'Tomas Reiter', mention: 'Reiter', cue: 'warning', method: 'possessive' }]],
    ['initials keep their stops: J. R. Pilbeam', '“We are selling the boat,” said Dr. J. R. Pilbeam of the U.S. Coast Guard.',
      [{ speaker: 'J. R. Pilbeam', mention: 'J. R. Pilbeam', method: 'cue' }]],
    ['an ampersand joins a word: B&B Marine', '“We are selling the boat,” said a spokeswoman for B&B Marine.',
      [{ speaker: 'a spokeswoman for B&B Marine', method: 'cue' }]],
    ['he’s predicting: a contraction, not a possessive; its pronoun is the subject', 'Tomas Reiter met the crew. He’s predicting “a long, hard winter.”',
      [{ kind: 'partial', speaker: 'Tomas Reiter', mention: 'He', cue: 'predicting' }]],
  ])('%s', (_, text, want) => expect(quotes(text, want)).toEqual(want));
});

describe('gaps closed', () => {
  it.each<Row>([
    // splitSentences/cueFollows: “cheered” is a speech verb, so the crowd reads as the quotation's cue, against the
    // module's own example (“We won.” The crowd cheered. → two sentences)
    ['a closed quotation and “The crowd cheered.”: two sentences', '“The ferry is saved.” The crowd cheered.',
      [{ speaker: null, method: 'none' }]],
    // tokenize: “the Joneses’ → Joneses + ’” — the bare ’ after a plural is left as punctuation, never a 'poss' token,
    // so possessiveBefore does not see it
    ['the Haldanes’ → Haldanes + ’', 'The Haldanes’ statement was short: “We are selling the boat.”',
      [{ cue: 'statement', method: 'possessive' }]],
  ])('%s', (_, text, want) => expect(allQuotes(text, want)).toEqual(want));
});
