import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { unshow } from '../../src/format/show.js';
import { runMain } from '../helpers/run-main.js';

// the real extractor: what is checked here holds whoever the core names as speakers
const root = fileURLToPath(new URL('../..', import.meta.url));
const articles = [
  'fixtures/sample/press-conference.txt',
  ...fs.readdirSync(path.join(root, 'fixtures/cases')).map((name) => `fixtures/cases/${name}/input.txt`),
].filter((file) => fs.existsSync(path.join(root, file)));

describe('whosaid on the fixture articles', () => {
  it.each(articles)('--show gives %s back exactly once colors and labels are removed', async (file) => {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    for (const color of ['always', 'never']) {
      const { code, stdout, stderr } = await runMain(['--show', '--all', '--color', color, file], { cwd: root });
      expect([code, stderr]).toEqual([0, '']);
      expect(stdout).toContain('⟦');
      expect(unshow(stdout)).toBe(text.endsWith('\n') ? text : text + '\n');
    }
  });

  it.each([30, 50, 80, 132])('fits the table of every article into %i columns', async (columns) => {
    const { code, stdout } = await runMain(['--all', ...articles], { cwd: root, stdoutIsTTY: true, columns });
    expect(code).toBe(0);
    for (const line of stdout.replace(/\u001b\[\d+m/g, '').split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
  });
});
