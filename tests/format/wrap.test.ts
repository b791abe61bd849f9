import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { cells, NARROW } from '../../src/format/wrap.js';

// cells() counts a text's length where every character is narrow, and asks string-width
// otherwise: it must give string-width's answer for every text.

/** Every character the narrow class admits. */
function narrowCharacters(): string[] {
  const out: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    if (NARROW.test(ch)) out.push(ch);
  }
  return out;
}

describe('cells', () => {
  it('takes each narrow character as one cell, as string-width does', () => {
    const wide = narrowCharacters().filter((ch) => stringWidth(ch) !== 1);
    expect(wide).toEqual([]);
  });

  it('gives string-width’s answer for text of every kind', () => {
    const piece = fc.constantFrom('word', ' ', '“', '”', '’', '—', '…', 'é', 'ß', '\u00AD', '\u200B', '\u0301', '東京', '😀', '👩‍👩‍👧', 'ｱ', '\u00A0');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (text) => {
      expect(cells(text)).toBe(stringWidth(text));
    }), { numRuns: 2000 });
  });
});
