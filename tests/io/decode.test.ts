import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BINARY_ERROR, decode } from '../../src/io/decode.js';
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
  ])('%s', (_name, input, expected) => {
    expect(decode(input)).toEqual(expected);
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
