/**
 * Golden fixtures: every folder under fixtures/cases holds an article written for the project
 * (input.txt) and the records a reader expects from it (expected.json). The test checks the
 * fields a reader relies on, and that every record's [start, end) holds its quotation (or, for
 * speech without quotation marks, listed where expected.json says `"indirect": true`, exactly its content).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';

interface Expected {
  about: string;
  all: boolean;
  indirect?: boolean;
  quotes: Array<{ text: string; kind: string; speaker: string | null; via: string | null; parent: number | null; role?: string }>;
}

const root = path.resolve(import.meta.dirname, '../../fixtures/cases');
const cases = fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, 'expected.json'))).sort();

describe.each(cases)('fixture %s', (name) => {
  const text = fs.readFileSync(path.join(root, name, 'input.txt'), 'utf8');
  const expected = JSON.parse(fs.readFileSync(path.join(root, name, 'expected.json'), 'utf8')) as Expected;
  const quotes = extractQuotes(text, { all: expected.all, ...(expected.indirect && { indirect: true }) });

  it(`gives the expected records (${expected.about})`, () => {
    const got = quotes.map((q, i) => ({
      text: q.text, kind: q.kind, speaker: q.speaker, via: q.via, parent: q.parent,
      ...(expected.quotes[i]?.role !== undefined ? { role: q.role } : {}),
    }));
    expect(got).toEqual(expected.quotes);
  });

  it('holds each quotation between its offsets', () => {
    const points = Array.from(text);
    for (const q of quotes) {
      const slice = points.slice(q.start, q.end).join('');
      if (q.kind === 'indirect' || q.kind === 'turn') {
        expect(slice).toBe(q.text);
        continue;
      }
      expect(slice.length).toBeGreaterThan(q.text.length > 0 ? 1 : 0);
      // the slice is the text with its outer marks (and any re-opening marks) around it
      expect(stripReopens(slice)).toContain(q.text.split(/\n+/)[0]);
      expect(q.line).toBe(points.slice(0, q.start).join('').split(/\r\n|\r|\n/).length);
    }
  });

  it('holds each context between its offsets, around its quotation, and gives the same records otherwise', () => {
    const withContext = extractQuotes(text, { all: expected.all, context: true, ...(expected.indirect && { indirect: true }) });
    const points = Array.from(text);
    for (const q of withContext) {
      const { text: sentence, start, end } = q.context!;
      expect(points.slice(start, end).join('')).toBe(sentence);
      expect(start <= q.start && q.end <= end).toBe(true);
      expect(sentence).toBe(sentence.trim());
    }
    expect(withContext.map(({ context: _context, ...rest }) => rest)).toEqual(quotes);
  });
});

function stripReopens(s: string): string {
  return s.replace(/(\n)[“"‘'«„]/g, '$1');
}
