import fc from 'fast-check';
import { it } from 'vitest';
import { extractQuotes } from '../../src/core/extract.js';
import type { Quote } from '../../src/core/types.js';
import { contractProblems } from '../helpers/invariants.js';
import { article } from './properties.test.js';
const KNOWN = /overlaps record \d+ \(unclosed\)/;
const para = fc.tuple(fc.constantFrom('“', '"', '«', '‘', "'", '„', ''), article, fc.constantFrom('\n', '\r\n', '\n\n', '\r', '\u2029')).map(([m, a, e]) => m + a + e);
const multi = fc.array(para, { maxLength: 8 }).map((p) => p.join(''));
const wrapped = fc.tuple(fc.array(fc.oneof(article, fc.constantFrom('\n\n', '\n  ')), { maxLength: 6 }), fc.integer({ min: 30, max: 90 }), fc.constantFrom('\n', '\r\n'))
  .map(([parts, width, nl]) => {
    const out: string[] = []; let line = '';
    for (const w of parts.join(' ').split(' ')) { if (line.length + w.length + 1 > width && line) { out.push(line); line = w; } else line = line ? line + ' ' + w : w; }
    out.push(line); return out.join(nl);
  });
it('explore', { timeout: 900_000 }, () => {
  for (const gen of [wrapped, article, multi]) for (const options of [{}, { all: true }, { asciiQuotes: true }, { all: true, asciiQuotes: true }]) {
    const r = fc.check(fc.property(gen, (text) => {
      const a = extractQuotes(text, options);
      const problems = contractProblems(text, a, options);
      if (JSON.stringify(a) !== JSON.stringify(extractQuotes(text, options))) problems.push('nondeterministic');
      if (!options.all) {
        const all = extractQuotes(text, { ...options, all: true });
        const key = (q: Quote) => JSON.stringify([q.start, q.end, q.text, q.kind]);
        const listed = new Set(all.map(key));
        for (const q of a) if (!listed.has(key(q))) problems.push('missing in all: ' + key(q));
      }
      if (problems.length) throw new Error(problems.join('\n'));
    }), { numRuns: 10000, size: 'large' });
    if (r.failed) console.log(JSON.stringify(options), JSON.stringify(r.counterexample), String(r.errorInstance).slice(0, 800));
  }
});
