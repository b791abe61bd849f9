import { describe, expect, it, vi } from 'vitest';
import { Progress, progressLine, wantsProgress } from '../../src/cli/progress.js';
import { FakeTerminal } from '../helpers/terminal.js';

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

  // a fake clock and a fake terminal: what is on screen after each call
  const setup = (options: { stdoutIsTerminal: boolean; tick?: number }) => {
    const terminal = new FakeTerminal(61);
    const clock = { now: 0 };
    const progress = new Progress(terminal.stream(), { total: 3, now: () => clock.now, tick: 0, ...options });
    return { terminal, clock, progress };
  };

  it('stays on screen while the output goes to a pipe, redrawn in place at most every 100 ms', () => {
    const { terminal, clock, progress } = setup({ stdoutIsTerminal: false });
    progress.makeWay('{"file":"a.txt"}\n', '');
    expect(terminal.screen).toBe('');
    clock.now = 1000;
    progress.fileDone();
    expect(terminal.screen).toBe(progressLine(1, 3, 1000, 60));
    progress.makeWay('{"file":"b.txt"}\n', '');
    clock.now = 1050;
    progress.fileDone();
    // 50 ms later: not redrawn, and not taken away either
    expect(terminal.screen).toBe(progressLine(1, 3, 1000, 60));
    progress.makeWay('', '');
    clock.now = 1200;
    progress.fileDone();
    expect(terminal.screen).toBe(progressLine(3, 3, 1200, 60));
    // every write so far left one progress line on screen: never erased until the end
    expect(terminal.history.every((screen) => /^whosaid {2}\d\/3 files/.test(screen))).toBe(true);
    progress.end();
    expect(terminal.screen).toBe('');
  });

  it('makes way for lines written to the terminal, and is drawn again at once after them', () => {
    const { terminal, clock, progress } = setup({ stdoutIsTerminal: true });
    const stdout = terminal.stream();
    clock.now = 1000;
    progress.fileDone();
    // a table's rows (stdout is the terminal) and an error line
    progress.makeWay('Ann  “Two,”  a.txt:2\n', 'whosaid: missing.txt: no such file or directory\n');
    expect(terminal.screen).toBe('');
    terminal.write('whosaid: missing.txt: no such file or directory\n');
    stdout.write('Ann  “Two,”  a.txt:2\n');
    clock.now = 1010;
    progress.fileDone();
    expect(terminal.screen).toBe(['whosaid: missing.txt: no such file or directory', 'Ann  “Two,”  a.txt:2', progressLine(2, 3, 1010, 60)].join('\n'));
    // a file that writes nothing (no quotations) leaves it in place
    progress.makeWay('', '');
    expect(terminal.currentLine).toBe(progressLine(2, 3, 1010, 60));
    progress.end();
    expect(terminal.screen).toBe('whosaid: missing.txt: no such file or directory\nAnn  “Two,”  a.txt:2\n');
    progress.end();
    progress.fileDone();
    expect(terminal.screen).toBe('whosaid: missing.txt: no such file or directory\nAnn  “Two,”  a.txt:2\n');
  });

  it('shows the time going on while a file takes long, but not while it makes way', () => {
    vi.useFakeTimers();
    try {
      const terminal = new FakeTerminal(61);
      const clock = { now: 0 };
      const progress = new Progress(terminal.stream(), { total: 3, now: () => clock.now, tick: 500, stdoutIsTerminal: true });
      clock.now = 500;
      vi.advanceTimersByTime(500);
      expect(terminal.screen).toBe(progressLine(0, 3, 500, 60));
      clock.now = 1000;
      progress.fileDone();
      progress.makeWay('rows\n', '');
      clock.now = 1500;
      vi.advanceTimersByTime(500);
      expect(terminal.screen).toBe('');
      progress.fileDone();
      expect(terminal.screen).toBe(progressLine(2, 3, 1500, 60));
      progress.end();
      clock.now = 2000;
      vi.advanceTimersByTime(1000);
      expect(terminal.screen).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });
});
