import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MIB, READ_ABORTED, readFileLimited, readStreamLimited, tooLarge } from '../../src/io/read.js';
import { isRoot, tmpDir } from '../helpers/tmp.js';

const dir = tmpDir({ 'small.txt': 'twelve bytes', 'empty.txt': '' });
execFileSync('mkfifo', [path.join(dir, 'pipe')]);

describe('readFileLimited', () => {
  it('reads a file up to the limit', async () => {
    expect(await readFileLimited(path.join(dir, 'small.txt'), 12)).toEqual({ bytes: Buffer.from('twelve bytes') });
    expect(await readFileLimited(path.join(dir, 'empty.txt'), 1)).toEqual({ bytes: Buffer.alloc(0) });
  });

  it('refuses a file over the limit, naming the limit and the option', async () => {
    expect(await readFileLimited(path.join(dir, 'small.txt'), 11)).toEqual({ error: tooLarge(11) });
    expect(tooLarge(11)).toBe('file is larger than 11 bytes (raise the limit with --max-size <MiB>)');
    expect(tooLarge(64 * MIB)).toBe('file is larger than 64 MiB (raise the limit with --max-size <MiB>)');
    expect(tooLarge(1.5 * MIB)).toBe('file is larger than 1.5 MiB (raise the limit with --max-size <MiB>)');
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    expect(await readFileLimited(path.join(dir, 'pipe'), MIB)).toEqual({ error: 'not a regular file (named pipe)' });
  });

  it('turns errors into messages', async () => {
    expect(await readFileLimited(path.join(dir, 'missing'), MIB)).toEqual({ error: 'no such file or directory' });
    expect(await readFileLimited(dir, MIB)).toEqual({ error: 'not a regular file (directory)' });
  });

  it.skipIf(isRoot)('reports a file it may not read', async () => {
    const file = path.join(dir, 'secret.txt');
    fs.writeFileSync(file, 'secret');
    fs.chmodSync(file, 0);
    expect(await readFileLimited(file, MIB)).toEqual({ error: 'permission denied' });
  });
});

describe('readStreamLimited', () => {
  it('reads a stream to its end', async () => {
    const stream = Readable.from([Buffer.from('ab'), Buffer.from('cd')]);
    expect(await readStreamLimited(stream, 4)).toEqual({ bytes: Buffer.from('abcd') });
  });

  it('stops at the limit and lets go of the stream', async () => {
    const stream = new PassThrough();
    const result = readStreamLimited(stream, 3);
    stream.write('abcd');
    expect(await result).toEqual({ error: tooLarge(3) });
    expect(stream.destroyed).toBe(true);
  });

  it('stops when aborted, though the stream never ends', async () => {
    const stream = new PassThrough();
    const abort = new AbortController();
    const result = readStreamLimited(stream, MIB, abort.signal);
    stream.write('partial');
    abort.abort();
    expect(await result).toEqual({ error: READ_ABORTED });
    expect(stream.destroyed).toBe(true);
  });

  it('reports a stream error', async () => {
    const stream = new PassThrough();
    const result = readStreamLimited(stream, MIB);
    stream.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
    expect(await result).toEqual({ error: 'input/output error' });
  });
});
