import { TextDecoder } from 'node:util';
import { MIB } from './read.js';

/** One line of a stream: its 1-based number and its text, or why it could not be read. */
export type Line = { number: number; text: string; error?: undefined } | { number: number; error: string };

/** The message for a line over the size limit: it names the limit and the option that raises it. */
export function lineTooLong(maxBytes: number): string {
  const limit = maxBytes < MIB ? `${maxBytes} bytes` : `${Number((maxBytes / MIB).toFixed(2))} MiB`;
  return `line is longer than ${limit} (raise the limit with --max-size <MiB>)`;
}

export const NOT_UTF8 = 'not valid UTF-8';

const NEWLINE = 0x0a;
const RETURN = 0x0d;

/**
 * The lines of a byte stream, read as it comes: `\n` ends a line, a `\r` before it is dropped,
 * and so is a UTF-8 byte order mark at the very start. A last line without `\n` counts.
 *
 * Only one line is held at a time, and at most `maxBytes` of it: a longer line is skipped to
 * its end and given as an error, and the lines after it are read on. A line that is not UTF-8
 * is an error too.
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;

  const finish = (): Line => {
    number++;
    const line = tooLong ? { number, error: lineTooLong(maxBytes) } : decodeLine(decoder, parts, size, number);
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  const add = (piece: Uint8Array) => {
    if (tooLong || piece.length === 0) return;
    size += piece.length;
    if (size > maxBytes) {
      tooLong = true;
      parts = [];
    } else parts.push(piece);
  };

  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let at = 0;
    for (let end = bytes.indexOf(NEWLINE, at); end !== -1; end = bytes.indexOf(NEWLINE, at)) {
      add(bytes.subarray(at, end));
      yield finish();
      at = end + 1;
    }
    // the rest of the chunk is kept as a copy: the stream may reuse its buffer
    if (at < bytes.length) add(Uint8Array.prototype.slice.call(bytes, at));
  }
  if (size > 0 || tooLong) yield finish();
}

function decodeLine(decoder: TextDecoder, parts: Uint8Array[], size: number, number: number): Line {
  let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
  if (bytes.length > 0 && bytes[bytes.length - 1] === RETURN) bytes = bytes.subarray(0, -1);
  if (number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  try {
    return { number, text: decoder.decode(bytes) };
  } catch {
    return { number, error: NOT_UTF8 };
  }
}
