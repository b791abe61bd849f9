import fs from 'node:fs';
import path from 'node:path';
import { type Expanded, STDIN } from '../io/expand.js';
import { readFileLimited, readStreamLimited } from '../io/read.js';
import type { Input } from './analyze.js';

/** How inputs are read. */
export interface ReadOptions {
  /** the directory relative paths start from */
  cwd: string;
  /** the per-file size limit, in bytes */
  maxBytes: number;
  /** standard input, asked for only when `-` comes up (asking creates process.stdin) */
  stdin: () => NodeJS.ReadableStream & { destroy?(): unknown };
  /** aborts a read of standard input that is waiting (on a signal) */
  signal: AbortSignal;
}

/** The expanded arguments as inputs for the batch; nothing is read until the batch asks. */
export async function* toInputs(expanded: AsyncIterable<Expanded>, options: ReadOptions): AsyncGenerator<Input> {
  for await (const entry of expanded) {
    const file = entry.path;
    if (entry.error !== undefined) yield { file, error: entry.error };
    else if (file === STDIN) yield { file, read: () => readStreamLimited(options.stdin(), options.maxBytes, options.signal) };
    // a named pipe given by name: read to its end, as standard input
    else if (entry.fifo) yield { file, read: () => readStreamLimited(fs.createReadStream(path.resolve(options.cwd, file)), options.maxBytes, options.signal) };
    else yield { file, read: () => readFileLimited(path.resolve(options.cwd, file), options.maxBytes) };
  }
}
