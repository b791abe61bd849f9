/**
 * The pipeline, top to bottom:
 *
 *     segment → findQuotes → indexNames → blocks ─┬→ readBlock → attribute → resolveSpeakers (→ reported) ─┬→ Records
 *                                                 └────────────────────── block by block ─────────────────┘
 *
 * segment          lines and paragraphs (wrapped lines joined)                       segment.ts
 * findQuotes       quotation marks paired into quotations, nested ones linked        find-quotes.ts
 * indexNames       the full names the article gives ("Sergey Lavrov"), for "Lavrov"  name-index.ts
 * blocks           paragraphs joined where a quotation runs across them              read/
 * readBlock        a block's words and sentences, each quotation one token           read/
 * attribute        the cue of each quotation (the first rule's that finds one) and   attribute/, classify.ts
 *                  its kind; the quotations inside quotations; reported speech
 * resolveSpeakers  who the words of each cue stand for, read against the discourse   resolve-speakers/
 *                  (who was named, who spoke last), or whom a quotation continues
 * reported         with `indirect`: the statements without quotation marks (X said   reported/
 *                  that …; PENCE: …) and their speakers, in a fork of the discourse
 * Records          code point offsets, lines and columns: the records, in order      records.ts
 *
 * The discourse is the one thing that lives from block to block: the people named so far and
 * the last speaker (resolve-speakers/discourse.ts). The grammar the stages read with is in
 * grammar/, the word lists in src/lexicon.
 */
import { attribute } from './attribute/attribute.js';
import { findQuotes } from './find-quotes.js';
import { indexNames } from './name-index.js';
import { blocks, quotationsInside, readBlock, type Article } from './read/blocks.js';
import { Records } from './records.js';
import { Discourse } from './resolve-speakers/discourse.js';
import { unattributed, type Finding } from './resolve-speakers/finding.js';
import { resolveSpeakers } from './resolve-speakers/resolve-speakers.js';
import { MergedRecords } from './reported/records.js';
import { ReportedSpeechStage } from './reported/reported.js';
import { segment } from './segment.js';
import type { ExtractOptions, Quote } from './types.js';

/**
 * Finds the quotations in one article and names who said each.
 *
 * `text` is the decoded article. Records come in order of position; only direct and partial
 * quotations are listed unless `options.all` is set.
 */
export function extractQuotes(text: string, options: ExtractOptions = {}): Quote[] {
  return collect(extractQuotesByBlock(text, options));
}

/**
 * As `extractQuotes`, each record with the features its confidence was weighed from
 * (`evidence`, null where no speaker was found): what scripts/fit-confidence.mjs fits on.
 */
export function extractWithEvidence(text: string, options: ExtractOptions = {}): Array<Quote & { evidence?: string[] | null }> {
  return collect(byBlock(text, options, true));
}

/**
 * The records of `extractQuotes`, a block of the article at a time (paragraphs read together),
 * in order of position, each block's final when it is yielded: a caller can write them as they
 * come, and stop between blocks.
 */
export function extractQuotesByBlock(text: string, options: ExtractOptions = {}): Generator<Quote[]> {
  return byBlock(text, options, false);
}

function* byBlock(text: string, options: ExtractOptions, withEvidence: boolean): Generator<Quote[]> {
  const doc = segment(text);
  const quotes = findQuotes(doc, options);
  // no quotation marks that pair or open: nothing to attribute (a sixth of a news archive's text)
  if (quotes.length === 0 && !options.indirect) return;
  const article: Article = { doc, quotes, index: indexNames(text), inside: quotationsInside(quotes) };
  yield* recordsByBlock(article, options, withEvidence);
}

function collect(blocks: Iterable<Quote[]>): Quote[] {
  const out: Quote[] = [];
  // (one push at a time: a block can hold a hundred thousand records, too many for the arguments of one call)
  for (const records of blocks) for (const q of records) out.push(q);
  return out;
}

/**
 * The records of an article a block at a time, in order of position, each block's final when it
 * is yielded (what a later block says changes no entity's name, and a record takes its speaker's
 * role as it stands then); then those of the quotations after the last block read (unclosed
 * marks, which nothing attributes).
 */
function* recordsByBlock(article: Article, options: ExtractOptions, withEvidence: boolean): Generator<Quote[]> {
  const discourse = new Discourse(article.index);
  const records = new Records(article.doc, article.quotes, options, withEvidence);
  // with `indirect`: every block, and the statements without quotation marks among the quotations
  const reported = options.indirect ? { stage: new ReportedSpeechStage(article), records: new MergedRecords(article.doc, !!options.context) } : null;
  let found = 0;
  for (const block of blocks(article, !!reported)) {
    const read = readBlock(block, article);
    const cues = attribute(read, article);
    const findings = resolveSpeakers(cues, { article, discourse, block });
    yield reported ? reported.records.merge(records.add(findings), reported.stage.read(read, findings, discourse)) : records.add(findings);
    found = block.opening[1];
  }
  const rest: Finding[] = [];
  for (let i = found; i < article.quotes.length; i++) rest.push(unattributed(i));
  yield reported ? reported.records.merge(records.add(rest), []) : records.add(rest);
}
