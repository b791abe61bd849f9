/**
 * whosaid as a library: what the command line does, without the command line.
 *
 *     import { decodeArticle, extractQuotes, summarizeSpeakers } from 'whosaid';
 *
 *     const article = decodeArticle(fs.readFileSync('article.txt'));     // encoding as the CLI detects it
 *     if ('error' in article) throw new Error(article.error);            // a binary file
 *     const quotes = extractQuotes(article.text);
 *     for (const q of quotes) console.log(q.speaker, q.text);
 *     console.table(summarizeSpeakers([{ file: 'article.txt', quotes }])); // as --by-speaker counts
 *
 * Every function checks its arguments: a wrong one is a TypeError that names it and says what it
 * must be. Nothing here reads files or keeps state between calls.
 */
import { decode, type Decoded } from './io/decode.js';
import { extractQuotes as extract } from './core/extract.js';
import type { ExtractOptions, Quote } from './core/types.js';
import { SpeakerTally, type SpeakerSummary } from './format/speaker-tally.js';

export type { Decoded, Encoding } from './io/decode.js';
export type { AttributionMethod, ExtractOptions, Quote, QuoteKind, Span } from './core/types.js';
export type { QuoteRecord } from './format/record.js';
export type { SpeakerSummary } from './format/speaker-tally.js';

/**
 * The quotations of one decoded article with their speakers (see the README's record fields),
 * in order of `start`. `options.all` lists scare quotes, titles, headline fragments and unclosed
 * quotations too; `options.asciiQuotes` reads '' and `` as double quotation marks;
 * `options.context` gives each record its `context` (a `Span`): the sentence that holds the
 * quotation, as `--context` does.
 */
export function extractQuotes(text: string, options: ExtractOptions = {}): Quote[] {
  if (typeof text !== 'string') {
    const hint = (text as unknown) instanceof Uint8Array ? ': decode the bytes with decodeArticle(bytes) first' : '';
    throw new TypeError(`extractQuotes: text must be a string (the decoded article), got ${describe(text)}${hint}`);
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`extractQuotes: options must be an object such as { all: true }, got ${describe(options)}`);
  }
  return extract(text, options);
}

/**
 * An article's bytes as text, read as the command line reads files: UTF-8, UTF-8 or UTF-16
 * (LE, BE) after a byte order mark, else windows-1252 when they are not valid UTF-8; the byte
 * order mark dropped, nothing else changed (record offsets point into this text). Bytes with a
 * NUL in them are refused as binary: `{ error }`.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(`decodeArticle: bytes must be a Uint8Array or a Buffer (the file's contents), got ${describe(bytes)}`);
  }
  return decode(bytes);
}

/**
 * The per-speaker summary of `--by-speaker` for the quotations of some articles: one line per
 * speaker, merged across articles by canonical name, with their first role, how many quotations
 * (direct and partial only) and words are theirs, and in how many articles; most quoted first,
 * those nobody was found for (`speaker` null) last. A relayed quotation counts for its speaker.
 */
export function summarizeSpeakers(articles: Iterable<{ file: string; quotes: readonly Quote[] }>): SpeakerSummary[] {
  if (typeof (articles as Partial<Iterable<unknown>> | null | undefined)?.[Symbol.iterator] !== 'function' || typeof articles === 'string') {
    throw new TypeError(`summarizeSpeakers: articles must be an array of { file, quotes }, got ${describe(articles)}`);
  }
  const tally = new SpeakerTally();
  let n = 0;
  for (const article of articles) {
    if (typeof article?.file !== 'string' || !Array.isArray(article.quotes)) {
      throw new TypeError(`summarizeSpeakers: articles[${n}] must be { file: string, quotes: Quote[] }, got ${describe(article)}`);
    }
    tally.add(article);
    n++;
  }
  return tally.summary();
}

/** What a wrong argument is, for a TypeError: `a number (42)`, `a Buffer`, `undefined`. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Uint8Array) return `a ${value.constructor.name}`;
  const type = typeof value;
  if (type === 'object') return `an object (${(value as object).constructor?.name ?? 'Object'})`;
  if (type === 'string') return `a string (${JSON.stringify((value as string).slice(0, 20))}${(value as string).length > 20 ? '…' : ''})`;
  return `a ${type} (${String(value)})`;
}
