import { availableParallelism, loadavg } from 'node:os';
import type { FileResult, Formatter } from '../format/record.js';
import { type Expanded, expandPatterns, STDIN } from '../io/expand.js';
import { terminalWidth, useColor } from './color.js';
import { mapOrdered } from './batch.js';
import { diagnostic, internalError } from './diagnostics.js';
import type { Jobs, WorkerOptions } from './jobs.js';
import { HELP_HINT, type Options, parseArguments, USAGE_ERROR } from './options.js';
import { Output, type WritableOutput } from './output.js';
import type { ProgressHook } from './progress.js';
import { pacer, type SignalSource, Stop } from './signals.js';

export type { SignalSource } from './signals.js';

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
  /** the load averages (os.loadavg()): by default, workers start only when cores are idle */
  load: () => number[];
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
 * 1 some inputs could not be read or processed (the others were), or stdout failed (a full
 * disk), 2 usage error, 130 / 143 stopped by SIGINT / SIGTERM (output holds whole records;
 * JSON is closed with `"interrupted": true`).
 *
 * Signals are heard from the first line on: a signal while the arguments are parsed, the inputs
 * listed or the first of them read still ends the run with whole output and 130 / 143. The core
 * and the workers are loaded while the inputs are listed, not before, so that this holds from
 * the first few milliseconds and `--help` never pays for them.
 */
export async function main(argv: readonly string[], io: Partial<Io> = {}): Promise<number> {
  const stop = new Stop(io.signals ?? process);
  try {
    return await run(argv, io, stop);
  } finally {
    stop.dispose();
  }
}

async function run(argv: readonly string[], io: Partial<Io>, stop: Stop): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const env = io.env ?? process.env;
  // a closed stderr must not crash the run (stdout's errors are Output's)
  stderr.on('error', () => undefined);
  const out = new Output(stdout);
  let help = '';
  const parsed = parseArguments(argv, { stdout: (text) => void (help += text), stderr: (text) => void stderr.write(text) });
  if ('exitCode' in parsed) {
    // --help and --version: written as data is, so a full disk is an error and a closed pipe is not
    try {
      await out.write(help);
    } catch (error) {
      stderr.write(`whosaid: ${(error as Error).message}\n`);
      return EXIT.someFailed;
    }
    return parsed.exitCode;
  }
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
    // the core loads while the inputs are listed
    const jobsModule = options.view === 'show' ? import('./keep-text.js') : import('./jobs.js');
    jobsModule.catch(() => undefined);
    // inputs are listed first: a batch of more than one gets headings and a progress line
    const found = options.input === 'text' ? await listAll(expandPatterns(paths, { cwd, signal: stop.signal }), stop.signal) : undefined;
    const batch = found === undefined || found.length > 1;
    const formatter = await formatterFor(options, useColor(options.color, stdout, env), terminalWidth(stdout, env, stderr), batch);
    const progress = stderr.isTTY && !stop.signal.aborted ? (await import('./progress.js')).startProgress(stderr, env, options.quiet, found?.length, stdout.isTTY === true) : undefined;
    // --kind picks from every kind; the sentences of --context only for the views that print them
    const extract = {
      all: options.all || options.kinds !== undefined, asciiQuotes: options.asciiQuotes,
      ...(options.context && options.view === 'quotes' ? { context: true } : {}),
      ...(options.indirect && { indirect: true }),
    };
    const pace = pacer();
    const how = { pace, signal: stop.signal };
    const cores = io.cores ?? availableParallelism();
    const modules = await jobsModule;
    const jobs =
      'keepingText' in modules
        ? modules.keepingText(extract, how)
        : modules.createJobs(options.jobs ?? cores, extract, io.workers ?? {}, how, {
            // `--jobs N` given: N threads from the second input; by default, only once the batch is big enough to pay for them
            minBytes: options.jobs === undefined ? modules.WORKERS_PAY_BYTES : 0,
            ...(found && { total: found.length }),
            idleCores: cores - (io.load ?? loadavg)()[0]!,
          });
    return await runBatch(paths, options, formatter, out, {
      jobs,
      stdin,
      stderr,
      cwd,
      found,
      progress,
      stop,
      pace,
    });
  } catch (error) {
    // a bug of whosaid, or stdout failing (a full disk): one line, no stack trace
    stderr.write(`whosaid: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.someFailed;
  }
}

/** All that an async iterable yields, in an array; what it had yielded when `signal` aborts. */
async function listAll<T>(items: AsyncIterable<T>, signal: AbortSignal): Promise<T[]> {
  const all: T[] = [];
  const iterator = items[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await unlessAborted(iterator.next(), signal);
      if (next === STOPPED || next.done) return all;
      all.push(next.value);
    }
  } finally {
    void iterator.return?.();
  }
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
  if (options.speaker !== undefined) {
    // the table and --show print nothing for a file without a quotation of theirs, as ripgrep for a file without a match
    const skipFiles = options.view === 'show' || (options.view === 'quotes' && options.format === 'table');
    formatter = (await import('./speaker-filter.js')).onlySpeaker(formatter, options.speaker, skipFiles);
  }
  if (options.minConfidence !== undefined) formatter = (await import('./filters.js')).minConfidence(formatter, options.minConfidence);
  if (options.kinds !== undefined) formatter = (await import('./filters.js')).onlyKinds(formatter, options.kinds);
  return formatter;
}

async function viewFormatter(options: Options, color: boolean, width: number, headings: boolean): Promise<Formatter> {
  if (options.view === 'by-speaker') {
    const { createBySpeakerFormatter } = await import('../format/by-speaker.js');
    return createBySpeakerFormatter({ format: options.format, width, color, bom: options.bom, ...(options.indirect && { reported: true }) });
  }
  if (options.view === 'show') return (await import('../format/show.js')).createShowFormatter({ color, width, headings });
  switch (options.format) {
    case 'json':
      return (await import('../format/json.js')).createJsonFormatter();
    case 'ndjson':
      return (await import('../format/ndjson.js')).createNdjsonFormatter();
    case 'csv':
      return (await import('../format/csv.js')).createCsvFormatter({ bom: options.bom, context: options.context });
    case 'table':
      return (await import('../format/table.js')).createTableFormatter({ color, width, headings });
  }
}

interface BatchIo {
  jobs: Jobs;
  stdin: () => NodeJS.ReadableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  /** the inputs, when already listed (text inputs); else expanded as the batch goes */
  found?: readonly Expanded[];
  /** told before and after each file's output (what it writes where), and at the end */
  progress?: ProgressHook;
  stop: Stop;
  /** lets the event loop turn now and then (see signals.ts) */
  pace: () => Promise<void> | undefined;
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
 * Nothing is kept from one file to the next, and no file's output is one string: it is written
 * in pieces of whole records, each when the one before has been taken (a slow reader holds the
 * batch back). A signal or a closed stdout stops the loop between two inputs or two pieces, or
 * between two blocks of a long article; a wait on standard input or on a worker is cut short.
 */
async function runBatch(paths: string[], options: Options, formatter: Formatter, out: Output, io: BatchIo): Promise<number> {
  const { stop, jobs, pace } = io;
  try {
    const read = { cwd: io.cwd, maxBytes: options.maxBytes, stdin: io.stdin, signal: stop.signal };
    const expanded = io.found ? each(io.found) : expandPatterns(paths, { cwd: io.cwd, signal: stop.signal });
    const inputs =
      options.input === 'ndjson'
        ? (await import('./ndjson-inputs.js')).toRecordInputs(expanded, read)
        : (await import('./inputs.js')).toInputs(expanded, read);
    const results = mapOrdered(inputs, jobs.work, () => jobs.concurrency)[Symbol.asyncIterator]();
    let failed = false;
    await out.write(formatter.begin());
    while (!out.closed && !stop.signal.aborted) {
      const next = await unlessAborted(results.next(), stop.signal);
      if (next === STOPPED || next.done) break;
      // a loop on promises alone never lets a signal in: the event loop turns here now and then
      await pace();
      if (stop.signal.aborted) break;
      const result = next.value;
      // the progress line makes way for what is written to the terminal, and comes back after the file
      const say = (message: string) => {
        if (options.quiet) return;
        const line = diagnostic(result.file, message);
        io.progress?.makeWay('', line);
        io.stderr.write(line);
      };
      if (result.error !== undefined) {
        failed = true;
        say(result.error);
      }
      for (const note of result.notes ?? []) say(note);
      const error = await writeFile(formatter, result, out, stop.signal, pace, (piece) => io.progress?.makeWay(piece, ''));
      if (error !== undefined) {
        failed = true;
        say(error);
      }
      io.progress?.fileDone();
    }
    io.progress?.end();
    await out.write(formatter.end(stop.signal.aborted));
    if (out.closed) return EXIT.ok;
    return stop.exitCode ?? (failed ? EXIT.someFailed : EXIT.ok);
  } finally {
    io.progress?.end();
    await jobs.close();
  }
}

/**
 * Writes one file's output, piece by piece, each once the one before is taken; stops between
 * two pieces on a signal. A piece the formatter cannot make (records too large for one string:
 * `--all` on 40,000 opening marks never closed gives 800 million characters) ends that file's
 * output, and its message comes back, as `internal error: …`; the pieces written stand.
 */
async function writeFile(
  formatter: Formatter, result: FileResult, out: Output, signal: AbortSignal, pace: () => Promise<void> | undefined, before: (piece: string) => void,
): Promise<string | undefined> {
  const pieces = formatter.file(result)[Symbol.iterator]();
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = pieces.next();
    } catch (error) {
      const message = internalError(error);
      const piece = formatter.failed(message);
      before(piece);
      await out.write(piece);
      return message;
    }
    if (next.done) return undefined;
    before(next.value);
    await out.write(next.value);
    await pace();
    if (signal.aborted || out.closed) {
      pieces.return?.();
      return undefined;
    }
  }
}
