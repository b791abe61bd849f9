/**
 * The article whosaid was designed around (../shared/seeds, not part of the repository): eight
 * quotations, six by Vladimir Putin, one by Sergey Lavrov and one by Mark Twain relayed by
 * Putin, whose marks hold one more, nested; the three subhead fragments only with --all. Skipped where ../shared is absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';

const seed = path.resolve(import.meta.dirname, '../../../shared/seeds/000_d739b318fec92e83.txt');
const present = fs.existsSync(seed);

describe.skipIf(!present)('the seed article', () => {
  const text = present ? fs.readFileSync(seed, 'utf8') : '';

  it('gives exactly eight quotations with their speakers, and the one nested in the last', () => {
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => [q.speaker, q.via])).toEqual([
      ['Vladimir Putin', null], // achieved its goals; “to prevent a terrorist enclave …”
      ['Vladimir Putin', null], // the floating “Would they [Europe and the US] …”
      ['Sergey Lavrov', null],
      ['Vladimir Putin', null], // “In the past, our Iranian friends …” over two paragraphs
      ['Vladimir Putin', null],
      ['Vladimir Putin', null], // adding that “an overwhelming majority …”
      ['Vladimir Putin', null], // “we have extended this proposal …”
      ['Mark Twain', 'Vladimir Putin'],
      // the single marks inside Twain's double ones: no cue of its own, relayed by Twain
      [null, 'Mark Twain'],
    ]);
    expect(quotes.map((q) => q.parent)).toEqual([null, null, null, null, null, null, null, null, 7]);
  });

  it('reads the two-paragraph quotation as one record and the relayed one with its inner marks, as written', () => {
    const quotes = extractQuotes(text);
    expect(quotes[1]!.text).toMatch(/^Would they \[Europe and the US\]/);
    expect(quotes[3]!.text).toMatch(/^In the past, our Iranian friends[^]*\nWe facilitated the relocation[^]*combat\.$/);
    expect(quotes[5]!.text).toMatch(/^an overwhelming majority/);
    expect(quotes[7]!.text).toBe("‘the reports of my death are greatly exaggerated'");
    expect(quotes[8]!.text).toBe('the reports of my death are greatly exaggerated');
    expect(quotes[2]!.role).toBe('Russian foreign minister');
  });

  it('lists the three subhead fragments only with --all, as headline fragments', () => {
    const all = extractQuotes(text, { all: true });
    const headlines = all.filter((q) => q.kind === 'headline').map((q) => q.text);
    expect(headlines).toEqual(['achieved its goals', 'not responsible', 'still has a role in Syria']);
    expect(all.filter((q) => q.kind === 'direct' || q.kind === 'partial')).toHaveLength(9);
  });

  it('with indirect, adds the reported speech of Vladimir Putin, and leaves the quotations as they are', () => {
    const records = extractQuotes(text, { indirect: true });
    const putin = records.filter((q) => q.kind === 'indirect' && q.speaker === 'Vladimir Putin').map((q) => q.text);
    for (const start of [
      'his country was not defeated in Syria',
      'he hadn’t met former president Bashar al-Assad',
      'the city was defended by 30,000 soldiers',
      'Russia still had a role to play in Syria',
      'Russia has offered humanitarian assistance to Syria',
    ]) expect(putin.some((t) => t.startsWith(start)), start).toBe(true);
    const strip = ({ index: _index, parent: _parent, ...q }: (typeof records)[number]) => q;
    expect(records.filter((q) => q.kind !== 'indirect' && q.kind !== 'turn').map(strip)).toEqual(extractQuotes(text).map(strip));
  });

  it('gives offsets that hold each quotation', () => {
    const points = Array.from(text.replace(/^\uFEFF/, ''));
    for (const q of extractQuotes(text, { all: true })) {
      const slice = points.slice(q.start, q.end).join('');
      expect(slice.replace(/\n[“"]/g, '\n')).toContain(q.text.split('\n')[0]);
    }
  });
});
