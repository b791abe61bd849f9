import fc from 'fast-check';
import { it } from 'vitest';
import { extractQuotes } from '../../src/core/extract.js';
import { segment } from '../../src/core/segment.js';
import { article } from './properties.test.js';
it('stats', () => {
  const samples = fc.sample(article, 2000);
  let recs = 0, nested = 0, multiline = 0, withQuotes = 0, astralBefore = 0, speaker = 0, unclosed = 0, len = 0;
  for (const t of samples) {
    len += t.length;
    const q = extractQuotes(t, { all: true });
    if (q.length) withQuotes++;
    recs += q.length; nested += q.filter((r) => r.parent !== null).length; multiline += q.filter((r) => /[\r\n\u2028\u2029]/.test(r.text)).length;
    speaker += q.filter((r) => r.speaker).length; unclosed += q.filter((r) => r.kind === 'unclosed').length;
    astralBefore += q.filter((r) => Array.from(t).length !== t.length && r.start < t.length).length;
  }
  console.log({ avgLen: len / samples.length, withQuotes, recs, nested, multiline, speaker, unclosed, astralBefore });
  console.log(samples.slice(0, 5));
});
