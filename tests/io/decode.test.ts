import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BINARY_ERROR, decode, utf8Census } from '../../src/io/decode.js';
import { utf16 } from '../helpers/tmp.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('decode', () => {
  it.each([
    ['plain ASCII', utf8('He said "no."'), { text: 'He said "no."', encoding: 'utf-8' }],
    ['UTF-8 without a mark', utf8('“Oui,” dit-elle.'), { text: '“Oui,” dit-elle.', encoding: 'utf-8' }],
    ['an empty file', bytes(), { text: '', encoding: 'utf-8' }],
    ['UTF-8 with a mark: the mark dropped', bytes(0xef, 0xbb, 0xbf, 0x68, 0x69), { text: 'hi', encoding: 'utf-8-bom' }],
    ['only a UTF-8 mark', bytes(0xef, 0xbb, 0xbf), { text: '', encoding: 'utf-8-bom' }],
    ['a second U+FEFF after the mark is text', bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x68), { text: '\uFEFFh', encoding: 'utf-8-bom' }],
    ['UTF-16 LE with a mark', utf16('“Hi,” she said.', 'le'), { text: '“Hi,” she said.', encoding: 'utf-16le' }],
    ['UTF-16 BE with a mark', utf16('“Hi,” she said.', 'be'), { text: '“Hi,” she said.', encoding: 'utf-16be' }],
    ['UTF-16 BE outside the BMP', utf16('😀 ok', 'be'), { text: '😀 ok', encoding: 'utf-16be' }],
    ['UTF-16 LE, odd last byte', bytes(0xff, 0xfe, 0x68, 0x00, 0x69), { text: 'h\uFFFD', encoding: 'utf-16le' }],
    ['windows-1252 curly quotes 0x93/0x94', bytes(0x93, 0x48, 0x69, 0x94), { text: '“Hi”', encoding: 'windows-1252' }],
    ['windows-1252 é and ’', bytes(0x63, 0x61, 0x66, 0xe9, 0x92, 0x73), { text: 'café’s', encoding: 'windows-1252' }],
    ['CRLF kept', utf8('a\r\nb\r\n'), { text: 'a\r\nb\r\n', encoding: 'utf-8' }],
    ['CRLF kept in windows-1252', bytes(0x93, 0x0d, 0x0a, 0x94), { text: '“\r\n”', encoding: 'windows-1252' }],
    // a UTF-8 article with a caption pasted from a windows-1252 one: UTF-8, the stray byte replaced and noted
    ['UTF-8 with one byte that is not', bytes(...utf8('“Hi,” she said. Photo: caf'), 0xe9), { text: '“Hi,” she said. Photo: caf\uFFFD', encoding: 'utf-8', notes: ['1 byte not UTF-8, replaced'] }],
    // `head -c` cut the last ” after two of its three bytes
    ['UTF-8 cut inside a character', bytes(...utf8('“Hi,” she said, “bye'), 0xe2, 0x80), { text: '“Hi,” she said, “bye\uFFFD', encoding: 'utf-8', notes: ['2 bytes not UTF-8, replaced'] }],
    ['as many invalid bytes as valid characters: UTF-8', bytes(...utf8('“Hi”'), 0x93, 0x94), { text: '“Hi”\uFFFD\uFFFD', encoding: 'utf-8', notes: ['2 bytes not UTF-8, replaced'] }],
    // windows-1252 whose Ã© (C3 A9) happens to be valid UTF-8: outnumbered by the quotes, still windows-1252
    ['windows-1252 with one valid UTF-8 pair by chance', bytes(0x93, 0x48, 0x69, 0x94, 0x20, 0x93, 0xc3, 0xa9, 0x94), { text: '“Hi” “Ã©”', encoding: 'windows-1252' }],
    ['ASCII and one windows-1252 byte: windows-1252', bytes(...utf8('Photo: caf'), 0xe9), { text: 'Photo: café', encoding: 'windows-1252' }],
    ['UTF-8 with a mark and a byte that is not', bytes(0xef, 0xbb, 0xbf, 0x68, 0xff, 0x69), { text: 'h\uFFFDi', encoding: 'utf-8-bom', notes: ['1 byte not UTF-8, replaced'] }],
    ['UTF-8 with a mark and its own U+FFFD: nothing to note', bytes(0xef, 0xbb, 0xbf, 0xef, 0xbf, 0xbd), { text: '\uFFFD', encoding: 'utf-8-bom' }],
  ])('%s', (_name, input, expected) => {
    expect(decode(input)).toEqual(expected);
  });

  it.each([
    ['ASCII', utf8('plain'), { valid: 0, invalid: 0 }],
    ['two, three and four bytes', utf8('é€😀'), { valid: 3, invalid: 0 }],
    ['a lone continuation byte', bytes(0x80), { valid: 0, invalid: 1 }],
    ['a sequence broken off at the end', bytes(0xe2, 0x82), { valid: 0, invalid: 2 }],
    ['a sequence broken off by ASCII, which is read again', bytes(0xe2, 0x41), { valid: 0, invalid: 1 }],
    ['an overlong form', bytes(0xc0, 0x80), { valid: 0, invalid: 2 }],
    ['a surrogate', bytes(0xed, 0xa0, 0x80), { valid: 0, invalid: 3 }],
    ['past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), { valid: 0, invalid: 4 }],
    ['U+10FFFF itself', bytes(0xf4, 0x8f, 0xbf, 0xbf), { valid: 1, invalid: 0 }],
  ])('counts the UTF-8 of %s', (_name, input, expected) => {
    expect(utf8Census(input)).toEqual(expected);
  });

  it('counts valid characters as a UTF-8 decoder reads them, and never fewer invalid bytes than it replaces', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (input) => {
        const text = new TextDecoder('utf-8').decode(input);
        fc.pre(!Buffer.from(input).includes(Buffer.from([0xef, 0xbf, 0xbd])));
        const { valid, invalid } = utf8Census(input);
        const chars = Array.from(text);
        expect(valid).toBe(chars.filter((c) => c.codePointAt(0)! >= 0x80 && c !== '\uFFFD').length);
        expect(invalid).toBeGreaterThanOrEqual(chars.filter((c) => c === '\uFFFD').length);
        expect(invalid + chars.filter((c) => c.codePointAt(0)! < 0x80).length + chars.reduce((n, c) => n + (c === '\uFFFD' || c.codePointAt(0)! < 0x80 ? 0 : Buffer.byteLength(c)), 0)).toBe(input.length);
      }),
    );
  });

  it('reads a UTF-8 article with stray bytes fewer than its characters as UTF-8, every valid part kept', () => {
    const article = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => !s.includes('\u0000') && !s.startsWith('\uFEFF') && /[^\u0000-\u007f]/u.test(s));
    fc.assert(
      fc.property(article, fc.constantFrom(0x80, 0x93, 0xe9, 0xff), (s, stray) => {
        const decoded = decode(new Uint8Array([...utf8(s), stray]));
        expect(decoded).toEqual({ text: s + '\uFFFD', encoding: 'utf-8', notes: ['1 byte not UTF-8, replaced'] });
      }),
    );
  });

  it.each([
    ['a NUL byte', bytes(0x61, 0x00, 0x62)],
    ['UTF-16 without a mark', new Uint8Array(Buffer.from('hello', 'utf16le'))],
    ['a NUL character in UTF-16', bytes(0xff, 0xfe, 0x00, 0x00, 0x61, 0x00)],
    ['a NUL character after a UTF-8 mark', bytes(0xef, 0xbb, 0xbf, 0x00)],
  ])('refuses %s as binary', (_name, input) => {
    expect(decode(input)).toEqual({ error: BINARY_ERROR });
  });

  it('never throws, and gives text or an error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (input) => {
        const result = decode(input);
        expect('text' in result || 'error' in result).toBe(true);
      }),
    );
  });

  it('gives back any UTF-8 text without NUL unchanged, in every encoding with a mark', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 60 }).filter((s) => !s.includes('\u0000') && !s.startsWith('\uFEFF'));
    fc.assert(
      fc.property(text, (s) => {
        expect(decode(utf8(s))).toEqual({ text: s, encoding: 'utf-8' });
        expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]))).toEqual({ text: s, encoding: 'utf-8-bom' });
        expect(decode(utf16(s, 'le'))).toEqual({ text: s, encoding: 'utf-16le' });
        expect(decode(utf16(s, 'be'))).toEqual({ text: s, encoding: 'utf-16be' });
      }),
    );
  });
});
