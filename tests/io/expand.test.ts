import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Expanded, expandPatterns, NO_MATCH, NO_TEXT_FILES } from '../../src/io/expand.js';
import { isRoot, tmpDir } from '../helpers/tmp.js';

async function expand(patterns: string[], cwd: string): Promise<Expanded[]> {
  const found: Expanded[] = [];
  for await (const entry of expandPatterns(patterns, { cwd })) found.push(entry);
  return found;
}

const dir = tmpDir({
  'a.txt': 'a',
  'b.md': 'b',
  'notes.TEXT': 'n',
  'README': 'extensionless',
  'image.png': 'png',
  'news/z.txt': 'z',
  'news/deep/y.md': 'y',
  'news/.hidden.txt': 'hidden',
  '.git/HEAD.txt': 'hidden dir',
  '[draft].txt': 'a literal name with glob characters',
  'nothing/readme': 'no text file here',
});
fs.mkdirSync(path.join(dir, 'empty'));
fs.symlinkSync('../a.txt', path.join(dir, 'news/link.txt'));
fs.symlinkSync('..', path.join(dir, 'news/up'));
fs.symlinkSync('self.txt', path.join(dir, 'self.txt'));
fs.symlinkSync('missing.txt', path.join(dir, 'dangling.txt'));
execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);

describe('expandPatterns', () => {
  it('walks a directory for *.txt, *.text and *.md (any case), sorted, skipping hidden entries and extensionless files', async () => {
    expect(await expand(['news'], dir)).toEqual([{ path: 'news/deep/y.md' }, { path: 'news/link.txt' }, { path: 'news/z.txt' }]);
  });

  it('does not follow a link to a directory inside a walk, so a loop ends', async () => {
    const paths = (await expand(['.'], dir)).map((e) => e.path);
    expect(paths.filter((p) => p.includes('up/'))).toEqual([]);
    expect(paths).toContain('news/link.txt');
  });

  it('reports what a walk cannot read: a link loop, a dangling link, a named pipe', async () => {
    const found = await expand(['.'], dir);
    expect(found).toEqual([
      { path: '[draft].txt' },
      { path: 'a.txt' },
      { path: 'b.md' },
      { path: 'dangling.txt', error: 'no such file or directory' },
      { path: 'news/deep/y.md' },
      { path: 'news/link.txt' },
      { path: 'news/z.txt' },
      { path: 'notes.TEXT' },
      { path: 'pipe.txt', error: 'not a regular file (named pipe)' },
      { path: 'self.txt', error: 'too many levels of symbolic links' },
    ]);
  });

  it('reads a named pipe given by name, as a stream, but not one a glob matches', async () => {
    expect(await expand(['pipe.txt', 'a.txt'], dir)).toEqual([{ path: 'pipe.txt', fifo: true }, { path: 'a.txt' }]);
    expect(await expand(['pipe.*'], dir)).toEqual([{ path: 'pipe.txt', error: 'not a regular file (named pipe)' }]);
  });

  it('reads a named file whatever its name', async () => {
    expect(await expand(['README', 'image.png'], dir)).toEqual([{ path: 'README' }, { path: 'image.png' }]);
  });

  it('keeps the order of the arguments and yields a path once', async () => {
    expect(await expand(['b.md', 'a.txt', './b.md', path.join(dir, 'a.txt'), '-', '-'], dir)).toEqual([
      { path: 'b.md' },
      { path: 'a.txt' },
      { path: '-' },
    ]);
  });

  it('expands a glob to the files it matches, sorted, directories left out', async () => {
    expect(await expand(['news/**/*'], dir)).toEqual([{ path: 'news/deep/y.md' }, { path: 'news/link.txt' }, { path: 'news/z.txt' }]);
    expect(await expand(['*.{md,TEXT}'], dir)).toEqual([{ path: 'b.md' }, { path: 'notes.TEXT' }]);
  });

  it('reads an existing file whose name looks like a glob as that file', async () => {
    expect(await expand(['[draft].txt'], dir)).toEqual([{ path: '[draft].txt' }]);
  });

  it('takes absolute paths and globs', async () => {
    expect(await expand([path.join(dir, 'news', '*.txt')], '/')).toEqual([
      { path: path.join(dir, 'news', 'link.txt') },
      { path: path.join(dir, 'news', 'z.txt') },
    ]);
  });

  it.each([
    ['a glob matching nothing', '*.docx', NO_MATCH],
    ['a missing path', 'missing.txt', 'no such file or directory'],
    ['a path through a file', 'a.txt/x', 'not a directory'],
    ['a link loop', 'self.txt', 'too many levels of symbolic links'],
    ['a device', '/dev/null', 'not a regular file (character device)'],
    ['an empty directory', 'empty', NO_TEXT_FILES],
    ['a directory with no text file', 'nothing', NO_TEXT_FILES],
    // whosaid "$FILE" with FILE unset: not the current directory
    ['an empty argument', '', 'no such file or directory'],
  ])('reports %s and goes on', async (_name, pattern, error) => {
    expect(await expand([pattern, 'a.txt'], dir)).toEqual([{ path: pattern, error }, { path: 'a.txt' }]);
  });

  it.skipIf(isRoot)('reports an unreadable subdirectory and walks the rest', async () => {
    const root = tmpDir({ 'open/a.txt': 'a', 'shut/b.txt': 'b' });
    fs.chmodSync(path.join(root, 'shut'), 0);
    try {
      expect(await expand(['.'], root)).toEqual([{ path: 'open/a.txt' }, { path: 'shut', error: 'permission denied' }]);
    } finally {
      fs.chmodSync(path.join(root, 'shut'), 0o755);
    }
  });
});
