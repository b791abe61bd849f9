import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { createJobs, ISOLATE_BYTES, Room, workersPay } from '../../src/cli/jobs.js';
import { BATCH_TASKS, DEPTH } from '../../src/cli/pool.js';
import { runMain } from '../helpers/run-main.js';
import { BIN, runBin } from '../helpers/spawn.js';
import { tmpDir } from '../helpers/tmp.js';
import { fakeWorkers } from '../helpers/workers.js';

// --jobs N: the same output as one job, byte for byte; a worker's failure is one file's error.

vi.mock('../../src/core/extract.js', async () => ({
  extractQuotes: (await import('../helpers/fake-extract.js')).fakeExtract,
}));

const articles: Record<string, string> = {};
for (let i = 0; i < 60; i++) articles[`a${String(i).padStart(2, '0')}.txt`] = `Intro ${i}.\n“Quote ${i},” said Ann${i}.\n“More ${i}.”\n`;
const cwd = tmpDir({
  ...articles,
  'explode.txt': '“Boom,” said Gus. EXPLODE',
  'crash.txt': '“Bang,” said Hal. CRASH',
  'binary.txt': new Uint8Array([0x50, 0x4b, 0x00]),
});
const run = (argv: string[], options: Parameters<typeof runMain>[1] = {}) => runMain(argv, { cwd, workers: fakeWorkers, ...options });

const FIXTURES = path.resolve('fixtures/cases');
const cases = fs.readdirSync(FIXTURES).map((name) => path.join('fixtures/cases', name, 'input.txt'));

describe('--jobs with the compiled CLI and the real core', () => {
  it.each([['--ndjson'], ['--json'], ['--csv'], ['--color=always']])('%s: --jobs 2 writes what --jobs 1 writes, byte for byte', async (format) => {
    const args = [format, ...cases, 'missing.txt', 'fixtures/sample'];
    const one = await runBin(['--jobs', '1', ...args]);
    const two = await runBin(['--jobs', '2', ...args]);
    expect(two).toEqual(one);
    expect(one.code).toBe(1);
    expect(one.stderr).toBe('whosaid: missing.txt: no such file or directory\n');
    expect(one.stdout.length).toBeGreaterThan(1000);
  });

  it('--input ndjson: --jobs 2 writes what --jobs 1 writes', async () => {
    const records = cases.map((file) => JSON.stringify({ id: file, text: fs.readFileSync(file, 'utf8') })).join('\n') + '\n{bad\n';
    const one = await runBin(['--input', 'ndjson', '--ndjson', '--jobs', '1'], { stdin: records });
    const two = await runBin(['--input', 'ndjson', '--ndjson', '--jobs', '2'], { stdin: records });
    expect(two).toEqual(one);
    expect([one.code, one.stderr]).toEqual([1, `whosaid: -:${cases.length + 1}: not valid JSON\n`]);
  });
});

describe('--input ndjson as a stream', () => {
  it('writes the quotations of each record as soon as it is read, before the stream ends', async () => {
    const child = spawn(process.execPath, [BIN, '--input', 'ndjson', '--ndjson', '--jobs', '2'], { stdio: 'pipe' });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    const lines = (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (stdout.split('\n').length <= count) return;
          child.stdout.off('data', check);
          resolve();
        };
        child.stdout.on('data', check);
        check();
      });
    child.stdin.write(JSON.stringify({ id: 'first', text: '“Hello there,” she said.' }) + '\n');
    // the stream stays open: the record must come out now, not at its end
    await lines(1);
    child.stdin.end(JSON.stringify({ id: 'second', text: '“Goodbye,” he said.' }) + '\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { file: string }).file)).toEqual(['first', 'second']);
  });
});

describe('--jobs in process (worker threads run the fake extractor)', () => {
  const ndjsonOf = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { file: string; text: string });

  it('writes the files in the order given, whichever thread finishes first (60 files: this thread takes some)', async () => {
    const files = Object.keys(articles).reverse();
    const one = await run(['--ndjson', '--jobs', '1', ...files]);
    const four = await run(['--ndjson', '--jobs', '4', ...files]);
    expect(four).toEqual(one);
    expect(ndjsonOf(four.stdout).map((r) => r.file)).toEqual(files.flatMap((f) => [f, f]));
    expect([four.code, four.stderr]).toEqual([0, '']);
  });

  it('reports an extractor that throws on one file as an internal error, and goes on', async () => {
    expect(await run(['--ndjson', '--jobs', '2', 'a00.txt', 'explode.txt', 'binary.txt', 'a01.txt'])).toEqual({
      code: 1,
      stdout: [
        '{"file":"a00.txt","index":0,"text":"Quote 0,","start":9,"end":19,"line":2,"column":1,"kind":"direct","speaker":"Ann0","role":null,"mention":null,"cue":null,"via":null,"parent":null,"confidence":0.9,"method":"cue","speakerType":"person","gender":null}',
        '{"file":"a00.txt","index":1,"text":"More 0.","start":31,"end":40,"line":3,"column":1,"kind":"direct","speaker":null,"role":null,"mention":null,"cue":null,"via":null,"parent":null,"confidence":0,"method":"none","speakerType":null,"gender":null}',
        '{"file":"a01.txt","index":0,"text":"Quote 1,","start":9,"end":19,"line":2,"column":1,"kind":"direct","speaker":"Ann1","role":null,"mention":null,"cue":null,"via":null,"parent":null,"confidence":0.9,"method":"cue","speakerType":"person","gender":null}',
        '{"file":"a01.txt","index":1,"text":"More 1.","start":31,"end":40,"line":3,"column":1,"kind":"direct","speaker":null,"role":null,"mention":null,"cue":null,"via":null,"parent":null,"confidence":0,"method":"none","speakerType":null,"gender":null}',
        '',
      ].join('\n'),
      stderr: 'whosaid: explode.txt: internal error: fake extractor failed\nwhosaid: binary.txt: binary file (contains NUL bytes)\n',
    });
  });

  it('reports a worker that dies as an internal error of its file, and starts another for the rest', async () => {
    const files = ['a00.txt', 'crash.txt', 'a01.txt', 'a02.txt', 'a03.txt'];
    const { code, stdout, stderr } = await run(['--ndjson', '--jobs', '2', ...files]);
    expect([code, stderr]).toEqual([1, 'whosaid: crash.txt: internal error: worker stopped (exit code 7)\n']);
    expect(ndjsonOf(stdout).map((r) => r.file)).toEqual(['a00.txt', 'a00.txt', 'a01.txt', 'a01.txt', 'a02.txt', 'a02.txt', 'a03.txt', 'a03.txt']);
  });

  it('gives every file an internal error when workers cannot start, and still exits', async () => {
    const workers = { script: new URL('file:///nonexistent/worker.js') };
    const { code, stdout, stderr } = await run(['--ndjson', '--jobs', '2', 'a00.txt', 'a01.txt', 'a02.txt'], { workers });
    expect(code).toBe(1);
    // the first file runs on the main thread while the workers start
    expect(ndjsonOf(stdout).map((r) => r.file)).toEqual(['a00.txt', 'a00.txt']);
    expect(stderr).toMatch(/^whosaid: a01\.txt: internal error: .*\nwhosaid: a02\.txt: internal error: .*\n$/);
  });

  it('starts no worker for a single input', async () => {
    // a pool could not start here: every file it ran would fail
    const workers = { script: new URL('file:///nonexistent/worker.js') };
    const { code, stderr } = await run(['--ndjson', '--jobs', '8', 'a00.txt', 'missing.txt'], { workers, cores: 8 });
    expect([code, stderr]).toEqual([1, 'whosaid: missing.txt: no such file or directory\n']);
  });

  it('by default starts no worker for a batch too small to pay for one: all on this thread, as with one job', async () => {
    // a pool could not start here: every file it ran would fail
    const workers = { script: new URL('file:///nonexistent/worker.js') };
    const files = Object.keys(articles);
    const one = await run(['--ndjson', '--jobs', '1', ...files]);
    expect(await run(['--ndjson', ...files], { workers, cores: 2 })).toEqual(one);
    expect(one.code).toBe(0);
    // given, --jobs 2 starts the pool at the second input
    expect((await run(['--ndjson', '--jobs', '2', 'a00.txt', 'a01.txt'], { workers, cores: 1 })).code).toBe(1);
  });

  // the worker's fake extractor stops on CRASH and HOG where this thread's reads on: which thread ran an input shows
  const big = (word: string) => `“Big,” said Bo. ${word}\n`.padEnd(ISOLATE_BYTES, '.');
  const bigDir = tmpDir({ 'a.txt': '“A,” said Al.', 'crash.txt': big('CRASH'), 'hog.txt': big('HOG'), 'fine.txt': big(''), 'z.txt': '“Z,” said Zed.' });

  it.each([['1'], ['2']])('analyses an input of ISOLATE_BYTES or more in a worker, with --jobs %s too; its failure is its own', async (jobs) => {
    const { code, stdout, stderr } = await run(['--ndjson', '--jobs', jobs, 'a.txt', 'crash.txt', 'fine.txt', 'z.txt'], { cwd: bigDir });
    expect([code, stderr]).toEqual([1, 'whosaid: crash.txt: internal error: worker stopped (exit code 7)\n']);
    expect(ndjsonOf(stdout).map((r) => [r.file, r.text])).toEqual([['a.txt', 'A,'], ['fine.txt', 'Big,'], ['z.txt', 'Z,']]);
  });

  it('gives an input that needs more memory than a worker may take one error line, and goes on', async () => {
    const { code, stdout, stderr } = await run(['--ndjson', '--jobs', '1', 'a.txt', 'hog.txt', 'z.txt'], { cwd: bigDir, workers: { ...fakeWorkers, oldMb: 64 } });
    expect([code, stderr]).toEqual([1, 'whosaid: hog.txt: too large to analyse: it needs more than 64 MB of memory\n']);
    expect(ndjsonOf(stdout).map((r) => r.file)).toEqual(['a.txt', 'z.txt']);
  });

  it.each([['0'], ['-1'], ['1.5'], ['many'], ['65']])('refuses --jobs %s as a usage error', async (value) => {
    expect(await run(['--jobs', value, 'a00.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `whosaid: option '--jobs <n>' argument '${value}' is invalid. It must be a whole number from 1 to 64.\nTry 'whosaid --help' for more information.\n`,
    });
  });
});

describe('--jobs and --input ndjson: memory', () => {
  const article = '“Quoted,” said Ann. '.repeat(100);
  /** Runs whosaid with a stdout that weighs the heap after the 100th and the last of 400 writes. */
  const heapGrowth = async (argv: string[], options: Parameters<typeof runMain>[1]) => {
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = () => (gc(), process.memoryUsage().heapUsed);
    let early = 0;
    let late = 0;
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        writes++;
        if (writes === 100) early = heap();
        if (writes === 400) late = heap();
        callback();
      },
    });
    const { code } = await runMain(argv, { ...options, stdout: Object.assign(stdout, { text: () => '' }) });
    expect([code, writes]).toEqual([0, 400]);
    return late - early;
  };

  it('keeps nothing from one file to the next with worker threads', async () => {
    const dir = tmpDir(Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`many/${String(i).padStart(3, '0')}.txt`, article])));
    // 300 files of 100 records held on to would be some 7 MB
    expect(await heapGrowth(['--ndjson', '--jobs', '2', 'many'], { cwd: dir, workers: fakeWorkers })).toBeLessThan(1e6);
  });

  it('reads records as they are needed, not the whole stream first', async () => {
    let pulled = 0;
    let pulledAt100 = 0;
    function* records() {
      for (let i = 0; i < 400; i++) {
        pulled++;
        yield JSON.stringify({ id: i, text: article }) + '\n';
      }
    }
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        if (++writes === 100) pulledAt100 = pulled;
        callback();
      },
    });
    const { code } = await runMain(['--input', 'ndjson', '--ndjson'], { cwd, stdin: Readable.from(records()), stdout: Object.assign(stdout, { text: () => '' }) });
    expect([code, writes]).toEqual([0, 400]);
    // the 100th record written, and no more read than the stream's own buffer (16 chunks) ahead
    expect(pulledAt100).toBeLessThanOrEqual(100 + 17);
  });
});

describe('createJobs', () => {
  it('keeps one input in flight for one job, enough to fill the batches of every worker once they take inputs', async () => {
    expect(createJobs(1, {}).concurrency).toBe(1);
    const jobs = createJobs(3, {}, fakeWorkers);
    expect(jobs.concurrency).toBe(1);
    await jobs.work({ file: 'a', text: '“A,” said Al.' });
    expect(jobs.concurrency).toBe(1);
    // the second input goes to the workers (--jobs given): from now on their batches are filled
    await jobs.work({ file: 'b', text: '“B,” said Bo.' });
    expect(jobs.concurrency).toBe(3 * DEPTH * BATCH_TASKS);
    await jobs.close();
  });

  it('starts the workers when its rule says the work left pays for them, not before', async () => {
    // workers that cannot start: an input sent to them fails, one analysed here does not
    const workers = { script: new URL('file:///nonexistent/worker.js') };
    const inputs = Array.from({ length: 10 }, (_, i) => ({ file: `r${i}`, text: '“x,” said Ann.'.padEnd(50) }));
    const where = async (rule: { minBytes: number; total?: number }) => {
      const jobs = createJobs(2, {}, workers, {}, rule);
      const results = [];
      for (const input of inputs) results.push(await jobs.work(input));
      await jobs.close();
      return results.map((r) => (r.error === undefined ? 'here' : 'worker')).join(' ');
    };
    // 10 inputs of 100 bytes (a string counts two per unit): 800 bytes left after the second
    expect(await where({ minBytes: 0 })).toBe('here worker worker worker worker worker worker worker worker worker');
    expect(await where({ minBytes: 700, total: 10 })).toBe('here worker worker worker worker worker worker worker worker worker');
    expect(await where({ minBytes: 1000, total: 10 })).toBe('here here here here here here here here here here');
    // the number unknown (records from a stream): once 500 bytes have come
    expect(await where({ minBytes: 500 })).toBe('here here here here worker worker worker worker worker worker');
  });
});

describe('workersPay', () => {
  it.each([
    ['--jobs given: always', { minBytes: 0 }, 1, 10, true],
    ['listed: the inputs left times the mean size', { minBytes: 100, total: 12 }, 2, 20, true],
    ['listed: too little left', { minBytes: 100, total: 12 }, 2, 18, false],
    ['listed: one input left cannot be shared', { minBytes: 10, total: 3 }, 2, 1e9, false],
    ['not listed: the bytes seen so far', { minBytes: 100 }, 5, 100, true],
    ['not listed: too few yet', { minBytes: 100 }, 5, 99, false],
    ['two cores idle at the start', { minBytes: 100, total: 12, idleCores: 1.6 }, 2, 20, true],
    ['a busy machine: no core for a worker', { minBytes: 100, total: 12, idleCores: 1.2 }, 2, 1e9, false],
    ['--jobs given, on a busy machine too', { minBytes: 0, idleCores: 0 }, 1, 10, true],
  ])('%s', (_name, rule, taken, bytes, expected) => {
    expect(workersPay(rule, taken, bytes)).toBe(expected);
  });
});

describe('Room', () => {
  it('lets callers in one at a time, in order, while less than its size is taken', async () => {
    const room = new Room(100);
    const log: string[] = [];
    const caller = async (name: string, bytes: number) => {
      await room.enter();
      log.push(`${name} in`);
      room.take(bytes);
      return () => (log.push(`${name} done`), room.give(bytes));
    };
    const a = caller('a', 60);
    const b = caller('b', 60);
    const c = caller('c', 10);
    const doneA = await a;
    const doneB = await b;
    await new Promise((resolve) => setTimeout(resolve, 5));
    // a and b hold 120 bytes: c waits, though it would fit
    expect(log).toEqual(['a in', 'b in']);
    doneA();
    expect(log).toEqual(['a in', 'b in', 'a done']);
    const doneC = await c;
    expect(log).toEqual(['a in', 'b in', 'a done', 'c in']);
    doneB();
    doneC();
  });
});
