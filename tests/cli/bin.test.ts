import { execFile, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/extract.js';
import { BIN, runBin } from '../helpers/spawn.js';
import { tmpDir, utf16 } from '../helpers/tmp.js';

// The compiled CLI in a process of its own: exit codes set by bin/whosaid.js, real pipes, real signals.

const HELLO = '“Hello there,” she said.\n';
/** Tests that need quotations in the output wait for the core: skipped while extractQuotes finds nothing. */
const coreFindsQuotes = extractQuotes(HELLO).length > 0;
const version = (JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const cwd = tmpDir({
  'hello.txt': HELLO,
  'utf8-bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(HELLO)]),
  'utf16le.txt': utf16(HELLO, 'le'),
  'utf16be.txt': utf16(HELLO, 'be'),
  'cp1252.txt': new Uint8Array([0x93, ...Buffer.from('Hello there,'), 0x94, ...Buffer.from(' she said.\r\n')]),
  'binary.bin': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00]),
  'empty.txt': '',
});

interface FileEntry {
  file: string;
  encoding: string | null;
  quotes: unknown[];
  error?: string;
}

describe('bin/whosaid.js', () => {
  it('prints the version and exits 0', async () => {
    expect(await runBin(['--version'])).toEqual({ code: 0, signal: null, stdout: `${version}\n`, stderr: '' });
  });

  it('exits 2 on a usage error', async () => {
    expect(await runBin(['--json', '--csv', 'x'])).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr: "whosaid: option '--json' cannot be used with option '--csv'\nTry 'whosaid --help' for more information.\n",
    });
  });

  it('reads every encoding, reports what it cannot read, and exits 1', async () => {
    const files = ['utf8-bom.txt', 'utf16le.txt', 'utf16be.txt', 'cp1252.txt', 'empty.txt', 'binary.bin', 'missing.txt'];
    const { code, stdout, stderr } = await runBin(['--json', ...files], { cwd });
    expect(code).toBe(1);
    expect(stderr).toBe('whosaid: binary.bin: binary file (contains NUL bytes)\nwhosaid: missing.txt: no such file or directory\n');
    const document = JSON.parse(stdout) as { schemaVersion: number; files: FileEntry[] };
    expect(document.schemaVersion).toBe(1);
    expect(document.files.map((f) => [f.file, f.encoding, f.error])).toEqual([
      ['utf8-bom.txt', 'utf-8-bom', undefined],
      ['utf16le.txt', 'utf-16le', undefined],
      ['utf16be.txt', 'utf-16be', undefined],
      ['cp1252.txt', 'windows-1252', undefined],
      ['empty.txt', 'utf-8', undefined],
      ['binary.bin', null, 'binary file (contains NUL bytes)'],
      ['missing.txt', null, 'no such file or directory'],
    ]);
    // whatever the extractor finds, it finds the same in every encoding
    const [first, ...others] = document.files.slice(0, 4).map((f) => JSON.stringify(f.quotes));
    for (const quotes of others) expect(quotes).toBe(first);
  });

  it('reads piped standard input when given no path', async () => {
    const { code, stdout, stderr } = await runBin(['--json'], { stdin: HELLO });
    expect([code, stderr]).toEqual([0, '']);
    expect((JSON.parse(stdout) as { files: FileEntry[] }).files.map((f) => [f.file, f.encoding])).toEqual([['-', 'utf-8']]);
  });

  it.skipIf(!coreFindsQuotes)('gives the record any extractor must give for a trivial article (needs the core)', async () => {
    const { code, stdout, stderr } = await runBin(['--ndjson', 'hello.txt'], { cwd });
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.split('\n')).toHaveLength(2);
    expect(JSON.parse(stdout)).toMatchObject({ file: 'hello.txt', index: 0, text: 'Hello there,', start: 0, end: 14, line: 1, column: 1, kind: 'direct' });
  });

  it('reads a named pipe given by name: <(cat a.txt), and /dev/stdin fed by a pipe', async () => {
    const bash = async (script: string) => {
      try {
        const { stdout, stderr } = await promisify(execFile)('bash', ['-c', script, BIN], { cwd });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
        return { code, stdout, stderr };
      }
    };
    const direct = JSON.parse((await runBin(['--json', 'hello.txt'], { cwd })).stdout) as { files: FileEntry[] };
    for (const [script, file] of [
      ['node "$0" --json <(cat hello.txt)', /^\/dev\/fd\/\d+$/],
      ['cat hello.txt | node "$0" --json /dev/stdin', /^\/dev\/stdin$/],
    ] as const) {
      const { code, stdout, stderr } = await bash(script);
      expect([code, stderr]).toEqual([0, '']);
      const [entry] = (JSON.parse(stdout) as { files: FileEntry[] }).files;
      expect(entry!.file).toMatch(file);
      expect({ ...entry, file: 'hello.txt' }).toEqual(direct.files[0]);
    }
  });

  // a real terminal: util-linux's script(1) runs the command in a pseudo-terminal of 123 columns
  const hasScript = (() => {
    try {
      execFileSync('script', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!hasScript)('lays out a table piped to another program at the width of the terminal, from stderr or /dev/tty', async () => {
    const inTerminal = async (command: string) => {
      const script = `stty cols 123 rows 40; COLUMNS= ${command}`;
      const { stdout } = await promisify(execFile)('script', ['-qec', script, '/dev/null'], { cwd, env: { ...process.env, COLUMNS: '' } });
      return stdout.replace(/\r\n/g, '\n').split('\n').filter((line) => line.includes('line 1'));
    };
    const node = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --color never hello.txt`;
    for (const command of [`${node} | cat`, `${node} 2>/dev/null | cat`]) {
      const rows = await inTerminal(command);
      expect(rows).toHaveLength(1);
      expect(stringWidth(rows[0]!)).toBe(123);
    }
    // into a file: 80 columns, whatever the terminal
    const file = `${cwd}/table.out`;
    await inTerminal(`${node} > ${JSON.stringify(file)}; cat ${JSON.stringify(file)}`);
    expect(fs.readFileSync(file, 'utf8').split('\n')[0]).toHaveLength(80);
  });

  describe('a closed pipe', () => {
    const many = tmpDir(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`article-${String(i).padStart(4, '0')}.txt`, HELLO.repeat(20)])));

    /** `whosaid <flag> <3000 files> | head -1`: the exit code of whosaid, and what it printed on stderr. */
    async function pipeToHead(flag: string): Promise<{ code: string; stderr: string }> {
      const errors = `${many}${flag}.stderr`;
      const script = 'node "$0" "$1" "$2" 2>"$3" | head -1 >/dev/null; echo "${PIPESTATUS[0]}"';
      const { stdout } = await promisify(execFile)('bash', ['-c', script, BIN, flag, many, errors]);
      const stderr = fs.readFileSync(errors, 'utf8');
      fs.rmSync(errors);
      return { code: stdout, stderr };
    }

    // far more output than a pipe buffer holds (64 KiB), so writes go on after head has gone
    it('ends --json | head -1 quietly with 0', async () => {
      expect(await pipeToHead('--json')).toEqual({ code: '0\n', stderr: '' });
    });

    it.skipIf(!coreFindsQuotes)('ends --ndjson | head -1 quietly with 0 (needs the core)', async () => {
      expect(await pipeToHead('--ndjson')).toEqual({ code: '0\n', stderr: '' });
    });

    // `| true` has gone before whosaid writes a byte: help and version are written before the batch's Output holds stdout
    it.each(['--help', '--version'])('ends %s | true quietly with 0', async (flag) => {
      const errors = `${many}${flag}.stderr`;
      const script = 'node "$0" "$1" 2>"$2" | true; echo "${PIPESTATUS[0]}"';
      const { stdout } = await promisify(execFile)('bash', ['-c', script, BIN, flag, errors]);
      const stderr = fs.readFileSync(errors, 'utf8');
      fs.rmSync(errors);
      expect({ code: stdout, stderr }).toEqual({ code: '0\n', stderr: '' });
    });
  });

  // ripgrep's rule: a reader gone away (EPIPE, above) ends quietly; any other write error is one line and exit 1
  it.each([['--help'], ['--version'], ['--json']])('writes %s into a full disk (/dev/full): one line on stderr, exit 1', async (flag) => {
    const { stdout } = await promisify(execFile)('bash', ['-c', 'node "$0" "$1" hello.txt 2>&1 >/dev/full; echo "exit $?"', BIN, flag], { cwd });
    expect(stdout).toBe('whosaid: cannot write output: no space left on device\nexit 1\n');
  });

  describe('a signal mid-batch', () => {
    /** Starts a run whose last input is a standard input left open, so the batch is mid-way when the signal comes. */
    function startWaiting(args: string[]) {
      const child = spawn(process.execPath, [BIN, ...args, '-'], { cwd, stdio: 'pipe' });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const ended = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
        child.on('close', (code) => resolve({ code, stdout, stderr })),
      );
      const output = () => stdout;
      return { child, ended, output };
    }

    async function until(condition: () => boolean): Promise<void> {
      const deadline = Date.now() + 10_000;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error('timed out waiting for output');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }

    it('closes the JSON document with "interrupted": true on SIGTERM and exits 143', async () => {
      const run = startWaiting(['--json', 'hello.txt', 'empty.txt']);
      await until(() => run.output().includes('"empty.txt"'));
      run.child.kill('SIGTERM');
      const { code, stdout, stderr } = await run.ended;
      expect([code, stderr]).toEqual([143, '']);
      const document = JSON.parse(stdout) as { files: FileEntry[]; interrupted?: boolean };
      expect(document.interrupted).toBe(true);
      expect(document.files.map((f) => f.file)).toEqual(['hello.txt', 'empty.txt']);
    });

    it('exits 130 on SIGINT', async () => {
      const run = startWaiting(['--json', 'empty.txt']);
      await until(() => run.output().includes('"empty.txt"'));
      run.child.kill('SIGINT');
      const { code, stderr } = await run.ended;
      expect([code, stderr]).toEqual([130, '']);
    });

    // the real core over a batch that takes several seconds: the signal comes at a moment of the run chosen by what it
    // has written, and the run ends soon after it with whole output (--jobs 1 used to run to the end and exit 0)
    const article = fs.readFileSync(new URL('../../fixtures/sample/press-conference.txt', import.meta.url), 'utf8');
    const batch = tmpDir(Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`b${String(i).padStart(4, '0')}.txt`, article])));
    const long = tmpDir({ 'long.txt': (article + '\n').repeat(600), 'after.txt': article });

    /** Starts whosaid on `args` in `dir`, and signals it once its stdout holds `when`. */
    async function signalWhen(args: string[], dir: string, when: string, signal: NodeJS.Signals) {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: 'pipe' });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const ended = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      await until(() => stdout.includes(when));
      child.kill(signal);
      return { code: await ended, stdout, stderr };
    }

    it.each([['1'], ['2']])('stops a batch mid-way with whole JSON, exit 143 (--jobs %s, the real core)', async (jobs) => {
      const { code, stdout, stderr } = await signalWhen(['--json', '--jobs', jobs, '.'], batch, '"b0003.txt"', 'SIGTERM');
      expect([code, stderr]).toEqual([143, '']);
      const document = JSON.parse(stdout) as { files: FileEntry[]; interrupted?: boolean };
      expect(document.interrupted).toBe(true);
      expect(document.files.length).toBeGreaterThanOrEqual(4);
      expect(document.files.length).toBeLessThan(1500);
      expect(document.files.map((f) => f.file)).toEqual(document.files.map((_, i) => `b${String(i).padStart(4, '0')}.txt`));
    });

    it.each([['1'], ['2']])('stops during the first input with whole JSON of no file, exit 130 (--jobs %s, the real core)', async (jobs) => {
      // the document opens before the first input is read: the signal comes while long.txt is extracted
      const { code, stdout, stderr } = await signalWhen(['--json', '--jobs', jobs, 'long.txt', 'after.txt'], long, '"files": [', 'SIGINT');
      expect({ code, stdout, stderr }).toEqual({ code: 130, stdout: '{\n  "schemaVersion": 1,\n  "files": [],\n  "interrupted": true\n}\n', stderr: '' });
    });

    it.skipIf(!coreFindsQuotes)('leaves only complete NDJSON lines on SIGTERM (needs the core)', async () => {
      const run = startWaiting(['--ndjson', 'hello.txt', 'utf16le.txt']);
      await until(() => run.output().split('\n').length === 3);
      run.child.kill('SIGTERM');
      const { code, stdout, stderr } = await run.ended;
      expect([code, stderr]).toEqual([143, '']);
      expect(stdout.endsWith('\n')).toBe(true);
      expect(stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { file: string }).file)).toEqual(['hello.txt', 'utf16le.txt']);
    });
  });
});
