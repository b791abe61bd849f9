import iconv from 'iconv-lite';

/** The encodings whosaid reads, as reported in the `encoding` field of the JSON output. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The text of an article and the encoding it was read in, or why it could not be read. */
export type Decoded = { text: string; encoding: Encoding } | { error: string };

/** Why a file that looks like anything but text is refused. */
export const BINARY_ERROR = 'binary file (contains NUL bytes)';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/**
 * Turns the bytes of an article into text. Pure: no I/O.
 *
 * 1. A byte order mark decides: UTF-8, UTF-16 LE or UTF-16 BE. The mark itself is dropped.
 * 2. Otherwise a NUL byte means a binary file, refused (UTF-16 without a mark lands here too:
 *    every ASCII character has a NUL byte beside it).
 * 3. Otherwise strict UTF-8; bytes that are not valid UTF-8 mean the file is windows-1252,
 *    the usual encoding of text saved by older Windows tools (0x93/0x94 are “ and ”).
 *
 * Only the byte order mark is removed: line ends (CRLF included) and everything else stay as
 * they are, so the offsets of the records point into this text.
 */
export function decode(bytes: Uint8Array): Decoded {
  // Once the mark is cut off, a second U+FEFF is a character of the text: ignoreBOM keeps it.
  // Invalid sequences after a mark (a lone surrogate, an odd last byte) become U+FFFD: the mark is trusted.
  if (startsWith(bytes, UTF8_BOM)) {
    return checked(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), 'utf-8-bom');
  }
  // a UTF-32 LE mark (FF FE 00 00) reads as UTF-16 LE with a NUL character: refused as binary
  if (startsWith(bytes, UTF16LE_BOM)) {
    return checked(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), 'utf-16le');
  }
  if (startsWith(bytes, UTF16BE_BOM)) {
    return checked(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(swapPairs(bytes.subarray(2))), 'utf-16be');
  }
  if (bytes.includes(0)) return { error: BINARY_ERROR };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // iconv-lite, not TextDecoder: Node 20's TextDecoder('windows-1252') maps 0x93 to U+0093
    // (a control character) where iconv-lite gives the “ that the byte stands for
    return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
  }
}

/** A text decoded by its byte order mark, unless it holds a NUL character. */
function checked(text: string, encoding: Encoding): Decoded {
  return text.includes('\u0000') ? { error: BINARY_ERROR } : { text, encoding };
}

/**
 * UTF-16 BE bytes as UTF-16 LE. TextDecoder('utf-16be') needs a Node built with full ICU;
 * 'utf-16le' is always there. An odd last byte is kept, and decodes to U+FFFD.
 */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes);
  for (let i = 0; i + 1 < swapped.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  return swapped;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
