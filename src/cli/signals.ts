/** The signals that stop a run, and the exit code each gives (128 + the signal's number). */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof SIGNAL_EXIT;

/** Where signals come from: `process`, or an EventEmitter in tests. */
export interface SignalSource {
  on(signal: StopSignal, listener: () => void): unknown;
  off(signal: StopSignal, listener: () => void): unknown;
}

/**
 * SIGINT and SIGTERM, heard from the moment main() starts to the end of the run. The first one
 * aborts `signal`; the listeners are then removed, so a second Ctrl-C finds none of ours and
 * ends the process at once.
 *
 * A listener runs only when the event loop turns: a loop that goes from input to input on
 * promises alone never lets it in, so every long stretch of work calls `pace()`.
 */
export class Stop {
  readonly #controller = new AbortController();
  readonly #source: SignalSource;
  readonly #listeners: Array<[StopSignal, () => void]>;
  #by: StopSignal | undefined;

  constructor(source: SignalSource) {
    this.#source = source;
    this.#listeners = (Object.keys(SIGNAL_EXIT) as StopSignal[]).map((name) => [
      name,
      () => {
        this.#by = name;
        this.dispose();
        this.#controller.abort();
      },
    ]);
    for (const [name, listener] of this.#listeners) source.on(name, listener);
  }

  /** Aborts on the first signal. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** 130 or 143 once a signal came, else undefined. */
  get exitCode(): number | undefined {
    return this.#by === undefined ? undefined : SIGNAL_EXIT[this.#by];
  }

  /** Stops listening (the run is over, or a signal came). */
  dispose(): void {
    for (const [name, listener] of this.#listeners) this.#source.off(name, listener);
  }
}

/** How long work goes on without letting the event loop turn (signals, workers' answers, I/O), at most. */
export const SLICE_MS = 20;

/**
 * Lets the event loop turn when SLICE_MS have passed since it last did: called between inputs,
 * between pieces of output and between blocks of one article, it bounds the wait for a signal
 * by about one slice of work plus the longest step, at a cost of two setImmediate per slice.
 *
 * Two, because a signal is taken in the loop's poll phase: work that runs in a poll callback
 * (a write's, a read's) and waits for one setImmediate is resumed in the check phase right
 * after, before any poll; the second comes after the next poll.
 */
export function pacer(clock: () => number = () => performance.now()): () => Promise<void> | undefined {
  let last = clock();
  return () => {
    if (clock() - last < SLICE_MS) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() =>
        setImmediate(() => {
          last = clock();
          resolve();
        }),
      ),
    );
  };
}
