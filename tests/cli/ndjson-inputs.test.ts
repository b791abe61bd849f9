import { describe, expect, it, vi } from 'vitest';
import { parseRecord } from '../../src/cli/ndjson-inputs.js';
import { runMain } from '../helpers/run-main.js';
import { tmpDir } from '../helpers/tmp.js';
import { fakeWorkers } from '../helpers/workers.js';

// --input ndjson: records {"id", "text"} in, quote records out with `file` set to the id.

vi.mock('../../src/core/extract.js', async () => ({
  extractQuotes: (await import('../helpers/fake-extract.js')).fakeExtract,
}));

const line = (value: unknown) => JSON.stringify(value) + '\n';
const GOOD = line({ id: 'doc-1', text: '“One,” said Ann.' }) + line({ id: 2, text: '“Two,” said Bob.', url: 'ignored' });

const cwd = tmpDir({
  'a.ndjson': GOOD,
  'b.jsonl': 'not json\n' + line({ id: 'doc-3', text: '“Three,” said Cy.' }),
});
const run = (argv: string[], options: Parameters<typeof runMain>[1] = {}) => runMain(argv, { cwd, ...options });

/** An NDJSON output line of the fake extractor for `“<text>,” said <speaker>.` at the start of a text. */
const record = (file: string, text: string, speaker: string) =>
  line({
    file, index: 0, text, start: 0, end: text.length + 2, line: 1, column: 1, kind: 'direct', speaker,
    role: null, mention: null, cue: null, via: null, parent: null, confidence: 0.9, method: 'cue', speakerType: 'person', gender: null,
  });

describe('--input ndjson', () => {
  it('reads records from standard input and files their quotations under the ids', async () => {
    expect(await run(['--input', 'ndjson', '--ndjson'], { stdin: GOOD })).toEqual({
      code: 0,
      stdout: record('doc-1', 'One,', 'Ann') + record('2', 'Two,', 'Bob'),
      stderr: '',
    });
  });

  it('reports each bad line as <source>:<line>, goes on, and exits 1 at the end', async () => {
    const stdin = [
      line({ id: 'a', text: '“A,” said Ann.' }),
      '{"id": "b", "text": \n',
      '\n',
      '   \n',
      line(['an', 'array']),
      line({ id: 'c' }),
      line({ id: 'd', text: 42 }),
      line({ id: true, text: 'x' }),
      line({ id: 'e', text: '“E,” said Eve.' }),
    ].join('');
    expect(await run(['--input', 'ndjson', '--ndjson'], { stdin })).toEqual({
      code: 1,
      stdout: record('a', 'A,', 'Ann') + record('e', 'E,', 'Eve'),
      stderr: [
        'whosaid: -:2: not valid JSON',
        'whosaid: -:5: not a JSON object',
        'whosaid: -:6: no "text" field',
        'whosaid: -:7: "text" is not a string',
        'whosaid: -:8: "id" is not a string or a number',
        '',
      ].join('\n'),
    });
  });

  it('names a record without an id after its place', async () => {
    const stdin = line({ text: '“Anon,” said Ann.' }) + line({ id: null, text: '“Null,” said Bob.' });
    const { code, stdout, stderr } = await run(['--input', 'ndjson', '--ndjson'], { stdin });
    expect([code, stdout, stderr]).toEqual([0, record('-:1', 'Anon,', 'Ann') + record('-:2', 'Null,', 'Bob'), '']);
  });

  it('reads the files given, in order, and names them in diagnostics', async () => {
    expect(await run(['--input', 'ndjson', '--ndjson', 'a.ndjson', 'missing.ndjson', 'b.jsonl'])).toEqual({
      code: 1,
      stdout: record('doc-1', 'One,', 'Ann') + record('2', 'Two,', 'Bob') + record('doc-3', 'Three,', 'Cy'),
      stderr: 'whosaid: missing.ndjson: no such file or directory\nwhosaid: b.jsonl:1: not valid JSON\n',
    });
  });

  it('takes CRLF line ends, a byte order mark, and a last line without a line end', async () => {
    const stdin = '\uFEFF' + line({ id: 'a', text: '“A,” said Ann.' }).replace('\n', '\r\n') + JSON.stringify({ id: 'b', text: '“B,” said Bob.' });
    expect(await run(['--input', 'ndjson', '--ndjson'], { stdin })).toEqual({ code: 0, stdout: record('a', 'A,', 'Ann') + record('b', 'B,', 'Bob'), stderr: '' });
  });

  it('skips a line longer than --max-size and reads on', async () => {
    const long = line({ id: 'long', text: 'x'.repeat(2000) });
    const stdin = long + line({ id: 'a', text: '“A,” said Ann.' });
    expect(await run(['--input', 'ndjson', '--ndjson', '--max-size', '0.001'], { stdin })).toEqual({
      code: 1,
      stdout: record('a', 'A,', 'Ann'),
      stderr: 'whosaid: -:1: line is longer than 1049 bytes (raise the limit with --max-size <MiB>)\n',
    });
  });

  it('gives a line that is not UTF-8 as a bad line', async () => {
    const stdin = Buffer.concat([Buffer.from('{"id": "x", "text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n'), Buffer.from(line({ id: 'a', text: '“A,” said Ann.' }))]);
    expect(await run(['--input', 'ndjson', '--ndjson'], { stdin })).toEqual({ code: 1, stdout: record('a', 'A,', 'Ann'), stderr: 'whosaid: -:1: not valid UTF-8\n' });
  });

  it('works with every output format', async () => {
    const stdin = line({ id: 'doc-1', text: '“One,” said Ann.' }) + 'oops\n';
    const json = await run(['--input', 'ndjson', '--json'], { stdin });
    expect([json.code, json.stderr]).toEqual([1, 'whosaid: -:2: not valid JSON\n']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      schemaVersion: 1,
      files: [
        { file: 'doc-1', encoding: 'utf-8', quotes: [{ index: 0, text: 'One,', speaker: 'Ann' }] },
        { file: '-:2', encoding: null, quotes: [], error: 'not valid JSON' },
      ],
    });
    const csv = await run(['--input', 'ndjson', '--csv'], { stdin });
    expect([csv.code, csv.stderr]).toEqual([1, 'whosaid: -:2: not valid JSON\n']);
    expect(csv.stdout.split('\r\n')[1]).toBe('doc-1,0,"One,",0,6,1,1,direct,Ann,,,,,,0.9,cue,person,');
    const table = await run(['--input', 'ndjson'], { stdin });
    expect([table.code, table.stderr]).toEqual([1, 'whosaid: -:2: not valid JSON\n']);
    expect(table.stdout).toMatch(/Ann +“One,” +doc-1:1\n/);
  });

  it('gives the same output with worker threads', async () => {
    const stdin = Array.from({ length: 20 }, (_, i) => line({ id: `r${i}`, text: `“Q${i},” said Ann.` })).join('') + 'bad\n';
    const one = await run(['--input', 'ndjson', '--ndjson', '--jobs', '1'], { stdin });
    const three = await run(['--input', 'ndjson', '--ndjson', '--jobs', '3'], { stdin, workers: fakeWorkers });
    expect(three).toEqual(one);
    expect([one.code, one.stderr, one.stdout.split('\n').length]).toEqual([1, 'whosaid: -:21: not valid JSON\n', 21]);
  });

  it('refuses an unknown --input as a usage error', async () => {
    expect(await run(['--input', 'xml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "whosaid: option '--input <format>' argument 'xml' is invalid. Allowed choices are text, ndjson.\nTry 'whosaid --help' for more information.\n",
    });
  });
});

describe('parseRecord', () => {
  it.each([
    ['{"id":"a","text":"t"}', { id: 'a', text: 't' }],
    ['{"id":7,"text":"t","extra":[1]}', { id: '7', text: 't' }],
    ['{"text":""}', { id: undefined, text: '' }],
    ['{"id":null,"text":"t"}', { id: undefined, text: 't' }],
    ['{"id":"a","text":"t"', { error: 'not valid JSON' }],
    ['"text"', { error: 'not a JSON object' }],
    ['null', { error: 'not a JSON object' }],
    ['[{"text":"t"}]', { error: 'not a JSON object' }],
    ['{"id":"a"}', { error: 'no "text" field' }],
    ['{"text":null}', { error: '"text" is not a string' }],
    ['{"id":{"n":1},"text":"t"}', { error: '"id" is not a string or a number' }],
    // a number id as it is written: past 2^53, past the largest double, with the zeros it has
    ['{"id":1790000000000000001,"text":"t"}', { id: '1790000000000000001', text: 't' }],
    ['{"id":1790000000000000002,"text":"t"}', { id: '1790000000000000002', text: 't' }],
    ['{"id": 1e400, "text":"t"}', { id: '1e400', text: 't' }],
    ['{"id":-1.50E+3,"text":"t"}', { id: '-1.50E+3', text: 't' }],
    ['{"text":"t", "id" : 12}', { id: '12', text: 't' }],
    // only the top-level id counts, the last of two, and a key spelt with an escape is the same key
    ['{"meta":{"id":5},"list":[{"id":6}],"text":"t","id":7}', { id: '7', text: 't' }],
    ['{"id":1,"id":2,"text":"t"}', { id: '2', text: 't' }],
    ['{"\\u0069d":3,"text":"t"}', { id: '3', text: 't' }],
    ['{"text":"say \\"id\\": 9","id":10}', { id: '10', text: 'say "id": 9' }],
  ])('%s', (input, expected) => {
    expect(parseRecord(input)).toEqual(expected);
  });
});
