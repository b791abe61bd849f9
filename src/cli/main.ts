import { createCsvFormatter } from '../format/csv.js';
import { createJsonFormatter } from '../format/json.js';
import { createNdjsonFormatter } from '../format/ndjson.js';
import type { Formatter } from '../format/record.js';
import { createTableFormatter } from '../format/table.js';
import { expandPatterns, STDIN } from '../io/expand.js';
import { analyze, mapOrdered } from './batch.js';
import { terminalWidth, useColor } from './color.js';
import { toInputs } from './inputs.js';
import { HELP_HINT, type Options, parseArguments, USAGE_ERROR } from './options.js';
import { Output, type WritableOutput } from './output.js';

const STOPPED = Symbol('stopped');

/**
 * `promise`, or STOPPED as soon as `signal` aborts. Not Promise.race against one long-lived
 * "aborted" promise: every race would leave a reaction on it holding that file's result, and
 * memory would grow with every file.
 */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | typeof STOPPED> {
  if (signal.aborted) return Promise.resolve(STOPPED);
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(STOPPED);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error: unknown) => (signal.removeEventListener('abort', onAbort), reject(error)),
    );
  });
}

/** The signals that stop a batch, and the exit code each gives (128 + the signal's number). */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
type StopSignal = keyof typeof SIGNAL_EXIT;

/** Where signals come from: `process`, or an EventEmitter in tests. */
export interface SignalSource {
  on(signal: StopSignal, listener: () => void): unknown;
  off(signal: StopSignal, listener: () => void): unknown;
}

/** The world main() runs in. Every part defaults to the process's own. */
export interface Io {
  /** read for `-`, or when no path is given and it is not a terminal (`isTTY`) */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** data only; `isTTY` and `columns` decide color and table width */
  stdout: WritableOutput;
  /** diagnostics: `whosaid: <path>: <message>` */
  stderr: NodeJS.WritableStream;
  env: Readonly<Record<string, string | undefined>>;
  /** the directory relative paths and globs start from */
  cwd: string;
  signals: SignalSource;
}

/** Exit codes: 0 all inputs processed (quotations or not), 1 some could not be read, 2 usage error. */
export const EXIT = { ok: 0, someFailed: 1, usage: USAGE_ERROR } as const;

const NO_INPUT =
  'whosaid: no input: give files, directories or globs, or pipe an article in\n' +
  'Usage: whosaid [options] [paths...]\n' +
  HELP_HINT;

/**
 * Runs whosaid with the arguments after `node whosaid` and returns the exit code; never exits
 * the process and never throws. Results are written file by file, in the order of the
 * arguments (directories and globs sorted), as each finishes.
 *
 * Exit codes: 0 ran (even with no quotations; also when the reader of stdout went away),
 * 1 some inputs could not be read or processed (the others were), 2 usage error,
 * 130 / 143 stopped by SIGINT / SIGTERM (output holds whole records; JSON is closed with
 * `"interrupted": true`).
 */
export async function main(argv: readonly string[], io: Partial<Io> = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const env = io.env ?? process.env;
  // a closed stderr must not crash the run either
  stderr.on('error', () => undefined);
  const parsed = parseArguments(argv, {
    stdout: (text) => void stdout.write(text),
    stderr: (text) => void stderr.write(text),
  });
  if ('exitCode' in parsed) return parsed.exitCode;
  const { options } = parsed;
  // process.stdin is created only when asked for: a run on files leaves it alone
  const stdin = () => io.stdin ?? process.stdin;

  let paths = options.paths;
  if (paths.length === 0) {
    if (stdin().isTTY) {
      stderr.write(NO_INPUT);
      return EXIT.usage;
    }
    paths = [STDIN];
  }
  const formatter = formatterFor(options, useColor(options.color, stdout, env), terminalWidth(stdout, env));
  try {
    return await runBatch(paths, options, formatter, {
      stdin,
      stdout,
      stderr,
      cwd: io.cwd ?? process.cwd(),
      signals: io.signals ?? process,
    });
  } catch (error) {
    // a bug of whosaid, or stdout failing (a full disk): one line, no stack trace
    stderr.write(`whosaid: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.someFailed;
  }
}

/** The formatter for the chosen format. */
function formatterFor(options: Options, color: boolean, width: number): Formatter {
  switch (options.format) {
    case 'json':
      return createJsonFormatter();
    case 'ndjson':
      return createNdjsonFormatter();
    case 'csv':
      return createCsvFormatter({ bom: options.bom });
    case 'table':
      return createTableFormatter({ color, width });
  }
}

interface BatchIo {
  stdin: () => NodeJS.ReadableStream;
  stdout: WritableOutput;
  stderr: NodeJS.WritableStream;
  cwd: string;
  signals: SignalSource;
}

/**
 * The batch, as one pipeline:
 *
 *     arguments ─expandPatterns─► paths ─toInputs─► inputs ─mapOrdered(analyze)─► results ─formatter─► stdout
 *
 * Nothing is kept from one file to the next. A signal or a closed stdout stops the loop between
 * two files; a wait on standard input is cut short by the signal.
 *
 * Meant to grow without a rewrite:
 * - `--input ndjson`: in place of `toInputs(expandPatterns(…))`, a generator reading records
 *   `{id, text}` from standard input and yielding `{ file: id, text }`, which `analyze` takes.
 * - `--jobs N`: `mapOrdered(inputs, work, N)` with a `work` that reads on this thread and runs
 *   decode and extraction in worker threads; results still come in order, N at most in flight.
 */
async function runBatch(paths: string[], options: Options, formatter: Formatter, io: BatchIo): Promise<number> {
  const out = new Output(io.stdout);
  const stop = new AbortController();
  let stoppedBy: StopSignal | undefined;
  const listeners = (Object.keys(SIGNAL_EXIT) as StopSignal[]).map((name) => {
    const listener = () => {
      stoppedBy = name;
      // a second Ctrl-C finds no listener of ours, and ends the process at once
      removeListeners();
      stop.abort();
    };
    io.signals.on(name, listener);
    return [name, listener] as const;
  });
  const removeListeners = () => listeners.forEach(([name, listener]) => io.signals.off(name, listener));

  try {
    const inputs = toInputs(expandPatterns(paths, { cwd: io.cwd }), {
      cwd: io.cwd,
      maxBytes: options.maxBytes,
      stdin: io.stdin,
      signal: stop.signal,
    });
    const results = mapOrdered(inputs, (input) => analyze(input, { all: options.all }))[Symbol.asyncIterator]();
    let failed = false;
    await out.write(formatter.begin());
    while (!out.closed && !stop.signal.aborted) {
      const next = await unlessAborted(results.next(), stop.signal);
      if (next === STOPPED || next.done) break;
      const result = next.value;
      if (result.error !== undefined) {
        failed = true;
        if (!options.quiet) io.stderr.write(`whosaid: ${result.file}: ${result.error}\n`);
      }
      await out.write(formatter.file(result));
    }
    await out.write(formatter.end(stoppedBy !== undefined));
    if (out.closed) return EXIT.ok;
    if (stoppedBy !== undefined) return SIGNAL_EXIT[stoppedBy];
    return failed ? EXIT.someFailed : EXIT.ok;
  } finally {
    removeListeners();
  }
}
