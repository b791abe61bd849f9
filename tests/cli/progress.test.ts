import { describe, expect, it } from 'vitest';
import { Progress, progressLine, wantsProgress } from '../../src/cli/progress.js';
import { collector } from '../helpers/run-main.js';

describe('progress line', () => {
  it.each([
    ['the start', 0, 40, 0, 80, 'whosaid  0/40 files ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░    0%  0:00'],
    ['a quarter', 10, 40, 4000, 80, 'whosaid  10/40 files ████████░░░░░░░░░░░░░░░░░░░░░░   25%  2.5 articles/s  0:04'],
    ['the end, an hour in', 7200, 7200, 3_723_000, 80, 'whosaid  7200/7200 files ████████████████████████  100%  1.9 articles/s  1:02:03'],
    ['a narrow terminal', 10, 40, 4000, 40, 'whosaid  10/40 files   25%  0:04'],
    ['a very narrow one', 10, 40, 4000, 12, 'whosaid  10/'],
    ['an unknown total', 1200, undefined, 3000, 80, 'whosaid  1200 articles  400 articles/s  0:03'],
  ])('draws %s', (_name, done, total, elapsed, width, expected) => {
    const line = progressLine(done, total, elapsed, width);
    expect(line).toBe(expected);
    expect(line.length).toBeLessThanOrEqual(width);
  });

  it.each([
    ['a batch on a terminal', { isTTY: true }, {}, false, 3, true],
    ['one input', { isTTY: true }, {}, false, 1, false],
    ['records as they come', { isTTY: true }, {}, false, undefined, true],
    ['stderr not a terminal', { isTTY: false }, {}, false, 3, false],
    ['--quiet', { isTTY: true }, {}, true, 3, false],
    ['TERM=dumb', { isTTY: true }, { TERM: 'dumb' }, false, 3, false],
  ])('is shown for %s: %s', (_name, stderr, env, quiet, total, shown) => {
    expect(wantsProgress(stderr, env, quiet, total)).toBe(shown);
  });

  it('is erased before other output, drawn again after a file, and erased at the end', () => {
    const stderr = Object.assign(collector(), { isTTY: true, columns: 61 });
    let now = 0;
    const progress = new Progress(stderr, { total: 3, now: () => now, tick: 0 });
    progress.clear();
    now = 1000;
    progress.fileDone();
    progress.clear();
    now = 1050;
    progress.fileDone();
    progress.clear();
    progress.fileDone();
    progress.end();
    progress.fileDone();
    progress.end();
    const erase = '\r\u001b[K';
    // nothing before the first file; the second file, 50 ms later, is not drawn; the last is
    expect(stderr.text().split(erase)).toEqual(['', progressLine(1, 3, 1000, 60), '', progressLine(3, 3, 1050, 60), '']);
  });
});
