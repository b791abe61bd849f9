/**
 * Quotations inside quotations: the cue of an inner quotation stands inside the outer one, and
 * the inner one is relayed by the outer speaker (resolve-speakers).
 *
 *     “My father told me ‘never give up’,” she said.   → My father's, via her
 *     “I told the board ‘give me one more winter’”      → the outer speaker's own
 */
import { innerKind } from '../classify.js';
import { innerText } from '../find-quotes.js';
import { readInside, type Article } from '../read/blocks.js';
import { betweenOf, gapOf, type QuoteCue } from './cue.js';
import { findCue } from './rules.js';

/**
 * The cues and kinds of the quotations inside quotation `top`, level by level, outer ones first
 * (a loop, not recursion: quotations can nest thousands deep in a broken text).
 */
export function* attributeInside(top: number, article: Article): Generator<QuoteCue> {
  const { doc, quotes } = article;
  const todo = [top];
  while (todo.length > 0) {
    const outer = todo.pop()!;
    const inner = article.inside.get(outer);
    if (!inner) continue;
    const { reader: r, sentences } = readInside(outer, inner, article);
    for (const s of sentences) {
      // as at the top level, a cue before a quotation is not read again for the next one
      let floor = s.start;
      for (let q = s.start; q < s.end; q++) {
        if (r.tokens[q]!.type !== 'quote') continue;
        const quote = r.tokens[q]!.quote;
        const cue = findCue(r, q, s, floor);
        const kind = innerKind(doc.text, quotes[quote]!, innerText(doc.text, quotes[quote]!));
        yield { type: 'quote', quote, reader: r, cue, kind, inside: outer, gap: gapOf(cue, q), shared: false, turn: false, between: betweenOf(r, cue, q) };
        if (kind === 'direct') floor = q + 1;
      }
    }
    for (let c = inner.length - 1; c >= 0; c--) todo.push(inner[c]!);
  }
}
