import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES } from '../../scripts/pathological.mjs';
import { extractQuotes } from '../../src/core/extract.js';
import { runBin } from '../helpers/spawn.js';
import { tmpDir } from '../helpers/tmp.js';

// The compiled CLI on the pathological articles of scripts/pathological.mjs (small ones: the
// core's own tests take them at full size): no file lost, none reported, each file's records
// exactly what the library gives for its text, on one thread and on worker threads.

const dir = tmpDir({
  ...Object.fromEntries(CASES.map((c) => [`${c.name}.txt`, c.make(3_000)])),
  'hello.txt': '“Hello there,” she said.\n',
});
const names = fs.readdirSync(dir).sort();

interface FileEntry {
  file: string;
  encoding: string | null;
  quotes: unknown[];
  error?: string;
}

describe('whosaid on pathological articles', () => {
  it.each([[[] as string[]], [['--jobs', '2']]])('gives every file the records of the library, exit 0 (%j)', async (jobs) => {
    const { code, stdout, stderr } = await runBin(['--json', '--all', ...jobs, '.'], { cwd: dir });
    expect([code, stderr]).toEqual([0, '']);
    const files = (JSON.parse(stdout) as { files: FileEntry[] }).files;
    expect(files.map((f) => [f.file, f.encoding, f.error])).toEqual(names.map((name) => [name, 'utf-8', undefined]));
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f.file), 'utf8');
      expect(f.quotes, f.file).toEqual(JSON.parse(JSON.stringify(extractQuotes(text, { all: true }))));
    }
  });
});
