import fs, { constants } from 'node:fs';
import { describeError, notRegularFile } from './errors.js';

/** The bytes of an input, or why they could not be read. */
export type ReadResult = { bytes: Uint8Array } | { error: string };

/** Bytes in a mebibyte: `--max-size` counts in MiB. */
export const MIB = 1024 * 1024;

/** The message for an input over the size limit: it names the limit and the option that raises it. */
export function tooLarge(maxBytes: number): string {
  const limit = maxBytes < MIB ? `${maxBytes} bytes` : `${Number((maxBytes / MIB).toFixed(2))} MiB`;
  return `file is larger than ${limit} (raise the limit with --max-size <MiB>)`;
}

/**
 * Reads a whole regular file of at most `maxBytes`. Never throws: errors come back as messages.
 * The file is opened without blocking and checked before it is read, so a named pipe that
 * slipped in (say, renamed after the arguments were expanded) is refused, not waited on.
 *
 * The reading itself is synchronous: open, fstat, read and close of an article take about
 * 10 µs this way, and about 100 µs as four trips through libuv's thread pool, which in a
 * batch of small files is time taken from extraction (see docs/performance.md).
 */
export async function readFileLimited(path: string, maxBytes: number): Promise<ReadResult> {
  return readFileLimitedSync(path, maxBytes);
}

/** `readFileLimited` without the promise. The bytes are a buffer of their own (not pooled), so they can be moved to a worker. */
export function readFileLimitedSync(path: string, maxBytes: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = fs.openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fs.fstatSync(fd);
    if (!stats.isFile()) return { error: notRegularFile(stats) };
    if (stats.size > maxBytes) return { error: tooLarge(maxBytes) };
    const bytes = readAll(fd, stats.size, maxBytes);
    return bytes === undefined ? { error: tooLarge(maxBytes) } : { bytes };
  } catch (error) {
    return { error: describeError(error) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * The bytes of an open file, `size` of them as fstat says, or more if it grew since (files in
 * /proc say 0); undefined if it grew past `maxBytes`.
 */
function readAll(fd: number, size: number, maxBytes: number): Buffer | undefined {
  let buffer = Buffer.allocUnsafeSlow(size);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      // full: one byte more would say whether the file goes on
      const probe = Buffer.alloc(1);
      if (fs.readSync(fd, probe, 0, 1, length) === 0) return buffer;
      if (length + 1 > maxBytes) return undefined;
      const larger = Buffer.allocUnsafeSlow(Math.min(maxBytes + 1, Math.max(2 * length, 64 * 1024)));
      buffer.copy(larger);
      larger[length++] = probe[0]!;
      buffer = larger;
    }
    const read = fs.readSync(fd, buffer, length, buffer.length - length, length);
    if (read === 0) return length === buffer.length ? buffer : buffer.subarray(0, length);
    length += read;
    if (length > maxBytes) return undefined;
  }
}

/** The message for standard input cut off by a signal (the batch stops there, so it is not printed). */
export const READ_ABORTED = 'reading was interrupted';

/**
 * Reads a stream to its end, at most `maxBytes` of it (standard input). Never throws. When
 * `signal` aborts, or the limit is passed, the stream is destroyed: a paused process.stdin
 * would still keep the process alive until the other end of the pipe closes.
 */
export function readStreamLimited(
  stream: NodeJS.ReadableStream & { destroy?(): unknown },
  maxBytes: number,
  signal?: AbortSignal,
): Promise<ReadResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: ReadResult) => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const stop = (result: ReadResult) => {
      finish(result);
      stream.destroy?.();
    };
    const onData = (chunk: Buffer | string) => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > maxBytes) stop({ error: tooLarge(maxBytes) });
      else chunks.push(buffer);
    };
    const onEnd = () => finish({ bytes: Buffer.concat(chunks) });
    const onError = (error: unknown) => finish({ error: describeError(error) });
    const onAbort = () => stop({ error: READ_ABORTED });
    if (signal?.aborted) return resolve({ error: READ_ABORTED });
    signal?.addEventListener('abort', onAbort);
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.resume();
  });
}
