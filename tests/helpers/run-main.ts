import { EventEmitter } from 'node:events';
import { PassThrough, Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { WorkerOptions } from '../../src/cli/jobs.js';

/** The world of one in-process run. */
export interface RunOptions {
  /** what standard input holds, or a stream to control it; nothing: an empty pipe */
  stdin?: string | Uint8Array | Readable;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  columns?: number;
  /** standard error a terminal of this many columns (a progress line may be drawn there) */
  stderrColumns?: number;
  env?: Record<string, string>;
  cwd?: string;
  signals?: EventEmitter;
  /** replaces the collecting stdout (to fake a closed pipe) */
  stdout?: Writable;
  /**
   * the cores `--jobs` defaults to: 1 unless a test asks, since worker threads run compiled
   * code (dist/) and not the sources under test with their mocks
   */
  cores?: number;
  /** how worker threads start, for tests of `--jobs` (see workerOptions in ./workers.ts) */
  workers?: WorkerOptions;
}

/** What a run printed and returned: tests assert all three together. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A stream that keeps what is written to it. */
export type Collector = Writable & { text: () => string };

/** A stream that keeps what is written to it; with `failAt`, write number `failAt.write` and later ones fail with `failAt.error`. */
export function collector(failAt?: { write: number; error: NodeJS.ErrnoException }): Collector {
  const chunks: Buffer[] = [];
  let writes = 0;
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      writes++;
      if (failAt && writes >= failAt.write) return callback(failAt.error);
      chunks.push(chunk);
      callback();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

/** A run under way: its streams, to watch them, and its end. */
export interface Started {
  stdout: Collector;
  stderr: Collector;
  done: Promise<RunResult>;
}

/** Starts main() in this process with fake streams, an empty environment and fake signals. */
export function startMain(argv: string[], options: RunOptions = {}): Started {
  const stdout = (options.stdout ?? collector()) as Collector;
  const stderr = collector();
  if (options.stderrColumns !== undefined) Object.assign(stderr, { isTTY: true, columns: options.stderrColumns });
  Object.assign(stdout, { isTTY: options.stdoutIsTTY ?? false, columns: options.columns });
  const stdin =
    options.stdin instanceof Readable
      ? options.stdin
      : Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  Object.assign(stdin, { isTTY: options.stdinIsTTY ?? false });
  const done = main(argv, {
    stdin,
    stdout,
    stderr,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    signals: options.signals ?? new EventEmitter(),
    cores: options.cores ?? 1,
    workers: options.workers ?? {},
  }).then((code) => ({ code, stdout: stdout.text(), stderr: stderr.text() }));
  return { stdout, stderr, done };
}

/** Runs main() in this process to its end (see `startMain`). */
export function runMain(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  return startMain(argv, options).done;
}

/** A standard input that stays open until the test ends it. */
export function openStdin(): PassThrough {
  return new PassThrough();
}

/** Waits until `condition` holds, checking every few milliseconds; fails after `timeout` ms. */
export async function until(condition: () => boolean, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
