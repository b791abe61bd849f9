/**
 * whosaid as a library: `extractQuotes(text)` gives the quotations of one article with their speakers.
 *
 *     import { extractQuotes } from 'whosaid';
 *     for (const q of extractQuotes(article)) console.log(q.speaker, q.text);
 */
export { extractQuotes } from './core/extract.js';
export type { AttributionMethod, ExtractOptions, Quote, QuoteKind, Span } from './core/types.js';
export type { QuoteRecord } from './format/record.js';
