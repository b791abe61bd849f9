import { describe, expect, it, vi } from 'vitest';
import { keepQuotes, onlyKinds } from '../../src/cli/filters.js';
import type { Quote, QuoteKind } from '../../src/core/types.js';
import type { FileResult, Formatter } from '../../src/format/record.js';
import { quote } from '../helpers/quotes.js';
import { runMain } from '../helpers/run-main.js';
import { tmpDir } from '../helpers/tmp.js';

// --kind and --min-confidence in every view and format, on a fake extractor: every “…” a
// direct quotation, “…” (scare) a scare quote, `said Name?` an unsure speaker (0.3)
vi.mock('../../src/core/extract.js', async () => ({
  extractQuotes: (await import('../helpers/fake-extract.js')).fakeExtract,
}));

const cwd = tmpDir({
  'a.txt': '“We will win,” said Ann. The so-called “experts” (scare) doubt it.\n“Maybe,” said Bob?\n',
  'b.txt': '“Soon,” said Ann.\n',
});
const run = (argv: string[]) => runMain(argv, { cwd });
const ndjson = (stdout: string) => stdout.trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Quote & { file: string });

/** A formatter that gives back what it is handed, as JSON. */
const echo: Formatter = { begin: () => '', file: (result) => [JSON.stringify(result)], failed: () => '', end: () => '' };
const seen = (formatter: Formatter, result: FileResult) => JSON.parse([...formatter.file(result)].join('')) as FileResult;

describe('onlyKinds', () => {
  // “A ‘b “c” d’ e” with a scare quote “f”: a direct quotation holding a title holding a partial
  const file = (): FileResult => ({
    file: 'a.txt',
    encoding: 'utf-8',
    quotes: [
      quote({ index: 0, kind: 'direct', parent: null }),
      quote({ index: 1, kind: 'title', parent: 0 }),
      quote({ index: 2, kind: 'partial', parent: 1 }),
      quote({ index: 3, kind: 'scare', parent: null }),
    ],
    marks: [['“', '”'], ['‘', '’'], ['“', '”'], ['«', '»']],
  });

  it.each([
    ['speech', ['direct', 'partial'], [[0, 'direct', null, '“'], [1, 'partial', 0, '“']]],
    ['titles and scare quotes', ['title', 'scare'], [[0, 'title', null, '‘'], [1, 'scare', null, '«']]],
    ['partial fragments alone', ['partial'], [[0, 'partial', null, '“']]],
  ] as const)('lists %s, numbered again, each under its nearest listed quotation, its marks kept', (_name, kinds, expected) => {
    const result = seen(onlyKinds(echo, kinds as readonly QuoteKind[]), file());
    expect(result.quotes.map((q, i) => [q.index, q.kind, q.parent, result.marks![i]![0]])).toEqual(expected);
  });

  it('leaves records as they are in keepQuotes: their index and parent are those of the full listing', () => {
    const result = seen(keepQuotes(echo, (q) => q.kind !== 'title'), file());
    expect(result.quotes.map((q) => [q.index, q.parent])).toEqual([[0, null], [2, 1], [3, null]]);
  });
});

describe('whosaid --kind', () => {
  it('lists only the kinds asked for, repeated or as a list, in the table', async () => {
    expect(await run(['--kind', 'scare', 'a.txt'])).toEqual({
      code: 0,
      stdout: `(unattributed)  ${'“experts” (scare)'.padEnd(56)}  line 1\n\n1 quote from 0 speakers in 1 file (1 unattributed)\n`,
      stderr: '',
    });
    expect(await run(['--kind', 'direct', '--kind', 'scare', 'a.txt'])).toEqual(await run(['--kind', 'direct,scare', 'a.txt']));
  });

  it('writes what the default writes for --kind direct,partial, and what --all writes for every kind', async () => {
    expect(await run(['--ndjson', '--kind', 'direct,partial', 'a.txt', 'b.txt'])).toEqual(await run(['--ndjson', 'a.txt', 'b.txt']));
    expect(await run(['--ndjson', '--kind', 'direct,partial,scare,title,headline,unclosed', 'a.txt'])).toEqual(await run(['--ndjson', '--all', 'a.txt']));
  });

  it('numbers the listed records of each file from 0, in NDJSON, JSON and CSV alike', async () => {
    const { code, stdout, stderr } = await run(['--ndjson', '--kind', 'scare', 'a.txt']);
    expect([code, stderr]).toEqual([0, '']);
    expect(ndjson(stdout).map((r) => [r.index, r.kind, r.text])).toEqual([[0, 'scare', 'experts']]);
    const json = JSON.parse((await run(['--json', '--kind', 'scare', 'a.txt'])).stdout) as { files: { quotes: Quote[] }[] };
    expect(json.files[0]!.quotes.map((q) => [q.index, q.kind])).toEqual([[0, 'scare']]);
    expect((await run(['--csv', '--kind', 'scare', 'a.txt'])).stdout.split('\r\n')[1]).toMatch(/^a\.txt,0,experts,/);
  });

  it.each([
    [['--kind', 'speech', 'a.txt'], "whosaid: option '--kind <kind>' argument 'speech' is invalid. It must be one of direct, partial, scare, title, headline, unclosed, indirect, turn."],
    [['--kind', 'direct,', 'a.txt'], "whosaid: option '--kind <kind>' argument 'direct,' is invalid. It must be one of direct, partial, scare, title, headline, unclosed, indirect, turn."],
    [['--all', '--kind', 'scare', 'a.txt'], "whosaid: option '--all' cannot be used with option '--kind <kind>'"],
  ])('refuses %j with exit 2', async (argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr: `${message}\nTry 'whosaid --help' for more information.\n` });
  });
});

describe('whosaid --min-confidence', () => {
  it('keeps the records at least that sure, in the table', async () => {
    expect(await run(['--min-confidence', '0.5', 'a.txt'])).toEqual({
      code: 0,
      stdout: `Ann  ${'“We will win,”'.padEnd(67)}  line 1\n\n1 quote from 1 speaker in 1 file\n`,
      stderr: '',
    });
  });

  it.each([
    ['0.3 keeps an attribution of 0.3', '0.3', ['We will win,', 'Maybe,']],
    ['0.31 does not', '0.31', ['We will win,']],
    ['0 keeps all, unattributed ones too', '0', ['We will win,', 'Maybe,']],
    ['1 keeps none here', '1', []],
  ])('compares with ≥: %s', async (_name, p, texts) => {
    const { code, stdout, stderr } = await run(['--ndjson', '--min-confidence', p, 'a.txt']);
    expect([code, stderr]).toEqual([0, '']);
    expect(ndjson(stdout).map((r) => r.text)).toEqual(texts);
  });

  it('keeps the index of each record, as --speaker does', async () => {
    const { stdout } = await run(['--ndjson', '--min-confidence', '0.5', '--all', 'a.txt']);
    expect(ndjson(stdout).map((r) => [r.index, r.text])).toEqual([[0, 'We will win,']]);
    const unsure = ndjson((await run(['--ndjson', '--min-confidence', '0.3', '--speaker', 'bob', 'a.txt'])).stdout);
    expect(unsure.map((r) => [r.index, r.speaker])).toEqual([[1, 'Bob']]);
  });

  it('counts only those records in --by-speaker, as a table and as JSON', async () => {
    expect(await run(['--by-speaker', '--min-confidence', '0.5', 'a.txt', 'b.txt'])).toEqual({
      code: 0,
      stdout: 'speaker  type    gender  quotes  words  files\nAnn      person               2      4      2\n\n' +
        '2 quotes from 1 speaker in 2 files: 2 named, 0 unnamed, 0 none\nby gender: female 0%, male 0%, unknown 100%\n',
      stderr: '',
    });
    const json = JSON.parse((await run(['--by-speaker', '--json', '--min-confidence', '0', 'a.txt'])).stdout) as { speakers: { speaker: string }[] };
    expect(json.speakers.map((s) => s.speaker)).toEqual(['Ann', 'Bob']);
  });

  it('marks only the kept quotations in --show', async () => {
    expect((await run(['--show', '--min-confidence', '0.5', 'a.txt'])).stdout).toBe(
      '“We will win,” ⟦Ann⟧ said Ann. The so-called “experts” (scare) doubt it.\n“Maybe,” said Bob?\n',
    );
  });

  it.each(['1.5', '-0.1', 'high', '', '0.5.1'])('refuses %j with exit 2', async (p) => {
    expect(await run(['--min-confidence', p, 'a.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `whosaid: option '--min-confidence <p>' argument '${p}' is invalid. It must be a number from 0 to 1.\nTry 'whosaid --help' for more information.\n`,
    });
  });
});
