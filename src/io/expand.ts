import type { Dirent, Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describeError, NO_SUCH_FILE, notRegularFile } from './errors.js';

/**
 * An input found on the command line: a path to read, or why there is nothing to read.
 * `fifo`: a named pipe given by name (`<(cat a.txt)`, `/dev/stdin`), to read as a stream.
 */
export type Expanded = { path: string; error?: undefined; fifo?: true } | { path: string; error: string; fifo?: undefined };

/** The argument that stands for standard input. */
export const STDIN = '-';

/**
 * The files read when a directory is given. Extensionless files are left out: in a folder of
 * articles they are mostly README, LICENSE, Makefile or programs. Give such a file by name (or
 * by a glob) to read it: named files are read whatever their name, binary ones refused by decode.
 * Matched without regard to case (`NOTES.TXT`).
 */
export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.text', '.md'];

export const NO_MATCH = 'no files matching the pattern were found';
export const NO_TEXT_FILES = `no text files in this directory (looked for ${TEXT_EXTENSIONS.map((e) => '*' + e).join(', ')})`;

/** Options of `expandPatterns`. */
export interface ExpandOptions {
  /** the directory relative paths and globs start from (default: the process's) */
  cwd?: string;
  /** stops the listing (a signal): directories are walked no further, nothing more is yielded */
  signal?: AbortSignal;
}

/**
 * The inputs named by command-line arguments, like prettier's expand-patterns. Each argument is
 *
 * - `-`: standard input;
 * - an existing file: read, whatever its name;
 * - a named pipe: read to its end, as standard input is (`whosaid <(cat a.txt)`,
 *   `cat a.txt | whosaid /dev/stdin`, as ripgrep, jq and bat read them);
 * - an existing directory: walked for text files (`TEXT_EXTENSIONS`), hidden entries
 *   (`.git`) skipped;
 * - otherwise, if it has glob characters, a glob (fast-glob): the files it matches;
 * - otherwise an error: no such file or directory.
 *
 * A bad argument yields `{ path, error }` and the others go on. Arguments keep the order they
 * were given in; the files of one directory or glob are sorted (by UTF-16 code units, the same
 * in every locale), so output is deterministic. A path met twice (`a.txt ./a.txt`) is yielded
 * once. Symbolic links to files are read; symbolic links to directories are not followed inside
 * directories and globs, so a link loop cannot make the walk endless (a link given by name is
 * followed). Named pipes met in a directory or a glob, sockets and devices are refused:
 * nobody asked for them, and reading them could block forever.
 */
export async function* expandPatterns(patterns: readonly string[], options: ExpandOptions = {}): AsyncGenerator<Expanded> {
  const cwd = options.cwd ?? process.cwd();
  const seen = new Set<string>();
  const signal = options.signal;
  for (const pattern of patterns) {
    const entries = await expandPattern(pattern, cwd, signal);
    if (signal?.aborted) return;
    for (const entry of entries) {
      const key = entry.path === STDIN ? STDIN : path.resolve(cwd, entry.path);
      if (seen.has(key)) continue;
      seen.add(key);
      yield entry;
    }
  }
}

async function expandPattern(pattern: string, cwd: string, signal: AbortSignal | undefined): Promise<Expanded[]> {
  if (pattern === STDIN) return [{ path: STDIN }];
  // whosaid "$FILE" with FILE unset: `path.resolve(cwd, '')` would be the current directory
  if (pattern === '') return [{ path: pattern, error: NO_SUCH_FILE }];
  let stats: Stats;
  try {
    stats = await fs.stat(path.resolve(cwd, pattern));
  } catch (error) {
    // a file literally named `[draft].txt` is read as a file; only a missing one is a glob
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && (await fastGlob()).isDynamicPattern(pattern)) return expandGlob(pattern, cwd);
    return [{ path: pattern, error: describeError(error) }];
  }
  if (stats.isFile()) return [{ path: pattern }];
  if (stats.isFIFO()) return [{ path: pattern, fifo: true }];
  if (stats.isDirectory()) return walkDirectory(pattern, path.resolve(cwd, pattern), signal);
  return [{ path: pattern, error: notRegularFile(stats) }];
}

/**
 * The text files under a directory, sorted. A subdirectory that cannot be read is reported and
 * the walk goes on; a directory with no text file at all is reported.
 */
async function walkDirectory(shown: string, absolute: string, signal: AbortSignal | undefined): Promise<Expanded[]> {
  const found: Expanded[] = [];
  const visit = async (relative: string): Promise<void> => {
    if (signal?.aborted) return;
    let entries: Dirent[];
    try {
      entries = await fs.readdir(path.join(absolute, relative), { withFileTypes: true });
    } catch (error) {
      found.push({ path: path.join(shown, relative), error: describeError(error) });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) await visit(child);
      else if (isTextFileName(entry.name)) {
        const classified = await classifyDirectoryEntry(entry, path.join(shown, child), path.join(absolute, child));
        if (classified) found.push(classified);
      }
    }
  };
  await visit('');
  if (found.length === 0) return [{ path: shown, error: NO_TEXT_FILES }];
  return sortByPath(found);
}

/** The files a glob matches, sorted; directories it matches are left out. */
async function expandGlob(pattern: string, cwd: string): Promise<Expanded[]> {
  // unreadable directories match nothing, as in a shell glob
  const entries = await (await fastGlob())(pattern, {
    cwd,
    dot: false,
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    suppressErrors: true,
  });
  const found: Expanded[] = [];
  for (const entry of entries) {
    const classified = await classifyDirectoryEntry(entry.dirent, entry.path, path.resolve(cwd, entry.path));
    if (classified) found.push(classified);
  }
  if (found.length === 0) return [{ path: pattern, error: NO_MATCH }];
  return sortByPath(found);
}

/** What `classifyDirectoryEntry` needs of a directory entry (node's and fast-glob's Dirent both have it). */
type EntryType = Pick<Dirent, 'isFile' | 'isDirectory' | 'isSymbolicLink' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>;

/**
 * A directory entry (of a walk or a glob) as an input: a file (or a link to one) to read, a
 * refusal (a named pipe, a socket, a device, a dangling link), or nothing (a directory).
 */
async function classifyDirectoryEntry(entry: EntryType, shown: string, absolute: string): Promise<Expanded | undefined> {
  if (entry.isFile()) return { path: shown };
  if (entry.isDirectory()) return undefined;
  if (!entry.isSymbolicLink()) return { path: shown, error: notRegularFile(entry) };
  let target: Stats;
  try {
    target = await fs.stat(absolute);
  } catch (error) {
    // a dangling link, or a loop of links
    return { path: shown, error: describeError(error) };
  }
  if (target.isFile()) return { path: shown };
  if (target.isDirectory()) return undefined;
  return { path: shown, error: notRegularFile(target) };
}

/** fast-glob, loaded for the first argument that is not a path: a run on files never pays for it. */
async function fastGlob(): Promise<typeof import('fast-glob')> {
  return (await import('fast-glob')).default;
}

function isTextFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return TEXT_EXTENSIONS.some((extension) => lower.endsWith(extension) && lower.length > extension.length);
}

function sortByPath(entries: Expanded[]): Expanded[] {
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
