import type { Quote } from '../../src/core/types.js';

/**
 * A stand-in for the core in CLI tests, so they do not hang on attribution quality: every
 * “…” is a direct quotation, `said Name` right after it names the speaker, a text holding
 * EXPLODE throws (an extractor bug), and one holding HUGE gives records that cannot be written.
 */
export function fakeExtract(text: string): Quote[] {
  if (text.includes('EXPLODE')) throw new Error('fake extractor failed');
  // records no formatter can write: their text would pass the longest string V8 holds
  if (text.includes('HUGE')) return fakeExtract(text.replace('HUGE', 'huge')).map(unwritable);
  const quotes: Quote[] = [];
  for (const match of text.matchAll(/“([^”]*)”(?:,? said ([A-Z]\w+))?/g)) {
    const before = text.slice(0, match.index);
    const start = Array.from(before).length;
    const lines = before.split('\n');
    const speaker = match[2] ?? null;
    quotes.push({
      index: quotes.length,
      text: match[1]!,
      start,
      end: start + Array.from(match[1]!).length + 2,
      line: lines.length,
      column: Array.from(lines.at(-1)!).length + 1,
      kind: 'direct',
      speaker,
      role: null,
      mention: null,
      cue: null,
      via: null,
      parent: null,
      confidence: speaker ? 0.9 : 0,
      method: speaker ? 'cue' : 'none',
    });
  }
  return quotes;
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
