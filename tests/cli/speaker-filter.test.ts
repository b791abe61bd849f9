import { describe, expect, it } from 'vitest';
import { matchesSpeaker, nameWords, onlySpeaker } from '../../src/cli/speaker-filter.js';
import { createNdjsonFormatter } from '../../src/format/ndjson.js';
import { fileResult, joined, quote } from '../helpers/quotes.js';

const by = (speaker: string | null, mention: string | null = null) =>
  quote({ speaker, mention: mention === null ? null : { text: mention, start: 0, end: mention.length } });

describe('--speaker', () => {
  it.each([
    ['the canonical name', by('Sergey Lavrov'), 'Sergey Lavrov', true],
    ['any case', by('Sergey Lavrov'), 'sergey LAVROV', true],
    ['the surname', by('Sergey Lavrov'), 'lavrov', true],
    ['a surname with a particle', by('Charles de Gaulle'), 'de Gaulle', true],
    ['without accents', by('Elena Márquez'), 'marquez', true],
    ['with spaces around', by('Sergey Lavrov'), '  Lavrov ', true],
    ['the mention the article uses', by('Sergey Lavrov', 'Mr Lavrov'), 'mr lavrov', true],
    ['a possessive mention', by('Vladimir Putin', 'Putin’s'), 'putin', true],
    ['a title before the surname, as mentioned', by('Elena Marquez', 'Mayor Marquez'), 'Mayor Marquez', true],
    ['a first name alone', by('Sergey Lavrov'), 'Sergey', false],
    ['part of a word', by('Sergey Lavrov'), 'lav', false],
    ['someone else', by('Sergey Lavrov'), 'Putin', false],
    ['a pronoun mention', by('Sergey Lavrov', 'He'), 'he', false],
    ['a description mention', by('Sergey Lavrov', 'a spokesman'), 'spokesman', false],
    ['no speaker', by(null), 'lavrov', false],
    ['a titled query, the mention untitled', by('Sergey Lavrov', 'Lavrov'), 'Mr Lavrov', true],
    ['a titled query, the speaker named in full', by('Sergey Lavrov'), 'Mr. Lavrov', true],
    ['an abbreviated title', by('Jeff Landry'), 'Gov. Landry', true],
    ['Dr without its full stop', by('Priya Natarajan'), 'Dr Natarajan', true],
    ['a title with the full name', by('Ilse Varga'), 'Ms Ilse Varga', true],
    ['a title before someone else', by('Sergey Lavrov'), 'Mr Putin', false],
    ['an empty name', by('Sergey Lavrov'), '  ', false],
  ])('matches %s: %s', (_name, q, query, expected) => {
    expect(matchesSpeaker(q, query)).toBe(expected);
  });

  it('gives a relayed quotation to its speaker, not to the relay', () => {
    const twain = quote({ speaker: 'Mark Twain', via: 'Vladimir Putin' });
    expect([matchesSpeaker(twain, 'twain'), matchesSpeaker(twain, 'putin')]).toEqual([true, false]);
  });

  it('makes names comparable', () => {
    expect(nameWords('  Elena  MÁRQUEZ’s ')).toEqual(['elena', 'marquez']);
  });

  it('passes only that speaker’s quotations to any format, their index kept', () => {
    const formatter = onlySpeaker(createNdjsonFormatter(), ['lavrov']);
    const out = joined(formatter.file(fileResult('a.txt', [by('Vladimir Putin'), { ...by('Sergey Lavrov'), index: 1 }])));
    expect(out.split('\n').filter(Boolean).map((line) => JSON.parse(line)).map((r: { index: number; speaker: string }) => [r.index, r.speaker])).toEqual([[1, 'Sergey Lavrov']]);
  });

  it('passes the quotations of any of several speakers', () => {
    const formatter = onlySpeaker(createNdjsonFormatter(), ['lavrov', 'Mr Putin']);
    const out = joined(formatter.file(fileResult('a.txt', [by('Vladimir Putin'), by('Elena Marquez'), by('Sergey Lavrov')])));
    expect(out.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { speaker: string }).speaker)).toEqual(['Vladimir Putin', 'Sergey Lavrov']);
  });

  it('passes on no file without a match when asked to skip them (the table, --show), and every file otherwise', () => {
    const seen: string[] = [];
    const inner = { begin: () => '', file: (r: { file: string }) => (seen.push(r.file), []), failed: () => '', end: () => '' };
    for (const skip of [true, false]) {
      const formatter = onlySpeaker(inner, ['lavrov'], skip);
      formatter.file(fileResult('a.txt', [by('Vladimir Putin')]));
      formatter.file(fileResult('b.txt', [by('Sergey Lavrov')]));
      formatter.file({ file: 'bad.txt', encoding: null, quotes: [], error: 'binary file' });
    }
    expect(seen).toEqual(['b.txt', 'bad.txt', 'a.txt', 'b.txt', 'bad.txt']);
  });
});
