import { describe, expect, it } from 'vitest';
import { createBySpeakerFormatter, type SummaryFormat } from '../../src/format/by-speaker.js';
import { countWords, SpeakerTally } from '../../src/format/speaker-tally.js';
import type { FileResult } from '../../src/format/record.js';
import { fileResult, joined, quote } from '../helpers/quotes.js';

const lavrov = (fields = {}) => quote({ speaker: 'Sergey Lavrov', role: 'foreign minister', text: 'We will not', ...fields });
const putin = (fields = {}) => quote({ speaker: 'Vladimir Putin', role: 'President', text: 'one two three four', ...fields });

/** The summary of a run over `results`, in `format`. */
function summarize(results: FileResult[], format: SummaryFormat = 'json', interrupted = false): string {
  const formatter = createBySpeakerFormatter({ format, width: 80 });
  return formatter.begin() + results.map((result) => joined(formatter.file(result))).join('') + formatter.end(interrupted);
}

describe('by speaker', () => {
  it('merges a speaker across files by canonical name: quotes, words and files counted', () => {
    const results = [
      fileResult('a.txt', [lavrov(), putin(), lavrov({ role: null, text: 'Never.' })]),
      fileResult('b.txt', [lavrov({ role: 'minister' })]),
      fileResult('c.txt', [putin()]),
    ];
    expect(JSON.parse(summarize(results))).toEqual({
      schemaVersion: 1,
      speakers: [
        { speaker: 'Sergey Lavrov', role: 'foreign minister', quotes: 3, words: 7, files: 2 },
        { speaker: 'Vladimir Putin', role: 'President', quotes: 2, words: 8, files: 2 },
      ],
    });
  });

  it('counts a relayed quotation for its speaker, not for the relay', () => {
    const twain = quote({ speaker: 'Mark Twain', role: null, via: 'Vladimir Putin', method: 'relay', text: 'The reports of my death are greatly exaggerated' });
    const { speakers } = JSON.parse(summarize([fileResult('a.txt', [putin(), twain])]));
    expect(speakers).toEqual([
      { speaker: 'Mark Twain', role: null, quotes: 1, words: 8, files: 1 },
      { speaker: 'Vladimir Putin', role: 'President', quotes: 1, words: 4, files: 1 },
    ]);
  });

  it('gathers unattributed quotations last, and leaves out what is not speech and unreadable files', () => {
    const results = [
      fileResult('a.txt', [quote({ speaker: null, role: null, text: 'Where?' }), quote({ speaker: null, kind: 'scare', text: 'experts' }), putin({ kind: 'partial' })]),
      { file: 'bad.txt', encoding: null, quotes: [], error: 'binary file' },
    ];
    expect(JSON.parse(summarize(results)).speakers).toEqual([
      { speaker: 'Vladimir Putin', role: 'President', quotes: 1, words: 4, files: 1 },
      { speaker: null, role: null, quotes: 1, words: 1, files: 1 },
    ]);
  });

  it('orders by quotes, then words, then name', () => {
    const results = [fileResult('a.txt', [quote({ speaker: 'B', text: 'x' }), quote({ speaker: 'A', text: 'x' }), quote({ speaker: 'C', text: 'x y' }), quote({ speaker: 'D' }), quote({ speaker: 'D' })])];
    expect(JSON.parse(summarize(results)).speakers.map((s: { speaker: string }) => s.speaker)).toEqual(['D', 'C', 'A', 'B']);
  });

  it('writes nothing while files come in, everything at the end', () => {
    const formatter = createBySpeakerFormatter({ format: 'ndjson' });
    expect([formatter.begin(), joined(formatter.file(fileResult('a.txt', [lavrov()])))]).toEqual(['', '']);
    expect(formatter.end(false)).toBe('{"speaker":"Sergey Lavrov","role":"foreign minister","quotes":1,"words":3,"files":1}\n');
  });

  it('writes an empty list, and says when it was interrupted', () => {
    expect(JSON.parse(summarize([fileResult('a.txt', [])], 'json', true))).toEqual({ schemaVersion: 1, speakers: [], interrupted: true });
  });

  it('writes CSV with a header row', () => {
    expect(summarize([fileResult('a.txt', [lavrov(), quote({ speaker: null, role: null, text: 'Hm' })])], 'csv')).toBe(
      'speaker,role,quotes,words,files\r\nSergey Lavrov,foreign minister,1,3,1\r\n,,1,1,1\r\n',
    );
  });

  it('writes a table with a closing line', () => {
    expect(summarize([fileResult('a.txt', [lavrov(), putin(), lavrov()]), fileResult('b.txt', [quote({ speaker: null, role: null, text: 'Hm' })])], 'table')).toBe(
      [
        'speaker         role              quotes  words  files',
        'Sergey Lavrov   foreign minister       2      6      1',
        'Vladimir Putin  President              1      4      1',
        '(unattributed)                         1      1      1',
        '',
        '2 speakers, 4 quotes in 2 files',
        '',
      ].join('\n'),
    );
  });

  it('keeps counters, not records', () => {
    const tally = new SpeakerTally();
    for (let i = 0; i < 1000; i++) tally.add(fileResult(`${i}.txt`, [lavrov(), putin()]));
    expect(tally.summary().map((s) => [s.speaker, s.quotes, s.files])).toEqual([['Vladimir Putin', 1000, 1000], ['Sergey Lavrov', 1000, 1000]]);
  });

  it.each([
    ['We will win,', 3],
    ['don’t stop — ever', 3],
    ['', 0],
    ['42 per cent', 3],
  ])('counts the words of %j', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('counts words in text without spaces (CJK), not one per quotation', () => {
    expect(countWords('東京都の知事は記者会見で述べた')).toBeGreaterThan(3);
  });
});
