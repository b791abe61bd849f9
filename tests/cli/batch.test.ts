import { describe, expect, it } from 'vitest';
import { analyze, mapOrdered } from '../../src/cli/batch.js';
import { BINARY_ERROR } from '../../src/core/decode.js';

async function* from<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapOrdered', () => {
  it('yields results in the order of the items, however long each takes', async () => {
    const delays = [30, 0, 10, 0, 20];
    for (const concurrency of [1, 2, 5, 10]) {
      const results = await collect(mapOrdered(from(delays.map((d, i) => [d, i] as const)), async ([d, i]) => (await sleep(d), i), concurrency));
      expect(results).toEqual([0, 1, 2, 3, 4]);
    }
  });

  it('runs at most `concurrency` calls at once', async () => {
    let running = 0;
    let most = 0;
    const work = async (i: number) => {
      most = Math.max(most, ++running);
      await sleep(5);
      running--;
      return i;
    };
    await collect(mapOrdered(from([...Array(12).keys()]), work, 3));
    expect(most).toBe(3);
    running = most = 0;
    await collect(mapOrdered(from([...Array(5).keys()]), work));
    expect(most).toBe(1);
  });

  it('reads items only as results are taken (flat memory)', async () => {
    let pulled = 0;
    async function* counting() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield i;
      }
    }
    const iterator = mapOrdered(counting(), async (i) => i, 2)[Symbol.asyncIterator]();
    await iterator.next();
    expect(pulled).toBeLessThanOrEqual(3);
    await iterator.return(undefined);
  });

  it('yields a finished result without waiting for the next item', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slow() {
      yield 1;
      // the next item comes only after the first result was taken (records piped in one by one)
      await gate;
      yield 2;
    }
    const iterator = mapOrdered(slow(), async (i) => i * 10, 8)[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ done: false, value: 10 });
    release();
    expect(await iterator.next()).toEqual({ done: false, value: 20 });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it('passes on a failure of the items', async () => {
    async function* failing() {
      yield 1;
      throw new Error('unreadable');
    }
    const seen: number[] = [];
    await expect(async () => {
      for await (const r of mapOrdered(failing(), async (i) => i, 4)) seen.push(r);
    }).rejects.toThrow('unreadable');
    expect(seen.length).toBeLessThanOrEqual(1);
  });

  it('passes on a failure in its turn', async () => {
    const results = mapOrdered(from([1, 2, 3]), async (i) => {
      if (i === 2) throw new Error('two');
      return i;
    }, 3);
    const seen: number[] = [];
    await expect(async () => {
      for await (const r of results) seen.push(r);
    }).rejects.toThrow('two');
    expect(seen).toEqual([1]);
  });

  it('refuses a concurrency that is not a positive integer', async () => {
    await expect(collect(mapOrdered(from([1]), async (i) => i, 0))).rejects.toThrow('concurrency must be a positive integer, got 0');
  });
});

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
});
