/**
 * The context stage: the sentence that holds each quotation (`{ context: true }`), with the cue
 * where it ends that sentence; a quotation over several sentences, or several paragraphs, gets
 * them all.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import { ALL, check, type Row } from './rule-table.js';

const CONTEXT = { context: true };

describe('context: the sentence that holds the quotation', () => {
  it.each<Row>([
    ['a one-sentence quotation and its cue', 'The vote was close. “We won the vote,” Ines Barlow said. She left early.',
      [{ context: '“We won the vote,” Ines Barlow said.' }]],
    ['a quotation over two sentences: both, from the opening mark’s to the closing mark’s',
      'The hall emptied. “We won. We will win again,” Ines Barlow said. Then she left.',
      [{ context: '“We won. We will win again,” Ines Barlow said.' }]],
    ['the cue after a closed quotation ends its sentence', '“The ferry is saved.” Solberg said. The crowd went home.',
      [{ cue: 'said', context: '“The ferry is saved.” Solberg said.' }]],
    ['a cue the sentence splitter reads apart still comes with it', '“The ferry is saved.” Marit Solberg, the mayor, said. The crowd went home.',
      [{ cue: 'said', context: '“The ferry is saved.” Marit Solberg, the mayor, said.' }]],
    ['a cue before the quotation, with a colon', 'It rained. Ines Barlow told reporters: “We won.” The hall emptied.',
      [{ context: 'Ines Barlow told reporters: “We won.”' }]],
    ['a fragment inside a paraphrase: the whole sentence', 'The council met on Monday. Ines Barlow called the plan “reckless” before the vote. Nobody replied.',
      [{ kind: 'partial', context: 'Ines Barlow called the plan “reckless” before the vote.' }]],
    ['abbreviations keep their stops', 'Sen. Rhoda Quist said U.S. crews were “not welcome in these waters.” The boats left.',
      [{ context: 'Sen. Rhoda Quist said U.S. crews were “not welcome in these waters.”' }]],
    ['a quotation over two paragraphs: both, line break included',
      'The talks opened.\n\n“In the past, our friends asked for help.\n\n“Now they ask us to leave,” Ines Barlow said.\n\nThe talks ended.',
      [{ context: '“In the past, our friends asked for help.\n\n“Now they ask us to leave,” Ines Barlow said.' }]],
    ['a quotation split by its cue: one sentence for both halves', '“We won,” Ines Barlow said, “and we will win again.” Nobody doubted it.', [
      { context: '“We won,” Ines Barlow said, “and we will win again.”' },
      { context: '“We won,” Ines Barlow said, “and we will win again.”' },
    ]],
    ['a quotation after a cued one is a sentence of its own', '“The ferry is saved,” Marit Solberg said. “Again.” She smiled.', [
      { context: '“The ferry is saved,” Marit Solberg said.' },
      { context: '“Again.”' },
    ]],
    ['a quotation inside another: the sentence of the outer one’s words that holds it',
      '“We did well. As my mother said, ‘never give up,’ and we did not,” Ines Barlow said.', [
        { context: '“We did well. As my mother said, ‘never give up,’ and we did not,” Ines Barlow said.' },
        { text: 'never give up,', context: 'As my mother said, ‘never give up,’ and we did not,' },
      ]],
  ])('%s', check(CONTEXT));

  it.each<Row>([
    ['a scare quote', 'The storm passed. The so-called “experts” left town. Nobody cared.',
      [{ kind: 'scare', context: 'The so-called “experts” left town.' }]],
    ['an opening mark never closed, after the last quotation: from its mark to its paragraph’s end',
      'The mayor spoke. “We won,” she said.\n\nIt rained. “We will never close the door. Not now, she added.\n\nThe end.', [
        { context: '“We won,” she said.' },
        { kind: 'unclosed', context: '“We will never close the door. Not now, she added.' },
      ]],
  ])('%s (all kinds)', check({ ...ALL, ...CONTEXT }));

  it('is a stretch of the article: its offsets hold its text, and it holds the quotation', () => {
    const article = 'Intro 😀. “We won,” Ines Barlow said. “Again 😀,” she said.\n\n“Never,” she added.';
    const points = Array.from(article);
    const quotes = extractQuotes(article, CONTEXT);
    expect(quotes.map((q) => q.context!.text)).toEqual(['“We won,” Ines Barlow said.', '“Again 😀,” she said.', '“Never,” she added.']);
    for (const q of quotes) {
      expect(points.slice(q.context!.start, q.context!.end).join('')).toBe(q.context!.text);
      expect(q.context!.start <= q.start && q.end <= q.context!.end).toBe(true);
    }
  });

  it('is not there unless asked for', () => {
    expect(extractQuotes('“We won,” Ines Barlow said.').map((q) => 'context' in q)).toEqual([false]);
    expect(extractQuotes('“We won,” Ines Barlow said.', { context: false }).map((q) => 'context' in q)).toEqual([false]);
  });
});
