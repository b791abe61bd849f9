// A stand-in for the core, as plain JavaScript so that worker threads can load it (they load
// modules without vitest: no TypeScript, no vi.mock); ./fake-extract.ts builds on it for tests
// that run the CLI in-process. Every “…” is a direct quotation and `said Name` right after it
// names the speaker (`said Name?`: unsure, confidence 0.3); `“…” (scare)`, `(title)` or
// `(headline)` right after it gives that kind instead, listed only with `all`, as the core
// lists them; EXPLODE throws (an extractor bug).

/**
 * The worker's extractor: as fakeRecords, and CRASH ends the worker thread with exit code 7,
 * HOG takes memory until there is none, SLOW works for a minute before it answers.
 */
export function extractQuotes(text, options) {
  if (text.includes('CRASH')) process.exit(7);
  if (text.includes('HOG')) {
    const held = [];
    for (;;) held.push(new Array(1e6).fill(held.length));
  }
  if (text.includes('SLOW')) for (const until = Date.now() + 60_000; Date.now() < until; );
  return fakeRecords(text, options);
}

/** @param {string} text @param {{ all?: boolean }} [options] */
export function fakeRecords(text, options = {}) {
  if (text.includes('EXPLODE')) throw new Error('fake extractor failed');
  const quotes = [];
  for (const match of text.matchAll(/“([^”]*)”(?: \((scare|title|headline)\))?(?:,? said ([A-Z]\w+)(\?)?)?/g)) {
    const before = text.slice(0, match.index);
    const start = Array.from(before).length;
    const lines = before.split('\n');
    const speaker = match[3] ?? null;
    quotes.push({
      index: quotes.length,
      text: match[1],
      start,
      end: start + Array.from(match[1]).length + 2,
      line: lines.length,
      column: Array.from(lines.at(-1)).length + 1,
      kind: match[2] ?? 'direct',
      speaker,
      role: null,
      mention: null,
      cue: null,
      via: null,
      parent: null,
      confidence: speaker ? (match[4] ? 0.3 : 0.9) : 0,
      method: speaker ? 'cue' : 'none',
      speakerType: speaker ? 'person' : null,
      gender: null,
    });
  }
  return options.all ? quotes : quotes.filter((q) => q.kind === 'direct').map((q, index) => ({ ...q, index }));
}
