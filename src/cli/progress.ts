import stringWidth from 'string-width';

/** Where the progress line goes: standard error, when it is a terminal. */
export type ProgressStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/** What the batch loop tells the progress line. */
export interface ProgressHook {
  /**
   * before a file's text goes to stdout and its error line to stderr: take the line away if
   * any of it reaches the terminal (stderr, or stdout when stdout is the terminal too)
   */
  makeWay(stdout: string, stderr: string): void;
  /** after a file's output is written: count it, and draw the line again (at once if it made way) */
  fileDone(): void;
  /** at the end of the run (or on a signal): take the line away for good */
  end(): void;
}

/** Options of the progress line. */
export interface ProgressOptions {
  /** how many inputs the run has, if known (`--input ndjson` reads records as it goes) */
  total?: number;
  /** stdout is a terminal (the same one, as a rule): its output takes the line away too */
  stdoutIsTerminal?: boolean;
  /** the clock, in milliseconds (tests give a fake one) */
  now?: () => number;
  /** how often the elapsed time is redrawn while a file takes long, in ms; 0: never */
  tick?: number;
}

const ERASE = '\r\u001b[K';
/** The least time between two redraws, in ms: drawing costs more than a small file. */
const THROTTLE = 100;

/**
 * Whether a run shows a progress line: a batch of more than one input (or of records read as
 * they come), standard error a terminal that understands `ESC[K` (not TERM=dumb), and no
 * `--quiet`. Never with stderr redirected to a file or a pipe.
 */
export function wantsProgress(
  stderr: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
  quiet: boolean,
  total: number | undefined,
): boolean {
  return stderr.isTTY === true && env['TERM'] !== 'dumb' && !quiet && (total === undefined || total > 1);
}

/** A progress line on `stderr` when the run wants one (`wantsProgress`), else undefined. */
export function startProgress(
  stderr: ProgressStream,
  env: Readonly<Record<string, string | undefined>>,
  quiet: boolean,
  total: number | undefined,
  stdoutIsTerminal = false,
): Progress | undefined {
  return wantsProgress(stderr, env, quiet, total) ? new Progress(stderr, { total, stdoutIsTerminal }) : undefined;
}

/**
 * The progress line of a batch on standard error, redrawn in place:
 *
 *     whosaid  12/40 files ████████░░░░░░░░░░░░░░░░  30%  8.2 articles/s  0:05
 *
 * It stays on screen from the first file (or the first tick) to the end, and is redrawn in
 * place (`\r ESC[K`) as files are done, at most every 100 ms, and every `tick` while a file
 * takes long. It makes way only for lines written to the terminal: it is erased before a
 * file's error line, or its table rows when stdout is the terminal too, and drawn again as
 * soon as they are written; output that goes to a pipe or a file leaves it where it is.
 * It is fitted to the terminal's width minus one column (no automatic line wrap).
 */
export class Progress implements ProgressHook {
  readonly #stream: ProgressStream;
  readonly #total: number | undefined;
  readonly #stdoutIsTerminal: boolean;
  readonly #now: () => number;
  readonly #started: number;
  readonly #timer: ReturnType<typeof setInterval> | undefined;
  #done = 0;
  #shown = false;
  /** taken away for a file's output, until that file is done */
  #away = false;
  #ended = false;
  #drawnAt = -Infinity;

  constructor(stream: ProgressStream, options: ProgressOptions = {}) {
    this.#stream = stream;
    this.#total = options.total;
    this.#stdoutIsTerminal = options.stdoutIsTerminal ?? false;
    this.#now = options.now ?? Date.now;
    this.#started = this.#now();
    // the first line comes after a tick or a file: a run that ends at once shows none, and what
    // the formatter writes first (a CSV header) goes out before the line is there
    const tick = options.tick ?? 500;
    if (tick > 0) {
      this.#timer = setInterval(() => this.#away || this.#draw(), tick);
      this.#timer.unref();
    }
  }

  makeWay(stdout: string, stderr: string): void {
    if (stderr === '' && (stdout === '' || !this.#stdoutIsTerminal)) return;
    this.#away = true;
    this.#erase();
  }

  fileDone(): void {
    this.#done++;
    const wasAway = this.#away;
    this.#away = false;
    if (wasAway || this.#now() - this.#drawnAt >= THROTTLE || this.#done === this.#total) this.#draw();
  }

  end(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#erase();
    this.#ended = true;
  }

  #erase(): void {
    if (this.#shown) this.#stream.write(ERASE);
    this.#shown = false;
  }

  #draw(): void {
    if (this.#ended) return;
    this.#drawnAt = this.#now();
    this.#stream.write(ERASE + progressLine(this.#done, this.#total, this.#drawnAt - this.#started, (this.#stream.columns || 80) - 1));
    this.#shown = true;
  }
}

/**
 * The words of the progress line for `done` of `total` inputs after `elapsed` ms, at most
 * `width` cells: the bar shrinks first, then the rate and the percentage are left out.
 *
 *     whosaid  12/40 files ████████░░░░░░░░░░░░░░░░  30%  8.2 articles/s  0:05
 *     whosaid  1200 articles  410 articles/s  0:03        (total unknown)
 */
export function progressLine(done: number, total: number | undefined, elapsed: number, width: number): string {
  const seconds = elapsed / 1000;
  const rate = seconds >= 0.5 ? `  ${formatRate(done / seconds)} articles/s` : '';
  const clock = `  ${formatClock(seconds)}`;
  if (total === undefined) return fit([`whosaid  ${done} article${done === 1 ? '' : 's'}`, rate, clock], width);
  const count = `whosaid  ${done}/${total} files`;
  const percent = `  ${String(Math.floor((100 * done) / Math.max(total, 1))).padStart(3)}%`;
  const room = width - stringWidth(count + percent + rate + clock) - 1;
  const bar = room >= 10 ? ' ' + drawBar(done / Math.max(total, 1), Math.min(room, 30)) : '';
  return fit([count + bar, percent, rate, clock], width);
}

/** The parts that fit `width`, dropping the later optional ones first (the first part always stays, cut if need be). */
function fit([first, ...optional]: string[], width: number): string {
  let line = first!;
  for (const part of optional) if (stringWidth(line + part) <= width) line += part;
  return stringWidth(line) <= width ? line : line.slice(0, Math.max(0, width));
}

function drawBar(fraction: number, width: number): string {
  const full = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}

/** `8.2`, `41`, `1200`: one decimal below 10, none above. */
function formatRate(rate: number): string {
  return rate < 10 ? rate.toFixed(1) : String(Math.round(rate));
}

/** `0:05`, `12:34`, `1:02:03`. */
function formatClock(seconds: number): string {
  const s = Math.floor(seconds);
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const mmss = `${h > 0 ? String(m).padStart(2, '0') : m}:${String(r).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}
