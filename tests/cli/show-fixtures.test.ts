import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { unshow } from '../../src/format/show.js';
import { runMain } from '../helpers/run-main.js';
import { wrappedFrom } from '../helpers/wrapped.js';

// the real extractor: what is checked here holds whoever the core names as speakers
const root = fileURLToPath(new URL('../..', import.meta.url));
const articles = [
  'fixtures/sample/press-conference.txt',
  ...fs.readdirSync(path.join(root, 'fixtures/cases')).map((name) => `fixtures/cases/${name}/input.txt`),
].filter((file) => fs.existsSync(path.join(root, file)));

describe('whosaid on the fixture articles', () => {
  it.each(articles)('--show gives %s back once colors and labels are removed, its lines wrapped on spaces', async (file) => {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const article = text.endsWith('\n') ? text : text + '\n';
    // (an article of speech without quotation marks is shown with --indirect, as its expected.json says)
    const expected = path.join(root, path.dirname(file), 'expected.json');
    const indirect = fs.existsSync(expected) && (JSON.parse(fs.readFileSync(expected, 'utf8')) as { indirect?: boolean }).indirect === true;
    for (const [color, columns] of [['always', 40], ['never', 80]] as const) {
      const argv = ['--show', '--all', ...(indirect ? ['--indirect'] : []), '--color', color, file];
      const { code, stdout, stderr } = await runMain(argv, { cwd: root, stdoutIsTTY: true, columns });
      expect([code, stderr]).toEqual([0, '']);
      expect(stdout).toContain('⟦');
      expect(wrappedFrom(unshow(stdout), article)).toBe(true);
      // a line wider than the terminal is one word (and its label) that no line could hold
      for (const line of stdout.replace(/\u001b\[\d+m/g, '').split('\n')) {
        if (stringWidth(line) > columns) expect(line.replace(/ ⟦[^⟧]*⟧/g, '')).not.toMatch(/\S \S/);
      }
    }
  });

  it.each([30, 50, 80, 132])('fits the table of every article into %i columns, paths whole', async (columns) => {
    const { code, stdout } = await runMain(['--all', ...articles], { cwd: root, stdoutIsTTY: true, columns });
    expect(code).toBe(0);
    // wider only where a path would have to be cut: a heading, or a location alone on its line
    for (const line of stdout.replace(/\u001b\[\d+m/g, '').split('\n')) {
      if (stringWidth(line) > columns) expect(line).toMatch(/^(\S+:\d+|\S+ {2}(no quotes|\d+ quotes?))$/);
    }
  });
});
