import type { Quote } from '../../src/core/types.js';

/**
 * A stand-in for the core in CLI tests, so they do not hang on attribution quality: every
 * “…” is a direct quotation, `said Name` right after it names the speaker, and a text holding
 * EXPLODE throws (an extractor bug).
 */
export function fakeExtract(text: string): Quote[] {
  if (text.includes('EXPLODE')) throw new Error('fake extractor failed');
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
