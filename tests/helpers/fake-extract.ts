import type { Quote } from '../../src/core/types.js';
import { fakeRecords } from './fake-extract.mjs';

/**
 * A stand-in for the core in CLI tests, so they do not hang on attribution quality: the records
 * of ./fake-extract.mjs (every “…” a direct quotation, `said Name` after it the speaker, EXPLODE
 * throws), and a text holding HUGE gives records that cannot be written.
 */
export function fakeExtract(text: string, options: { all?: boolean } = {}): Quote[] {
  // records no formatter can write: their text would pass the longest string V8 holds
  if (text.includes('HUGE')) return fakeRecords(text.replace('HUGE', 'huge'), options).map(unwritable);
  return fakeRecords(text, options);
}

/** A quote whose text cannot be read, as `JSON.stringify` fails on records of 800 million characters. */
function unwritable(quote: Quote): Quote {
  return Object.defineProperty({ ...quote }, 'text', {
    enumerable: true,
    get: () => {
      throw new RangeError('Invalid string length');
    },
  });
}
