import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { RECORD_FIELDS } from '../../src/format/record.js';
import { collector, openStdin, runMain, startMain, until } from '../helpers/run-main.js';
import { isRoot, tmpDir, utf16 } from '../helpers/tmp.js';

// CLI behaviour without depending on how well the core attributes: a fake extractor
// (every “…”; "said Name" after it names the speaker; EXPLODE throws)
vi.mock('../../src/core/extract.js', async () => ({
  extractQuotes: (await import('../helpers/fake-extract.js')).fakeExtract,
}));

const ESC = '\u001b';
const version = (JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const cwd = tmpDir({
  'a.txt': '“One,” said Ann.\n“Two,” said Ann.\n',
  'b.txt': 'Intro.\n“Three,” said Bob.\n',
  'none.txt': 'No quotations here.\n',
  'empty.txt': '',
  'utf8-bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('“Bom,” said Cy.')]),
  'utf16le.txt': utf16('“Le,” said Di.', 'le'),
  'utf16be.txt': utf16('“Be,” said Ed.', 'be'),
  'cp1252.txt': new Uint8Array([0x93, 0x57, 0x69, 0x6e, 0x2c, 0x94, 0x20, ...Buffer.from('said Flo.')]),
  'binary.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
  'explode.txt': '“Boom,” said Gus. EXPLODE',
  'huge.txt': '“Vast,” said Hu. HUGE',
  'dir/x.txt': '“X,” said Xi.',
  'dir/sub/y.md': '“Y,” said Yu.',
  'dir/skip.png': 'not read',
  'bare/README': 'no text files here',
});
fs.symlinkSync('loop', path.join(cwd, 'loop'));
fs.mkdirSync(path.join(cwd, 'pipes'));
execFileSync('mkfifo', [path.join(cwd, 'pipes/fifo.txt')]);

/** The records of an NDJSON output. */
const records = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
const run = (argv: string[], options: Parameters<typeof runMain>[1] = {}) => runMain(argv, { cwd, ...options });

describe('whosaid: help, version and usage errors', () => {
  it('prints help with worked examples on stdout', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^Usage: whosaid \[options\] \[paths\.\.\.\]/);
    for (const option of ['--json', '--ndjson', '--csv', '--all', '--color <when>', '--max-size <MiB>', '--bom', '--quiet', '--version']) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain('Examples:');
    expect(stdout).toContain('| jq');
  });

  it('prints the version of package.json', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    ['an unknown option', ['--jsn', 'a.txt'], "whosaid: unknown option '--jsn' (did you mean --json?)"],
    ['--json with --csv', ['--json', '--csv', 'a.txt'], "whosaid: option '--json' cannot be used with option '--csv'"],
    ['--ndjson with --json', ['--ndjson', '--json', 'a.txt'], "whosaid: option '--json' cannot be used with option '--ndjson'"],
    ['--csv with --ndjson', ['--csv', '--ndjson', 'a.txt'], "whosaid: option '--ndjson' cannot be used with option '--csv'"],
    ['a bad --color', ['--color', 'sometimes', 'a.txt'], "whosaid: option '--color <when>' argument 'sometimes' is invalid. Allowed choices are auto, always, never."],
    ['a bad --max-size', ['--max-size', 'lots', 'a.txt'], "whosaid: option '--max-size <MiB>' argument 'lots' is invalid. It must be a number of MiB above 0 and at most 500."],
    ['a zero --max-size', ['--max-size', '0', 'a.txt'], "whosaid: option '--max-size <MiB>' argument '0' is invalid. It must be a number of MiB above 0 and at most 500."],
    ['--max-size without a value', ['a.txt', '--max-size'], "whosaid: option '--max-size <MiB>' argument missing"],
    ['--bom without --csv', ['--bom', 'a.txt'], "whosaid: option '--bom' applies only to --csv"],
  ])('exits 2 on %s, with one line and a hint on stderr', async (_name, argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr: `${message}\nTry 'whosaid --help' for more information.\n` });
  });

  it('prints usage and exits 2 with no argument at a terminal', async () => {
    const { code, stdout, stderr } = await run([], { stdinIsTTY: true });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^whosaid: no input: .*\nUsage: whosaid \[options\] \[paths\.\.\.\]\nTry 'whosaid --help' for more information\.\n$/);
  });
});

describe('whosaid: inputs', () => {
  it('reads piped standard input when no path is given, as file -', async () => {
    const { code, stdout, stderr } = await run(['--ndjson'], { stdin: '“Piped,” said Pia.' });
    expect([code, stderr]).toEqual([0, '']);
    expect(records(stdout)).toMatchObject([{ file: '-', text: 'Piped,', speaker: 'Pia' }]);
  });

  it('reads standard input for -, among files, once', async () => {
    const { code, stdout, stderr } = await run(['--ndjson', 'b.txt', '-', 'a.txt', '-'], { stdin: '“In,” said Ivo.' });
    expect([code, stderr]).toEqual([0, '']);
    expect(records(stdout).map((r) => [r.file, r.text])).toEqual([['b.txt', 'Three,'], ['-', 'In,'], ['a.txt', 'One,'], ['a.txt', 'Two,']]);
  });

  it('walks directories for text files in sorted order and expands globs', async () => {
    const { code, stdout, stderr } = await run(['--ndjson', 'dir', '[ab].txt']);
    expect([code, stderr]).toEqual([0, '']);
    expect(records(stdout).map((r) => r.file)).toEqual(['dir/sub/y.md', 'dir/x.txt', 'a.txt', 'a.txt', 'b.txt']);
  });

  it('exits 0 when the run finds no quotation', async () => {
    expect(await run(['--ndjson', 'none.txt', 'empty.txt'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reports every input it cannot read on stderr, processes the rest, and exits 1', async () => {
    const argv = ['--ndjson', 'a.txt', 'missing.txt', 'binary.txt', 'loop', 'pipes', 'bare', '*.docx', 'b.txt'];
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(1);
    expect(stderr).toBe(
      [
        'whosaid: missing.txt: no such file or directory',
        'whosaid: binary.txt: binary file (contains NUL bytes)',
        'whosaid: loop: too many levels of symbolic links',
        // a named pipe met in a directory is never read
        'whosaid: pipes/fifo.txt: not a regular file (named pipe)',
        'whosaid: bare: no text files in this directory (looked for *.txt, *.text, *.md)',
        'whosaid: *.docx: no files matching the pattern were found',
        '',
      ].join('\n'),
    );
    expect(records(stdout).map((r) => r.file)).toEqual(['a.txt', 'a.txt', 'b.txt']);
  });

  it('writes a name with a line break or an escape sequence escaped on stderr, and as it is in the data', async () => {
    const dir = tmpDir({ 'odd/two\nlines.txt': new Uint8Array([0]), 'odd/clear\u001b[2J.txt': '“Hi,” said Ann.' });
    const { code, stdout, stderr } = await run(['--ndjson', 'odd', 'gone\n\u001b[31m.txt'], { cwd: dir });
    expect([code, stderr]).toEqual([
      1,
      'whosaid: odd/two\\nlines.txt: binary file (contains NUL bytes)\nwhosaid: gone\\n\\x1b[31m.txt: no such file or directory\n',
    ]);
    expect(records(stdout).map((r) => r.file)).toEqual(['odd/clear\u001b[2J.txt']);
  });

  it('reads a UTF-8 file with a stray byte as UTF-8, and says so on stderr (not an error: exit 0)', async () => {
    const dir = tmpDir({ 'caption.txt': new Uint8Array([...Buffer.from('“Hi,” said Ann. Photo: caf'), 0xe9, 0x0a]) });
    const { code, stdout, stderr } = await run(['--json', 'caption.txt'], { cwd: dir });
    expect([code, stderr]).toEqual([0, 'whosaid: caption.txt: 1 byte not UTF-8, replaced\n']);
    expect(JSON.parse(stdout).files).toMatchObject([{ file: 'caption.txt', encoding: 'utf-8', quotes: [{ text: 'Hi,', speaker: 'Ann' }] }]);
    expect(await run(['--json', '--quiet', 'caption.txt'], { cwd: dir })).toEqual({ code: 0, stdout, stderr: '' });
  });

  it('keeps quiet about unreadable inputs with --quiet, but still exits 1', async () => {
    const { code, stdout, stderr } = await run(['--ndjson', '--quiet', 'missing.txt', 'b.txt']);
    expect([code, stderr]).toEqual([1, '']);
    expect(records(stdout)).toHaveLength(1);
  });

  it('refuses a file over --max-size, naming the limit and the option', async () => {
    const { code, stdout, stderr } = await run(['--ndjson', '--max-size', '0.00001', 'a.txt', 'empty.txt']);
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toBe('whosaid: a.txt: file is larger than 11 bytes (raise the limit with --max-size <MiB>)\n');
  });

  it('refuses standard input over --max-size', async () => {
    const { code, stderr } = await run(['--ndjson', '--max-size', '0.00001', '-'], { stdin: 'x'.repeat(100) });
    expect([code, stderr]).toEqual([1, 'whosaid: -: file is larger than 11 bytes (raise the limit with --max-size <MiB>)\n']);
  });

  it.skipIf(isRoot)('reports a file it may not read', async () => {
    const dir = tmpDir({ 'secret.txt': '“Hidden,” said Hal.', 'open.txt': '“Open,” said Ola.' });
    fs.chmodSync(path.join(dir, 'secret.txt'), 0);
    const { code, stdout, stderr } = await runMain(['--ndjson', 'secret.txt', 'open.txt'], { cwd: dir });
    expect([code, stderr]).toEqual([1, 'whosaid: secret.txt: permission denied\n']);
    expect(records(stdout).map((r) => r.file)).toEqual(['open.txt']);
  });

  it('reports an exception of the extractor as an internal error, without a stack, and goes on', async () => {
    const { code, stdout, stderr } = await run(['--ndjson', 'a.txt', 'explode.txt', 'b.txt']);
    expect([code, stderr]).toEqual([1, 'whosaid: explode.txt: internal error: fake extractor failed\n']);
    expect(records(stdout).map((r) => r.file)).toEqual(['a.txt', 'a.txt', 'b.txt']);
  });

  // --all on 40,000 opening marks never closed: records of 800 million characters, more than a string holds
  it.each([
    ['--ndjson', (stdout: string) => records(stdout).map((r) => r.file), ['a.txt', 'a.txt', 'b.txt']],
    ['--json', (stdout: string) => (JSON.parse(stdout) as { files: Array<{ file: string; error?: string }> }).files.map((f) => [f.file, f.error]),
      [['a.txt', undefined], ['huge.txt', 'internal error: Invalid string length'], ['b.txt', undefined]]],
  ])('reports records that cannot be written (%s) as an internal error of their file, and goes on', async (flag, read, expected) => {
    const { code, stdout, stderr } = await run([flag, 'a.txt', 'huge.txt', 'b.txt']);
    expect([code, stderr]).toEqual([1, 'whosaid: huge.txt: internal error: Invalid string length\n']);
    expect(read(stdout)).toEqual(expected);
  });

  // the first file's records cannot be written: its entry still opens the list (was `"files": [,`), closed with the error
  it('keeps the JSON document valid when the first file cannot be written', async () => {
    const { code, stdout, stderr } = await run(['--json', 'huge.txt', 'b.txt']);
    expect([code, stderr]).toEqual([1, 'whosaid: huge.txt: internal error: Invalid string length\n']);
    expect(JSON.parse(stdout)).toMatchObject({
      files: [
        { file: 'huge.txt', encoding: 'utf-8', quotes: [], error: 'internal error: Invalid string length' },
        { file: 'b.txt', encoding: 'utf-8', quotes: [{ text: 'Three,' }] },
      ],
    });
  });
});

describe('whosaid: formats', () => {
  it('writes NDJSON: one record per line, fields in record order', async () => {
    const { code, stdout, stderr } = await run(['--ndjson', 'b.txt']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.endsWith('\n')).toBe(true);
    const [record] = records(stdout);
    expect(Object.keys(record!)).toEqual(RECORD_FIELDS);
    expect(record).toMatchObject({ file: 'b.txt', index: 0, text: 'Three,', line: 2, column: 1, speaker: 'Bob' });
  });

  it('writes one JSON document with the encoding of every file and the errors in place', async () => {
    const argv = ['--json', 'utf8-bom.txt', 'utf16le.txt', 'utf16be.txt', 'cp1252.txt', 'empty.txt', 'binary.txt'];
    const { code, stdout, stderr } = await run(argv);
    expect([code, stderr]).toEqual([1, 'whosaid: binary.txt: binary file (contains NUL bytes)\n']);
    const document = JSON.parse(stdout);
    expect(Object.keys(document)).toEqual(['schemaVersion', 'files']);
    expect(document.files.map((f: { file: string; encoding: string; quotes: { text: string; speaker: string }[]; error?: string }) => [f.file, f.encoding, f.quotes.map((q) => `${q.speaker}: ${q.text}`), f.error])).toEqual([
      ['utf8-bom.txt', 'utf-8-bom', ['Cy: Bom,'], undefined],
      ['utf16le.txt', 'utf-16le', ['Di: Le,'], undefined],
      ['utf16be.txt', 'utf-16be', ['Ed: Be,'], undefined],
      ['cp1252.txt', 'windows-1252', ['Flo: Win,'], undefined],
      ['empty.txt', 'utf-8', [], undefined],
      ['binary.txt', null, [], 'binary file (contains NUL bytes)'],
    ]);
  });

  it('counts offsets in the text without its byte order mark', async () => {
    const { stdout } = await run(['--ndjson', 'utf8-bom.txt', 'utf16le.txt']);
    expect(records(stdout).map((r) => [r.start, r.column])).toEqual([[0, 1], [0, 1]]);
  });

  it('writes CSV with a header, CRLF line ends, and a BOM with --bom', async () => {
    const { code, stdout, stderr } = await run(['--csv', '--bom', 'b.txt', 'none.txt']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(`\uFEFF${RECORD_FIELDS.join(',')}\r\nb.txt,0,"Three,",7,15,2,1,direct,Bob,,,,,,0.9,cue,person,\r\n`);
  });

  it('writes the CSV header even when nothing is found', async () => {
    expect(await run(['--csv', 'none.txt'])).toEqual({ code: 0, stdout: `${RECORD_FIELDS.join(',')}\r\n`, stderr: '' });
  });

  it('writes a table by default, without color into a pipe; one input: its lines only', async () => {
    expect(await run(['a.txt'])).toEqual({
      code: 0,
      stdout: [`Ann  ${'“One,”'.padEnd(67)}  line 1`, `Ann  ${'“Two,”'.padEnd(67)}  line 2`, '', '2 quotes from 1 speaker in 1 file', ''].join('\n'),
      stderr: '',
    });
  });

  it('gives each row its path and line in a batch, the path whole', async () => {
    expect(await run(['a.txt', 'b.txt', 'dir/sub/y.md'])).toEqual({
      code: 0,
      stdout: [
        'a.txt  2 quotes',
        `Ann  ${'“One,”'.padEnd(66)}  a.txt:1`,
        `Ann  ${'“Two,”'.padEnd(66)}  a.txt:2`,
        '',
        'b.txt  1 quote',
        `Bob  ${'“Three,”'.padEnd(66)}  b.txt:2`,
        '',
        'dir/sub/y.md  1 quote',
        `Yu  ${'“Y,”'.padEnd(60)}  dir/sub/y.md:1`,
        '',
        '4 quotes from 3 speakers in 3 files',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('reads a named pipe given by name, as standard input is read', async () => {
    const dir = tmpDir();
    const fifo = path.join(dir, 'article');
    execFileSync('mkfifo', [fifo]);
    // the writer's open waits for whosaid's, in the thread pool
    fs.createWriteStream(fifo).end('“From a pipe,” said Ann.\n');
    expect(await run(['--ndjson', fifo])).toEqual(await run(['--ndjson', '-'], { stdin: '“From a pipe,” said Ann.\n' }).then((r) => ({ ...r, stdout: r.stdout.replace('"file":"-"', `"file":${JSON.stringify(fifo)}`) })));
  });

  it('lays out a table for a pipe at the width of the terminal on stderr', async () => {
    const dir = tmpDir();
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    const fd = fs.openSync(path.join(dir, 'fifo'), 'r+');
    try {
      const stdin = '“' + 'word '.repeat(40) + 'end,” said Ann.';
      const piped = await run(['-'], { stdout: Object.assign(collector(), { fd }), stderrColumns: 120, stdin });
      expect(piped).toEqual(await run(['-'], { env: { COLUMNS: '120' }, stdin }));
      expect(piped.stdout.split('\n')[0]).toHaveLength(120);
    } finally {
      fs.closeSync(fd);
    }
  });

  it('wraps the table to the width of the terminal', async () => {
    const { stdout } = await run(['-'], { stdoutIsTTY: true, columns: 40, stdin: '“' + 'word '.repeat(30) + 'end,” said Ann.' });
    const lines = stdout.replace(/\u001b\[\d+m/g, '').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
  });

  it.each([
    ['auto on a terminal', [], { stdoutIsTTY: true }, true],
    ['auto into a pipe', [], {}, false],
    ['auto under NO_COLOR', [], { stdoutIsTTY: true, env: { NO_COLOR: '1' } }, false],
    ['auto with an empty NO_COLOR', [], { stdoutIsTTY: true, env: { NO_COLOR: '' } }, true],
    ['auto with TERM=dumb', [], { stdoutIsTTY: true, env: { TERM: 'dumb' } }, false],
    ['never on a terminal', ['--color', 'never'], { stdoutIsTTY: true }, false],
    ['always into a pipe', ['--color', 'always'], {}, true],
  ])('colors the table: %s', async (_name, flags, options, colored) => {
    const { code, stdout } = await run([...flags, 'a.txt'], options);
    expect(code).toBe(0);
    expect(stdout.includes(ESC)).toBe(colored);
  });

  it.each([
    ['FORCE_COLOR=1 into a pipe', { FORCE_COLOR: '1' }, {}, 'always'],
    ['FORCE_COLOR=true into a pipe', { FORCE_COLOR: 'true' }, {}, 'always'],
    ['an empty FORCE_COLOR into a pipe', { FORCE_COLOR: '' }, {}, 'always'],
    ['FORCE_COLOR=3 over NO_COLOR and TERM=dumb', { FORCE_COLOR: '3', NO_COLOR: '1', TERM: 'dumb' }, { stdoutIsTTY: true }, 'always'],
    ['FORCE_COLOR=0 on a terminal', { FORCE_COLOR: '0' }, { stdoutIsTTY: true }, 'never'],
    ['FORCE_COLOR=false on a terminal', { FORCE_COLOR: 'false' }, { stdoutIsTTY: true }, 'never'],
    ['FORCE_COLOR=yes (no level: ignored) into a pipe', { FORCE_COLOR: 'yes' }, {}, 'never'],
  ] as const)('colors the table with %s as with --color %s', async (_name, env, options, mode) => {
    const forced = await run(['a.txt'], { ...options, env });
    expect(forced).toEqual(await run(['--color', mode, 'a.txt'], options));
    expect(forced.stdout.includes(ESC)).toBe(mode === 'always');
  });

  it('lets --color never and --color always win over FORCE_COLOR, in the table and --show', async () => {
    for (const view of [[], ['--show']]) {
      expect(await run([...view, '--color', 'never', 'a.txt'], { env: { FORCE_COLOR: '1' } })).toEqual(await run([...view, '--color', 'never', 'a.txt']));
      expect(await run([...view, '--color', 'always', 'a.txt'], { env: { FORCE_COLOR: '0' } })).toEqual(await run([...view, '--color', 'always', 'a.txt']));
      expect((await run([...view, 'a.txt'], { env: { FORCE_COLOR: '2' } })).stdout).toContain(ESC);
    }
  });

  it('never colors JSON, NDJSON or CSV', async () => {
    for (const format of ['--json', '--ndjson', '--csv']) {
      const { stdout } = await run([format, '--color', 'always', 'a.txt'], { stdoutIsTTY: true });
      expect(stdout).not.toContain(ESC);
    }
  });
});

describe('whosaid: closed pipes and signals', () => {
  it('ends quietly with 0 when the reader of stdout goes away (EPIPE)', async () => {
    const stdout = collector({ write: 2, error: Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }) });
    const { code, stderr } = await run(['--ndjson', 'a.txt', 'b.txt', 'dir'], { stdout });
    expect([code, stderr]).toEqual([0, '']);
    expect(records(stdout.text()).map((r) => r.file)).toEqual(['a.txt', 'a.txt']);
  });

  it.each([['--help'], ['--version']])('ends %s quietly with 0 when the reader of stdout has gone (EPIPE)', async (flag) => {
    const stdout = collector({ write: 1, error: Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }) });
    expect(await run([flag], { stdout })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it.each([['--help'], ['--version']])('reports %s that cannot be written (a full disk) and exits 1', async (flag) => {
    const stdout = collector({ write: 1, error: Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }) });
    expect(await run([flag], { stdout })).toEqual({ code: 1, stdout: '', stderr: 'whosaid: cannot write output: no space left on device\n' });
  });

  it('reports another write error once and exits 1', async () => {
    const stdout = collector({ write: 1, error: Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }) });
    const { code, stderr } = await run(['--ndjson', 'a.txt', 'b.txt'], { stdout });
    expect([code, stderr]).toEqual([1, 'whosaid: cannot write output: no space left on device\n']);
  });

  it('stops on SIGTERM with only complete NDJSON lines, exit 143', async () => {
    const signals = new EventEmitter();
    const stdin = openStdin();
    const started = startMain(['--ndjson', 'a.txt', 'b.txt', '-', 'dir'], { cwd, signals, stdin });
    await until(() => started.stdout.text().split('\n').length === 4);
    signals.emit('SIGTERM');
    const { code, stdout, stderr } = await started.done;
    expect([code, stderr]).toEqual([143, '']);
    expect(stdout.endsWith('\n')).toBe(true);
    expect(records(stdout).map((r) => r.text)).toEqual(['One,', 'Two,', 'Three,']);
    expect(stdin.destroyed).toBe(true);
    expect(signals.listenerCount('SIGTERM') + signals.listenerCount('SIGINT')).toBe(0);
  });

  it('closes the JSON document with "interrupted": true on SIGINT, exit 130', async () => {
    const signals = new EventEmitter();
    const started = startMain(['--json', 'a.txt', '-', 'b.txt'], { cwd, signals, stdin: openStdin() });
    await until(() => started.stdout.text().includes('"a.txt"'));
    signals.emit('SIGINT');
    const { code, stdout, stderr } = await started.done;
    expect([code, stderr]).toEqual([130, '']);
    const document = JSON.parse(stdout);
    expect(document.interrupted).toBe(true);
    expect(document.files.map((f: { file: string }) => f.file)).toEqual(['a.txt']);
  });

  it('leaves signals alone once the run is over', async () => {
    const signals = new EventEmitter();
    expect((await runMain(['--ndjson', 'a.txt'], { cwd, signals })).code).toBe(0);
    expect(signals.eventNames()).toEqual([]);
  });
});

describe('whosaid: memory', () => {
  it('keeps nothing from one file to the next', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = () => (gc(), process.memoryUsage().heapUsed);
    const article = '“Quoted,” said Ann. '.repeat(100);
    const dir = tmpDir(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`many/${i}.txt`, article])));
    // the heap while the run is under way, after the 30th file and after the last
    let heapEarly = 0;
    let heapLate = 0;
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        writes++;
        if (writes === 30) heapEarly = heap();
        if (writes === 200) heapLate = heap();
        callback();
      },
    });
    const { code } = await runMain(['--ndjson', 'many'], { cwd: dir, stdout: Object.assign(stdout, { text: () => '' }) });
    expect([code, writes]).toEqual([0, 200]);
    // 170 files of 100 records held on to would be some 4 MB
    expect(heapLate - heapEarly).toBeLessThan(1e6);
  });
});
