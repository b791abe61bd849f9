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
        { speaker: 'Sergey Lavrov', role: 'foreign minister', quotes: 3, words: 7, files: 2, type: 'person', gender: null, file: null },
        { speaker: 'Vladimir Putin', role: 'President', quotes: 2, words: 8, files: 2, type: 'person', gender: null, file: null },
      ],
      totals: { quotes: 5, named: 5, unnamed: 0, none: 0, female: 0, male: 0, unknown: 5 },
    });
  });

  it('counts a relayed quotation for its speaker, not for the relay', () => {
    const twain = quote({ speaker: 'Mark Twain', role: null, via: 'Vladimir Putin', method: 'relay', text: 'The reports of my death are greatly exaggerated' });
    const { speakers } = JSON.parse(summarize([fileResult('a.txt', [putin(), twain])]));
    expect(speakers).toEqual([
      { speaker: 'Mark Twain', role: null, quotes: 1, words: 8, files: 1, type: 'person', gender: null, file: null },
      { speaker: 'Vladimir Putin', role: 'President', quotes: 1, words: 4, files: 1, type: 'person', gender: null, file: null },
    ]);
  });

  it('gathers unattributed quotations last, and leaves out what is not speech and unreadable files', () => {
    const results = [
      fileResult('a.txt', [quote({ speaker: null, role: null, text: 'Where?' }), quote({ speaker: null, kind: 'scare', text: 'experts' }), putin({ kind: 'partial' })]),
      { file: 'bad.txt', encoding: null, quotes: [], error: 'binary file' },
    ];
    expect(JSON.parse(summarize(results)).speakers).toEqual([
      { speaker: 'Vladimir Putin', role: 'President', quotes: 1, words: 4, files: 1, type: 'person', gender: null, file: null },
      { speaker: null, role: null, quotes: 1, words: 1, files: 1, type: null, gender: null, file: null },
    ]);
  });

  it('orders by quotes, then words, then name', () => {
    const results = [fileResult('a.txt', [quote({ speaker: 'B', text: 'x' }), quote({ speaker: 'A', text: 'x' }), quote({ speaker: 'C', text: 'x y' }), quote({ speaker: 'D' }), quote({ speaker: 'D' })])];
    expect(JSON.parse(summarize(results)).speakers.map((s: { speaker: string }) => s.speaker)).toEqual(['D', 'C', 'A', 'B']);
  });

  it('writes nothing while files come in, everything at the end', () => {
    const formatter = createBySpeakerFormatter({ format: 'ndjson' });
    expect([formatter.begin(), joined(formatter.file(fileResult('a.txt', [lavrov()])))]).toEqual(['', '']);
    expect(formatter.end(false)).toBe('{"speaker":"Sergey Lavrov","role":"foreign minister","quotes":1,"words":3,"files":1,"type":"person","gender":null,"file":null}\n');
  });

  it('writes an empty list, and says when it was interrupted', () => {
    expect(JSON.parse(summarize([fileResult('a.txt', [])], 'json', true))).toEqual({
      schemaVersion: 1, speakers: [], totals: { quotes: 0, named: 0, unnamed: 0, none: 0, female: 0, male: 0, unknown: 0 }, interrupted: true,
    });
  });

  it('writes CSV with a header row', () => {
    expect(summarize([fileResult('a.txt', [lavrov(), quote({ speaker: null, role: null, text: 'Hm' })])], 'csv')).toBe(
      'speaker,role,quotes,words,files,type,gender,file\r\nSergey Lavrov,foreign minister,1,3,1,person,,\r\n,,1,1,1,,,\r\n',
    );
  });

  it('writes a table with a closing line', () => {
    expect(summarize([fileResult('a.txt', [lavrov({ gender: 'male' }), putin(), lavrov()]), fileResult('b.txt', [quote({ speaker: null, role: null, text: 'Hm' })])], 'table')).toBe(
      [
        'speaker         type    role              gender  quotes  words  files',
        'Sergey Lavrov   person  foreign minister  male         2      6      1',
        'Vladimir Putin  person  President                      1      4      1',
        '(unattributed)                                         1      1      1',
        '',
        '4 quotes from 2 speakers in 2 files: 3 named, 0 unnamed, 1 none',
        'by gender: female 0%, male 50%, unknown 50%',
        '',
      ].join('\n'),
    );
  });

  it('keeps a description and the author in their own file, after the named speakers', () => {
    const spokesman = (fields = {}) => quote({ speaker: 'a spokesman', role: null, speakerType: 'description', gender: 'male', text: 'No comment', ...fields });
    const author = quote({ speaker: 'the author', role: null, speakerType: 'author', text: 'I was there' });
    const lines = new SpeakerTally();
    lines.add(fileResult('a.txt', [spokesman(), spokesman(), putin()]));
    lines.add(fileResult('b.txt', [spokesman(), author]));
    expect(lines.summary().map((s) => [s.speaker, s.type, s.file, s.quotes, s.files, s.gender])).toEqual([
      ['Vladimir Putin', 'person', null, 1, 1, null],
      ['a spokesman', 'description', 'a.txt', 2, 1, 'male'],
      ['the author', 'author', 'b.txt', 1, 1, null],
      ['a spokesman', 'description', 'b.txt', 1, 1, 'male'],
    ]);
  });

  it('says in its totals how many quotations are named, unnamed and by nobody, and by gender', () => {
    const results = [fileResult('a.txt', [
      putin({ gender: 'male' }), putin(), quote({ speaker: 'Ilse Varga', gender: 'female' }),
      quote({ speaker: 'officials', speakerType: 'description', role: null }), quote({ speaker: null, speakerType: null, role: null }),
    ])];
    expect(JSON.parse(summarize(results)).totals).toEqual({ quotes: 5, named: 3, unnamed: 1, none: 1, female: 1, male: 2, unknown: 2 });
    expect(summarize(results, 'table').split('\n').slice(-3)).toEqual([
      '5 quotes from 3 speakers in 1 file: 3 named, 1 unnamed, 1 none', 'by gender: female 20%, male 40%, unknown 40%', '',
    ]);
  });

  it.each<[string, string[], string[][]]>([
    ['a surname alone joins the one full name ending in it', ['Sergey Lavrov', 'Lavrov'], [['Sergey Lavrov', '3']]],
    ['so does a titled surname', ['Sergey Lavrov', 'Mr. Lavrov'], [['Sergey Lavrov', '3']]],
    ['a surname two full names end in stays apart', ['Ana Brisk', 'Tom Brisk', 'Brisk'], [['Ana Brisk', '1'], ['Brisk', '1'], ['Tom Brisk', '1']]],
    ['a full name ending otherwise is no match', ['Sergey Lavrova', 'Lavrov'], [['Lavrov', '1'], ['Sergey Lavrova', '2']]],
  ])('%s', (_name, speakers, want) => {
    const tally = new SpeakerTally();
    // the first name twice in a.txt, each other once in b.txt (and the surname with it in a.txt too, counted in one file)
    tally.add(fileResult('a.txt', [quote({ speaker: speakers[0]! }), ...(speakers.length === 2 ? [quote({ speaker: speakers[0]! })] : [])]));
    tally.add(fileResult('b.txt', speakers.slice(1).map((speaker) => quote({ speaker }))));
    const lines = tally.summary();
    expect(lines.map((s) => [s.speaker, String(s.quotes)]).sort()).toEqual(want);
    expect(lines.find((s) => s.speaker === speakers[0])!.files).toBe(speakers.length === 2 && want.length === 1 ? 2 : 1);
  });

  it('counts a file once where both the surname and the full name are quoted in it', () => {
    const tally = new SpeakerTally();
    tally.add(fileResult('a.txt', [quote({ speaker: 'Sergey Lavrov' }), quote({ speaker: 'Lavrov' })]));
    tally.add(fileResult('b.txt', [quote({ speaker: 'Lavrov' })]));
    expect(tally.summary().map((s) => [s.speaker, s.quotes, s.files])).toEqual([['Sergey Lavrov', 3, 2]]);
  });

  it('gives the role stated most often, cleaned of clauses', () => {
    const tally = new SpeakerTally();
    tally.add(fileResult('a.txt', [lavrov({ role: 'the minister who flew in on Monday' }), lavrov({ role: 'the minister' }), lavrov({ role: 'envoy' })]));
    expect(tally.summary()[0]!.role).toBe('the minister');
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
