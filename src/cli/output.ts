import { describeError } from '../io/errors.js';

/** A stream to write to: process.stdout, or a fake in tests. */
export type WritableOutput = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/**
 * Standard output for the batch. Each `write` resolves once the stream has taken the text, so
 * the batch never runs ahead of a slow reader (memory stays flat) and a chunk is never half
 * written when the batch stops. When the reader has gone away (EPIPE: `whosaid … | head -1`),
 * `closed` turns true, later writes are dropped, and nothing is thrown or printed.
 */
export class Output {
  #closed = false;
  readonly #stream: WritableOutput;

  constructor(stream: WritableOutput) {
    this.#stream = stream;
    // Node emits a write error as an event too, after the write's callback (which handles it).
    // The listener stays on for good: the event can come after main() has returned, and an
    // 'error' event nobody listens to would crash with a stack trace.
    stream.on('error', () => undefined);
  }

  /** The reader has closed the pipe. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Writes text; rejects on a write error other than a closed pipe ("cannot write output: no space left on device"). */
  write(text: string): Promise<void> {
    if (this.#closed || text === '') return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.#stream.write(text, (error?: Error | null) => {
        if (!error) return resolve();
        if (isClosedPipe(error)) {
          this.#closed = true;
          return resolve();
        }
        reject(new Error(`cannot write output: ${describeError(error)}`));
      });
    });
  }
}

function isClosedPipe(error: Error): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}
