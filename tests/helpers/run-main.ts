import { EventEmitter } from 'node:events';
import { PassThrough, Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

/** The world of one in-process run. */
export interface RunOptions {
  /** what standard input holds; a stream to control it; nothing: an empty pipe */
  stdin?: string | Uint8Array | Readable;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  columns?: number;
  env?: Record<string, string>;
  cwd?: string;
  signals?: EventEmitter;
  /** replaces the collecting stdout (to fake a closed pipe) */
  stdout?: Writable & { text?: () => string };
}

/** What a run printed and returned: tests assert all three together. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A stream that keeps what is written to it. */
export function collector(): Writable & { text: () => string; isTTY?: boolean; columns?: number } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

/** Runs main() in this process with fake streams, an empty environment and fake signals. */
export async function runMain(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = options.stdout ?? collector();
  const stderr = collector();
  Object.assign(stdout, { isTTY: options.stdoutIsTTY ?? false, columns: options.columns });
  const stdin =
    options.stdin instanceof Readable ? options.stdin : Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  Object.assign(stdin, { isTTY: options.stdinIsTTY ?? false });
  const code = await main(argv, {
    stdin,
    stdout,
    stderr,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    signals: options.signals ?? new EventEmitter(),
  });
  return { code, stdout: stdout.text?.() ?? '', stderr: stderr.text() };
}

/** A standard input that stays open until the test ends it. */
export function openStdin(): PassThrough {
  return new PassThrough();
}
