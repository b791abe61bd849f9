import { constants } from 'node:fs';
import fs from 'node:fs/promises';
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
 */
export async function readFileLimited(path: string, maxBytes: number): Promise<ReadResult> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = await handle.stat();
    if (!stats.isFile()) return { error: notRegularFile(stats) };
    if (stats.size > maxBytes) return { error: tooLarge(maxBytes) };
    const bytes = await handle.readFile();
    // the file grew between stat and read
    if (bytes.length > maxBytes) return { error: tooLarge(maxBytes) };
    return { bytes };
  } catch (error) {
    return { error: describeError(error) };
  } finally {
    await handle?.close().catch(() => undefined);
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
