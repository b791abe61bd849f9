import { describe, expect, it } from 'vitest';
import { diagnostic, escapeControls } from '../../src/cli/diagnostics.js';

describe('diagnostic', () => {
  it.each([
    ['a plain name', 'a.txt', 'whosaid: a.txt: permission denied\n'],
    ['a line break', 'a\nb.txt', 'whosaid: a\\nb.txt: permission denied\n'],
    ['a carriage return and a tab', 'a\rb\tc.txt', 'whosaid: a\\rb\\tc.txt: permission denied\n'],
    ['an escape sequence', 'x\u001b[2J.txt', 'whosaid: x\\x1b[2J.txt: permission denied\n'],
    ['a C1 control (CSI)', 'x\u009b2J.txt', 'whosaid: x\\u009b2J.txt: permission denied\n'],
    ['DEL', 'x\u007f.txt', 'whosaid: x\\x7f.txt: permission denied\n'],
    ['a backslash, so that no name looks like an escaped one', 'a\\nb.txt', 'whosaid: a\\\\nb.txt: permission denied\n'],
    ['letters of any script, left alone', 'übersicht 新闻 “x”.txt', 'whosaid: übersicht 新闻 “x”.txt: permission denied\n'],
  ])('writes %s as one line', (_name, file, expected) => {
    expect(diagnostic(file, 'permission denied')).toBe(expected);
  });

  it('escapes every control character, and only those and the backslash', () => {
    for (let code = 0; code < 0x250; code++) {
      const char = String.fromCharCode(code);
      const control = code < 0x20 || (code >= 0x7f && code < 0xa0) || char === '\\';
      expect(escapeControls(char) !== char, `U+${code.toString(16)}`).toBe(control);
      expect(/[\u0000-\u001f\u007f-\u009f]/.test(escapeControls(char))).toBe(false);
    }
  });
});
