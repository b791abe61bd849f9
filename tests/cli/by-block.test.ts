/**
 * extractQuotesByBlock: the records of an article a block at a time, the same records as
 * extractQuotes, so a caller can write each block's as it comes and stop between blocks.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLoaded, INTERRUPTED } from '../../src/cli/analyze.js';
import { extractQuotes, extractQuotesByBlock } from '../../src/core/extract.js';

const ARTICLE = [
  '“The ferry will run all winter,” Mara Quist said.',
  'The council met on Monday.',
  '“We have the money,” said Odile Varga. “And the crews.”',
  '“Nobody asked us,” a fisherman said.',
].join('\n\n');

describe('extractQuotesByBlock', () => {
  it('gives the records of extractQuotes, one block of paragraphs at a time', () => {
    const blocks = [...extractQuotesByBlock(ARTICLE)];
    expect(blocks.map((b) => b.map((q) => q.text))).toEqual([
      ['The ferry will run all winter,'],
      // (a paragraph of no quotation is a block too: it names people for those after it)
      [],
      ['We have the money,', 'And the crews.'],
      ['Nobody asked us,'],
      // then the quotations after the last block read (unclosed marks): none
      [],
    ]);
    expect(blocks.flat()).toEqual(extractQuotes(ARTICLE));
  });

  it('gives nothing for an article without quotation marks', () => {
    expect([...extractQuotesByBlock('The council met on Monday.')]).toEqual([]);
  });

  it('stops between blocks when the caller stops asking', () => {
    const seen: string[] = [];
    for (const block of extractQuotesByBlock(ARTICLE)) {
      seen.push(...block.map((q) => q.text));
      if (seen.length > 0) break;
    }
    expect(seen).toEqual(['The ferry will run all winter,']);
  });
});

describe('analyzeLoaded with the core\'s blocks (how.blocks)', () => {
  it('stops an article between its blocks when the signal aborts, with no records', async () => {
    const controller = new AbortController();
    let paced = 0;
    const result = await analyzeLoaded({ file: 'ferry.txt', text: ARTICLE }, {}, {
      blocks: extractQuotesByBlock,
      signal: controller.signal,
      pace: async () => {
        paced++;
        controller.abort();
      },
    });
    expect({ paced, result }).toEqual({ paced: 1, result: { file: 'ferry.txt', encoding: null, quotes: [], error: INTERRUPTED } });
  });

  it('reads every block when no signal comes', async () => {
    let paced = 0;
    const result = await analyzeLoaded({ file: 'ferry.txt', text: ARTICLE }, {}, { blocks: extractQuotesByBlock, pace: async () => void paced++ });
    expect({ paced, texts: result.quotes.map((q) => q.text), error: result.error }).toEqual({
      paced: 5, texts: ['The ferry will run all winter,', 'We have the money,', 'And the crews.', 'Nobody asked us,'], error: undefined,
    });
  });
});
