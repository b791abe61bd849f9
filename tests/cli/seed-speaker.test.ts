/**
 * `--speaker` on the article whosaid was designed around (../shared/seeds, not part of the
 * repository), with the real extractor. Skipped where ../shared is absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { tmpDir } from '../helpers/tmp.js';

const seed = path.resolve(import.meta.dirname, '../../../shared/seeds/000_d739b318fec92e83.txt');
const present = fs.existsSync(seed);

describe.skipIf(!present)('--speaker on the seed article', () => {
  const cwd = tmpDir({
    'seed.txt': present ? fs.readFileSync(seed, 'utf8') : '',
    'harbour.txt': 'The harbour board met on Tuesday.\n\n“We will rebuild the quay by spring,” said Marit Solberg, the board’s chair.\n',
    'ferry.txt': '“The ferry runs until March,” Tomas Reiter said.\n',
  });

  it('gives the Lavrov quotation for a titled query, "Mr Lavrov"', async () => {
    const { code, stdout, stderr } = await runMain(['--ndjson', '--speaker', 'Mr Lavrov', 'seed.txt'], { cwd });
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { speaker: string }).speaker)).toEqual(['Sergey Lavrov']);
  });

  it('names only the seed over a folder holding other articles', async () => {
    const { code, stdout, stderr } = await runMain(['--speaker', 'lavrov', '.'], { cwd });
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^seed\.txt {2}1 quote\nSergey Lavrov {2}.*seed\.txt:\d+\n.*\n\n1 quote from 1 speaker in 1 file\n$/s);
    expect(stdout).not.toMatch(/harbour|ferry/);
  });
});
