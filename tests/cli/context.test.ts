/**
 * `--context`: each record with the sentence that holds its quotation, in every data format and
 * under the quotation in the table; every output without it as it always was. On the real core:
 * the sentences are the core's to find.
 */
import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/format/csv.js';
import { runMain } from '../helpers/run-main.js';
import { tmpDir } from '../helpers/tmp.js';

const HARBOUR =
  'The harbour board met on Monday. “We will not close the harbour,” Vera Lindqvist said. Her voice was calm.\n\n' +
  'Tom Berg called the plan “a gamble” before the vote. “It failed once. It will fail again,” he said.\n';
/** The contexts of HARBOUR's three quotations, and where they stand. */
const CONTEXTS = [
  { text: '“We will not close the harbour,” Vera Lindqvist said.', start: 33, end: 86 },
  { text: 'Tom Berg called the plan “a gamble” before the vote.', start: 108, end: 160 },
  { text: '“It failed once. It will fail again,” he said.', start: 161, end: 207 },
];

const cwd = tmpDir({
  'harbour.txt': HARBOUR,
  'ferry.txt': 'It rained all week.\n\n“The ferry is saved,” Marit Solberg said. “Again.” She smiled.\n',
  'copy/harbour.txt': HARBOUR,
});
const run = (argv: string[], options: Parameters<typeof runMain>[1] = {}) => runMain(argv, { cwd, ...options });
const ndjson = (stdout: string) => stdout.split('\n').slice(0, -1).map((line) => JSON.parse(line) as Record<string, unknown>);

describe('whosaid --context', () => {
  it('adds context to each NDJSON record, last, and leaves the rest of each line as it is without it', async () => {
    const plain = await run(['--ndjson', 'harbour.txt']);
    const { code, stdout, stderr } = await run(['--ndjson', '--context', 'harbour.txt']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect([plain.code, plain.stderr]).toEqual([0, '']);
    const lines = stdout.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1)).toEqual(plain.stdout.split('\n').slice(0, -1).map((line, i) => `${line.slice(0, -1)},"context":${JSON.stringify(CONTEXTS[i])}}`));
    for (const record of ndjson(stdout)) expect(Object.keys(record).at(-1)).toBe('context');
    // offsets into the article as start and end are: code points, half-open
    for (const { text, start, end } of CONTEXTS) expect(Array.from(HARBOUR).slice(start, end).join('')).toBe(text);
  });

  it('adds context to each quote of the JSON document, last, the document otherwise as without it', async () => {
    const plain = await run(['--json', 'harbour.txt', 'ferry.txt']);
    const { code, stdout, stderr } = await run(['--json', '--context', 'harbour.txt', 'ferry.txt']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const document = JSON.parse(stdout) as { schemaVersion: number; files: Array<{ quotes: Array<Record<string, unknown>> }> };
    expect(document.schemaVersion).toBe(1);
    expect(document.files.map((f) => f.quotes.map((q) => q.context))).toEqual([
      CONTEXTS,
      [
        { text: '“The ferry is saved,” Marit Solberg said.', start: 21, end: 62 },
        { text: '“Again.”', start: 63, end: 71 },
      ],
    ]);
    for (const f of document.files) for (const q of f.quotes) delete q.context;
    expect(JSON.stringify(document, null, 2) + '\n').toBe(plain.stdout);
  });

  it('adds three CSV columns at the end: context, contextStart, contextEnd', async () => {
    const plain = await run(['--csv', 'harbour.txt']);
    const { code, stdout, stderr } = await run(['--csv', '--context', 'harbour.txt']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const [header, ...rows] = plain.stdout.split('\r\n');
    expect(stdout).toBe(
      [header + ',context,contextStart,contextEnd', ...rows.slice(0, -1).map((row, i) => `${row},${csvField(CONTEXTS[i]!.text)},${CONTEXTS[i]!.start},${CONTEXTS[i]!.end}`), ''].join('\r\n'),
    );
  });

  it('shows the context dim under each quotation in the table at a terminal, wrapped to its column', async () => {
    // 80 columns: speaker 14, location 6, quotation 56 (the context set in by 2)
    const { code, stdout, stderr } = await run(['--context', 'harbour.txt'], { stdoutIsTTY: true, columns: 80, env: { NO_COLOR: '1' } });
    const row = (name: string, quotation: string, line: number) => `${name.padEnd(14)}  ${quotation.padEnd(56)}  line ${line}`;
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(
      [
        row('Vera Lindqvist', '“We will not close the harbour,”', 1),
        '                  “We will not close the harbour,” Vera Lindqvist said.',
        row('Tom Berg', '“a gamble”', 3),
        '                  Tom Berg called the plan “a gamble” before the vote.',
        row('Tom Berg', '“It failed once. It will fail again,”', 3),
        '                  “It failed once. It will fail again,” he said.',
        '',
        '3 quotes from 2 speakers in 1 file',
        '',
      ].join('\n'),
    );
    const colored = await run(['--context', 'harbour.txt'], { stdoutIsTTY: true, columns: 80, env: { FORCE_COLOR: '1' } });
    expect([colored.code, colored.stderr]).toEqual([0, '']);
    expect(colored.stdout).toContain('                  \u001b[2m“We will not close the harbour,” Vera Lindqvist said.\u001b[22m\n');
    expect(colored.stdout.replace(/\u001b\[\d+m/g, '')).toBe(stdout);
  });

  it('stacks the context under the quotation on a narrow terminal, no line wider than it', async () => {
    const { code, stdout, stderr } = await run(['--context', 'ferry.txt'], { stdoutIsTTY: true, columns: 34, env: { NO_COLOR: '1' } });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(34);
    expect(stdout).toBe(
      [
        'Marit Solberg · line 3',
        '  “The ferry is saved,”',
        '    “The ferry is saved,” Marit',
        '    Solberg said.',
        'Marit Solberg · line 3',
        '  “Again.”',
        '    “Again.”',
        '',
        '2 quotes from 1 speaker in 1 file',
        '',
      ].join('\n'),
    );
  });

  it('changes nothing in --show and --by-speaker, which do not print it', async () => {
    for (const view of [['--show'], ['--by-speaker'], ['--by-speaker', '--json']]) {
      const plain = await run([...view, 'harbour.txt', 'ferry.txt']);
      expect(await run([...view, '--context', 'harbour.txt', 'ferry.txt'])).toEqual(plain);
      expect(plain.code).toBe(0);
    }
  });

  it('gives the same records from worker threads (--jobs)', async () => {
    const workers = { script: new URL('../../dist/cli/worker.js', import.meta.url) };
    const threaded = await run(['--ndjson', '--context', '--jobs', '2', 'harbour.txt', 'ferry.txt', 'copy/harbour.txt'], { cores: 2, workers });
    expect(threaded).toEqual(await run(['--ndjson', '--context', '--jobs', '1', 'harbour.txt', 'ferry.txt', 'copy/harbour.txt']));
    expect(ndjson(threaded.stdout).map((r) => (r.context as { text: string }).text)).toEqual([
      ...CONTEXTS.map((c) => c.text), '“The ferry is saved,” Marit Solberg said.', '“Again.”', ...CONTEXTS.map((c) => c.text),
    ]);
  });
});
