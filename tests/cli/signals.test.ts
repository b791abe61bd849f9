import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/cli/analyze.js';
import { ISOLATE_BYTES } from '../../src/cli/jobs.js';
import { pacer, SLICE_MS, Stop } from '../../src/cli/signals.js';
import type { Quote } from '../../src/core/types.js';
import { openStdin, startMain, until } from '../helpers/run-main.js';
import { tmpDir } from '../helpers/tmp.js';
import { fakeWorkers } from '../helpers/workers.js';

// A signal at any moment of a run: at start-up, while the inputs are listed, during the first
// input, mid-batch, with one job and with two. Each run ends with whole output, "interrupted"
// in JSON, and 130 / 143; stdout, stderr and the exit code are asserted together.

vi.mock('../../src/core/extract.js', async () => ({
  extractQuotes: (await import('../helpers/fake-extract.js')).fakeExtract,
}));

const many: Record<string, string> = {};
for (let i = 0; i < 3000; i++) many[`batch/${String(i).padStart(4, '0')}.txt`] = `“Quote ${i},” said Ann.\n`.repeat(20);
const cwd = tmpDir({ ...many, 'a.txt': '“One,” said Ann.\n' });

const EMPTY_INTERRUPTED = '{\n  "schemaVersion": 1,\n  "files": [],\n  "interrupted": true\n}\n';

interface Document {
  files: Array<{ file: string; quotes: Array<{ text: string }>; interrupted?: true }>;
  interrupted?: true;
}

/** Starts a run with fake signals (and, for --jobs 2, worker threads with the fake extractor). */
function start(argv: string[], options: Parameters<typeof startMain>[1] = {}) {
  const signals = new EventEmitter();
  const started = startMain(argv, { cwd, signals, cores: 2, workers: fakeWorkers, ...options });
  return { ...started, signals };
}

/** The files of a JSON document stopped mid-batch: in order from the first, each whole but the last maybe, fewer than all. */
function expectStoppedBatch(stdout: string): void {
  const document = JSON.parse(stdout) as Document;
  expect(document.interrupted).toBe(true);
  const names = document.files.map((f) => f.file);
  expect(names.length).toBeGreaterThan(0);
  expect(names.length).toBeLessThan(3000);
  expect(names).toEqual(Object.keys(many).slice(0, names.length));
  const whole = document.files.filter((f) => f.interrupted === undefined);
  expect(whole.length).toBeGreaterThanOrEqual(names.length - 1);
  for (const f of whole) expect(f.quotes).toHaveLength(20);
}

describe('a signal at start-up', () => {
  it.each([
    ['--json', EMPTY_INTERRUPTED],
    ['--ndjson', ''],
    ['--csv', 'file,index,text,start,end,line,column,kind,speaker,role,mention,cue,via,parent,confidence,method,speakerType,gender\r\n'],
  ])('%s: whole output of no file, exit 143', async (format, expected) => {
    const run = start([format, 'batch']);
    // before main() has awaited anything: its listeners are there from the first line
    run.signals.emit('SIGTERM');
    expect(await run.done).toEqual({ code: 143, stdout: expected, stderr: '' });
    expect(run.signals.eventNames()).toEqual([]);
  });
});

describe('a signal while the inputs are listed', () => {
  it.each([['1'], ['2']])('stops the listing: whole JSON of no file, exit 130 (--jobs %s)', async (jobs) => {
    // a directory that takes as long as the test wants to list
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const readdir = fs.promises.readdir;
    const spy = vi.spyOn(fs.promises, 'readdir').mockImplementation((async (...args: Parameters<typeof readdir>) => {
      await gate;
      return readdir(...args);
    }) as typeof readdir);
    try {
      const run = start(['--json', '--jobs', jobs, 'batch']);
      await until(() => spy.mock.calls.length > 0);
      run.signals.emit('SIGINT');
      expect(await run.done).toEqual({ code: 130, stdout: EMPTY_INTERRUPTED, stderr: '' });
    } finally {
      release();
      spy.mockRestore();
    }
  });
});

describe('a signal during the first input', () => {
  it.each([['1'], ['2']])('stops the wait for standard input: whole JSON, exit 143 (--jobs %s)', async (jobs) => {
    const stdin = openStdin();
    const run = start(['--json', '--jobs', jobs, '-', 'a.txt'], { stdin });
    stdin.write('“Half');
    await until(() => run.stdout.text().includes('"files": ['));
    run.signals.emit('SIGTERM');
    expect(await run.done).toEqual({ code: 143, stdout: EMPTY_INTERRUPTED, stderr: '' });
    expect(stdin.destroyed).toBe(true);
  });
});

describe('a signal during a long input', () => {
  // an input of ISOLATE_BYTES or more runs in a worker, which is stopped at once: the fake one works a minute on SLOW
  const slow = tmpDir({ 'slow.txt': '“Slow,” said Sy. SLOW\n'.padEnd(ISOLATE_BYTES, '.'), 'after.txt': '“After,” said Al.' });

  it.each([['1'], ['2']])('stops it at once: whole JSON of no file, exit 143 (--jobs %s)', async (jobs) => {
    const run = start(['--json', '--jobs', jobs, 'slow.txt', 'after.txt'], { cwd: slow });
    await until(() => run.stdout.text().includes('"files": ['));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = Date.now();
    run.signals.emit('SIGTERM');
    expect(await run.done).toEqual({ code: 143, stdout: EMPTY_INTERRUPTED, stderr: '' });
    // a minute of work left in the worker: the run did not wait for it
    expect(Date.now() - sent).toBeLessThan(10_000);
  });
});

describe('a signal mid-batch', () => {
  // --jobs 1 reads, extracts and writes on promises alone: the run must still let the signal in
  it.each([['1'], ['2']])('stops between two inputs: the files before it whole, exit 143 (--jobs %s)', async (jobs) => {
    const run = start(['--json', '--jobs', jobs, 'batch']);
    await until(() => run.stdout.text().includes('batch/0100.txt'), 20_000);
    run.signals.emit('SIGTERM');
    const { code, stdout, stderr } = await run.done;
    expect([code, stderr]).toEqual([143, '']);
    expectStoppedBatch(stdout);
  });

  it('writes NDJSON lines whole only (--jobs 1, SIGINT)', async () => {
    const run = start(['--ndjson', '--jobs', '1', 'batch']);
    await until(() => run.stdout.text().includes('batch/0100.txt'), 20_000);
    run.signals.emit('SIGINT');
    const { code, stdout, stderr } = await run.done;
    expect([code, stderr]).toEqual([130, '']);
    expect(stdout.endsWith('\n')).toBe(true);
    const files = stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { file: string }).file);
    expect(files.length).toBeLessThan(3000 * 20);
  });
});

describe('a signal inside one long article', () => {
  const quote = (index: number): Quote => ({
    index, text: 'x', start: 3 * index, end: 3 * index + 3, line: 1, column: 3 * index + 1, kind: 'direct',
    speaker: null, role: null, mention: null, cue: null, via: null, parent: null, confidence: 0, method: 'none',
    speakerType: null, gender: null,
  });

  it('stops between two blocks of the extractor, and the article gives no result', async () => {
    const stop = new AbortController();
    let read = 0;
    // an extractor that gives the records of an article block by block, as the core is to
    function* blocks(): Generator<Quote[]> {
      for (let block = 0; block < 100; block++) {
        read++;
        if (block === 3) stop.abort();
        yield [quote(block)];
      }
    }
    const result = await analyze({ file: 'long.txt', text: '“x”' }, {}, { blocks, signal: stop.signal, pace: () => undefined });
    expect([result.error, read]).toEqual(['interrupted', 4]);
  });

  it('gives every block’s records, in order, when no signal comes', async () => {
    const blocks = () => [[quote(0), quote(1)], [quote(2)], [], [quote(3)]];
    const result = await analyze({ file: 'long.txt', text: '“x”' }, {}, { blocks, signal: new AbortController().signal });
    expect(result.quotes.map((q) => q.index)).toEqual([0, 1, 2, 3]);
  });

  it('lets the event loop turn between blocks once a slice of time has passed', async () => {
    let now = 0;
    const pace = pacer(() => now);
    expect(pace()).toBeUndefined();
    now += SLICE_MS;
    let turned = false;
    setImmediate(() => (turned = true));
    await pace();
    expect(turned).toBe(true);
    expect(pace()).toBeUndefined();
  });
});

describe('Stop', () => {
  it('aborts on the first signal, gives its exit code, and leaves the second to the default (ends the process)', () => {
    const signals = new EventEmitter();
    const stop = new Stop(signals);
    expect([stop.signal.aborted, stop.exitCode, signals.listenerCount('SIGINT')]).toEqual([false, undefined, 1]);
    signals.emit('SIGINT');
    expect([stop.signal.aborted, stop.exitCode, signals.listenerCount('SIGINT'), signals.listenerCount('SIGTERM')]).toEqual([true, 130, 0, 0]);
  });
});
