import { describe, expect, it } from 'vitest';
import { terminalWidth } from '../../src/cli/color.js';

describe('terminalWidth', () => {
  it.each([
    ['a terminal', { isTTY: true, columns: 120 }, {}, 120],
    ['a terminal, $COLUMNS ignored', { isTTY: true, columns: 100 }, { COLUMNS: '50' }, 100],
    ['a pipe with $COLUMNS', { isTTY: false }, { COLUMNS: '50' }, 50],
    ['a pipe with a bad $COLUMNS', { isTTY: false }, { COLUMNS: 'wide' }, 80],
    ['a pipe', {}, {}, 80],
    ['a terminal of unknown width', { isTTY: true, columns: 0 }, {}, 80],
  ])('%s', (_name, stdout, env, width) => {
    expect(terminalWidth(stdout, env)).toBe(width);
  });
});
