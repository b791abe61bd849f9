import { availableParallelism } from 'node:os';
import type { FileResult, Formatter } from '../format/record.js';
import { type Expanded, expandPatterns, STDIN } from '../io/expand.js';
import { failed, internalError } from './analyze.js';
import { mapOrdered } from './batch.js';
import { terminalWidth, useColor } from './color.js';
import { toInputs } from './inputs.js';
import { createJobs, type WorkerOptions } from './jobs.js';
import { keepingText } from './keep-text.js';
import type { ProgressHook } from './progress.js';
import { toRecordInputs } from './records.js';
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
  /** diagnostics: `whosaid: <path>: <message>`; a progress line for a batch when it is a terminal (`isTTY`, `columns`) */
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: Readonly<Record<string, string | undefined>>;
  /** the directory relative paths and globs start from */
  cwd: string;
  signals: SignalSource;
  /** how many cores `--jobs` defaults to (os.availableParallelism()) */
  cores: number;
  /** how worker threads are started (tests: the compiled worker and a fake extractor) */
  workers: WorkerOptions;
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
  // a closed stdout (`whosaid --help | true`: help and version are written before the batch's
  // Output takes stdout over) or a closed stderr must not crash the run either
  stdout.on('error', () => undefined);
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
  try {
    const cwd = io.cwd ?? process.cwd();
    // inputs are listed first: a batch of more than one gets headings and a progress line
    const found = options.input === 'text' ? await listAll(expandPatterns(paths, { cwd })) : undefined;
    const batch = found === undefined || found.length > 1;
    const formatter = await formatterFor(options, useColor(options.color, stdout, env), terminalWidth(stdout, env, stderr), batch);
    const progress = stderr.isTTY
      ? (await import('./progress.js')).startProgress(stderr, env, options.quiet, found?.length, stdout.isTTY === true)
      : undefined;
    return await runBatch(paths, options, formatter, {
      stdin,
      stdout,
      stderr,
      cwd,
      found,
      progress,
      signals: io.signals ?? process,
      jobs: options.jobs ?? io.cores ?? availableParallelism(),
      workers: io.workers ?? {},
    });
  } catch (error) {
    // a bug of whosaid, or stdout failing (a full disk): one line, no stack trace
    stderr.write(`whosaid: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.someFailed;
  }
}

/** All that an async iterable yields, in an array. */
async function listAll<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/**
 * The formatter for the chosen view and format, loaded when chosen: the table's chalk and
 * string-width cost a script writing NDJSON nothing at start. `--kind`, `--min-confidence` and
 * `--speaker` filter the quotations, in that order, before any view sees them. `batch`: more
 * than one input, so headings per file.
 */
async function formatterFor(options: Options, color: boolean, width: number, batch: boolean): Promise<Formatter> {
  let formatter = await viewFormatter(options, color, width, batch);
  if (options.speaker !== undefined) formatter = (await import('./speaker-filter.js')).onlySpeaker(formatter, options.speaker);
  if (options.minConfidence !== undefined) formatter = (await import('./filters.js')).minConfidence(formatter, options.minConfidence);
  if (options.kinds !== undefined) formatter = (await import('./filters.js')).onlyKinds(formatter, options.kinds);
  return formatter;
}

async function viewFormatter(options: Options, color: boolean, width: number, headings: boolean): Promise<Formatter> {
  if (options.view === 'by-speaker') {
    const { createBySpeakerFormatter } = await import('../format/by-speaker.js');
    return createBySpeakerFormatter({ format: options.format, width, color, bom: options.bom });
  }
  if (options.view === 'show') return (await import('../format/show.js')).createShowFormatter({ color, width, headings });
  switch (options.format) {
    case 'json':
      return (await import('../format/json.js')).createJsonFormatter();
    case 'ndjson':
      return (await import('../format/ndjson.js')).createNdjsonFormatter();
    case 'csv':
      return (await import('../format/csv.js')).createCsvFormatter({ bom: options.bom });
    case 'table':
      return (await import('../format/table.js')).createTableFormatter({ color, width, headings });
  }
}

interface BatchIo {
  stdin: () => NodeJS.ReadableStream;
  stdout: WritableOutput;
  stderr: NodeJS.WritableStream;
  cwd: string;
  signals: SignalSource;
  /** worker threads: 1 runs everything on this thread */
  jobs: number;
  workers: WorkerOptions;
  /** the inputs, when already listed (text inputs); else expanded as the batch goes */
  found?: readonly Expanded[];
  /** told before and after each file's output (what it writes where), and at the end */
  progress?: ProgressHook;
}

/**
 * A file's result and its text in the output. A result the formatter cannot write (records too
 * large for one string: `--all` on 40,000 opening marks never closed gives 800 million characters)
 * becomes that file's error, and the run goes on.
 */
function formatted(formatter: Formatter, result: FileResult): [FileResult, string] {
  try {
    return [result, formatter.file(result)];
  } catch (error) {
    const failure = failed(result.file, internalError(error));
    return [failure, formatter.file(failure)];
  }
}

/**
 * The batch, as one pipeline:
 *
 *     arguments ─expandPatterns─► paths ─toInputs─► inputs ─mapOrdered(analyze)─► results ─formatter─► stdout
 *
 * With `--input ndjson`, `toRecordInputs` takes the place of `toInputs`: records `{id, text}`
 * read line by line, each an input filed under its id. With `--jobs N` (N > 1), `analyze` runs
 * in N worker threads (jobs.ts), 2N inputs at most in flight, and results still come in order.
 *
 * Nothing is kept from one file to the next. A signal or a closed stdout stops the loop between
 * two files; a wait on standard input is cut short by the signal.
 */
async function runBatch(paths: string[], options: Options, formatter: Formatter, io: BatchIo): Promise<number> {
  const out = new Output(io.stdout);
  // --kind picks from every kind
  const extract = { all: options.all || options.kinds !== undefined, asciiQuotes: options.asciiQuotes };
  const jobs = options.view === 'show' ? keepingText(extract) : createJobs(io.jobs, extract, io.workers);
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
    const read = { cwd: io.cwd, maxBytes: options.maxBytes, stdin: io.stdin, signal: stop.signal };
    const expanded = io.found ? each(io.found) : expandPatterns(paths, { cwd: io.cwd });
    const inputs = options.input === 'ndjson' ? toRecordInputs(expanded, read) : toInputs(expanded, read);
    const results = mapOrdered(inputs, jobs.work, jobs.concurrency)[Symbol.asyncIterator]();
    let failed = false;
    await out.write(formatter.begin());
    while (!out.closed && !stop.signal.aborted) {
      const next = await unlessAborted(results.next(), stop.signal);
      if (next === STOPPED || next.done) break;
      const [result, text] = formatted(formatter, next.value);
      failed ||= result.error !== undefined;
      const errorLine = result.error !== undefined && !options.quiet ? `whosaid: ${result.file}: ${result.error}\n` : '';
      io.progress?.makeWay(text, errorLine);
      if (errorLine !== '') io.stderr.write(errorLine);
      await out.write(text);
      io.progress?.fileDone();
    }
    io.progress?.end();
    await out.write(formatter.end(stoppedBy !== undefined));
    if (out.closed) return EXIT.ok;
    if (stoppedBy !== undefined) return SIGNAL_EXIT[stoppedBy];
    return failed ? EXIT.someFailed : EXIT.ok;
  } finally {
    io.progress?.end();
    removeListeners();
    await jobs.close();
  }
}
