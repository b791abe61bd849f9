import iconv from 'iconv-lite';

/** The encodings whosaid reads, as reported in the `encoding` field of the JSON output. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The text of an article and the encoding it was read in, or why it could not be read. `notes`
 * says what was changed to read it (`1 byte not UTF-8, replaced`): the caller reports them.
 */
export type Decoded = { text: string; encoding: Encoding; notes?: string[] } | { error: string };

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
 * 3. Otherwise UTF-8, if the bytes are UTF-8 as a whole: every byte valid, or at least as
 *    many characters of two to four valid bytes as bytes that are not valid (a UTF-8 article
 *    with a caption pasted from elsewhere, a file cut inside a character). Those bytes become
 *    U+FFFD, and a note says how many.
 * 4. Otherwise windows-1252, the usual encoding of text saved by older Windows tools (0x93/0x94
 *    are “ and ”): a windows-1252 file has non-ASCII bytes one by one among ASCII letters, which
 *    are almost never valid UTF-8, so its invalid bytes far outnumber its valid sequences.
 *
 * Only the byte order mark is removed: line ends (CRLF included) and everything else stay as
 * they are, so the offsets of the records point into this text.
 */
export function decode(bytes: Uint8Array): Decoded {
  // Once the mark is cut off, a second U+FEFF is a character of the text: ignoreBOM keeps it.
  // Invalid sequences after a mark (a lone surrogate, an odd last byte) become U+FFFD: the mark is trusted.
  if (startsWith(bytes, UTF8_BOM)) {
    const decoded = checked(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), 'utf-8-bom');
    if ('error' in decoded || !decoded.text.includes('\uFFFD')) return decoded;
    // a U+FFFD may be the file's own (EF BF BD): only bytes that were not UTF-8 are noted
    const { invalid } = utf8Census(bytes.subarray(3));
    return invalid === 0 ? decoded : { ...decoded, notes: [notUtf8(invalid)] };
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
    const { valid, invalid } = utf8Census(bytes);
    if (valid >= invalid) {
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      return { text, encoding: 'utf-8', notes: [notUtf8(invalid)] };
    }
    // iconv-lite, not TextDecoder: Node 20's TextDecoder('windows-1252') maps 0x93 to U+0093
    // (a control character) where iconv-lite gives the “ that the byte stands for
    return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
  }
}

/** The note for bytes of a UTF-8 file that were not UTF-8: `1 byte not UTF-8, replaced`. */
export function notUtf8(bytes: number): string {
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'} not UTF-8, replaced`;
}

/**
 * How many characters of two to four bytes are valid UTF-8 (`valid`), and how many bytes are
 * not (`invalid`), as a UTF-8 decoder reads them (WHATWG: no overlong forms, no surrogates,
 * nothing past U+10FFFF; a sequence broken off counts its bytes so far, and the byte that broke
 * it is read again). `€` (E2 82 AC) is one valid; `caf\xe9` has one invalid; a file cut after
 * E2 82 has two.
 */
export function utf8Census(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // how many continuation bytes follow the lead, and the range of the first of them
    let need = 0;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) [need, low, high] = [2, lead === 0xe0 ? 0xa0 : 0x80, lead === 0xed ? 0x9f : 0xbf];
    else if (lead >= 0xf0 && lead <= 0xf4) [need, low, high] = [3, lead === 0xf0 ? 0x90 : 0x80, lead === 0xf4 ? 0x8f : 0xbf];
    let taken = 1;
    while (taken <= need) {
      const next = bytes[i + taken];
      if (next === undefined || next < low || next > high) break;
      [low, high] = [0x80, 0xbf];
      taken++;
    }
    if (need > 0 && taken > need) valid++;
    else invalid += taken;
    i += taken;
  }
  return { valid, invalid };
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
