import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { terminalWidth } from '../../src/cli/color.js';
import { tmpDir } from '../helpers/tmp.js';

// real descriptors to tell a pipe from a file: a FIFO (opened read-write, so that opening it
// does not wait for a writer) and a regular file
const dir = tmpDir({ 'out.txt': '' });
execFileSync('mkfifo', [path.join(dir, 'fifo')]);
const pipe = fs.openSync(path.join(dir, 'fifo'), 'r+');
const file = fs.openSync(path.join(dir, 'out.txt'), 'w');
afterAll(() => [pipe, file].forEach((fd) => fs.closeSync(fd)));

describe('terminalWidth', () => {
  const noTty = () => undefined;
  it.each([
    ['a terminal', { isTTY: true, columns: 120 }, {}, {}, noTty, 120],
    ['a terminal, $COLUMNS ignored', { isTTY: true, columns: 100 }, { COLUMNS: '50' }, {}, noTty, 100],
    ['a stream with $COLUMNS', { isTTY: false }, { COLUMNS: '50' }, {}, noTty, 50],
    ['a stream with a bad $COLUMNS', { isTTY: false }, { COLUMNS: 'wide' }, {}, noTty, 80],
    ['a stream', {}, {}, {}, noTty, 80],
    ['a terminal of unknown width', { isTTY: true, columns: 0 }, {}, {}, noTty, 80],
    ['a pipe, stderr a terminal', { fd: pipe }, {}, { isTTY: true, columns: 132 }, noTty, 132],
    ['a pipe, stderr a terminal, $COLUMNS first', { fd: pipe }, { COLUMNS: '60' }, { isTTY: true, columns: 132 }, noTty, 60],
    ['a pipe, stderr redirected: the terminal of the process', { fd: pipe }, {}, { isTTY: false }, () => 99, 99],
    ['a pipe and no terminal at all', { fd: pipe }, {}, { isTTY: false }, noTty, 80],
    ['a file, stderr a terminal', { fd: file }, {}, { isTTY: true, columns: 132 }, () => 99, 80],
  ])('%s', (_name, stdout, env, stderr, tty, width) => {
    expect(terminalWidth(stdout, env, stderr, tty)).toBe(width);
  });
});
