import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/cli/analyze.js';
import { BINARY_ERROR } from '../../src/io/decode.js';

describe('analyze', () => {
  it('takes text already in hand (as --input ndjson would give it)', async () => {
    const result = await analyze({ file: 'record-7', text: '' }, {});
    expect(result).toEqual({ file: 'record-7', encoding: 'utf-8', quotes: [], marks: [] });
  });

  it('reads and decodes bytes', async () => {
    const read = async () => ({ bytes: new Uint8Array([0xff, 0xfe]) });
    expect(await analyze({ file: 'x.txt', read }, {})).toEqual({ file: 'x.txt', encoding: 'utf-16le', quotes: [], marks: [] });
  });

  it.each([
    ['an input that named nothing', { file: 'gone', error: 'no such file or directory' }, 'no such file or directory'],
    ['a read that failed', { file: 'gone', read: async () => ({ error: 'permission denied' }) }, 'permission denied'],
    ['bytes that are not text', { file: 'gone', read: async () => ({ bytes: new Uint8Array([0]) }) }, BINARY_ERROR],
  ])('gives an error result for %s', async (_name, input, error) => {
    expect(await analyze(input, {})).toEqual({ file: 'gone', encoding: null, quotes: [], error });
  });

  it('keeps the decoded article when asked (--show), not the mark', async () => {
    const read = async () => ({ bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]) });
    expect(await analyze({ file: 'x.txt', read }, {}, { keepText: true })).toEqual({ file: 'x.txt', encoding: 'utf-8-bom', quotes: [], marks: [], text: 'hi' });
    expect(await analyze({ file: 'r', text: 'hi' }, {}, { keepText: true })).toEqual({ file: 'r', encoding: 'utf-8', quotes: [], marks: [], text: 'hi' });
  });

  it('gives an exception of the extractor as an internal error, without the stack', async () => {
    const extract = () => {
      throw new Error('boom');
    };
    expect(await analyze({ file: 'r', text: 'hi' }, {}, { extract })).toEqual({ file: 'r', encoding: null, quotes: [], error: 'internal error: boom' });
  });
});
